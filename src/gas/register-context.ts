/**
 * What every operation on the register needs besides the tasks: its settings and its working calendar,
 * each read in one batch from its sheet.
 */
import { WorkingCalendar, type CalendarSpec } from '../core/calendar';
import { parseDateCell } from '../core/parse';
import { HOLIDAY_KIND_LABELS, SHEETS, codeFromLabel } from '../core/schema';
import { parseSettings, type Settings, type SettingsProblem } from '../core/settings';
import { cell, readTable } from './table';
import type { Language } from '../core/language';
import { UserError } from '../core/messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet that is not there (yet): its defaults apply. Other errors still surface. */
function readOptional(ss: Spreadsheet, def: (typeof SHEETS)[keyof typeof SHEETS]) {
  try {
    return readTable(ss, def);
  } catch (e) {
    if (e instanceof UserError && e.key === 'sheet.missing') return null;
    throw e;
  }
}

export function readSettings(ss: Spreadsheet): { settings: Settings; problems: SettingsProblem[] } {
  const table = readOptional(ss, SHEETS.settings);
  if (!table) return parseSettings(new Map());
  const raw = new Map<string, unknown>();
  for (const r of table.rows) {
    const key = String(cell(table, r, 'key')).trim();
    if (key) raw.set(key, cell(table, r, 'value'));
  }
  return parseSettings(raw);
}

/**
 * The register's language, for a refusal raised where it was not known (before the settings were read,
 * or by code without them): Vietnamese when the settings cannot be read.
 */
export function registerLanguage(ss: Spreadsheet): Language {
  try {
    return readSettings(ss).settings.language;
  } catch {
    return 'vi';
  }
}

/** The calendar from the holidays sheet; rows without a readable date are skipped. */
export function readCalendar(ss: Spreadsheet): WorkingCalendar {
  return new WorkingCalendar(readCalendarSpec(ss));
}

/** The holidays sheet as the calendar's plain data (what the context cache keeps). */
export function readCalendarSpec(ss: Spreadsheet): CalendarSpec {
  const table = readOptional(ss, SHEETS.holidays);
  if (!table) return { daysOff: [], swapWorkdays: [] };
  const daysOff: { day: number; name: string }[] = [];
  const swapWorkdays: number[] = [];
  for (const r of table.rows) {
    const parsed = parseDateCell(cell(table, r, 'date'));
    if (!parsed.ok) continue;
    const kind = codeFromLabel(HOLIDAY_KIND_LABELS, String(cell(table, r, 'kind'))) ?? 'holiday';
    if (kind === 'swap_workday') swapWorkdays.push(parsed.value);
    else daysOff.push({ day: parsed.value, name: String(cell(table, r, 'name')).trim() });
  }
  return { daysOff, swapWorkdays };
}
