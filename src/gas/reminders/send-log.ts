/**
 * The send log: what the reminders did today, read in one range and appended in one `setValues`.
 *
 * Only today's rows matter for "once" (keys carry their day), so a run reads from the first row written
 * today (kept in the reminder state) to the last row, plus the row just before as a check: if that row
 * is also today's, rows were moved or deleted by hand and the whole log is read instead. The log keeps
 * growing (it is the record of what people were told); reading it stays one range of today's rows.
 */
import { type Day, instantOfDayStart, isoFromDay } from '../../core/civil-date';
import { t } from '../../core/messages';
import { neutraliseFormula, parseDateCell } from '../../core/parse';
import { SHEETS } from '../../core/schema';
import type { Language } from '../../core/settings';
import { splitKeys } from '../../core/reminders/keys';
import { columnIndex } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type LogCode = 'sent' | 'deferred' | 'failed';
export type LogKind = 'digest' | 'notify' | 'both';

export interface LogEntry {
  at: number;
  day: Day;
  to: string;
  kind: LogKind;
  taskIds: string[];
  code: LogCode;
  note: string;
  keys: string[];
}

export interface TodayLog {
  sheet: Sheet;
  lastRow: number;
  /** Keys of today's messages that were sent, or failed for good (not retried today). */
  handled: Set<string>;
  /** People with a "deferred" row today (not written twice). */
  deferred: Set<string>;
  /** Row of today's first entry, null when there is none. */
  firstRowToday: number | null;
}

const DEF = SHEETS.sendLog;
const WIDTH = DEF.columns.length;
const COL = {
  day: columnIndex(DEF, 'day'),
  to: columnIndex(DEF, 'to'),
  code: columnIndex(DEF, 'code'),
  keys: columnIndex(DEF, 'keys'),
};

export function readTodayLog(sheet: Sheet, today: Day, cursor: { iso: string; firstRow: number } | null): TodayLog {
  const log: TodayLog = { sheet, lastRow: sheet.getLastRow(), handled: new Set(), deferred: new Set(), firstRowToday: null };
  if (log.lastRow < 2) return log;
  const fromCursor = cursor && cursor.iso === isoFromDay(today) && cursor.firstRow >= 2 && cursor.firstRow <= log.lastRow + 1;
  // With no entry today according to the cursor, the last row alone confirms it.
  let start = Math.max(2, fromCursor ? cursor.firstRow - 1 : log.lastRow);
  let rows = sheet.getRange(start, 1, log.lastRow - start + 1, WIDTH).getValues();
  if (start > 2 && dayOf(rows[0]) === today) {
    start = 2;
    rows = sheet.getRange(2, 1, log.lastRow - 1, WIDTH).getValues();
  }
  rows.forEach((r, i) => {
    if (dayOf(r) !== today) return;
    if (log.firstRowToday === null) log.firstRowToday = start + i;
    const code = String(r[COL.code]);
    if (code === 'sent' || code === 'failed') for (const k of splitKeys(r[COL.keys])) log.handled.add(k);
    if (code === 'deferred') log.deferred.add(String(r[COL.to]).trim().toLowerCase());
  });
  return log;
}

function dayOf(row: readonly unknown[]): Day | null {
  const parsed = parseDateCell(row[COL.day]);
  return parsed.ok ? parsed.value : null;
}

const OUTCOME = { sent: 'reminderLog.sent', deferred: 'reminderLog.deferredQuota', failed: 'reminderLog.failed' } as const;
const KIND = { digest: 'reminderLog.digest', notify: 'reminderLog.notify', both: 'reminderLog.both' } as const;
/** A cell holds at most 50,000 characters. */
const CELL_MAX = 45_000;

/** Appends the entries in one call; returns the first row written (0 when there was nothing). */
export function appendLog(log: TodayLog, entries: readonly LogEntry[], lang: Language): number {
  if (entries.length === 0) return 0;
  const rows = entries.map((e) => {
    const row: unknown[] = new Array(WIDTH).fill('');
    const set = (key: string, v: unknown) => (row[columnIndex(DEF, key)] = v);
    set('at', new Date(e.at));
    set('day', new Date(instantOfDayStart(e.day)));
    set('to', neutraliseFormula(e.to));
    set('kind', t(lang, KIND[e.kind]));
    set('tasks', neutraliseFormula(e.taskIds.join(', ').slice(0, CELL_MAX)));
    set('outcome', t(lang, OUTCOME[e.code]));
    set('note', neutraliseFormula(e.note.slice(0, 2000)));
    set('code', e.code);
    set('keys', neutraliseFormula(e.keys.join('\n').slice(0, CELL_MAX)));
    return row;
  });
  const first = log.lastRow + 1;
  log.sheet.getRange(first, 1, rows.length, WIDTH).setValues(rows);
  log.lastRow += rows.length;
  if (log.firstRowToday === null) log.firstRowToday = first;
  for (const e of entries) {
    if (e.code === 'sent' || e.code === 'failed') for (const k of e.keys) log.handled.add(k);
    if (e.code === 'deferred') log.deferred.add(e.to);
  }
  return first;
}
