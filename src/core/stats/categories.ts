/**
 * The government's grid for one task, and the counts it adds up to.
 *
 * Every task falls in exactly one of six categories (the partition the property tests check):
 *
 * | category     | statuses (status.ts)                                            |
 * |--------------|-----------------------------------------------------------------|
 * | `doneEarly`  | done_early                                                      |
 * | `doneOnTime` | done_on_time (an ongoing task confirmed complete is one)        |
 * | `doneLate`   | done_late                                                       |
 * | `archived`   | archived                                                        |
 * | `inTime`     | in_progress, due_soon, ongoing; awaiting_confirmation with C ≤ D |
 * | `overdue`    | overdue; awaiting_confirmation with C > D                        |
 *
 * "Completed on time" in the reports is doneEarly + doneOnTime; "handled" (đã triển khai thực hiện,
 * the 834 of Ngũ Hành Sơn) is completed + archived; "in progress" is inTime + overdue.
 *
 * Awaiting confirmation is in progress: product.md says a task is done only once confirmed, and the
 * Ngũ Hành Sơn figures (834 handled + 67 in progress = 901) leave no third column for it. It is
 * placed by C, the day the result was reported, not by today — the same rule that keeps a slow
 * confirmer from making a unit late: reported by the deadline (or with none) is "in progress within
 * the deadline", reported after it "in progress, overdue". It is also counted on its own row.
 *
 * Two more counts cut across the grid: `extended` (an extension was approved: a count or an extended
 * deadline is recorded) and `updated` (the update rate's numerator: the doers touched the task at
 * least once — an update counted, a last-update day, a reported result, or a confirmation, which
 * needs a report; registers typed by hand often record only one of these). Archived tasks are not
 * special: withdrawn without a single update, they count as not updated.
 */
import type { WorkingCalendar } from '../calendar';
import type { Day } from '../civil-date';
import { computeStatus, effectiveDeadline, type TaskStatus } from '../status';
import { statusInput, type Task } from '../task';

export type Category = 'doneEarly' | 'doneOnTime' | 'doneLate' | 'archived' | 'inTime' | 'overdue';

/** In the order of the government's grid (and of the sheet's rows and the pie chart's slices). */
export const CATEGORIES: readonly Category[] = [
  'doneEarly',
  'doneOnTime',
  'doneLate',
  'archived',
  'inTime',
  'overdue',
];

export interface Counts {
  assigned: number;
  doneEarly: number;
  doneOnTime: number;
  doneLate: number;
  archived: number;
  inTime: number;
  overdue: number;
  /** Of inTime + overdue: reported, not yet confirmed. */
  awaiting: number;
  extended: number;
  updated: number;
}

export type CountKey = keyof Counts;

export const emptyCounts = (): Counts => ({
  assigned: 0,
  doneEarly: 0,
  doneOnTime: 0,
  doneLate: 0,
  archived: 0,
  inTime: 0,
  overdue: 0,
  awaiting: 0,
  extended: 0,
  updated: 0,
});

export interface Classified {
  status: TaskStatus;
  category: Category;
  awaiting: boolean;
  extended: boolean;
  updated: boolean;
}

export function categoryOf(status: TaskStatus, task: Task): Category {
  switch (status) {
    case 'done_early':
      return 'doneEarly';
    case 'done_on_time':
      return 'doneOnTime';
    case 'done_late':
      return 'doneLate';
    case 'archived':
      return 'archived';
    case 'overdue':
      return 'overdue';
    case 'awaiting_confirmation': {
      const d = effectiveDeadline(task);
      return d !== null && task.reportedDay !== null && task.reportedDay > d ? 'overdue' : 'inTime';
    }
    default:
      return 'inTime';
  }
}

export function isUpdated(task: Task): boolean {
  return (
    task.updateCount > 0 ||
    task.lastUpdateDay !== null ||
    task.reportedDay !== null ||
    task.confirmedDay !== null ||
    task.confirmedBy !== ''
  );
}

export function isExtended(task: Task): boolean {
  return task.extensionCount > 0 || task.extendedDeadline !== null;
}

export function classify(
  task: Task,
  today: Day,
  calendar: WorkingCalendar,
  reminderWindow?: number,
): Classified {
  const status = computeStatus(statusInput(task), today, calendar, reminderWindow);
  return {
    status,
    category: categoryOf(status, task),
    awaiting: status === 'awaiting_confirmation',
    extended: isExtended(task),
    updated: isUpdated(task),
  };
}

export function addTo(counts: Counts, c: Classified): void {
  counts.assigned += 1;
  counts[c.category] += 1;
  if (c.awaiting) counts.awaiting += 1;
  if (c.extended) counts.extended += 1;
  if (c.updated) counts.updated += 1;
}

export function sumCounts(list: readonly Counts[]): Counts {
  const out = emptyCounts();
  for (const c of list) for (const k of Object.keys(out) as CountKey[]) out[k] += c[k];
  return out;
}

/** The report's derived figures. */
export const completedOnTime = (c: Counts) => c.doneEarly + c.doneOnTime;
export const completed = (c: Counts) => c.doneEarly + c.doneOnTime + c.doneLate;
export const handled = (c: Counts) => completed(c) + c.archived;
export const inProgress = (c: Counts) => c.inTime + c.overdue;
/** Done late or still overdue: the tasks a unit is late on. */
export const late = (c: Counts) => c.doneLate + c.overdue;
/** The tasks a unit answers for: archived (withdrawn) ones are not its doing. */
export const accountable = (c: Counts) => c.assigned - c.archived;

/**
 * The figures a person can click for the list behind them: each category, the derived groups, and the
 * cross-cutting counts.
 */
export type Figure =
  | 'assigned'
  | Category
  | 'completedOnTime'
  | 'handled'
  | 'inProgress'
  | 'awaiting'
  | 'extended'
  | 'updated'
  | 'notUpdated';

export const FIGURES: readonly Figure[] = [
  'assigned',
  ...CATEGORIES,
  'completedOnTime',
  'handled',
  'inProgress',
  'awaiting',
  'extended',
  'updated',
  'notUpdated',
];

export function isFigure(v: unknown): v is Figure {
  return typeof v === 'string' && (FIGURES as readonly string[]).includes(v);
}

/** Whether a classified task is behind a figure. */
export function hasFigure(c: Classified, figure: Figure): boolean {
  switch (figure) {
    case 'assigned':
      return true;
    case 'completedOnTime':
      return c.category === 'doneEarly' || c.category === 'doneOnTime';
    case 'handled':
      return c.category !== 'inTime' && c.category !== 'overdue';
    case 'inProgress':
      return c.category === 'inTime' || c.category === 'overdue';
    case 'awaiting':
      return c.awaiting;
    case 'extended':
      return c.extended;
    case 'updated':
      return c.updated;
    case 'notUpdated':
      return !c.updated;
    default:
      return c.category === figure;
  }
}

/** The count of a figure. */
export function figureCount(c: Counts, figure: Figure): number {
  switch (figure) {
    case 'completedOnTime':
      return completedOnTime(c);
    case 'handled':
      return handled(c);
    case 'inProgress':
      return inProgress(c);
    case 'notUpdated':
      return c.assigned - c.updated;
    default:
      return c[figure];
  }
}
