/**
 * The sidebar's `Thống kê` tab: the figures of the whole agency, the units ranked, and the persons of a
 * unit, for a chosen period; every number is a button that lists the tasks behind it (only those the
 * person may see; the others are counted, never shown). Leaders, admins and followers also make the
 * monthly report from here, and anyone may rewrite the `Thống kê` sheet or open the wall board.
 */
import { tr, type UiKey } from './i18n';
import type { Figure } from '../core/stats/categories';
import { BASIS_LABELS, PERIOD_BASES } from '../core/stats/period';
import type { CountsView } from '../core/stats/views';
import type { StatsReply } from '../server/stats';
import { pagedList } from './task-list';
import { field, h, showDate } from '../client/dom';
import { call, type Reply } from './rpc';
import { whileBusy } from '../client/busy';
import { lang } from './state';

interface Query {
  period: string;
  basis: string;
  unit: string;
}
interface Drill {
  figure: Figure;
  unit: string | null;
  person: string | null;
  scope: string;
}

/** Kept across re-renders of the sidebar (an action on a listed task re-renders it). */
let query: Query = { period: '', basis: '', unit: '' };
let reply: StatsReply | null = null;
let drill: Drill | null = null;
let root: HTMLElement | null = null;

const PERIODS: [string, UiKey][] = [
  ['năm nay', 'ui.stats.thisYear'],
  ['quý này', 'ui.stats.thisQuarter'],
  ['tháng này', 'ui.stats.thisMonth'],
  ['tháng trước', 'ui.stats.lastMonth'],
  ['năm trước', 'ui.stats.lastYear'],
  ['toàn bộ', 'ui.stats.all'],
];

/** The grid's rows, in the government's order. */
const WHOLE_ROWS: Figure[] = [
  'assigned',
  'updated',
  'completedOnTime',
  'doneLate',
  'archived',
  'inTime',
  'overdue',
  'awaiting',
  'extended',
];

export function statsView(onChange: () => void): HTMLElement {
  root = h('div', { className: 'stats', 'data-testid': 'stats' });
  if (drill) void showDrill(onChange);
  else if (reply) setContent(...page(onChange));
  else void load(onChange);
  return root;
}

function setContent(...nodes: (HTMLElement | null)[]): void {
  root?.replaceChildren(...nodes.filter((n): n is HTMLElement => n !== null));
}

async function load(onChange: () => void): Promise<void> {
  setContent(h('p', { className: 'muted' }, tr('ui.loading')));
  const r = await call('getStatistics', query);
  if (!r.ok) {
    reply = null;
    setContent(controls(onChange), h('p', { className: 'status error', role: 'alert' }, r.error));
    return;
  }
  reply = r.data;
  query.unit = reply.personsUnit ?? '';
  setContent(...page(onChange));
}

function controls(onChange: () => void): HTMLElement {
  const custom = query.period.includes('→');
  const [from, to] = custom ? query.period.split('→').map((s) => s.trim()) : ['', ''];
  const period = h(
    'select',
    { name: 'period' },
    h('option', { value: '' }, tr('ui.stats.settingsPeriod', { period: reply?.settingsPeriod ?? '' })),
    ...PERIODS.map(([v, k]) => h('option', { value: v, selected: query.period === v }, tr(k))),
    h('option', { value: 'custom', selected: custom }, tr('ui.stats.custom')),
  );
  const fromInput = h('input', { type: 'date', name: 'from', value: from });
  const toInput = h('input', { type: 'date', name: 'to', value: to });
  // A wrapper carries `hidden`: the pair's `display: flex` would override it on the pair itself.
  const dates = h(
    'div',
    { hidden: !custom },
    h('div', { className: 'pair' }, field(tr('ui.stats.from'), fromInput), field(tr('ui.stats.to'), toInput)),
  );
  period.addEventListener('change', () => (dates.hidden = period.value !== 'custom'));
  const basis = h(
    'select',
    { name: 'basis' },
    ...PERIOD_BASES.map((v) =>
      h('option', { value: v, selected: (query.basis || reply?.basis) === v }, BASIS_LABELS[v][lang()]),
    ),
  );
  const form = h(
    'form',
    { className: 'filters' },
    field(tr('ui.stats.period'), period),
    dates,
    field(tr('ui.stats.basis'), basis),
    h('button', { type: 'submit', className: 'primary' }, tr('ui.stats.show')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    query = {
      period: period.value === 'custom' ? `${fromInput.value} → ${toInput.value}` : period.value,
      basis: basis.value,
      unit: query.unit,
    };
    void load(onChange);
  });
  return form;
}

