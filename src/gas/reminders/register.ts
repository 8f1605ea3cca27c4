/**
 * The register as the reminders need it, read once per run. The daily refresh of statuses works on the
 * same read (`refreshTasks`): refreshing through `refreshRegister()` (which takes the document lock
 * itself and reads settings, holidays and tasks) and then reading again for the reminders would read
 * those sheets twice and take the daily job past its budget of 30 Spreadsheet calls.
 *
 * `refreshTasks` follows src/gas/refresh.ts step by step (the same pure `planRefresh`, the same writes,
 * the same id counters and "last refresh" properties). Should refresh.ts ever export a refresh over
 * an already-read table, this module should call it instead.
 */
import type { WorkingCalendar } from '../../core/calendar';
import type { Day } from '../../core/civil-date';
import { Directory } from '../../core/directory';
import { planRefresh, type RefreshPlan } from '../../core/refresh';
import { SHEETS } from '../../core/schema';
import type { Settings } from '../../core/settings';
import { readStaff, readUnits } from '../identity';
import { readCalendar, readSettings } from '../register-context';
import { readTable, writeColumns, type Table } from '../table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RegisterRead {
  settings: Settings;
  calendar: WorkingCalendar;
  tasks: Table;
  directory: Directory;
}

export function readRegister(ss: Spreadsheet): RegisterRead {
  const { settings } = readSettings(ss);
  const calendar = readCalendar(ss);
  const tasks = readTable(ss, SHEETS.tasks);
  const directory = new Directory(readStaff(ss).people, readUnits(ss));
  return { settings, calendar, tasks, directory };
}

const COUNTER_KEY = 'nhacviec.idCounters';
const LAST_REFRESH_KEY = 'nhacviec.lastRefresh';

/** The daily refresh over the tasks already read: statuses and missing ids written, tasks returned. */
export function refreshTasks(read: RegisterRead, today: Day): RefreshPlan {
  const props = PropertiesService.getDocumentProperties();
  const counters = readCounters(props.getProperty(COUNTER_KEY));
  const { tasks: table, calendar, settings } = read;
  const plan = planRefresh({ rows: table.rows, map: table.map, today, calendar, settings, counters });
  writeColumns(table, ['id'], onlyKeys(plan.changes, ['id']));
  writeColumns(table, ['status', 'daysLeft'], onlyKeys(plan.changes, ['status', 'daysLeft']));
  if (Object.keys(plan.counters).length > 0)
    props.setProperty(COUNTER_KEY, JSON.stringify({ ...counters, ...plan.counters }));
  props.setProperty(
    LAST_REFRESH_KEY,
    JSON.stringify({
      at: new Date().toISOString(),
      total: plan.tasks.length,
      changed: plan.changes.size,
      problems: plan.problems.length,
    }),
  );
  return plan;
}

function readCounters(raw: string | null): Record<number, number> {
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as Record<string, number>;
    return Object.fromEntries(Object.entries(v).map(([k, n]) => [Number(k), Number(n) || 0]));
  } catch {
    return {};
  }
}

function onlyKeys(
  changes: ReadonlyMap<number, Partial<Record<string, unknown>>>,
  keys: readonly string[],
): Map<number, Record<string, unknown>> {
  const out = new Map<number, Record<string, unknown>>();
  for (const [i, change] of changes) {
    const picked: Record<string, unknown> = {};
    for (const k of keys) if (k in change) picked[k] = change[k];
    if (Object.keys(picked).length > 0) out.set(i, picked);
  }
  return out;
}
