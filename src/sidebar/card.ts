/**
 * One task as a card: status colour, deadline, days left, progress; expanded, its details, the
 * actions the person may take (each an inline form) and its history.
 */
import { tr } from './i18n';
import type { TaskView } from '../core/task-view';
import { field, h, showDate } from '../client/dom';
import { toast } from '../client/toast';
import { whileBusy } from '../client/busy';
import { call, type Reply } from './rpc';
import { replaceTask, state } from './state';
import { assignForm } from './assign';
import type { RestDayWarning } from '../core/task-input';
import { workspaceSection } from './workspace';
import { changeText, vnMoment } from '../core/format';

export function statusChip(task: TaskView): HTMLElement {
  return h(
    'span',
    { className: 'chip', style: `background:${task.colour.background};color:${task.colour.text}` },
    task.statusLabel,
  );
}

function timing(task: TaskView): string {
  if (!task.effectiveDeadline) return tr('ui.noDeadline');
  const due = tr('ui.deadline', { date: showDate(task.effectiveDeadline) });
  if (task.daysLeft === null) return due;
  if (task.daysLeft > 0) return `${due} · ${tr('ui.daysLeft', { n: task.daysLeft })}`;
  if (task.daysLeft === 0 && task.status !== 'overdue') return `${due} · ${tr('ui.dueToday')}`;
  return `${due} · ${tr('ui.daysLate', { n: Math.max(1, task.daysLate) })}`;
}

/** The lead unit and the assignees by name (three at most, then how many more). */
function who(task: TaskView): HTMLElement {
  const names = task.assignees.map((a) => (a.name === a.email ? a.email.split('@')[0] : a.name));
  const more = names.length > 3 ? ` +${names.length - 3}` : '';
  return h(
    'div',
    { className: 'who' },
    task.leadUnit ? h('strong', {}, task.leadUnit) : null,
    task.leadUnit && names.length ? ' · ' : '',
    names.slice(0, 3).join(', ') + more,
  );
}

export function taskCard(task: TaskView, onChange: () => void): HTMLElement {
  const body = h('div', { className: 'card-body', hidden: true });
  const title = h(
    'button',
    {
      className: 'card-title',
      type: 'button',
      'aria-expanded': 'false',
      onclick: () => {
        const open = body.hidden;
        body.hidden = !open;
        title.setAttribute('aria-expanded', String(open));
        if (open && !body.hasChildNodes()) fillBody(body, task, onChange);
      },
    },
    h('span', { className: 'task-id' }, task.id),
    ' ',
    task.title,
  );
  return h(
    'article',
    { className: 'card', style: `border-left-color:${task.colour.solid}`, 'data-id': task.id },
    title,
    h(
      'div',
      { className: 'meta' },
      statusChip(task),
      task.confidential ? h('span', { className: 'chip secret' }, tr('ui.confidential')) : null,
      task.extensionRequest ? h('span', { className: 'chip ext' }, tr('ui.extPending')) : null,
      h('span', {}, timing(task)),
    ),
    who(task),
    h(
      'div',
      { className: 'progress' },
      h(
        'div',
        {
          className: 'bar',
          role: 'progressbar',
          'aria-valuenow': task.progress,
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          title: tr('ui.progress', { n: task.progress }),
        },
        h('span', { style: `width:${task.progress}%;background:${task.colour.solid}` }),
      ),
      `${task.progress} %`,
    ),
    body,
  );
}

function row(label: string, value: string | null | undefined): HTMLElement | null {
  return value
    ? h('div', { className: 'row' }, h('span', { className: 'label' }, label + ': '), value)
    : null;
}

function fillBody(body: HTMLElement, task: TaskView, onChange: () => void): void {
  const forms = h('div', { className: 'forms' });
  const request = task.extensionRequest;
  const parts: (HTMLElement | null)[] = [
    row(tr('ui.details'), task.details),
    row(tr('ui.source'), task.source),
    row(tr('ui.leadUnit'), task.leadUnit),
    row(tr('ui.coUnits'), task.coUnits.join(', ')),
    row(tr('ui.assigner'), task.assigner.name),
    row(tr('ui.assignees'), task.assignees.map((a) => a.name).join(', ')),
    h('div', { className: 'row' }, tr('ui.progress', { n: task.progress })),
    task.extensionCount > 0
      ? h('div', { className: 'row' }, tr('ui.extended', { n: task.extensionCount }))
      : null,
    request
      ? h(
          'div',
          { className: 'notice' },
          tr('ui.extensionRequested', { date: showDate(request.deadline), reason: request.reason }),
        )
      : null,
    row(tr('ui.result'), task.result),
    row(tr('ui.explanation'), task.explanation),
    task.confidential ? h('div', { className: 'muted' }, tr('ui.confidentialNote')) : null,
    workspaceSection(task),
    task.children.length
      ? h(
          'div',
          { className: 'row' },
          h('span', { className: 'label' }, tr('ui.children') + ': '),
          h('ul', {}, ...task.children.map((c) => h('li', {}, `${c.id} ${c.title} — ${c.progress} %`))),
        )
      : null,
    h('div', { className: 'actions' }, ...actionButtons(task, forms, onChange)),
    forms,
  ];
  body.append(...parts.filter((p): p is HTMLElement => p !== null));
}

