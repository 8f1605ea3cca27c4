/**
 * The register as the reminders need it, read once per run. The daily refresh of statuses works on the
 * same read (`refreshTasks`): refreshing through `refreshRegister()` (which takes the document lock
 * itself and reads settings, holidays and tasks) and then reading again for the reminders would read
 * those sheets twice and take the daily job past its budget of 30 Spreadsheet calls.
 *
 * `refreshTasks` is src/gas/refresh.ts's refresh over that same read; `currentTasks` parses the read
 * without writing, for the runs after the day's refresh.
 */
import type { WorkingCalendar } from '../../core/calendar';
import type { Day } from '../../core/civil-date';
import { Directory } from '../../core/directory';
import { planRefresh, type RefreshPlan } from '../../core/refresh';
import { refreshTable } from '../refresh';
import { SHEETS } from '../../core/schema';
import type { Settings } from '../../core/settings';
import { loadContextParts } from '../context-cache';
import { readTable, type Table } from '../table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RegisterRead {
  settings: Settings;
  calendar: WorkingCalendar;
  tasks: Table;
  directory: Directory;
}

export function readRegister(ss: Spreadsheet): RegisterRead {
  const { settings, calendar, dir } = loadContextParts(ss);
  const tasks = readTable(ss, SHEETS.tasks);
  return { settings, calendar, tasks, directory: dir };
}

/** The daily refresh over the tasks already read: statuses and missing ids written, tasks returned. */
export function refreshTasks(ss: Spreadsheet, read: RegisterRead, today: Day): RefreshPlan {
  return refreshTable(ss, { settings: read.settings, calendar: read.calendar, table: read.tasks }, today)
    .plan;
}

/**
 * The tasks as they stand, parsed from the read and nothing written: for runs after today's refresh
 * (the statuses of the sheet are today's already).
 */
export function currentTasks(read: RegisterRead, today: Day): RefreshPlan {
  return planRefresh({
    rows: read.tasks.rows,
    map: read.tasks.map,
    today,
    calendar: read.calendar,
    settings: read.settings,
    counters: {},
  });
}
