/**
 * What the statistics read from the register, in as few calls as possible: the settings, the tasks,
 * and (for units and names) the units and staff sheets — two calls each. No holidays: the statistics
 * never tell "due soon" from "in progress" (both are within the deadline), the only thing the working
 * calendar decides.
 */
import { Directory } from '../../core/directory';
import type { Settings } from '../../core/settings';
import { SHEETS, type TaskColumnKey } from '../../core/schema';
import { readTaskRow, type Task } from '../../core/task';
import { loadContextParts } from '../context-cache';
import { cell, readTable, type Table } from '../table';
import { readTableColumns } from '../table-columns';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface StatsRead {
  settings: Settings;
  tasks: Task[];
  directory: Directory;
}

/** Tasks of `count` rows read by `get` (data row i, 0-based); unreadable rows and repeated ids left out. */
function tasksFrom(
  count: number,
  get: (i: number) => (k: TaskColumnKey) => unknown,
  lang: Settings['language'],
): Task[] {
  const tasks: Task[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const read = readTaskRow(get(i), i + 2, lang);
    if (read.kind !== 'task' || !read.task.id || seen.has(read.task.id)) continue;
    seen.add(read.task.id);
    tasks.push(read.task);
  }
  return tasks;
}

/** The register's tasks, as the refresh reads them. */
export function tasksOf(table: Table, lang: Settings['language']): Task[] {
  return tasksFrom(table.rows.length, (i) => (k) => cell(table, table.rows[i], k), lang);
}

/**
 * The columns the statistics sheet needs: what `computeStatistics` reads of a task, and what
 * `readTaskRow` needs to tell a task from a blank or unreadable row (which the statistics leave out).
 * Half the register's columns: at 50,000 tasks, 8 s of Google's time saved on every refresh.
 */
export const STATS_COLUMNS: readonly TaskColumnKey[] = [
  'id',
  'title',
  'assigner',
  'leadUnit',
  'assignees',
  'assignedDate',
  'deadline',
  'extendedDeadline',
  'extensionCount',
  'progress',
  'lastUpdate',
  'updateCount',
  'reportedDate',
  'confirmedBy',
  'confirmedAt',
  'archived',
  'parentId',
];

/**
 * The settings, the directory and the tasks. `statsOnly`: only `STATS_COLUMNS` of the tasks (every other
 * field blank), for the statistics alone; the wall board lists tasks and reads them whole.
 */
export function readForStats(
  ss: Spreadsheet,
  opts: { people?: boolean; statsOnly?: boolean } = {},
): StatsRead {
  const { settings, dir } = loadContextParts(ss);
  const lang = settings.language;
  let tasks: Task[];
  if (opts.statsOnly) {
    const read = readTableColumns(ss, SHEETS.tasks, STATS_COLUMNS);
    tasks = tasksFrom(read.count, (i) => (k) => read.cell(i, k), lang);
  } else tasks = tasksOf(readTable(ss, SHEETS.tasks), lang);
  const people = opts.people === false ? [] : dir.people;
  return { settings, tasks, directory: new Directory(people, dir.units) };
}
