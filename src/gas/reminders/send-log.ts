/**
 * The send log: what the reminders did today, read in one range and appended in one `setValues`.
 *
 * Only today's rows matter for "once" (keys carry their day); the last day logged before today tells
 * who the quota deferred then and was not served since (they go first today). The reminder state
 * remembers where the log ended and where the last day logged starts (`LogTail`), so a run reads one
 * open-ended range from there (`'Nhật ký nhắc việc'!A{row}:I`, two calls, which also tells the grid's
 * size) instead of the whole, ever-growing log. The row just before that day's first is read as a
 * check: if it is today's (rows moved or deleted by hand), or the remembered rows are gone, the whole
 * log is read instead.
 *
 * The log stays bounded (src/core/reminders/log-rotation.ts): the first read of a month folds the rows
 * older than last month into one line per day and deletes them (two reads of three columns, one write,
 * one `deleteRows`, once a month), and its grid is no wider than its 9 columns (`dropUnusedColumns`). It runs where the log is read to plan, under the document lock and
 * with no other run's send claim standing (src/triggers/hourly-job.ts), so no run is writing rows below
 * while they move up; the remembered tail is moved with them.
 */
import { columnLetter } from '../../core/a1';
import { type Day, instantOfDayStart, isoFromDay } from '../../core/civil-date';
import { t } from '../../core/messages';
import { keepAsText, parseDateCell, withoutStrayMark } from '../../core/parse';
import { SHEETS } from '../../core/schema';
import type { Language } from '../../core/settings';
import { splitKeys } from '../../core/reminders/keys';
import { monthOf, planLogRotation, SUMMARY_CODE, type LogRowBrief } from '../../core/reminders/log-rotation';
import { isDateValue } from '../../core/values';
import { findSheet } from '../table';
import { columnIndex, dropUnusedColumns, ensureSendLog } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/** Where the log ended after the last run, and where the rows of that run's day begin. */
export interface LogTail {
  iso: string;
  firstRow: number | null;
  lastRow: number;
  /** The month ('yyyy-MM') whose rotation is done; absent before the first. */
  rotated?: string;
}

export interface TodayLog {
  ss: Spreadsheet;
  today: Day;
  /** Fetched when first written to. */
  sheet: Sheet | null;
  /** False until the sheet was seen (or created). */
  exists: boolean;
  lastRow: number;
  maxRows: number;
  /** Keys of today's messages that were sent, or failed for good (not retried today). */
  handled: Set<string>;
  /** People with a "deferred" row today (not written twice). */
  deferred: Set<string>;
  /**
   * People the quota deferred on the last day logged (before today, or today) and not served since,
   * with the row where that first happened: they go first, the longest waiting first.
   */
  before: Map<string, number>;
  /** Row of today's first entry, null when there is none. */
  firstRowToday: number | null;
  /** The month whose rotation is done (see the top). */
  rotated: string | null;
}

const DEF = SHEETS.sendLog;
const WIDTH = DEF.columns.length;
const COL = {
  at: columnIndex(DEF, 'at'),
  day: columnIndex(DEF, 'day'),
  to: columnIndex(DEF, 'to'),
  code: columnIndex(DEF, 'code'),
  keys: columnIndex(DEF, 'keys'),
};
/** Rows added at a time when the grid is full (each growth is one call). */
const GROW_BY = 500;

