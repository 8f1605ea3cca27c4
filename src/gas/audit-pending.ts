/**
 * Audit lines written first to the document properties, then moved to the audit sheet.
 *
 * An action's audit line used to cost two data calls (the line appended, and the notification queued
 * in its own sheet) plus finding both sheets. Now the line — with the notices it carries — is one
 * value in the same `setProperties` that records the chain's end (src/gas/audit.ts): durable at once,
 * out of reach of hand edits (only the add-on reads and writes its properties), and chained like any
 * other line. The hourly job (and an action that finds the store full) moves the waiting lines to the
 * audit sheet in one write, and their notices to the notification queue, before anything is sent.
 *
 * Readers see both: the audit check, a task's history and the undo read the sheet's lines followed by
 * the waiting ones. The move is safe to repeat: a line whose check code the sheet's last lines already
 * hold, or a notice whose id the queue already holds, is not written again (a move cut short leaves the
 * waiting lines in place until the next one).
 */
import { appendToChunks, parseChunk, type PendingLine, type PendingNotice } from '../core/pending-lines';
import { AUDIT_COLUMNS, SHEETS } from '../core/schema';
import { isNotificationKind, type NotificationKind } from '../core/reminders/notifications';
import { storedText } from '../core/parse';
import { documentProperties } from './properties';
import { ensureRows, findSheet } from './table';
import { retrying } from './retry';
import { readQueue, writeQueueRows } from './reminders/queue';
import { ensureQueue } from './reminders/sheets';
import { PENDING_KEY } from './reminders/state';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PREFIX = 'nhacviec.auditPending.';
/** At most this many chunks (≈ 96 KB of the store's 500 KB): beyond, the lines go to the sheet at once. */
export const MAX_CHUNKS = 12;

const chunkKey = (i: number) => PREFIX + i;

/** The waiting chunks, in order (0, 1, … while present). */
function chunksOf(all: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (let i = 0; all[chunkKey(i)] !== undefined; i++) out.push(all[chunkKey(i)]);
  return out;
}

/** The waiting lines, in chain order (a chunk that cannot be read is skipped). */
export function pendingLines(all: Readonly<Record<string, string>>): PendingLine[] {
  return chunksOf(all)
    .flatMap((c) => parseChunk(c) ?? [])
    .sort((a, b) => a.n - b.n);
}

export const hasPendingAudit = (all: Readonly<Record<string, string>>) => all[chunkKey(0)] !== undefined;

/**
 * The property values that add `lines` to the waiting ones (to be written in the caller's one
 * `setProperties`), or null when the store would exceed `MAX_CHUNKS`: the caller then moves everything
 * to the sheet (`moveToSheet`).
 */
export function pendingUpdates(
  all: Readonly<Record<string, string>>,
  lines: readonly PendingLine[],
): Record<string, string> | null {
  const chunks = chunksOf(all);
  const next = appendToChunks(chunks, lines, MAX_CHUNKS);
  if (!next) return null;
  const out: Record<string, string> = {};
  next.forEach((c, i) => {
    if (c !== chunks[i]) out[chunkKey(i)] = c;
  });
  return out;
}

/** A line as a sheet row to write (the time as a date-time, text as marked). */
export const rowToWrite = (l: PendingLine): unknown[] => [new Date(l.at), ...l.values, l.code];

/** A line as `getValues` gives it back from the sheet (text without its mark): what readers and the check use. */
export const rowAsRead = (l: PendingLine): unknown[] => [
  new Date(l.at),
  ...l.values.map(storedText),
  storedText(l.code),
];

/**
 * The waiting lines the sheet does not hold yet: those whose exact check code is not among `codes`
 * (codes as the sheet gives them back). A code is unique to its line, so a line already moved (a move
 * cut short after its write) is not written or read twice, and a code edited by hand — a line number
 * forged into it — never hides a waiting line: at worst a line stands twice, which the check reports.
 */
export function notInSheet(lines: readonly PendingLine[], codes: Iterable<unknown>): PendingLine[] {
  const there = new Set<string>();
  for (const c of codes) there.add(String(c ?? ''));
  return lines.filter((l) => !there.has(storedText(l.code)));
}

