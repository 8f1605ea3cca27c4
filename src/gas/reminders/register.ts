/**
 * The register as the reminders need it, read once per run in the fewest Spreadsheet calls: each sheet
 * in one `getDataRange().getValues()`, found with one `getSheetByName`. The daily refresh of statuses
 * works on the same read (`refreshTasks`): refreshing through `refreshRegister()` and then reading
 * again for the reminders would read every sheet twice and cost about 45 calls instead of under 30.
 *
 * `refreshTasks` follows src/gas/refresh.ts step by step (the same pure `planRefresh`, the same writes,
 * the same id counters and "last refresh" properties). Should refresh.ts ever export a refresh over
 * an already-read table, this module should call it instead.
 */
import { WorkingCalendar } from '../../core/calendar';
import type { Day } from '../../core/civil-date';
import { Directory } from '../../core/directory';
import { parseDateCell } from '../../core/parse';
import { planRefresh, type RefreshPlan } from '../../core/refresh';
import { HOLIDAY_KIND_LABELS, SHEETS, codeFromLabel, type SheetDef } from '../../core/schema';
import { parseSettings, type Settings } from '../../core/settings';
import { readStaff, readUnits } from '../identity';
import { cell, columnMap, findSheet, readTable, writeColumns, type Table } from '../table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RegisterRead {
  settings: Settings;
  calendar: WorkingCalendar;
  tasks: Table;
  directory: Directory;
}

export function readRegister(ss: Spreadsheet, opts: { directory?: boolean } = {}): RegisterRead {
  const settingsSheet = findSheet(ss, SHEETS.settings);
  const settings = settingsSheet ? settingsFrom(tableOf(settingsSheet, SHEETS.settings)) : parseSettings(new Map()).settings;
  const holidaySheet = findSheet(ss, SHEETS.holidays);
  const calendar = holidaySheet ? calendarFrom(tableOf(holidaySheet, SHEETS.holidays)) : new WorkingCalendar();
  const tasks = readTable(ss, SHEETS.tasks);
  const directory =
    opts.directory === false ? new Directory([], []) : new Directory(readStaff(ss).people, readUnits(ss));
  return { settings, calendar, tasks, directory };
}

/** `readTable` for a sheet already found (it would look the sheet up again). */
function tableOf(sheet: Sheet, def: SheetDef): Table {
  const values = sheet.getDataRange().getValues();
  const header = values[0] ?? [];
  return { sheet, def, map: columnMap(sheet, def, header), header, rows: values.length > 1 ? values.slice(1) : [], width: header.length };
}

function settingsFrom(table: Table): Settings {
  const raw = new Map<string, unknown>();
  for (const r of table.rows) {
    const key = String(cell(table, r, 'key')).trim();
    if (key) raw.set(key, cell(table, r, 'value'));
  }
  return parseSettings(raw).settings;
}

/** As `readCalendar` in register-context.ts: rows without a readable date are skipped. */
function calendarFrom(table: Table): WorkingCalendar {
  const daysOff: { day: number; name: string }[] = [];
  const swapWorkdays: number[] = [];
  for (const r of table.rows) {
    const parsed = parseDateCell(cell(table, r, 'date'));
    if (!parsed.ok) continue;
    const kind = codeFromLabel(HOLIDAY_KIND_LABELS, String(cell(table, r, 'kind'))) ?? 'holiday';
    if (kind === 'swap_workday') swapWorkdays.push(parsed.value);
    else daysOff.push({ day: parsed.value, name: String(cell(table, r, 'name')).trim() });
  }
  return new WorkingCalendar({ daysOff, swapWorkdays });
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
  if (Object.keys(plan.counters).length > 0) props.setProperty(COUNTER_KEY, JSON.stringify({ ...counters, ...plan.counters }));
  props.setProperty(
    LAST_REFRESH_KEY,
    JSON.stringify({ at: new Date().toISOString(), total: plan.tasks.length, changed: plan.changes.size, problems: plan.problems.length }),
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
