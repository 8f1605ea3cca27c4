/**
 * Prefilling a month's evaluation forms from the register: on the first working day of the month by
 * the morning run (with the tasks it has just refreshed), or on demand (reading only the register's
 * columns the figures need). Forms already rated keep their figures (core/evaluation/form.ts).
 */
import { readTaskRow } from '../core/task';
import type { Directory, Person } from '../core/directory';
import { monthDays, monthFigures, emptyFigures, type TaskFact } from '../core/evaluation/prefill';
import { prefillForm, showMonth, type Form } from '../core/evaluation/form';
import { evalRules } from '../core/evaluation/score';
import { ymdFromDay, type Day } from '../core/civil-date';
import type { WorkingCalendar } from '../core/calendar';
import { t } from '../core/messages';
import { SHEETS } from '../core/schema';
import type { Settings } from '../core/settings';
import { appendAudit } from './audit';
import { saveRows } from './keyed-rows';
import { formRow, monthForms } from './plans';
import { readColumn, readTableHead } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const FACT_COLUMNS = [
  'id',
  'title',
  'assignees',
  'assignedDate',
  'deadline',
  'extendedDeadline',
  'extensionCount',
  'reportedDate',
  'confirmedBy',
  'confirmedAt',
  'archived',
  'confidential',
] as const;

/**
 * The register's facts the figures need: one read per column, never the whole sheet, each row read as
 * the refresh reads it (`readTaskRow`; a row it cannot read is left out, as the refresh lists it).
 */
export function readTaskFacts(ss: Spreadsheet): TaskFact[] {
  const head = readTableHead(ss, SHEETS.tasks);
  const cols = new Map<string, unknown[]>(FACT_COLUMNS.map((k) => [k, readColumn(head, k)]));
  const out: TaskFact[] = [];
  for (let i = 0; i < cols.get('id')!.length; i++) {
    const r = readTaskRow((k) => cols.get(k)?.[i] ?? '', i + 2);
    // A confidential task's title stays in the register: the form shows its id.
    if (r.kind === 'task') out.push(r.task.confidential ? { ...r.task, title: '' } : r.task);
  }
  return out;
}

/** The month before the one of `today`, `YYYY-MM`. */
export function previousMonth(today: Day): string {
  const { year, month } = ymdFromDay(today);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Is `today` the month's first working day. */
export function firstWorkingDayOfMonth(today: Day, calendar: WorkingCalendar): boolean {
  const { day } = ymdFromDay(today);
  if (!calendar.isWorkingDay(today)) return false;
  for (let d = today - day + 1; d < today; d++) if (calendar.isWorkingDay(d)) return false;
  return true;
}

/**
 * Prefills (or brings up to date) the forms of `month` for `people` (everyone active but viewers when
 * not given), writes them and one audit line; returns how many forms were written.
 */
export function prefillMonth(
  ss: Spreadsheet,
  args: {
    month: string;
    tasks: Iterable<TaskFact>;
    dir: Directory;
    settings: Settings;
    today: Day;
    actor: string;
    people?: Person[];
  },
): number {
  const [from, to] = monthDays(args.month)!;
  const figures = monthFigures(args.tasks, from, to, args.today);
  const rules = evalRules(args.settings);
  const lang = args.settings.language;
  const found = monthForms(ss, args.month);
  const byEmail = new Map(found.items.map((i) => [i.value.email, i]));
  const changed = [];
  const added = [];
  const people = args.people ?? args.dir.people.filter((p) => p.active && p.role !== 'viewer');
  for (const p of people) {
    const email = p.email.toLowerCase();
    const at = byEmail.get(email);
    const form: Form = prefillForm(
      at?.value ?? null,
      { email, name: p.name, unit: p.unit },
      args.month,
      figures.get(email) ?? emptyFigures(),
      rules,
    );
    if (at && form === at.value) continue;
    const values = formRow(found, form, lang, at?.at.values);
    if (at) changed.push({ row: at.at.row, values });
    else added.push(values);
  }
  saveRows(found.head, changed, added);
  const count = changed.length + added.length;
  if (count > 0)
    appendAudit(
      ss,
      [
        {
          actor: args.actor,
          taskId: '',
          action: t(lang, 'audit.eval'),
          before: '',
          after: t(lang, 'eval.prefilled', { count, month: showMonth(args.month) }),
          note: '',
        },
      ],
      new Date(),
      { toSheet: true },
    ); // a bulk write of its own: the line goes with it
  return count;
}

/**
 * The morning run's part: on the month's first working day, last month's forms from the tasks just
 * refreshed. Never throws (a register set up before this feature has no `Đánh giá` sheet until setup
 * runs again): the reminders go on whatever happens here.
 */
export function evaluationsAfterRefresh(
  ss: Spreadsheet,
  r: {
    tasks: Iterable<TaskFact>;
    settings: Settings;
    directory: Directory;
    today: Day;
    calendar: WorkingCalendar;
  },
): void {
  if (!firstWorkingDayOfMonth(r.today, r.calendar)) return;
  try {
    const month = previousMonth(r.today);
    prefillMonth(ss, {
      month,
      tasks: r.tasks,
      dir: r.directory,
      settings: r.settings,
      today: r.today,
      actor: '',
    });
  } catch (e) {
    console.error(e);
  }
}
