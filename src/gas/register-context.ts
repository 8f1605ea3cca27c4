/**
 * What every operation on the register needs besides the tasks: its settings and its working calendar,
 * each read in one batch from its sheet.
 */
import { WorkingCalendar } from '../core/calendar';
import { parseDateCell } from '../core/parse';
import { HOLIDAY_KIND_LABELS, SHEETS, codeFromLabel } from '../core/schema';
import { parseSettings, type Settings, type SettingsProblem } from '../core/settings';
import { cell, findSheet, readTable } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readSettings(ss: Spreadsheet): { settings: Settings; problems: SettingsProblem[] } {
  if (!findSheet(ss, SHEETS.settings)) return parseSettings(new Map());
  const table = readTable(ss, SHEETS.settings);
  const raw = new Map<string, unknown>();
  for (const r of table.rows) {
    const key = String(cell(table, r, 'key')).trim();
    if (key) raw.set(key, cell(table, r, 'value'));
  }
  return parseSettings(raw);
}

/** The calendar from the holidays sheet; rows without a readable date are skipped. */
export function readCalendar(ss: Spreadsheet): WorkingCalendar {
  if (!findSheet(ss, SHEETS.holidays)) return new WorkingCalendar();
  const table = readTable(ss, SHEETS.holidays);
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
