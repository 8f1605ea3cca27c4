/**
 * The administrator's panel: reminders on or off (and at what hour), who sends them, the last run and
 * any warning (quota, time); and the register's own upkeep (setup again, refresh now).
 */
import { tr, type UiKey } from './i18n';
import type { ReminderStatus } from '../server/reminders';
import { field, h } from '../client/dom';
import { call } from './rpc';
import { toast } from '../client/toast';
import { whileBusy } from '../client/busy';
import { vnMoment } from '../core/format';

/** "09:00 ngày 08/12/2026", as the task history writes times. */
function when(iso: string | null | undefined): string {
  return iso ? tr('ui.historyAt', vnMoment(Date.parse(iso))) : '—';
}

export function adminView(): HTMLElement {
  const box = h('div', { className: 'admin' }, h('p', { className: 'muted' }, tr('ui.loading')));
  void load(box);
  return box;
}

async function load(box: HTMLElement): Promise<void> {
  const reply = await call('getReminderStatus');
  if (!reply.ok) {
    box.replaceChildren(h('p', { className: 'status error', role: 'alert' }, reply.error));
    return;
  }
  box.replaceChildren(reminderPanel(reply.data, box), upkeepPanel(), selfCheckPanel());
}

function reminderPanel(status: ReminderStatus, box: HTMLElement): HTMLElement {
  const hour = h(
    'select',
    { name: 'hour' },
    ...Array.from({ length: 24 }, (_, i) =>
      h('option', { value: String(i), selected: i === status.hour }, `${String(i).padStart(2, '0')}:00`),
    ),
  );
  const note = h('div', { className: 'status', role: 'status' });
  const act = async (fn: 'installReminders' | 'uninstallReminders', button: HTMLButtonElement) => {
    const reply = await whileBusy(button, note, tr('ui.saving'), () =>
      fn === 'installReminders' ? call(fn, Number(hour.value)) : call(fn),
    );
    if (!reply.ok) return;
    toast(reply.data.message ?? '');
    box.replaceChildren(reminderPanel(reply.data, box), upkeepPanel(), selfCheckPanel());
  };
  const on = h(
    'button',
    { type: 'button', className: 'primary' },
    status.on ? tr('ui.admin.reinstall') : tr('ui.admin.turnOn'),
  );
  on.addEventListener('click', () => void act('installReminders', on));
  const off = h('button', { type: 'button' }, tr('ui.admin.turnOff'));
  off.addEventListener('click', () => void act('uninstallReminders', off));
  return h(
    'section',
    { className: 'card' },
    h('h2', {}, tr('ui.admin.reminders')),
    h(
      'p',
      {},
      status.on
        ? tr('ui.admin.on', { email: status.installer, hour: String(status.hour).padStart(2, '0') })
        : tr('ui.admin.off'),
    ),
    status.quotaLeft !== null
      ? h('p', { className: 'muted' }, tr('ui.admin.quota', { n: status.quotaLeft }))
      : null,
    status.lastRun
      ? h(
          'p',
          { className: 'muted' },
          tr('ui.admin.lastRun', { at: when(status.lastRun.at), message: status.lastRun.message }),
        )
      : null,
    status.warning
      ? h(
          'div',
          { className: 'status warning', role: 'alert' },
          ...status.warning.split('\n').map((line) => h('p', {}, line)),
        )
      : null,
    field(tr('ui.admin.hour'), hour, tr('ui.admin.hourHint')),
    h('div', { className: 'actions' }, on, status.on ? off : null),
    note,
  );
}

function upkeepPanel(): HTMLElement {
  const note = h('div', { className: 'status', role: 'status' });
  const run = (fn: 'adminSetup' | 'adminRefresh' | 'checkAuditLog', label: UiKey) => {
    const button = h('button', { type: 'button' }, tr(label));
    button.addEventListener('click', async () => {
      const reply = await whileBusy(button, note, tr('ui.saving'), () => call(fn));
      if (reply.ok) note.textContent = reply.data.message;
    });
    return button;
  };
  return h(
    'section',
    { className: 'card' },
    h('h2', {}, tr('ui.admin.upkeep')),
    h(
      'div',
      { className: 'actions' },
      run('adminRefresh', 'menu.refresh'),
      run('adminSetup', 'menu.setup'),
      run('checkAuditLog', 'ui.admin.checkAudit'),
    ),
    note,
  );
}

/** Kiểm tra hoạt động: the report's items, each failure with what to do. */
function selfCheckPanel(): HTMLElement {
  const mail = h('input', { type: 'checkbox' });
  const out = h('div', { className: 'status', role: 'status' });
  const button = h('button', { type: 'button' }, tr('ui.admin.selfCheck'));
  button.addEventListener('click', async () => {
    const reply = await whileBusy(button, out, tr('ui.loading'), () =>
      call('selfCheck', { sendTestMail: mail.checked }),
    );
    if (!reply.ok) return;
    out.className = reply.data.ok ? 'status' : 'status warning';
    out.replaceChildren(...reply.data.message.split('\n').map((line) => h('p', {}, line)));
  });
  return h(
    'section',
    { className: 'card' },
    h('h2', {}, tr('ui.admin.selfCheck')),
    h('p', { className: 'muted' }, tr('ui.admin.selfCheckHint')),
    h('label', {}, mail, ' ', tr('ui.admin.sendTestMail')),
    h('div', { className: 'actions' }, button),
    out,
  );
}
