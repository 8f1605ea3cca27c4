/**
 * The sidebar. Its first screen needs one server round trip (`getSidebarState`); each action answers
 * with the task as it now is, so lists update without reloading.
 */
import { tr, type UiKey } from './i18n';
import { statusLabel, TASK_STATUSES } from '../core/status';
import type { TaskView } from '../core/task-view';
import { assignForm } from './assign';
import { adminView } from './admin';
import { statsView } from './stats';
import { taskCard } from './card';
import { field, h } from '../client/dom';
import { call } from './rpc';
import { lang, setState, state } from './state';

const app = document.getElementById('app')!;

type Tab = 'mine' | 'pending' | 'assign' | 'all' | 'stats' | 'admin';
let tab: Tab = 'mine';

function list(tasks: TaskView[], empty: UiKey): HTMLElement {
  if (tasks.length === 0) return h('p', { className: 'muted' }, tr(empty));
  return h('div', { className: 'list' }, ...tasks.map((task) => taskCard(task, render)));
}

function allView(): HTMLElement {
  const s = state();
  const results = h('div', {}, list(s.urgent, 'ui.empty.list'));
  const status = h(
    'select',
    { name: 'status' },
    h('option', { value: '' }, tr('ui.filter.any')),
    ...TASK_STATUSES.map((st) => h('option', { value: st }, statusLabel(st, lang()))),
  );
  const unit = h(
    'select',
    { name: 'unit' },
    h('option', { value: '' }, tr('ui.filter.any')),
    ...s.units.map((u) => h('option', { value: u.name }, u.name)),
  );
  const person = h(
    'select',
    { name: 'person' },
    h('option', { value: '' }, tr('ui.filter.any')),
    ...s.people.map((p) => h('option', { value: p.email }, p.name || p.email)),
  );
  const from = h('input', { type: 'date', name: 'from' });
  const to = h('input', { type: 'date', name: 'to' });
  const text = h('input', { type: 'search', name: 'text' });
  const note = h('div', { className: 'muted', role: 'status' });
  const form = h(
    'form',
    { className: 'filters' },
    field(tr('ui.filter.text'), text),
    field(tr('ui.filter.status'), status),
    field(tr('ui.filter.unit'), unit),
    field(tr('ui.filter.person'), person),
    h('div', { className: 'pair' }, field(tr('ui.filter.from'), from), field(tr('ui.filter.to'), to)),
    h('button', { type: 'submit', className: 'primary' }, tr('ui.filter')),
    note,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    note.textContent = tr('ui.loading');
    const reply = await call('listTasks', {
      status: TASK_STATUSES.find((s) => s === status.value) ?? '',
      unit: unit.value,
      person: person.value,
      from: from.value,
      to: to.value,
      text: text.value,
    });
    if (!reply.ok) {
      note.textContent = reply.error;
      note.className = 'status error';
      return;
    }
    note.className = 'muted';
    note.textContent = tr('ui.shown', { shown: reply.data.tasks.length, total: reply.data.total });
    results.replaceChildren(list(reply.data.tasks, 'ui.empty.list'));
  });
  return h('div', {}, form, results);
}

function render(): void {
  const s = state();
  const tabs: [Tab, string, number | null][] = [['mine', tr('ui.tab.mine'), s.mine.length]];
  if (s.pending.length > 0 || s.me.role !== 'official')
    tabs.push(['pending', tr('ui.tab.pending'), s.pending.length]);
  if (s.canAssign) tabs.push(['assign', tr('ui.tab.assign'), null]);
  if (s.me.role !== 'official' && s.me.role !== 'focal') tabs.push(['all', tr('ui.tab.all'), s.visibleTotal]);
  tabs.push(['stats', tr('ui.tab.stats'), null]);
  if (s.me.role === 'admin') tabs.push(['admin', tr('ui.tab.admin'), null]);
  if (!tabs.some(([k]) => k === tab)) tab = 'mine';
  const bar = h(
    'div',
    { className: 'tabs', role: 'tablist' },
    ...tabs.map(([key, label, n]) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          'aria-selected': String(key === tab),
          onclick: () => {
            tab = key;
            render();
          },
        },
        label,
        n === null ? '' : ` (${n})`,
      ),
    ),
  );
  const content =
    tab === 'mine'
      ? list(s.mine, 'ui.empty.mine')
      : tab === 'pending'
        ? list(s.pending, 'ui.empty.pending')
        : tab === 'stats'
          ? statsView(render)
          : tab === 'admin'
            ? adminView()
            : tab === 'assign'
              ? assignForm({ onDone: render })
              : allView();
  app.replaceChildren(
    h(
      'header',
      {},
      h('h1', {}, 'Nhắc Việc'),
      h(
        'div',
        { className: 'muted' },
        `${s.me.name || s.me.email} · ${s.me.roleLabel}${s.me.unitName ? ' · ' + s.me.unitName : ''}`,
      ),
      h(
        'div',
        { className: 'muted small' },
        tr('ui.counts', {
          overdue: s.counts.overdue,
          due: s.counts.due_soon,
          awaiting: s.counts.awaiting_confirmation,
        }),
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'open-report', onclick: () => void call('openReportDialog') },
        tr('ui.report.open'),
      ),
    ),
    bar,
    h('section', { role: 'tabpanel' }, content),
  );
}

/**
 * A spreadsheet that is not a register yet: setup is one click away, the agency's name asked on the way
 * (the first to set up becomes the administrator).
 */
function setupView(message: string): HTMLElement {
  const name = h('input', { type: 'text', maxLength: 200, placeholder: 'UBND quận Ngũ Hành Sơn' });
  const note = h('div', { className: 'status', role: 'status' });
  const button = h('button', { type: 'button', className: 'primary' }, tr('ui.setup.run'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    note.className = 'status';
    note.textContent = tr('ui.saving');
    const reply = await call('adminSetup', name.value);
    button.disabled = false;
    if (!reply.ok) {
      note.className = 'status error';
      note.textContent = reply.error;
      return;
    }
    void start();
  });
  return h(
    'section',
    { className: 'card setup' },
    h('h1', {}, 'Nhắc Việc'),
    h('p', {}, message),
    h('p', { className: 'muted' }, tr('ui.setup.intro')),
    field(tr('ui.setup.agency'), name, tr('ui.setup.agencyHint')),
    h('div', { className: 'actions' }, button),
    note,
  );
}

async function start(): Promise<void> {
  app.replaceChildren(h('p', { className: 'muted' }, tr('ui.loading')));
  const reply = await call('getSidebarState');
  if (!reply.ok && reply.code === 'auth.notSetUp') {
    app.replaceChildren(setupView(reply.error));
    return;
  }
  if (!reply.ok) {
    app.replaceChildren(
      h('h1', {}, 'Nhắc Việc'),
      h('p', { className: 'status error', role: 'alert' }, reply.error),
      h('button', { type: 'button', onclick: () => void start() }, tr('ui.retry')),
    );
    return;
  }
  setState(reply.data);
  render();
}

void start();
