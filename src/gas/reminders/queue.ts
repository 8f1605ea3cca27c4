/**
 * The notification queue (a hidden sheet). Sidebar actions call `queueNotification`; the hourly run
 * reads the queue, sends one e-mail per person, and removes what it sent or could never send.
 *
 * Bounded: it holds only what is not sent yet (a run rewrites it without what went out, in two or
 * three calls), so it adds nothing day after day; its grid, trimmed to its 7 columns when made, grows
 * only when more entries are pending at once than it has rows.
 */
import { documentProperties } from '../properties';
import { UserError } from '../../core/messages';
import { asWritten, keepAsText, parseEmailList } from '../../core/parse';
import { SHEETS } from '../../core/schema';
import { isDateValue } from '../../core/values';
import {
  isNotificationKind,
  type NotificationKind,
  type QueuedNotification,
} from '../../core/reminders/notifications';
import { holdsDocumentLock, withDocumentLock } from '../lock';
import { retrying } from '../retry';
import { ensureRows } from '../table';
import { PENDING_KEY } from './state';
import { columnIndex, ensureQueue } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface NotificationInput {
  /** One address or several (a list or a comma-separated string). */
  to: string | readonly string[];
  kind: NotificationKind;
  taskId: string;
  /** Who acted (e-mail); shown by name when the staff sheet knows them. */
  actor?: string;
  /** The reason or comment typed with the action. */
  note?: string;
}

const DEF = SHEETS.notifyQueue;
const WIDTH = DEF.columns.length;
const at = (key: string) => columnIndex(DEF, key);

/**
 * Queues a notification for the next hourly run (one e-mail per person per run, whatever the number
 * of clicks). Call it from inside the action's `withDocumentLock`: it then writes at once; called
 * outside a lock, it takes the document lock itself. Returns how many entries were queued (one per
 * recipient; the actor is never notified of their own action).
 */
export function queueNotification(
  input: NotificationInput,
  spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet,
): number {
  if (!isNotificationKind(input.kind)) throw new UserError('notify.badKind', { kind: String(input.kind) });
  const list = typeof input.to === 'string' ? input.to : input.to.join(',');
  const actor = (input.actor ?? '').trim().toLowerCase();
  const recipients = parseEmailList(list).emails.filter((e) => e !== actor);
  if (recipients.length === 0) {
    if (parseEmailList(list).emails.length > 0) return 0; // only the actor: nothing to tell
    throw new UserError('notify.noRecipient');
  }
  const write = () => {
    const sheet = ensureQueue(spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet());
    const now = Date.now();
    const rows = recipients.map((to) => {
      const row: unknown[] = new Array(WIDTH).fill('');
      row[at('id')] = keepAsText(Utilities.getUuid());
      row[at('at')] = new Date(now);
      row[at('to')] = keepAsText(to);
      row[at('kind')] = input.kind;
      // The id and note may come marked already (cleanText): asWritten marks them at most once.
      row[at('taskId')] = asWritten(String(input.taskId).trim());
      row[at('actor')] = keepAsText(actor);
      row[at('note')] = asWritten(String(input.note ?? '').slice(0, 2000));
      return row;
    });
    // One row (the usual case): appendRow finds the end itself.
    if (rows.length === 1) retrying(() => sheet.appendRow(rows[0]));
    else retrying(() => sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, WIDTH).setValues(rows));
    retrying(() => documentProperties().setProperty(PENDING_KEY, '1'));
    return rows.length;
  };
  // Locks are not counted: taking it again and releasing it would free the caller's lock too.
  if (holdsDocumentLock()) return write();
  const lock = LockService.getDocumentLock();
  return lock && lock.hasLock() ? write() : withDocumentLock(write);
}

export interface QueueRead {
  sheet: Sheet;
  entries: QueuedNotification[];
  /** Data rows in the sheet (entries plus unreadable rows). */
  rowCount: number;
}

export function readQueue(sheet: Sheet): QueueRead {
  const last = sheet.getLastRow();
  if (last < 2) return { sheet, entries: [], rowCount: 0 };
  const values = sheet.getRange(2, 1, last - 1, WIDTH).getValues();
  const entries: QueuedNotification[] = [];
  values.forEach((r, i) => {
    const kind = String(r[at('kind')]).trim();
    const to = String(r[at('to')]).trim().toLowerCase();
    if (!isNotificationKind(kind) || !to) return; // unreadable rows are dropped at the next rewrite
    const when = r[at('at')];
    entries.push({
      id: String(r[at('id')]) || `row${i + 2}`,
      at: isDateValue(when) ? when.getTime() : 0,
      to,
      kind,
      taskId: String(r[at('taskId')]).trim(),
      actor: String(r[at('actor')]).trim().toLowerCase(),
      note: String(r[at('note')]),
      row: i + 2,
    });
  });
  return { sheet, entries, rowCount: values.length };
}

/** Leaves only `keep` in the queue (in two or three calls), and the pending flag to match. */
export function rewriteQueue(read: QueueRead, keep: readonly QueuedNotification[]): void {
  if (read.rowCount > 0) read.sheet.getRange(2, 1, read.rowCount, WIDTH).clearContent();
  if (keep.length > 0) writeQueueRows(read.sheet, keep, 2);
  const props = documentProperties();
  if (keep.length > 0) props.setProperty(PENDING_KEY, '1');
  else props.deleteProperty(PENDING_KEY);
}

/**
 * Writes entries (their text as read: written back so the sheet gives back the same text) from sheet
 * row `firstRow`, in one call; `grow`: rows past the queue's own (the grid is grown first).
 */
export function writeQueueRows(
  sheet: Sheet,
  entries: readonly Omit<QueuedNotification, 'row'>[],
  firstRow: number,
  grow = false,
): void {
  const rows = entries.map((n) => {
    const row: unknown[] = new Array(WIDTH).fill('');
    row[at('id')] = keepAsText(n.id);
    row[at('at')] = new Date(n.at);
    row[at('to')] = keepAsText(n.to);
    row[at('kind')] = n.kind;
    row[at('taskId')] = keepAsText(n.taskId);
    row[at('actor')] = keepAsText(n.actor);
    row[at('note')] = keepAsText(n.note);
    return row;
  });
  if (rows.length === 0) return;
  if (grow) ensureRows(sheet, firstRow + rows.length - 1);
  retrying(() => sheet.getRange(firstRow, 1, rows.length, WIDTH).setValues(rows));
}