export function readTodayLog(
  ss: Spreadsheet,
  today: Day,
  tail: LogTail | null,
  lang: Language = 'vi',
): TodayLog {
  const month = monthOf(today);
  let rotated = tail?.rotated ?? null;
  // With no tail (the first run, or the state lost) the whole log is read: the rotation works on that read.
  let values = tail ? undefined : readFrom(ss, 2);
  if (rotated !== month) {
    const r = values === null ? null : rotateLog(ss, today, lang, values);
    if (r && r.removed > 0 && tail) tail = shifted(tail, r.at, r.removed);
    if (r && r.at > 0) values = undefined; // rows folded: read again
    rotated = month; // done, or no log yet: nothing to fold before next month
  }
  const log: TodayLog = {
    ss,
    today,
    sheet: null,
    exists: false,
    lastRow: 1,
    maxRows: 0,
    handled: new Set(),
    deferred: new Set(),
    before: new Map(),
    firstRowToday: null,
    rotated,
  };
  // From the row before the last logged day's first: that day's deferrals are read too.
  let start = Math.max(2, !tail ? 2 : tail.firstRow ? tail.firstRow - 1 : tail.lastRow);
  if (values === undefined) values = readFrom(ss, start);
  let rows = values && withoutBlankTail(values);
  if (start > 2 && (!rows || rows.length === 0 || dayOf(rows[0]) === today)) {
    start = 2;
    values = readFrom(ss, start);
    rows = values && withoutBlankTail(values);
  }
  if (!values || !rows) return log; // no log sheet yet: it is created by the first write
  log.exists = true;
  log.maxRows = start + values.length - 1;
  log.lastRow = start + rows.length - 1;
  rows.forEach((r, i) => {
    const code = String(r[COL.code]);
    const to = withoutStrayMark(String(r[COL.to]).trim().toLowerCase());
    const day = dayOf(r);
    if (day !== null && (day === today || isoFromDay(day) === tail?.iso)) {
      if (code !== 'deferred') log.before.delete(to);
      else if (!log.before.has(to)) log.before.set(to, i);
    }
    if (day !== today) return;
    if (log.firstRowToday === null) log.firstRowToday = start + i;
    // withoutStrayMark: rows an older version wrote into plain-text cells kept the apostrophe before
    // text that looked like a value ("'0912abc@gmail.com|*|digest|…"), and their keys never matched.
    if (code === 'sent' || code === 'failed')
      for (const k of splitKeys(r[COL.keys])) log.handled.add(withoutStrayMark(k));
    if (code === 'deferred') log.deferred.add(to);
  });
  return log;
}

/** Rows from `start` to the bottom of the grid, or null when the sheet (or that row) does not exist. */
function readFrom(ss: Spreadsheet, start: number): unknown[][] | null {
  try {
    return ss.getRange(`'${DEF.vi.replace(/'/g, "''")}'!A${start}:${columnLetter(WIDTH)}`).getValues();
  } catch {
    return null;
  }
}

function withoutBlankTail(rows: unknown[][]): unknown[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((v) => v === '')) end--;
  return rows.slice(0, end);
}

function dayOf(row: readonly unknown[]): Day | null {
  const parsed = parseDateCell(row[COL.day]);
  return parsed.ok ? parsed.value : null;
}

/** What to remember for the next run's read. */
export function tailOf(log: TodayLog): LogTail {
  const tail: LogTail = { iso: isoFromDay(log.today), firstRow: log.firstRowToday, lastRow: log.lastRow };
  if (log.rotated) tail.rotated = log.rotated;
  return tail;
}

/** The tail after `removed` rows were deleted at row `at`. */
function shifted(tail: LogTail, at: number, removed: number): LogTail {
  const move = (row: number) => (row >= at ? Math.max(at - 1, row - removed) : row);
  return {
    ...tail,
    firstRow: tail.firstRow === null ? null : move(tail.firstRow),
    lastRow: move(tail.lastRow),
  };
}

/**
 * Folds the rows older than last month into one line per day (src/core/reminders/log-rotation.ts).
 * Returns where rows were deleted and how many, or null when there is no log.
 */