/**
 * The codes of the sheet's last `count` lines: a move writes its lines after every other, so a move cut
 * short left its lines there, at the end.
 */
function lastCodes(sheet: GoogleAppsScript.Spreadsheet.Sheet, last: number, count: number): unknown[] {
  const rows = Math.min(count, last - 1);
  if (rows < 1) return [];
  return retrying(() => sheet.getSheetValues(last - rows + 1, AUDIT_COLUMNS.length, rows, 1)).map(
    (r) => r[0],
  );
}

/**
 * Moves the waiting lines (and `more`, lines not yet stored anywhere) to the audit sheet in one write,
 * their notices to the notification queue first; then the waiting chunks go. The caller holds the
 * document lock. Returns the lines written to the sheet.
 */
export function moveToSheet(ss: Spreadsheet, more: readonly PendingLine[] = []): number {
  const props = documentProperties();
  const all = props.getProperties();
  const chunks = chunksOf(all);
  const lines = [...pendingLines(all), ...more];
  if (lines.length === 0) return 0;
  const sheet = findSheet(ss, SHEETS.audit);
  if (!sheet) return 0; // no audit sheet (setup adds it again): the lines wait
  moveNotices(ss, lines);
  const last = sheet.getLastRow();
  const rows = notInSheet(lines, lastCodes(sheet, last, lines.length)).map(rowToWrite);
  if (rows.length > 0) {
    ensureRows(sheet, last + rows.length);
    retrying(() => sheet.getRange(last + 1, 1, rows.length, AUDIT_COLUMNS.length).setValues(rows));
  }
  // The lines must be in the sheet before their only other copy goes.
  retrying(() => SpreadsheetApp.flush());
  chunks.forEach((_, i) => retrying(() => props.deleteProperty(chunkKey(i))));
  return rows.length;
}

/** The notices of `lines` not yet in the queue (ids `a<n>.<i>.<j>`), appended in one write. */
function moveNotices(ss: Spreadsheet, lines: readonly PendingLine[]): void {
  const wanted = lines.flatMap((l) =>
    (l.notices ?? []).flatMap((notice, i) =>
      isNotificationKind(notice.kind)
        ? notice.to.map((to, j) => ({
            id: `a${l.n}.${i}.${j}`,
            at: l.at,
            to,
            kind: notice.kind as NotificationKind,
            taskId: storedText(l.values[1]),
            actor: notice.actor,
            note: storedText(notice.note),
          }))
        : [],
    ),
  );
  if (wanted.length === 0) return;
  const queue = readQueue(ensureQueue(ss));
  const there = new Set(queue.entries.map((e) => e.id));
  const fresh = wanted.filter((w) => !there.has(w.id));
  if (fresh.length === 0) return;
  writeQueueRows(queue.sheet, fresh, queue.rowCount + 2, true);
  documentProperties().setProperty(PENDING_KEY, '1');
}

/**
 * Takes back the waiting notices `drop` selects (an undone confirmation); returns who they were for.
 * One `setProperty` per chunk changed.
 */
export function dropPendingNotices(
  drop: (notice: { kind: string; actor: string }, line: PendingLine) => boolean,
): string[] {
  const props = documentProperties();
  const all = props.getProperties();
  const dropped: string[] = [];
  chunksOf(all).forEach((chunk, i) => {
    const lines = parseChunk(chunk);
    if (!lines) return;
    let changed = false;
    for (const l of lines) {
      const kept: PendingNotice[] = [];
      for (const n of l.notices ?? []) {
        if (drop(n, l)) dropped.push(...n.to);
        else kept.push(n);
      }
      if (kept.length === (l.notices ?? []).length) continue;
      l.notices = kept;
      changed = true;
    }
    if (!changed) return;
    const rebuilt = appendToChunks([], lines, 1);
    if (rebuilt) retrying(() => props.setProperty(chunkKey(i), rebuilt[0]));
  });
  return dropped;
}
