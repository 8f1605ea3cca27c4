/**
 * The sidebar's lists of tasks: grouped by state (finished ones folded away), sorted as the person
 * chooses, ten cards a group at a time; "Tất cả" with filters that apply as one types (on the page when
 * the tasks are already here, else one server call after a pause); and the list behind a count.
 */
import { tr, type UiKey } from './i18n';
import { statusLabel, TASK_STATUSES, type TaskStatus } from '../core/status';
import type { TaskFilter, TaskView } from '../core/task-view';
import { taskCard } from './card';
import { field, h } from '../client/dom';
import { call, type Reply } from './rpc';
import { busy } from '../client/busy';
import { lang, onReplace, state } from './state';
import { grouped, matches, narrows, SORT_KEYS, type SortKey } from './lists';

const PAGE = 10;
let sortKey: SortKey = 'urgency';
/** Cards shown per list and group, kept when an action redraws the tab. */
const shown = new Map<string, number>();

/** A server answer, with the pages loaded so far. */
interface Loaded {
  filter: TaskFilter;
  tasks: TaskView[];
  total: number;
}
let all: Loaded | null = null;
let counted: Loaded | null = null;
/** What the filters of "Tất cả" say now. */
let wanted: TaskFilter = {};

// A task changed or added: in place where listed; a list it is missing from is asked again when shown.
onReplace.push((task) => {
  const i = all ? all.tasks.findIndex((t) => t.id === task.id) : -1;
  if (i >= 0) all!.tasks[i] = task;
  else all = null;
  const j = counted ? counted.tasks.findIndex((t) => t.id === task.id) : -1;
  if (j >= 0) counted!.tasks[j] = task;
});

function groupBox(name: string, label: string, list: TaskView[], onChange: () => void, fold: boolean) {
  const key = `${name}:${label}`;
  const box = h('div', { className: 'list' });
  const more = h('button', { type: 'button', className: 'more' });
  let n = 0;
  const grow = (to: number) => {
    box.append(...list.slice(n, to).map((t) => taskCard(t, onChange)));
    n = Math.min(to, list.length);
    shown.set(key, n);
    more.hidden = n >= list.length;
    more.textContent = tr('ui.more', { n: Math.min(PAGE, list.length - n), left: list.length - n });
  };
  more.addEventListener('click', () => grow(n + PAGE));
  const title = `${label} (${list.length})`;
  if (!fold) {
    grow(shown.get(key) ?? PAGE);
    return h('section', { className: 'group' }, h('h2', {}, title), box, more);
  }
  // Finished tasks: folded, their cards made only when opened.
  const details = h('details', { className: 'group' }, h('summary', {}, title), box, more);
  details.addEventListener('toggle', () => details.open && n === 0 && grow(shown.get(key) ?? PAGE));
  return details;
}

/** Tasks grouped by state, with a sort choice; `footer` follows (a server list's "load more"). */
export function taskList(
  tasks: TaskView[],
  onChange: () => void,
  empty: UiKey,
  name: string,
  footer: HTMLElement | null = null,
): HTMLElement {
  if (tasks.length === 0) return h('div', {}, h('p', { className: 'muted' }, tr(empty)), footer);
  const groups = grouped(tasks, sortKey);
  const out = h('div', { className: 'tasks' });
  if (tasks.length > 1) {
    const sort = h(
      'select',
      { name: 'sort' },
      ...SORT_KEYS.map((k) => h('option', { value: k, selected: k === sortKey }, tr(`ui.sort.${k}`))),
    );
    sort.addEventListener('change', () => {
      sortKey = SORT_KEYS.find((k) => k === sort.value) ?? 'urgency';
      shown.clear();
      out.replaceWith(taskList(tasks, onChange, empty, name, footer));
    });
    out.append(h('label', { className: 'sort' }, tr('ui.sort'), ' ', sort));
  }
  for (const [g, list] of groups)
    out.append(groupBox(name, tr(`ui.group.${g}`), list, onChange, g === 'finished' && groups.length > 1));
  if (footer) out.append(footer);
  return out;
}

type Page = Promise<Reply<{ tasks: TaskView[]; total: number }>>;

/**
 * A server list: its cards and, while the server holds more, a button that fetches the next page
 * (`next(offset)`) into `l` and redraws.
 */
export function pagedList(
  l: { tasks: TaskView[]; total: number },
  shownTasks: TaskView[],
  total: number,
  next: (offset: number) => Page,
  onChange: () => void,
  redraw: () => void,
): HTMLElement {
  let footer: HTMLElement | null = null;
  if (shownTasks.length < total) {
    const note = h('span', { className: 'muted' });
    const more = h('button', { type: 'button', className: 'load-more' }, tr('ui.loadMore'));
    more.addEventListener('click', async () => {
      const r = await busy(more, () => next(l.tasks.length));
      if (!r.ok) return void (note.textContent = r.error);
      const have = new Set(l.tasks.map((t) => t.id));
      l.tasks.push(...r.data.tasks.filter((t) => !have.has(t.id)));
      l.total = r.data.total;
      redraw();
    });
    footer = h('div', { className: 'actions' }, more, note);
  }
  return taskList(shownTasks, onChange, 'ui.empty.list', 'server', footer);
}

/** A list of `listTasks`, paged. */
const serverList = (l: Loaded, tasks: TaskView[], total: number, onChange: () => void, redraw: () => void) =>
  pagedList(l, tasks, total, (offset) => call('listTasks', { ...l.filter, offset }), onChange, redraw);

