/**
 * The audit sheet: one line per change (time, actor, task, action, before → after, note). Apps Script
 * runs as the person using it, so a sheet only the add-on could write would refuse the add-on too.
 * Instead each line carries a hash of its content and of the line before it: a line edited, inserted
 * or deleted by hand breaks the chain, and `verifyAudit` says where.
 *
 * The audit is kept whole, and each line compact, rather than rotated. Folding or deleting old lines
 * would break the chain at its start (a verifier starts from the first line), and moving them out of
 * the spreadsheet needs a second file and a segment head recorded in both — more moving parts than the
 * growth calls for. The growth is bounded by people's work, not by the clock: one line of 8 cells per
 * action (like the register's own rows), and from the daily job at most one line a day, only when the
 * refresh changed something (8 cells a day; a second run the same day adds none). The sheet's grid is
 * trimmed to its 8 columns (setup), so a line costs 8 cells toward Google's 10-million-cell limit, not
 * the 26 of a new sheet's width. Should a register ever near the limit, the way that keeps the chain
 * verifiable is a new segment: the old lines copied out, and the new sheet's first line recording the
 * last hash of the old one, which the check then starts from.
 */
import { AUDIT_COLUMNS, SHEETS } from '../core/schema';
import { keepAsText } from '../core/parse';
import { findSheet, readTable } from './table';
import type { Language } from '../core/language';
import { t } from '../core/messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AuditEntry {
  actor: string;
  taskId: string;
  action: string;
  before: string;
  after: string;
  note: string;
}

const HEAD_KEY = 'nhacviec.auditHead';

/** 16 characters of base64 SHA-256: enough to detect tampering, short enough to read. */
export function chainHash(previous: string, at: string, e: AuditEntry): string {
  const text = [previous, at, e.actor, e.taskId, e.action, e.before, e.after, e.note].join('\u241f');
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  return Utilities.base64Encode(bytes).slice(0, 16);
}

/** Appends the entries after the last line (one call for one line). The columns are in schema order. */
export function appendAudit(ss: Spreadsheet, entries: readonly AuditEntry[], when = new Date()): void {
  if (entries.length === 0) return;
  // Whole seconds: what a date-time cell gives back exactly, so the hash can be checked later.
  const now = new Date(Math.floor(when.getTime() / 1000) * 1000);
  const sheet = findSheet(ss, SHEETS.audit);
  if (!sheet) return; // a register set up before the audit sheet existed: setup adds it again
  const props = PropertiesService.getDocumentProperties();
  let head = props.getProperty(HEAD_KEY) ?? '';
  const at = now.toISOString();
  const rows = entries.map((e) => {
    head = chainHash(head, at, e);
    return [now, e.actor, e.taskId, e.action, e.before, e.after, e.note, head].map((v) =>
      typeof v === 'string' ? keepAsText(v) : v,
    );
  });
  if (rows.length === 1) sheet.appendRow(rows[0]);
  else sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, AUDIT_COLUMNS.length).setValues(rows);
  props.setProperty(HEAD_KEY, head);
}

/** The first data row (1-based) whose hash does not follow from the line before, or null if intact. */
export function verifyAuditRows(rows: readonly unknown[][]): number | null {
  let head = '';
  for (let i = 0; i < rows.length; i++) {
    const [at, actor, taskId, action, before, after, note, hash] = rows[i];
    const when =
      Object.prototype.toString.call(at) === '[object Date]' ? (at as Date).toISOString() : String(at);
    const expected = chainHash(head, when, {
      actor: String(actor),
      taskId: String(taskId),
      action: String(action),
      before: String(before),
      after: String(after),
      note: String(note),
    });
    if (expected !== hash) return i + 2;
    head = expected;
  }
  return null;
}

export interface AuditCheck {
  ok: boolean;
  lines: number;
  /** The first sheet row whose hash does not follow from the lines before it. */
  brokenRow: number | null;
  message: string;
}

/** Checks the whole chain (administrators, from the sidebar): a line edited, inserted or deleted by hand breaks it. */
export function checkAudit(ss: Spreadsheet, lang: Language): AuditCheck {
  const table = readTable(ss, SHEETS.audit);
  const order = AUDIT_COLUMNS.map((c) => table.map[c.key]);
  const rows = table.rows.map((r) => order.map((i) => (i === undefined ? '' : r[i])));
  const brokenRow = verifyAuditRows(rows);
  return {
    ok: brokenRow === null,
    lines: rows.length,
    brokenRow,
    message:
      brokenRow === null
        ? t(lang, 'audit.intact', { lines: rows.length })
        : t(lang, 'audit.broken', { row: brokenRow }),
  };
}
