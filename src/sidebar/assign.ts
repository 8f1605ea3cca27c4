/**
 * The assignment form (leaders) and the delegation form (a sub-task for one's own unit). A deadline on
 * a rest day comes back as a warning: the person chooses the suggested working day or keeps theirs.
 */
import { tr } from './i18n';
import type { TaskView } from '../core/task-view';
import type { DeadlineInput } from '../core/task-input';
import { field, h, showDate } from '../client/dom';
import { call } from './rpc';
import { addTask, state } from './state';
import { toast } from '../client/toast';
import { whileBusy } from '../client/busy';
import { foldVietnamese } from '../core/fold';
import { MAX_WORKING_DAYS } from '../core/parse';

export function assignForm(opts: { parent?: TaskView; onDone: () => void }): HTMLElement {
  const s = state();
  const title = h('input', { name: 'title', required: true, maxlength: 500 });
  const details = h('textarea', { name: 'details', rows: 3 });
  const source = h('input', { name: 'source', value: opts.parent?.source ?? '' });
  // No unit is chosen for the assigner: the lead unit is a decision (the agency itself is rarely it).
  const unitName = new Map(s.units.map((u) => [u.code, u.name || u.code]));
  const lead = h(
    'select',
    { name: 'leadUnit' },
    h('option', { value: '' }, `— ${tr('ui.pickLeadUnit')} —`),
    ...s.units.map((u) => h('option', { value: u.code }, u.name || u.code)),
  );
  const coUnits = h(
    'div',
    { className: 'checks', role: 'group' },
    ...s.units.map((u) =>
      h('label', {}, h('input', { type: 'checkbox', name: 'coUnits', value: u.code }), ' ', u.name || u.code),
    ),
  );
  const filter = h('input', {
    type: 'search',
    'aria-label': tr('ui.field.filterPeople'),
    placeholder: tr('ui.field.filterPeople'),
  });
  const people = h(
    'div',
    { className: 'checks people', role: 'group' },
    ...s.people.map((p) =>
      h(
        'label',
        { 'data-search': foldVietnamese(`${p.name} ${p.email} ${unitName.get(p.unit) ?? p.unit}`) },
        h('input', { type: 'checkbox', name: 'assignees', value: p.email }),
        ' ',
        p.name || p.email,
        h('span', { className: 'muted' }, ` · ${unitName.get(p.unit) ?? p.unit}`),
      ),
    ),
  );
  filter.addEventListener('input', () => {
    const q = foldVietnamese(filter.value);
    people
      .querySelectorAll<HTMLElement>('label')
      .forEach((l) => (l.hidden = !!q && !(l.dataset.search ?? '').includes(q)));
  });
  // A sub-task is due no later than its parent (never "no deadline" when the parent has one); from an
  // overdue parent, today, the soonest there is (server rule: planDelegate).
  const parentLimit = opts.parent?.effectiveDeadline ?? null;
  const overdue = parentLimit !== null && parentLimit < s.today;
  const limit = overdue ? s.today : parentLimit;
  const mode = h(
    'select',
    { name: 'mode' },
    h('option', { value: 'date' }, tr('ui.mode.date')),
    overdue ? null : h('option', { value: 'working_days' }, tr('ui.mode.days')),
    limit ? null : h('option', { value: 'none' }, tr('ui.mode.none')),
  );
  const earliest = s.today;
  const date = h('input', {
    type: 'date',
    name: 'date',
    min: earliest,
    max: limit ?? undefined,
    value: overdue ? s.today : undefined,
  });
  const days = h('input', { type: 'number', name: 'workingDays', min: 1, max: MAX_WORKING_DAYS, value: '5' });
  const dateField = field(
    tr('ui.field.deadlineDate'),
    date,
    parentLimit
      ? tr(overdue ? 'ui.parentOverdue' : 'ui.parentDeadline', { date: showDate(parentLimit) })
      : undefined,
  );
  const daysField = field(tr('ui.field.workingDays'), days);
  daysField.hidden = true;
  mode.addEventListener('change', () => {
    dateField.hidden = mode.value !== 'date';
    daysField.hidden = mode.value !== 'working_days';
  });
  const secret = h('input', { type: 'checkbox', name: 'confidential' });
  const status = h('div', { className: 'status', role: 'status' });
  const choices = h('div', { className: 'actions' });
  const submit = h(
    'button',
    { type: 'submit', className: 'primary' },
    opts.parent ? tr('ui.act.delegate') : tr('ui.submit.assign'),
  );

  const titleField = field(tr('ui.field.title'), title);
  const detailsField = field(tr('ui.field.details'), details);
  const sourceField = field(tr('ui.field.source'), source);
  const leadField = field(tr('ui.field.leadUnit'), lead);
  const peopleField = h('fieldset', {}, h('legend', {}, tr('ui.field.assignees')), filter, people);
  const modeField = field(tr('ui.field.deadlineMode'), mode);
  // The browser's own checks stay off: on a hidden field they block the form without a word.
  const form = h(
    'form',
    { className: 'assign', novalidate: true },
    opts.parent ? h('div', { className: 'muted' }, `${opts.parent.id} ${opts.parent.title}`) : null,
    titleField,
    detailsField,
    sourceField,
    opts.parent ? null : leadField,
    opts.parent ? null : h('details', {}, h('summary', {}, tr('ui.field.coUnits')), coUnits),
    peopleField,
    modeField,
    dateField,
    daysField,
    opts.parent ? null : h('label', { className: 'inline' }, secret, ' ', tr('ui.field.confidential')),
    h('div', { className: 'actions' }, submit),
    status,
    choices,
  );

  /** Where each field's problem is shown: beside the field the person can see. */
  const fieldFor = (name: string): HTMLElement =>
    ({ title: titleField, details: detailsField, source: sourceField, leadUnit: leadField })[name] ??
    (name === 'assignees'
      ? peopleField
      : name === 'deadline'
        ? mode.value === 'date'
          ? dateField
          : mode.value === 'working_days'
            ? daysField
            : modeField
        : status);
  const showErrors = (errors: { field: string; message: string }[], summary: string) => {
    for (const e of errors) fieldFor(e.field).append(h('div', { className: 'field-error' }, e.message));
    status.className = 'status error';
    status.setAttribute('role', 'alert');
    status.textContent = summary;
    const first = form.querySelector('.field-error');
    first?.parentElement?.querySelector<HTMLElement>('input,select,textarea')?.focus();
  };
  /** What the page itself can tell before asking the server; only the fields on screen. */
  const localErrors = (): { field: string; message: string }[] => {
    const out: { field: string; message: string }[] = [];
    if (!title.value.trim())
      out.push({ field: 'title', message: tr('ui.check.required', { field: tr('ui.field.title') }) });
    if (!opts.parent && !lead.value) out.push({ field: 'leadUnit', message: tr('ui.check.leadUnit') });
    if (!form.querySelector('input[name="assignees"]:checked'))
      out.push({ field: 'assignees', message: tr('ui.check.assignees') });
    if (mode.value === 'date') {
      const v = date.value;
      if (!v) out.push({ field: 'deadline', message: tr('ui.check.pickDate') });
      else if (v < earliest)
        out.push({ field: 'deadline', message: tr('ui.check.dateBefore', { date: showDate(earliest) }) });
      else if (limit && parentLimit && v > limit)
        out.push({
          field: 'deadline',
          message: overdue
            ? tr('ui.parentOverdue', { date: showDate(parentLimit) })
            : tr('ui.check.dateAfter', { date: showDate(parentLimit) }),
        });
    } else if (mode.value === 'working_days') {
      const n = Number(days.value);
      if (!Number.isInteger(n) || n < 1 || n > MAX_WORKING_DAYS)
        out.push({ field: 'deadline', message: tr('ui.check.workingDays', { max: MAX_WORKING_DAYS }) });
    }
    return out;
  };

  const send = async (acceptRestDay: boolean, dateOverride?: string) => {
    form.querySelectorAll('.field-error').forEach((n) => n.remove());
    const problems = localErrors();
    if (problems.length > 0) {
      choices.replaceChildren();
      showErrors(problems, tr('ui.check.notSent'));
      return;
    }
    if (dateOverride) date.value = dateOverride;
    const checked = (name: string) =>
      Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)).map(
        (i) => i.value,
      );
    const input = {
      title: title.value,
      details: details.value,
      source: source.value,
      leadUnit: lead.value,
      coUnits: checked('coUnits'),
      assignees: checked('assignees'),
      deadline: { mode: deadlineMode(mode.value), date: date.value, workingDays: Number(days.value) },
      confidential: secret.checked,
      acceptRestDay,
    };
    choices.replaceChildren();
    const reply = await whileBusy(submit, status, tr('ui.saving'), () =>
      opts.parent ? call('delegateTask', opts.parent.id, input) : call('assignTask', input),
    );
    if (!reply.ok) {
      // Shown as the page's own check shows it: beside each field, the first one focused.
      showErrors(reply.fields ?? [], reply.error);
      return;
    }
    const { warning, task, message, workspace } = reply.data;
    if (warning) {
      status.className = 'status warning';
      status.setAttribute('role', 'alert');
      status.textContent = warning.message;
      choices.replaceChildren(
        h(
          'button',
          { type: 'button', className: 'primary', onclick: () => void send(false, warning.suggestedIso) },
          tr('ui.useSuggested', { date: showDate(warning.suggestedIso) }),
        ),
        h('button', { type: 'button', onclick: () => void send(true) }, tr('ui.keepDate')),
      );
      return;
    }
    if (task) addTask(task);
    form.reset();
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.textContent = '';
    toast([message, workspace?.message].filter(Boolean).join(' '));
    opts.onDone();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void send(false);
  });
  return form;
}

/** The deadline select's value as the contract's mode ('none' for anything else: no deadline is asked). */
function deadlineMode(value: string): DeadlineInput['mode'] {
  return value === 'date' || value === 'working_days' ? value : 'none';
}
