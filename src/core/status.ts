/**
 * The status of a task (product.md, "Status of a task"), computed from calendar days only.
 *
 * D = the approved extended deadline, else the original; T = today in Asia/Ho_Chi_Minh;
 * C = the day the result was reported (kept when confirmation comes later, so a slow confirmer
 * does not make a unit late).
 *
 * Decisions on the edges, in order of precedence:
 * 1. archived → 'archived', whatever else is set (withdrawn tasks are never late).
 * 2. confirmed → done: C = reportedDay, else confirmedDay, else T (the caller should store the
 *    confirmation day when confirming; T is only right on that same day). Then:
 *    - no deadline (an ongoing task confirmed complete) → 'done_on_time': it cannot be early or
 *      late, and the government's grid counts it as completed on time;
 *    - C < D 'done_early', C = D 'done_on_time', C > D 'done_late' (calendar days: a result
 *      reported on the Saturday after a Friday deadline is late).
 * 3. reported, not confirmed → 'awaiting_confirmation', with or without a deadline, late or not.
 * 4. no deadline → 'ongoing'.
 * 5. T > D → 'overdue'. T = D is still 'due_soon' (the period ends at 24:00 of D, Civil Code
 *    art. 148.6).
 * 6. T ≥ D − window working days → 'due_soon'. product.md's table has both "in progress" and
 *    "due soon" at T = D − window; it is due soon, the day the first reminder goes out. D − n
 *    working days is the n-th working day before D, so with the default window of 2 and a Friday
 *    deadline, Wednesday to Friday are due soon; with a Tuesday deadline, Friday to Tuesday
 *    (the weekend included). A window ≤ 0 makes only D itself due soon.
 * 7. otherwise 'in_progress'.
 */

import type { Day } from './civil-date';
import type { WorkingCalendar } from './calendar';

export type TaskStatus =
  | 'in_progress'
  | 'due_soon'
  | 'overdue'
  | 'awaiting_confirmation'
  | 'done_early'
  | 'done_on_time'
  | 'done_late'
  | 'archived'
  | 'ongoing';

export const TASK_STATUSES: readonly TaskStatus[] = [
  'in_progress',
  'due_soon',
  'overdue',
  'awaiting_confirmation',
  'done_early',
  'done_on_time',
  'done_late',
  'archived',
  'ongoing',
];

export interface StatusInput {
  deadline: Day | null;
  /** Only an approved extension. */
  extendedDeadline: Day | null;
  /** C: the day the assignee reported the result. */
  reportedDay: Day | null;
  confirmed: boolean;
  archived: boolean;
  /** The day the assigner or follower confirmed; C when no reported day was recorded. */
  confirmedDay?: Day | null;
}

export const DEFAULT_REMINDER_WINDOW = 2;

export function effectiveDeadline(input: Pick<StatusInput, 'deadline' | 'extendedDeadline'>): Day | null {
  return input.extendedDeadline ?? input.deadline ?? null;
}

/** C, for a confirmed task: the reported day, else the confirmation day, else today. */
export function completionDay(input: StatusInput, today: Day): Day {
  return input.reportedDay ?? input.confirmedDay ?? today;
}

export function computeStatus(
  input: StatusInput,
  today: Day,
  calendar: WorkingCalendar,
  reminderWindow: number = DEFAULT_REMINDER_WINDOW,
): TaskStatus {
  if (input.archived) return 'archived';
  const d = effectiveDeadline(input);
  if (input.confirmed) {
    const c = completionDay(input, today);
    if (d === null || c === d) return 'done_on_time';
    return c < d ? 'done_early' : 'done_late';
  }
  if (input.reportedDay !== null && input.reportedDay !== undefined) return 'awaiting_confirmation';
  if (d === null) return 'ongoing';
  if (today > d) return 'overdue';
  const window = Math.max(0, Math.floor(reminderWindow));
  return today >= calendar.addWorkingDays(d, -window) ? 'due_soon' : 'in_progress';
}

/** Working days from T to D (0 on D itself, negative once overdue); null without a deadline. */
export function daysLeft(input: StatusInput, today: Day, calendar: WorkingCalendar): number | null {
  const d = effectiveDeadline(input);
  return d === null ? null : calendar.workingDaysBetween(today, d);
}

/**
 * Working days past D: for a done task, from D to C; for an open one, from D to T. 0 when not
 * late; a Friday deadline is late by 0 working days on Saturday and by 1 on Monday.
 */