function rotateLog(
  ss: Spreadsheet,
  today: Day,
  lang: Language,
  whole?: unknown[][],
): { at: number; removed: number } | null {
  const name = `'${DEF.vi.replace(/'/g, "''")}'`;
  let times: unknown[][];
  let codes: unknown[][];
  try {
    times = withoutBlankTail(
      whole ?? ss.getRange(`${name}!A2:${columnLetter(Math.max(COL.at, COL.day) + 1)}`).getValues(),
    );
    if (times.length === 0) return { at: 0, removed: 0 };
    const code = columnLetter(COL.code + 1);
    codes = whole ?? ss.getRange(`${name}!${code}2:${code}${times.length + 1}`).getValues();
  } catch {
    return null; // no log sheet yet
  }
  const col = whole ? COL.code : 0;
  const rows: LogRowBrief[] = times.map((r, i) => {
    const at = r[COL.at];
    return { at: isDateValue(at) ? at.getTime() : 0, day: dayOf(r), code: String(codes[i]?.[col] ?? '') };
  });
  const sheet = findSheet(ss, DEF) ?? ensureSendLog(ss);
  // A log made before its grid was trimmed loses its empty columns here, once.
  dropUnusedColumns(sheet, WIDTH, { lastColumn: sheet.getLastColumn() });
  // A log made before the one rule for text (src/core/parse.ts) had its text columns in plain-text
  // format, where the apostrophe marking text is kept: they get the default format back (one call).
  // The columns from the recipient on are all text.
  sheet.getRange(`${columnLetter(COL.to + 1)}2:${columnLetter(WIDTH)}`).setNumberFormat('General');
  const plan = planLogRotation(rows, today);
  if (plan.folded === 0) return { at: 0, removed: 0 };
  const lines = plan.lines.map((l) => {
    const row: unknown[] = new Array(WIDTH).fill('');
    const set = (key: string, v: unknown) => (row[columnIndex(DEF, key)] = v);
    set('at', new Date(l.at || instantOfDayStart(l.day)));
    set('day', new Date(instantOfDayStart(l.day)));
    set('kind', t(lang, 'reminderLog.summary'));
    set(
      'outcome',
      t(lang, 'reminderLog.summaryOutcome', { sent: l.sent, deferred: l.deferred, failed: l.failed }),
    );
    set('note', t(lang, 'reminderLog.summaryNote'));
    set('code', SUMMARY_CODE);
    return row;
  });
  const first = 2 + plan.summaries;
  // The day lines over the first rows folded, then the rest of them deleted.
  sheet.getRange(first, 1, lines.length, WIDTH).setValues(lines);
  const removed = plan.folded - lines.length;
  if (removed > 0) sheet.deleteRows(first + lines.length, removed);
  return { at: first + lines.length, removed };
}

const OUTCOME = {
  sent: 'reminderLog.sent',
  deferred: 'reminderLog.deferredQuota',
  failed: 'reminderLog.failed',
} as const;
const KIND = {
  digest: 'reminderLog.digest',
  notify: 'reminderLog.notify',
  both: 'reminderLog.both',
} as const;
/** A cell holds at most 50,000 characters. */
const CELL_MAX = 45_000;

/** Appends the entries in one `setValues` (creating the sheet or growing the grid first if needed). */
export function appendLog(log: TodayLog, entries: readonly LogEntry[], lang: Language): void {
  if (entries.length === 0) return;
  const rows = entries.map((e) => {
    const row: unknown[] = new Array(WIDTH).fill('');
    const set = (key: string, v: unknown) => (row[columnIndex(DEF, key)] = v);
    set('at', new Date(e.at));
    set('day', new Date(instantOfDayStart(e.day)));
    set('to', keepAsText(e.to));
    set('kind', t(lang, KIND[e.kind]));
    set('tasks', keepAsText(e.taskIds.join(', ').slice(0, CELL_MAX)));
    set('outcome', t(lang, OUTCOME[e.code]));
    set('note', keepAsText(e.note.slice(0, 2000)));
    set('code', e.code);
    set('keys', keepAsText(e.keys.join('\n').slice(0, CELL_MAX)));
    return row;
  });
  const sheet = logSheet(log);
  const first = log.lastRow + 1;
  const last = first + rows.length - 1;
  if (last > log.maxRows) {
    sheet.insertRowsAfter(log.maxRows, last - log.maxRows + GROW_BY);
    log.maxRows = last + GROW_BY;
  }
  sheet.getRange(first, 1, rows.length, WIDTH).setValues(rows);
  log.lastRow = last;
  if (log.firstRowToday === null) log.firstRowToday = first;
  for (const e of entries) {
    if (e.code === 'sent' || e.code === 'failed') for (const k of e.keys) log.handled.add(k);
    if (e.code === 'deferred') log.deferred.add(e.to);
  }
}

/** The log's sheet, created on first use. */
export function logSheet(log: TodayLog): Sheet {
  if (log.sheet) return log.sheet;
  const sheet = ensureSendLog(log.ss);
  log.sheet = sheet;
  if (!log.exists) {
    log.lastRow = Math.max(1, sheet.getLastRow());
    log.maxRows = sheet.getMaxRows();
    log.exists = true;
  }
  return sheet;
}
