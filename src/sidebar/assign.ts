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
import { foldVietnamese } from '../core/fold';

export function assignForm(opts: { parent?: TaskView; onDone: () => void }): HTMLElement {
  const s = state();
  const title = h('input', { name: 'title', required: true, maxlength: 500 });
  const details = h('textarea', { name: 'details', rows: 3 });
  const source = h('input', { name: 'source', value: opts.parent?.source ?? '' });
  const lead = h(
    'select',
    { name: 'leadUnit' },
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
        { 'data-search': foldVietnamese(`${p.name} ${p.email} ${p.unit}`) },
        h('input', { type: 'checkbox', name: 'assignees', value: p.email }),
        ' ',
        p.name || p.email,
        h('span', { className: 'muted' }, ` ${p.unit}`),
      ),
    ),
  );
  filter.addEventListener('input', () => {
    const q = foldVietnamese(filter.value);
    people
      .querySelectorAll<HTMLElement>('label')
      .forEach((l) => (l.hidden = !!q && !(l.dataset.search ?? '').includes(q)));
  });
  const mode = h(
    'select',
    { name: 'mode' },
    h('option', { value: 'date' }, tr('ui.mode.date')),
    h('option', { value: 'working_days' }, tr('ui.mode.days')),
    h('option', { value: 'none' }, tr('ui.mode.none')),
  );
  const date = h('input', {
    type: 'date',
    name: 'date',
    min: s.today,
    max: opts.parent?.effectiveDeadline ?? undefined,
  });
  const days = h('input', { type: 'number', name: 'workingDays', min: 1, max: 750, value: '5' });
  const dateField = field(tr('ui.field.deadlineDate'), date);
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

  const form = h(
    'form',
    { className: 'assign' },
    opts.parent ? h('div', { className: 'muted' }, `${opts.parent.id} ${opts.parent.title}`) : null,
    field(tr('ui.field.title'), title),
    field(tr('ui.field.details'), details),
    field(tr('ui.field.source'), source),
    opts.parent ? null : field(tr('ui.field.leadUnit'), lead),
    opts.parent ? null : h('details', {}, h('summary', {}, tr('ui.field.coUnits')), coUnits),
    h('fieldset', {}, h('legend', {}, tr('ui.field.assignees')), filter, people),
    field(tr('ui.field.deadlineMode'), mode),
    dateField,
    daysField,
    opts.parent ? null : h('label', { className: 'inline' }, secret, ' ', tr('ui.field.confidential')),
    h('div', { className: 'actions' }, submit),
    status,
    choices,
  );

  const send = async (acceptRestDay: boolean, dateOverride?: string) => {
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
    submit.disabled = true;
    choices.replaceChildren();
    status.className = 'status';
    status.textContent = tr('ui.saving');
    const reply = opts.parent
      ? await call('delegateTask', opts.parent.id, input)
      : await call('assignTask', input);
    submit.disabled = false;
    if (!reply.ok) {
      status.className = 'status error';
      status.setAttribute('role', 'alert');
      status.textContent = reply.error;
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
