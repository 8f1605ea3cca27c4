/**
 * The sidebar. Its first screen needs one server round trip (`getSidebarState`); each action answers
 * with the task as it now is, so lists update without reloading.
 */
import { tr } from './i18n';
import type { TaskStatus } from '../core/status';
import { assignForm } from './assign';
import { adminView } from './admin';
import { statsView } from './stats';
import { field, h } from '../client/dom';
import { call } from './rpc';
import { whileBusy } from '../client/busy';
import { setState, state } from './state';
import { allView, countView, forgetCount, mineList, taskList } from './task-list';
import { landing } from './lists';

const app = document.getElementById('app')!;

type Tab = 'mine' | 'pending' | 'assign' | 'all' | 'stats' | 'admin' | 'count';
let tab: Tab = 'mine';
/** The count whose list is open (tab 'count'), and the tab to go back to. */
let counting: TaskStatus = 'overdue';
let before: Tab = 'mine';

/** A count in the header: a button that opens the tasks behind it (a zero opens nothing). */
function count(status: TaskStatus, key: 'overdue' | 'due_soon' | 'awaiting'): HTMLElement {
  const n = state().counts[status];
  const label = `${tr(`ui.group.${key}`)}: ${n}`;
  if (n === 0) return h('span', {}, label);
  const open = () => {
    if (tab !== 'count') before = tab;
    tab = 'count';
    counting = status;
    forgetCount();
    render();
  };
  return h('button', { type: 'button', className: 'link', 'data-status': status, onclick: open }, label);
}

function render(): void {
  const s = state();
  const tabs: [Tab, string, number | null][] = [['mine', tr('ui.tab.mine'), s.mineTotal]];
  if (s.pending.length > 0 || (s.me.role !== 'official' && s.me.role !== 'viewer'))
    tabs.push(['pending', tr('ui.tab.pending'), s.pending.length]);
  if (s.canAssign) tabs.push(['assign', tr('ui.tab.assign'), null]);
  if (s.me.role !== 'official' && s.me.role !== 'focal') tabs.push(['all', tr('ui.tab.all'), s.visibleTotal]);
  tabs.push(['stats', tr('ui.tab.stats'), null]);
  if (s.me.role === 'admin') tabs.push(['admin', tr('ui.tab.admin'), null]);
  if (tab !== 'count' && !tabs.some(([k]) => k === tab)) tab = 'mine';
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
      ? mineList(render)
      : tab === 'pending'
        ? taskList(s.pending, render, 'ui.empty.pending', 'pending')
        : tab === 'count'
          ? countView(counting, render, () => {
              tab = before;
              render();
            })
          : tab === 'stats'
            ? statsView(render)
            : tab === 'admin'
              ? adminView()
              : tab === 'assign'
                ? assignForm({ onDone: render })
                : allView(render);
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
        { className: 'muted small counts' },
        count('overdue', 'overdue'),
        ' · ',
        count('due_soon', 'due_soon'),
        ' · ',
        count('awaiting_confirmation', 'awaiting'),
      ),
      h(
        'button',
        { type: 'button', id: 'open-plans', onclick: () => void call('openPage', 'plans') },
        tr('ui.openPlans'),
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
    const reply = await whileBusy(button, note, tr('ui.saving'), () => call('adminSetup', name.value));
    if (reply.ok) void start();
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
  const s = reply.data;
  tab = landing(s.pending, s.mine, s.me.role !== 'official' && s.me.role !== 'focal');
  render();
}

void start();