/** The answer to the rest-day question: keep the date as chosen, or take the suggested working day. */
type RestDayChoice = { acceptRestDay?: boolean; suggestedIso?: string };
type Submit = (
  values: Record<string, string>,
  choice: RestDayChoice,
) => Promise<Reply<{ message: string; task: TaskView; warning?: RestDayWarning }>>;

function actionButtons(task: TaskView, forms: HTMLElement, onChange: () => void): HTMLElement[] {
  const open = (build: () => HTMLElement) => () => forms.replaceChildren(build());
  const form =
    (fields: HTMLElement[], submit: Submit, submitLabel = tr('ui.submit.save')) =>
    () =>
      actionForm(fields, submit, submitLabel, forms, onChange);
  const id = task.id;
  const buttons: HTMLElement[] = [];
  const add = (label: string, build: () => HTMLElement, kind = '') =>
    buttons.push(h('button', { type: 'button', className: kind, onclick: open(build) }, label));
  const a = task.actions;
  if (a.includes('update')) {
    add(
      tr('ui.act.update'),
      form(
        [
          input('progress', tr('ui.field.progress'), 'number', String(task.progress), { min: 0, max: 100 }),
          textarea('note', tr('ui.field.note')),
          input('link', tr('ui.field.link'), 'url'),
        ],
        (v) => call('updateProgress', id, { progress: Number(v.progress), note: v.note, link: v.link }),
      ),
      'primary',
    );
  }
  if (a.includes('report')) {
    add(
      tr('ui.act.report'),
      form(
        [
          textarea('result', tr('ui.field.result')),
          input('link', tr('ui.field.link'), 'url'),
          textarea('explanation', tr('ui.field.explanation')),
        ],
        (v) => call('reportResult', id, v),
      ),
    );
  }
  if (a.includes('requestExtension')) {
    add(
      tr('ui.act.requestExtension'),
      form(
        [input('newDeadline', tr('ui.field.newDeadline'), 'date'), textarea('reason', tr('ui.field.reason'))],
        (v, c) =>
          call('requestExtension', id, {
            newDeadline: c.suggestedIso ?? v.newDeadline,
            reason: v.reason,
            acceptRestDay: c.acceptRestDay,
          }),
      ),
    );
  }
  if (a.includes('decideExtension')) {
    add(
      tr('ui.act.approve'),
      form([textarea('note', tr('ui.field.note'))], (v, c) =>
        call('decideExtension', id, {
          approve: true,
          note: v.note,
          acceptRestDay: c.acceptRestDay,
          deadline: c.suggestedIso,
        }),
      ),
      'primary',
    );
    add(
      tr('ui.act.refuse'),
      form([textarea('note', tr('ui.field.reason'))], (v) =>
        call('decideExtension', id, { approve: false, note: v.note }),
      ),
    );
  }
  if (a.includes('confirm')) {
    add(
      tr('ui.act.confirm'),
      () =>
        actionForm([], () => call('confirmTask', id), tr('ui.act.confirm'), forms, onChange, undoable(id)),
      'primary',
    );
  }
  if (a.includes('sendBack'))
    add(
      tr('ui.act.sendBack'),
      form([textarea('reason', tr('ui.field.reason'))], (v) =>
        call('sendBackTask', id, { reason: v.reason }),
      ),
    );
  if (a.includes('delegate'))
    add(tr('ui.act.delegate'), () => assignForm({ parent: task, onDone: onChange }));
  if (a.includes('archive'))
    add(
      tr('ui.act.archive'),
      form([textarea('reason', tr('ui.field.reason'))], (v) => call('archiveTask', id, { reason: v.reason })),
    );
  buttons.push(h('button', { type: 'button', onclick: open(() => historyView(id)) }, tr('ui.history')));
  return buttons;
}

