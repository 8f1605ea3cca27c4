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

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface StatsRead {
  settings: Settings;
  tasks: Task[];
  directory: Directory;
}

/** The register's tasks, as the refresh reads them; unreadable rows and repeated ids are left out. */
export function tasksOf(table: Table, lang: Settings['language']): Task[] {
  const tasks: Task[] = [];
  const seen = new Set<string>();
  const get = (row: readonly unknown[]) => (k: TaskColumnKey) => cell(table, row, k);
  table.rows.forEach((r, i) => {
    const read = readTaskRow(get(r), i + 2, lang);
    if (read.kind !== 'task' || !read.task.id || seen.has(read.task.id)) return;
    seen.add(read.task.id);
    tasks.push(read.task);
  });
  return tasks;
}

export function readForStats(ss: Spreadsheet, opts: { people?: boolean } = {}): StatsRead {
  const { settings, dir } = loadContextParts(ss);
  const tasks = tasksOf(readTable(ss, SHEETS.tasks), settings.language);
  const people = opts.people === false ? [] : dir.people;
  return { settings, tasks, directory: new Directory(people, dir.units) };
}