function number(n: number | string, d: Drill | null, onChange: () => void): HTMLElement {
  if (!d || n === 0) return h('span', { className: 'num' }, String(n));
  return h(
    'button',
    {
      type: 'button',
      className: 'num link',
      'data-figure': d.figure,
      title: tr('ui.stats.clickHint'),
      onclick: () => {
        drill = d;
        void showDrill(onChange);
      },
    },
    String(n),
  );
}

const figureLabel = (f: Figure) => tr(`stats.fig.${f}`);

function page(onChange: () => void): (HTMLElement | null)[] {
  const r = reply!;
  const w = r.whole;
  const whole = tr('ui.stats.whole');
  const wholeTable = h(
    'table',
    { className: 'stats-table', 'data-testid': 'stats-whole' },
    ...WHOLE_ROWS.map((f) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, figureLabel(f)),
        h(
          'td',
          { className: 'n' },
          number(countOf(w, f), { figure: f, unit: null, person: null, scope: whole }, onChange),
        ),
        h('td', { className: 'n' }, w.pct[f]),
      ),
    ),
  );
  const units = h(
    'table',
    { className: 'stats-table by-unit', 'data-testid': 'stats-units' },
    h(
      'tr',
      {},
      h('th', {}, tr('ui.stats.rank')),
      h('th', {}, tr('stats.col.unit')),
      h('th', { className: 'n' }, tr('stats.short.assigned')),
      h('th', { className: 'n' }, tr('stats.short.onTimeRate')),
      h('th', { className: 'n' }, tr('stats.short.overdue')),
      h('th', { className: 'n' }, tr('stats.short.updateRate')),
    ),
    ...r.units.map((u) => {
      // A unit's count opens the tasks behind it.
      const drill = (figure: 'assigned' | 'overdue') =>
        h(
          'td',
          { className: 'n' },
          number(u.view.counts[figure], { figure, unit: u.key, person: null, scope: u.name }, onChange),
        );
      return h(
        'tr',
        {},
        h('td', {}, u.rank === null ? '—' : String(u.rank)),
        h('td', {}, u.name),
        drill('assigned'),
        h('td', { className: 'n' }, u.view.onTimeRate),
        drill('overdue'),
        h('td', { className: 'n' }, u.view.updateRate),
      );
    }),
  );
  return [
    controls(onChange),
    h(
      'p',
      { className: 'muted small' },
      `${r.periodLabel}${r.span ? ` (${r.span})` : ''} · ${r.basisLabel} · ${showDate(r.asOf)}`,
    ),
    h('h2', {}, whole),
    wholeTable,
    h(
      'p',
      { className: 'muted small' },
      tr('ui.stats.unitsFull', { n: r.unitsFullyUpdated, total: r.unitsWithTasks }),
      ' · ',
      tr('ui.stats.clickHint'),
    ),
    h('h2', {}, tr('ui.stats.units')),
    units,
    personsSection(onChange),
    actions(),
  ];
}

function countOf(v: CountsView, f: Figure): number {
  const c = v.counts;
  switch (f) {
    case 'completedOnTime':
      return c.doneEarly + c.doneOnTime;
    case 'handled':
      return c.doneEarly + c.doneOnTime + c.doneLate + c.archived;
    case 'inProgress':
      return c.inTime + c.overdue;
    case 'notUpdated':
      return c.assigned - c.updated;
    default:
      return c[f];
  }
}

