/**
 * The register's facts for a month's evaluation: for each person, the tasks assigned to them in the
 * month and the tasks due in the month — done on time, done late, overdue, extended — each figure with
 * the tasks behind it. A task is done once confirmed, and its report day (not the confirmation day)
 * decides on time or late, as for its status (status.ts). Archived tasks do not count.
 */
import { dayFromYmd, daysInMonth, type Day } from '../civil-date';
import { effectiveDeadline, completionDay } from '../status';
import type { Task } from '../task';
import type { TaskCounts } from './score';

/** A task behind a figure: its id and title. */
export type TaskRef = [id: string, title: string];

export const FIGURE_KEYS = ['assigned', 'due', 'onTime', 'late', 'overdue', 'extended'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, TaskRef[]>;

export type TaskFact = Pick<
  Task,
  | 'id'
  | 'title'
  | 'assignees'
  | 'assignedDay'
  | 'deadline'
  | 'extendedDeadline'
  | 'extensionCount'
  | 'reportedDay'
  | 'confirmedDay'
  | 'confirmedBy'
  | 'archived'
>;

/** A month written `YYYY-MM`: its first and last day, or null. */
export function monthDays(month: string): [Day, Day] | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const first = dayFromYmd(y, mo, 1);
  return first === null ? null : [first, first + daysInMonth(y, mo) - 1];
}

const empty = (): Figures => ({ assigned: [], due: [], onTime: [], late: [], overdue: [], extended: [] });

/** Each assignee's figures for the days `from`–`to`, as known on `asOf`. One pass over the tasks. */
export function monthFigures(tasks: Iterable<TaskFact>, from: Day, to: Day, asOf: Day): Map<string, Figures> {
  const out = new Map<string, Figures>();
  for (const task of tasks) {
    if (task.archived || task.assignees.length === 0) continue;
    const ref: TaskRef = [task.id, task.title.slice(0, 80)];
    const d = effectiveDeadline(task);
    const due = d !== null && d >= from && d <= to;
    const assigned = task.assignedDay !== null && task.assignedDay >= from && task.assignedDay <= to;
    if (!due && !assigned) continue;
    const kinds: FigureKey[] = assigned ? ['assigned'] : [];
    if (due) {
      kinds.push('due');
      const confirmed = task.confirmedDay !== null || task.confirmedBy !== '';
      if (confirmed) {
        const c = completionDay({ ...task, confirmed, archived: false }, asOf);
        kinds.push(c <= d ? 'onTime' : 'late');
      } else if (d < asOf) kinds.push('overdue');
      if (task.extensionCount > 0) kinds.push('extended');
    }
    for (const email of task.assignees) {
      const key = email.toLowerCase();
      let f = out.get(key);
      if (!f) out.set(key, (f = empty()));
      for (const k of kinds) f[k].push(ref);
    }
  }
  return out;
}

export function countsOf(f: Figures): TaskCounts {
  return { due: f.due.length, onTime: f.onTime.length, late: f.late.length };
}

export function emptyFigures(): Figures {
  return empty();
}