/** "Việc của tôi": the first screen's tasks, then the server's next pages when it holds more. */
export function mineList(onChange: () => void): HTMLElement {
  const s = state();
  const l = { tasks: s.mine, total: s.mineTotal };
  const box = h('div', {});
  const draw = () => {
    const list =
      l.tasks.length < l.total
        ? pagedList(
            l,
            l.tasks,
            l.total,
            (offset) => call('listTasks', { mine: true, offset }),
            onChange,
            draw,
          )
        : taskList(l.tasks, onChange, 'ui.empty.mine', 'mine');
    box.replaceChildren(list);
  };
  draw();
  return box;
}

const sameFilter = (a: TaskFilter, b: TaskFilter) => narrows(a, b) && narrows(b, a);

/** What the loaded tasks say about `want`: all of it, a first page of it, or nothing (ask the server). */
function answer(l: Loaded | null, want: TaskFilter): { tasks: TaskView[]; total: number } | null {
  if (!l) return null;
  if (sameFilter(want, l.filter)) return { tasks: l.tasks, total: l.total };
  if (l.tasks.length < l.total || !narrows(want, l.filter)) return null;
  const tasks = l.tasks.filter((t) => matches(t, want));
  return { tasks, total: tasks.length };
}

export function allView(onChange: () => void): HTMLElement {
  const s = state();
  const results = h('div', {});
  const any = h('option', { value: '' }, tr('ui.filter.any'));
  const select = (name: keyof TaskFilter, options: [string, string][]) =>
    h(
      'select',
      { name },
      any.cloneNode(true),
      ...options.map(([v, label]) => h('option', { value: v, selected: wanted[name] === v }, label)),
    );
  const input = (name: 'from' | 'to' | 'text', type: string) =>
    h('input', { type, name, value: wanted[name] ?? '' });
  const note = h('div', { className: 'muted', role: 'status' });
  const form = h(
    'form',
    { className: 'filters' },
    field(tr('ui.filter.text'), input('text', 'search')),
    // The other filters fold away (open when one is set): the list starts higher on a 300 px sidebar.
    h(
      'details',
      { open: Boolean(wanted.status || wanted.unit || wanted.person || wanted.from || wanted.to) },
      h('summary', {}, tr('ui.filter.more')),
      field(
        tr('ui.filter.status'),
        select(
          'status',
          TASK_STATUSES.map((st) => [st, statusLabel(st, lang())]),
        ),
      ),
      field(
        tr('ui.filter.unit'),
        select(
          'unit',
          s.units.map((u) => [u.name, u.name]),
        ),
      ),
      field(
        tr('ui.filter.person'),
        select(
          'person',
          s.people.map((p) => [p.email, p.name || p.email]),
        ),
      ),
      h(
        'div',
        { className: 'pair' },
        field(tr('ui.filter.from'), input('from', 'date')),
        field(tr('ui.filter.to'), input('to', 'date')),
      ),
    ),
    note,
  );
  const read = (): TaskFilter => {
    const v = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value;
    return {
      status: TASK_STATUSES.find((st) => st === v('status')) ?? '',
      unit: v('unit'),
      person: v('person'),
      from: v('from'),
      to: v('to'),
      text: v('text'),
    };
  };
  const show = (a: { tasks: TaskView[]; total: number }) => {
    form.removeAttribute('aria-busy');
    note.className = 'muted';
    note.textContent = tr('ui.shown', { shown: a.tasks.length, total: a.total });
    results.replaceChildren(serverList(all!, a.tasks, a.total, onChange, () => show(answer(all, wanted)!)));
  };
  const apply = async () => {
    const want = wanted;
    const known = answer(all, want);
    if (known) return show(known);
    note.className = 'muted';
    note.textContent = tr('ui.loading');
    const r = await call('listTasks', want);
    if (want !== wanted) return; // the person typed on meanwhile
    if (!r.ok) {
      form.removeAttribute('aria-busy');
      note.className = 'status error';
      note.textContent = r.error;
      return;
    }
    all = { filter: want, tasks: r.data.tasks, total: r.data.total };
    show(answer(all, want)!);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (delay: number) => {
    form.setAttribute('aria-busy', 'true');
    clearTimeout(timer);
    timer = setTimeout(() => {
      wanted = read();
      void apply();
    }, delay);
  };
  form.addEventListener('input', () => changed(300));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    changed(0);
  });
  // Until the first answer: the most urgent tasks the first screen brought.
  if (!answer(all, wanted)) results.append(taskList(s.urgent, onChange, 'ui.empty.list', 'server'));
  void apply();
  return h('div', {}, form, results);
}

/** The tasks behind a count ("Sắp đến hạn: 1"): every task of that status the person may see. */
export function countView(status: TaskStatus, onChange: () => void, back: () => void): HTMLElement {
  const head = h('h2', { 'data-testid': 'count-title' }, statusLabel(status, lang()));
  const body = h('div', {}, h('p', { className: 'muted' }, tr('ui.loading')));
  const draw = () => {
    const l = counted!;
    head.textContent = `${statusLabel(status, lang())} (${l.total})`;
    body.replaceChildren(serverList(l, l.tasks, l.total, onChange, draw));
  };
  if (counted?.filter.status === status) draw();
  else
    void call('listTasks', { status }).then((r) => {
      if (!r.ok) return body.replaceChildren(h('p', { className: 'status error', role: 'alert' }, r.error));
      counted = { filter: { status }, tasks: r.data.tasks, total: r.data.total };
      draw();
    });
  return h('div', {}, h('button', { type: 'button', onclick: back }, tr('ui.back')), head, body);
}

/** A fresh count's list is asked of the server each time a count is opened. */
export function forgetCount(): void {
  counted = null;
}