function personsSection(onChange: () => void): HTMLElement | null {
  const r = reply!;
  if (r.personUnits.length === 0) return null;
  const unit = h(
    'select',
    { name: 'personsUnit' },
    ...r.personUnits.map((u) => h('option', { value: u.key, selected: u.key === r.personsUnit }, u.name)),
  );
  unit.addEventListener('change', () => {
    query.unit = unit.value;
    void load(onChange);
  });
  const scopeOf = (name: string) =>
    `${name} (${r.personUnits.find((u) => u.key === r.personsUnit)?.name ?? ''})`;
  const rows =
    r.persons.length === 0
      ? h('p', { className: 'muted' }, tr('ui.stats.noPersons'))
      : h(
          'table',
          { className: 'stats-table', 'data-testid': 'stats-persons' },
          h(
            'tr',
            {},
            h('th', {}, tr('stats.col.person')),
            h('th', { className: 'n' }, tr('stats.short.assigned')),
            h('th', { className: 'n' }, tr('stats.short.completedOnTime')),
            h('th', { className: 'n' }, tr('stats.short.overdue')),
            h('th', { className: 'n' }, tr('stats.short.updateRate')),
          ),
          ...r.persons.map((p) => {
            const d = (figure: Figure): Drill => ({
              figure,
              unit: r.personsUnit,
              person: p.email,
              scope: scopeOf(p.name),
            });
            const c = p.view.counts;
            return h(
              'tr',
              {},
              h('td', {}, p.name),
              h('td', { className: 'n' }, number(c.assigned, d('assigned'), onChange)),
              h('td', { className: 'n' }, number(c.doneEarly + c.doneOnTime, d('completedOnTime'), onChange)),
              h('td', { className: 'n' }, number(c.overdue, d('overdue'), onChange)),
              h('td', { className: 'n' }, p.view.updateRate),
            );
          }),
        );
  return h('div', {}, h('h2', {}, tr('ui.stats.persons')), field(tr('ui.stats.pickUnit'), unit), rows);
}

function actions(): HTMLElement {
  const r = reply!;
  const note = h('div', { className: 'muted', role: 'status' });
  const run = async (
    button: HTMLButtonElement,
    send: () => Promise<Reply<{ message: string; url?: string }>>,
  ) => {
    const res = await whileBusy(button, note, tr('ui.saving'), send, { quiet: 'muted' });
    if (!res.ok) return;
    note.textContent = res.data.message;
    if (res.data.url)
      note.append(' ', h('a', { href: res.data.url, target: '_blank', rel: 'noopener' }, res.data.url));
  };
  const refresh = h('button', { type: 'button' }, tr('ui.stats.refreshSheet'));
  refresh.addEventListener('click', () => void run(refresh, () => call('refreshStatisticsSheet')));
  const wall = h('button', { type: 'button' }, tr('ui.stats.wallboard'));
  wall.addEventListener('click', () => void run(wall, () => call('openWallboardDialog')));
  const parts: HTMLElement[] = [refresh, wall];
  if (r.canReport) {
    const month = h('input', { type: 'text', name: 'month', placeholder: '10/2026' });
    const report = h('button', { type: 'button' }, tr('ui.stats.report'));
    report.addEventListener(
      'click',
      () => void run(report, () => call('createMonthlyReport', { month: month.value })),
    );
    parts.push(field(tr('ui.stats.reportMonth'), month), report);
  }
  return h('div', { className: 'actions' }, ...parts, note);
}

async function showDrill(onChange: () => void): Promise<void> {
  const d = drill!;
  const back = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        drill = null;
        if (reply) setContent(...page(onChange));
        else void load(onChange);
      },
    },
    tr('ui.stats.back'),
  );
  setContent(back, h('p', { className: 'muted' }, tr('ui.loading')));
  const args = { period: query.period, basis: query.basis, unit: d.unit, person: d.person, figure: d.figure };
  // The pages of the tasks one may see: the hidden ones are counted, never listed.
  const visible = async (offset: number) => {
    const r = await call('getStatisticsTasks', { ...args, offset });
    return r.ok ? { ...r, data: { ...r.data, total: r.data.total - r.data.hidden } } : r;
  };
  const r = await visible(0);
  if (drill !== d) return; // the person went back meanwhile
  if (!r.ok) {
    setContent(back, h('p', { className: 'status error', role: 'alert' }, r.error));
    return;
  }
  const { hidden } = r.data;
  const total = r.data.total + hidden;
  const list = h('div', { 'data-testid': 'drill-list' });
  const draw = () =>
    list.replaceChildren(pagedList(r.data, r.data.tasks, r.data.total, visible, onChange, draw));
  draw();
  setContent(
    back,
    h(
      'h2',
      { 'data-testid': 'drill-title' },
      tr('ui.stats.drill', { figure: figureLabel(d.figure), scope: d.scope, n: total }),
    ),
    hidden > 0 ? h('p', { className: 'notice' }, tr('ui.stats.hidden', { n: hidden })) : null,
    list,
  );
}
