/**
 * The daily refresh, as a pure plan: from the register's rows, today and the calendar, which cells
 * change. The adapter reads once, calls this, and writes only the cells that changed.
 */
import type { WorkingCalendar } from './calendar';
import type { Day } from './civil-date';
import { ymdFromDay } from './civil-date';
import type { ColumnMap } from './columns';
import { t } from './messages';
import type { TaskColumnKey } from './schema';
import type { Settings } from './settings';
import { computeStatus, daysLeft, statusLabel, type TaskStatus } from './status';
import { formatTaskId, nextSequence, readTaskRow, statusInput, type RowProblem, type Task } from './task';

export interface RefreshPlan {
  /** Data-row index (0 = sheet row 2) → new cell values by column key. */
  changes: Map<number, Partial<Record<TaskColumnKey, unknown>>>;
  problems: RowProblem[];
  tasks: Task[];
  /** Tasks per status after the refresh. */
  counts: Record<TaskStatus, number>;
  /** Highest id sequence used per year, to store as the counter. */
  counters: Record<number, number>;
}

export interface RefreshInput {
  rows: readonly (readonly unknown[])[];
  map: ColumnMap;
  today: Day;
  calendar: WorkingCalendar;
  settings: Settings;
  /** Stored id counters per year (never go below them). */
  counters: Record<number, number>;
}

const EMPTY_COUNTS = (): Record<TaskStatus, number> => ({
  in_progress: 0,
  due_soon: 0,
  overdue: 0,
  awaiting_confirmation: 0,
  done_early: 0,
  done_on_time: 0,
  done_late: 0,
  archived: 0,
  ongoing: 0,
});

export function planRefresh(input: RefreshInput): RefreshPlan {
  const { rows, map, today, calendar, settings } = input;
  const lang = settings.language;
  const plan: RefreshPlan = {
    changes: new Map(),
    problems: [],
    tasks: [],
    counts: EMPTY_COUNTS(),
    counters: {},
  };
  const idColumn = map.id;
  const existingIds =
    idColumn === undefined ? [] : rows.map((r) => String(r[idColumn] ?? '').trim()).filter(Boolean);
  const seen = new Map<string, number>();
  const nextSeq = new Map<number, number>();

  rows.forEach((r, i) => {
    const get = (key: TaskColumnKey) => {
      const idx = map[key];
      return idx === undefined ? '' : r[idx];
    };
    const read = readTaskRow(get, i + 2, lang);
    if (read.kind === 'blank') return;
    if (read.kind === 'problem') {
      plan.problems.push(read.problem);
      return;
    }
    const task = read.task;
    const change: Partial<Record<TaskColumnKey, unknown>> = {};
    if (task.id) {
      const other = seen.get(task.id);
      if (other !== undefined) {
        plan.problems.push({ row: task.row, reasons: [t(lang, 'row.duplicateId', { id: task.id, other })] });
        return;
      }
    } else {
      // A task typed or pasted straight into the sheet gets its id here.
      const year = ymdFromDay(task.assignedDay ?? today).year;
      const seq = nextSeq.get(year) ?? nextSequence(existingIds, year, input.counters[year] ?? 0);
      nextSeq.set(year, seq + 1);
      task.id = formatTaskId(settings.idPrefix, year, seq);
      change.id = task.id;
      plan.counters[year] = seq;
    }
    seen.set(task.id, task.row);

    const cells = computedCells(task, today, calendar, settings);
    if (get('status') !== cells.status) change.status = cells.status;
    if (task.shownDaysLeft !== cells.daysLeft) change.daysLeft = cells.daysLeft;
    if (Object.keys(change).length > 0) plan.changes.set(i, change);
    plan.counts[cells.code] += 1;
    plan.tasks.push(task);
  });
  return plan;
}

/**
 * The status cell and the days-left cell, as the register shows them for a task today.
 *
 * The days-left cell counts down only while the task is due soon (within the reminder window: 2, 1,
 * 0 working days left); it is blank otherwise. A countdown of every open task would change every open
 * task's cell every working day — at 50,000 tasks, thousands of cells scattered over the register,
 * with hundreds of distinct values, so hundreds of calls or a block of the whole column every morning
 * (Google charges per call and per cell). Nothing reads the stored number: the colours follow the
 * status cell, and the sidebar, the reminders and the statistics compute days left and days late
 * themselves (`task-view.ts`, `reminders/planner.ts`). The status already says "in time" or
 * "overdue"; the cell adds the countdown where it matters, in a handful of distinct values.
 */
export function computedCells(
  task: Task,
  today: Day,
  calendar: WorkingCalendar,
  settings: Settings,
): { code: TaskStatus; status: string; daysLeft: number | '' } {
  const si = statusInput(task);
  const code = computeStatus(si, today, calendar, settings.reminderWindowDays);
  return {
    code,
    status: statusLabel(code, settings.language),
    daysLeft: code === 'due_soon' ? (daysLeft(si, today, calendar) ?? '') : '',
  };
}