function input(
  name: string,
  label: string,
  type: string,
  value = '',
  extra: Record<string, number> = {},
): HTMLElement {
  return field(label, h('input', { name, type, value, ...extra }));
}
function textarea(name: string, label: string): HTMLElement {
  return field(label, h('textarea', { name, rows: 2 }));
}

/** How long the toast offers to take a confirmation back (the server allows a few minutes). */
const UNDO_MS = 30000;

/** The toast after confirming: "Hoàn tác" for 30 seconds puts the task back in awaiting confirmation. */
const undoable = (id: string) => (message: string, onChange: () => void) =>
  toast(message, {
    label: tr('ui.undo'),
    ms: UNDO_MS,
    run: () =>
      void call('undoConfirmTask', id).then((r) => {
        if (r.ok) {
          replaceTask(r.data.task);
          onChange();
        }
        toast(r.ok ? r.data.message : r.error);
      }),
  });

/** A form that keeps what was typed when the server refuses, and shows each field's problem beside it. */
export function actionForm(
  fields: HTMLElement[],
  submit: Submit,
  label: string,
  host: HTMLElement,
  onChange: () => void,
  done: (message: string, onChange: () => void) => void = (m) => toast(m),
): HTMLElement {
  const status = h('div', { className: 'status', role: 'status' });
  const choices = h('div', { className: 'actions' });
  const button = h('button', { type: 'submit', className: 'primary' }, label);
  // The browser's own checks stay off (they can block without a word); the server answers each field.
  const form = h(
    'form',
    { novalidate: true },
    ...fields,
    h(
      'div',
      { className: 'actions' },
      button,
      h('button', { type: 'button', onclick: () => host.replaceChildren() }, tr('ui.cancel')),
    ),
    status,
    choices,
  );
  const send = async (choice: RestDayChoice) => {
    const values: Record<string, string> = {};
    for (const el of Array.from(
      form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input,textarea'),
    ))
      values[el.name] = el.value;
    form.querySelectorAll('.field-error').forEach((n) => n.remove());
    choices.replaceChildren();
    const reply = await whileBusy(button, status, tr('ui.saving'), () => submit(values, choice));
    if (reply.ok && reply.data.warning) {
      // A rest day: nothing saved yet; the same question as when assigning.
      const { message, suggestedIso } = reply.data.warning;
      status.className = 'status warning';
      status.setAttribute('role', 'alert');
      status.textContent = message;
      choices.replaceChildren(
        h(
          'button',
          { type: 'button', className: 'primary', onclick: () => void send({ suggestedIso }) },
          tr('ui.useSuggested', { date: showDate(suggestedIso) }),
        ),
        h('button', { type: 'button', onclick: () => void send({ acceptRestDay: true }) }, tr('ui.keepDate')),
      );
      return;
    }
    if (!reply.ok) {
      // The refusal is in the status line; each field's own problem goes beside the field.
      for (const f of reply.fields ?? []) {
        const control = form.querySelector(`[name="${f.field}"]`);
        control?.parentElement?.append(h('div', { className: 'field-error' }, f.message));
      }
      return;
    }
    replaceTask(reply.data.task);
    done(reply.data.message, onChange);
    onChange();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void send({});
  });
  return form;
}

async function historyLoad(id: string, box: HTMLElement): Promise<void> {
  const reply = await call('getTaskHistory', id);
  if (!reply.ok) {
    box.replaceChildren(h('div', { className: 'status error', role: 'alert' }, reply.error));
    return;
  }
  if (reply.data.length === 0) {
    box.replaceChildren(h('div', { className: 'muted' }, tr('ui.historyEmpty')));
    return;
  }
  box.replaceChildren(
    h(
      'ol',
      { className: 'history' },
      ...reply.data.map((l) =>
        h(
          'li',
          {},
          h('strong', {}, l.action),
          ` — ${l.actor}, ${tr('ui.historyAt', vnMoment(Date.parse(l.at)))}`,
          changeText(l.before, l.after) ? h('div', {}, changeText(l.before, l.after)) : null,
          l.note ? h('div', { className: 'muted' }, l.note) : null,
        ),
      ),
    ),
  );
}

function historyView(id: string): HTMLElement {
  const box = h('div', { className: 'muted' }, tr('ui.loading'));
  void historyLoad(id, box);
  return box;
}

export { state };