export function daysLate(input: StatusInput, today: Day, calendar: WorkingCalendar): number {
  const d = effectiveDeadline(input);
  if (d === null || input.archived) return 0;
  const end = input.confirmed || input.reportedDay != null ? completionDay(input, today) : today;
  return Math.max(0, calendar.workingDaysBetween(d, end));
}

export const STATUS_LABELS_VI: Readonly<Record<TaskStatus, string>> = {
  in_progress: 'Đang thực hiện trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Đang thực hiện quá hạn',
  awaiting_confirmation: 'Chờ xác nhận',
  done_early: 'Hoàn thành trước hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  archived: 'Lưu trữ',
  ongoing: 'Thường xuyên',
};

export const STATUS_LABELS_EN: Readonly<Record<TaskStatus, string>> = {
  in_progress: 'In progress',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  awaiting_confirmation: 'Awaiting confirmation',
  done_early: 'Completed early',
  done_on_time: 'Completed on time',
  done_late: 'Completed late',
  archived: 'Archived',
  ongoing: 'Ongoing',
};

export function statusLabel(status: TaskStatus, lang: 'vi' | 'en' = 'vi'): string {
  return (lang === 'en' ? STATUS_LABELS_EN : STATUS_LABELS_VI)[status];
}

export interface StatusColour {
  /** Colour name used in product.md. */
  name: 'green' | 'blue' | 'yellow' | 'red' | 'orange' | 'grey' | 'purple';
  /** Solid colour for chips, charts and the dashboard. */
  solid: string;
  /** Light cell background. */
  background: string;
  /** Text on `background`: contrast ≥ 7:1 (WCAG AAA), checked by the tests. */
  text: string;
}

const GREEN: StatusColour = { name: 'green', solid: '#16A34A', background: '#DCFCE7', text: '#14532D' };
const BLUE: StatusColour = { name: 'blue', solid: '#2563EB', background: '#DBEAFE', text: '#1E3A8A' };

/**
 * product.md: green done early/on time, blue in progress, yellow due soon, red overdue, orange done
 * late, grey archived, purple awaiting confirmation. 'ongoing' (not in that list) is in progress
 * without a deadline: blue as well.
 */
export const STATUS_COLOURS: Readonly<Record<TaskStatus, StatusColour>> = {
  in_progress: BLUE,
  due_soon: { name: 'yellow', solid: '#EAB308', background: '#FEF9C3', text: '#713F12' },
  overdue: { name: 'red', solid: '#DC2626', background: '#FEE2E2', text: '#7F1D1D' },
  awaiting_confirmation: { name: 'purple', solid: '#7C3AED', background: '#EDE9FE', text: '#4C1D95' },
  done_early: GREEN,
  done_on_time: GREEN,
  done_late: { name: 'orange', solid: '#EA580C', background: '#FFEDD5', text: '#7C2D12' },
  archived: { name: 'grey', solid: '#6B7280', background: '#F3F4F6', text: '#374151' },
  ongoing: BLUE,
};

/** Lower case, NFC, single spaces: how labels typed or pasted into the sheet are compared. */
function normaliseLabel(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const LABEL_INDEX = new Map<string, TaskStatus>();
const EXACT_LABELS = new Map<string, TaskStatus>();
for (const s of TASK_STATUSES) {
  LABEL_INDEX.set(normaliseLabel(STATUS_LABELS_VI[s]), s);
  LABEL_INDEX.set(normaliseLabel(STATUS_LABELS_EN[s]), s);
  LABEL_INDEX.set(s, s);
  EXACT_LABELS.set(STATUS_LABELS_VI[s], s);
  EXACT_LABELS.set(STATUS_LABELS_EN[s], s);
}

/** A status from its Vietnamese or English label or its code (trimmed, case-insensitive); else null. */
export function statusFromLabel(label: string): TaskStatus | null {
  // Most cells hold exactly what the add-on wrote: look that up before normalising (it runs per row).
  return EXACT_LABELS.get(label) ?? LABEL_INDEX.get(normaliseLabel(label)) ?? null;
}

const URGENCY: Readonly<Record<TaskStatus, number>> = {
  overdue: 0,
  due_soon: 1,
  awaiting_confirmation: 2,
  in_progress: 3,
  ongoing: 4,
  done_late: 5,
  done_on_time: 6,
  done_early: 7,
  archived: 8,
};

/** Sort key, most urgent first: overdue, due soon, awaiting confirmation, in progress, ongoing, done, archived. */
export function urgencyRank(status: TaskStatus): number {
  return URGENCY[status];
}

/** True for the three confirmed-done statuses. */
export function isDone(status: TaskStatus): boolean {
  return status === 'done_early' || status === 'done_on_time' || status === 'done_late';
}
