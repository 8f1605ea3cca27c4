/**
 * The audit sheet: one line per change (time, actor, task, action, before → after, note). Apps Script
 * runs as the person using it, so a sheet only the add-on could write would refuse the add-on too.
 * Instead each line carries a check code that chains it to the line before, and the chain's end is
 * recorded where only the add-on reads and writes: the document properties of its own script project
 * (a script of the register's own, or a person, sees other properties).
 *
 * The check code (`k{n}:{mac}`) is keyed: an HMAC-SHA-256 with a secret of the register's, created on
 * the first line written (setup writes one) and kept in the document properties, never shown. It covers
 * the line's number n, the line before's check code and the line's values as the sheet gives them back
 * (`getValues`: text without the apostrophe that keeps it text, times to the second). So:
 * - a line edited by hand, or edited and its code recomputed with anything but the secret (a plain
 *   SHA-256 as the first version used), no longer matches: "row r was edited";
 * - a line inserted, or a line copied, matches nothing there: "row r was inserted";
 * - lines deleted leave a gap in the numbers: "k lines deleted before row r";
 * - lines moved come out of order: "row r is out of place";
 * - lines cut off the end leave a chain that matches but stops short of the recorded end (line count
 *   and last code): "the last k lines were deleted".
 * No honest text raises an alarm: what is hashed is what the sheet returns, never the apostrophe that
 * marks "50% khối lượng" or "=SUM" as text.
 *
 * Registers whose audit began before the keyed codes keep those lines: the first keyed line records
 * where they end (document properties), the check verifies them with the old rule (plain SHA-256 over
 * what was passed in, with or without the apostrophe) up to there, and the keyed rule after, the first
 * keyed line chaining on to the last old one. A register whose lines came without any record (a copy
 * of another register: document properties are not copied) starts a new keyed segment after them.
 *
 * The audit is kept whole, and each line compact, rather than rotated. Folding or deleting old lines
 * would break the chain at its start (a verifier starts from the first line), and moving them out of
 * the spreadsheet needs a second file and a segment head recorded in both — more moving parts than the
 * growth calls for. The growth is bounded by people's work, not by the clock: one line of 8 cells per
 * action (like the register's own rows), and from the daily job at most one line a day, only when the
 * refresh changed something (8 cells a day; a second run the same day adds none). The sheet's grid is
 * trimmed to its 8 columns (setup), so a line costs 8 cells toward Google's 10-million-cell limit, not
 * the 26 of a new sheet's width. Should a register ever near the limit, the way that keeps the chain
 * verifiable is a new segment: the old lines copied out, and the new segment recorded as the start.
 */
import { documentProperties } from './properties';
import { AUDIT_COLUMNS, SHEETS } from '../core/schema';
import { asWritten, keepAsText, storedText } from '../core/parse';
import { findSheet, readTable } from './table';
import { retrying } from './retry';
import type { Language } from '../core/language';
import { t } from '../core/messages';
import { isDateValue } from '../core/values';
import type { PendingLine, PendingNotice } from '../core/pending-lines';
import {
  hasPendingAudit,
  moveToSheet,
  notInSheet,
  pendingLines,
  pendingUpdates,
  rowAsRead,
  rowToWrite,
} from './audit-pending';
import { PENDING_KEY } from './reminders/state';
import { hmacSha256 } from '../core/sha256';
import { base64 } from '../core/bytes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AuditEntry {
  actor: string;
  taskId: string;
  action: string;
  before: string;
  after: string;
  note: string;
  /** Notices this line carries to the notification queue (with the first line's `extra.notices`). */
  notices?: PendingNotice[];
}

/** The first version's chain head (plain SHA-256 codes); read to continue such a register's chain. */
const LEGACY_HEAD_KEY = 'nhacviec.auditHead';
/** The keyed chain's record: see `ChainState`. */
const CHAIN_KEY = 'nhacviec.auditChain';
/** The register's secret for the check codes. Never shown, never sent to the sidebar. */
const SECRET_KEY = 'nhacviec.auditKey';

/** Where the chain ends and where its parts begin, in lines (data rows, 0-based from row 2). */
export interface ChainState {
  /** The last line's check code. */
  head: string;
  /** Lines written. */
  lines: number;
  /** Lines before this one came with no record (a copy): not checked. */
  from: number;
  /** Lines before this one (from `from`) carry the old plain codes; from here on, keyed codes. */
  keyedFrom: number;
  /** The code the first keyed line chains on to ('' or the last old code). */
  prev0: string;
}

const SEP = '\u241f';

/** The first version's code: 16 characters of base64 SHA-256 of the line and the code before. */
export function chainHash(previous: string, at: string, e: AuditEntry): string {
  const text = [previous, at, e.actor, e.taskId, e.action, e.before, e.after, e.note].join(SEP);
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  return Utilities.base64Encode(bytes).slice(0, 16);
}

/** A line's values as the sheet gives them back, in column order from `at` to `note`. */
type LineValues = readonly [at: string, ...rest: string[]];

/** The keyed code of line `n` (1-based): `k{n}:` and 16 characters of base64 HMAC-SHA-256. */
export function keyedHash(secret: string, previous: string, n: number, values: LineValues): string {
  const text = [previous, String(n), ...values].join(SEP);
  // Computed in the script (the same bytes as Utilities' HMAC over UTF-8): two round trips fewer a line.
  return `k${n}:${base64(hmacSha256(text, secret)).slice(0, 16)}`;
}

const KEYED = /^k(\d+):[A-Za-z0-9+/]{16}$/;

function keyedNumber(code: string): number | null {
  const m = KEYED.exec(code);
  return m ? Number(m[1]) : null;
}

function readState(all: Record<string, string>): ChainState | null {
  const raw = all[CHAIN_KEY];
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Partial<ChainState>;
    if (typeof s.head !== 'string' || typeof s.lines !== 'number') return null;
    return {
      head: s.head,
      lines: s.lines,
      from: s.from ?? 0,
      keyedFrom: s.keyedFrom ?? 0,
      prev0: s.prev0 ?? '',
    };
  } catch {
    return null;
  }
}

function newSecret(): string {
  return (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '');
}

/** A cell as the sheet gives it back, as hashed: date-times as ISO instants, the rest as text. */
function cellText(v: unknown): string {
  return Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : String(v ?? '');
}

/** What an action's audit line carries besides itself, written in the same call. */
export interface AuditExtra {
  /** Notices for the people concerned, carried by the first line to the notification queue. */
  notices?: PendingNotice[];
  /** Other document properties the action changes (an id counter): saved with the line, or not at all. */
  also?: Record<string, string>;
  /**
   * Straight to the sheet (a run that writes sheets anyway: the refresh): one `appendRow` when nothing
   * waits, everything waiting moved with it otherwise, so that no later hour reads a sheet for it.
   */
  toSheet?: boolean;
}

/**
 * Appends the entries to the chain: lines numbered and coded as before, written with the chain's new
 * end in one `setProperties` (src/gas/audit-pending.ts moves them to the sheet within the hour; when
 * the waiting store is full, everything waiting and these lines go to the sheet at once).
 */
export function appendAudit(
  ss: Spreadsheet,
  entries: readonly AuditEntry[],
  when = new Date(),
  extra: AuditExtra = {},
): void {
  if (entries.length === 0) return;
  // Whole seconds: what a date-time cell gives back exactly, so the code can be checked later.
  const now = new Date(Math.floor(when.getTime() / 1000) * 1000);
  const props = documentProperties();
  const all = retrying(() => props.getProperties());
  const updates: Record<string, string> = { ...extra.also };
  let secret = all[SECRET_KEY];
  if (!secret) {
    secret = newSecret();
    updates[SECRET_KEY] = secret;
  }
  let state = readState(all);
  if (!state) {
    // The first keyed line. Lines already there are old-rule lines (their head recorded) or lines of
    // unknown origin (no record: a copied register); either way the keyed segment starts after them.
    const sheet = findSheet(ss, SHEETS.audit);
    if (!sheet) return; // a register set up before the audit sheet existed: setup adds it again
    const legacyHead = all[LEGACY_HEAD_KEY] ?? '';
    const lines = Math.max(0, sheet.getLastRow() - 1);
    state = { head: legacyHead, lines, from: legacyHead ? 0 : lines, keyedFrom: lines, prev0: legacyHead };
  }
  const at = now.toISOString();
  let head = state.head;
  let n = state.lines;
  const lines: PendingLine[] = entries.map((e, i) => {
    const written = [e.actor, e.taskId, e.action, e.before, e.after, e.note].map((v) => asWritten(v));
    n += 1;
    head = keyedHash(secret, head, n, [at, ...written.map(storedText)]);
    const notices = [...(e.notices ?? []), ...((i === 0 && extra.notices) || [])];
    return {
      n,
      at: now.getTime(),
      values: written,
      code: keepAsText(head),
      ...(notices.length ? { notices } : {}),
    };
  });
  updates[CHAIN_KEY] = JSON.stringify({ ...state, head, lines: n });
  if (lines.some((l) => l.notices)) updates[PENDING_KEY] = '1';
  // Google's transient errors are retried call by call (`retry.ts`).
  const waiting = extra.toSheet ? null : pendingUpdates(all, lines);
  const sheet = extra.toSheet && !hasPendingAudit(all) ? findSheet(ss, SHEETS.audit) : null;
  if (waiting) retrying(() => props.setProperties({ ...updates, ...waiting }));
  else {
    if (sheet && lines.length === 1 && !lines[0].notices)
      retrying(() => sheet.appendRow(rowToWrite(lines[0])));
    else moveToSheet(ss, lines);
    retrying(() => props.setProperties(updates));
  }
  if (all[LEGACY_HEAD_KEY] !== undefined) props.deleteProperty(LEGACY_HEAD_KEY);
}

/** The lines waiting in the properties, as the sheet will give them back (after the sheet's own). */
export function waitingAuditRows(): unknown[][] {
  return pendingLines(documentProperties().getProperties()).map(rowAsRead);
}

/**
 * The task's last line among the audit's last `depth` lines (one read), or null: enough for a check
 * made minutes after the line was written.
 */
export function lastAuditLine(
  ss: Spreadsheet,
  taskId: string,
  depth = 100,
): { actor: string; action: string; at: number } | null {
  // The lines still waiting are the newest.
  const waiting = waitingAuditRows()
    .reverse()
    .find((row) => String(row[2]) === taskId);
  if (waiting)
    return { actor: String(waiting[1]), action: String(waiting[3]), at: (waiting[0] as Date).getTime() };
  const sheet = findSheet(ss, SHEETS.audit);
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2) return null;
  const from = Math.max(2, last - depth + 1);
  const rows = retrying(() => sheet.getRange(from, 1, last - from + 1, 4).getValues());
  const r = rows.reverse().find((row) => String(row[2]) === taskId);
  const at = r?.[0];
  return r && isDateValue(at) ? { actor: String(r[1]), action: String(r[3]), at: at.getTime() } : null;
}

export type AuditProblem = 'edited' | 'inserted' | 'deleted' | 'moved' | 'truncated' | 'rehashed' | 'broken';

export interface AuditFinding {
  problem: AuditProblem;
  /** The sheet row named: the line edited, inserted or out of place, the one after a gap, or where the cut lines were. */
  row: number;
  /** Lines deleted ('deleted', 'truncated'). */
  count?: number;
}

/** One line as read: its values as hashed, and its check code. */
interface Line {
  values: LineValues;
  code: string;
}

function lineOf(row: readonly unknown[]): Line {
  const [at, ...rest] = row.slice(0, 7).map(cellText);
  return { values: [at ?? '', ...rest], code: cellText(row[7]) };
}

/**
 * The old rule, as the first version hashed: what was passed in, which for text marked by `cleanText`
 * carried an apostrophe the sheet does not give back. Each free-text field is tried both ways.
 */
function legacyMatches(previous: string, line: Line): boolean {
  const [at, actor, taskId, action, before, after, note] = line.values;
  const free = [before, after, note];
  for (let mask = 0; mask < 8; mask++) {
    if (free.some((v, i) => (mask >> i) & 1 && v === '')) continue;
    const [b, a, n] = free.map((v, i) => ((mask >> i) & 1 ? "'" + v : v));
    const code = chainHash(previous, at, { actor, taskId, action, before: b, after: a, note: n });
    if (code === line.code) return true;
  }
  return false;
}

/**
 * Checks the chain (rows as `getValues` gives them, from row 2, in schema order) against its record.
 * Returns the first problem, or null when the audit is intact. Without a record (a register of the
 * first version never written since), the old rule over every line and the old head.
 */
export function verifyAuditRows(
  rows: readonly unknown[][],
  state: ChainState | null,
  secret: string | null,
  legacyHead: string | null = null,
): AuditFinding | null {
  const lines = rows.map(lineOf);
  const n = lines.length;
  const s: ChainState = state ?? { head: legacyHead ?? '', lines: n, from: 0, keyedFrom: n, prev0: '' };

  // The old part, [from, keyedFrom): each code follows from the one before by the old rule.
  let prev = '';
  const legacyEnd = Math.min(s.keyedFrom, n);
  for (let i = s.from; i < legacyEnd; i++) {
    if (legacyMatches(prev, lines[i])) {
      prev = lines[i].code;
      continue;
    }
    const next = lines[i + 1];
    const problem: AuditProblem =
      next && i + 1 < legacyEnd
        ? legacyMatches(lines[i].code, next)
          ? 'edited'
          : legacyMatches(prev, next)
            ? 'inserted'
            : 'broken'
        : 'broken';
    return { problem, row: i + 2 };
  }
  if (!state) {
    // A first-version register: its recorded head is where the chain should end.
    if (legacyHead && n > 0 && lines[n - 1].code !== legacyHead) {
      const at = lines.findIndex((l) => l.code === legacyHead);
      return at >= 0 ? { problem: 'inserted', row: at + 3 } : { problem: 'truncated', row: n + 2 };
    }
    return null;
  }
  if (n < s.keyedFrom) return { problem: 'truncated', row: n + 2, count: s.lines - n };
  if (s.keyedFrom > s.from && lines[s.keyedFrom - 1].code !== s.prev0) {
    // The old lines match each other but not the end the keyed chain recorded: recomputed by someone.
    return { problem: 'rehashed', row: s.keyedFrom + 1 };
  }

  // The keyed part: line i (0-based) is line number i + 1.
  prev = s.prev0;
  const key = secret ?? '';
  const matches = (line: Line, previous: string, number: number) =>
    key !== '' &&
    keyedNumber(line.code) === number &&
    keyedHash(key, previous, number, line.values) === line.code;
  for (let i = s.keyedFrom; i < n; i++) {
    const line = lines[i];
    if (matches(line, prev, i + 1)) {
      prev = line.code;
      continue;
    }
    const number = keyedNumber(line.code);
    if (number !== null && number > i + 1) {
      // A line from further on: the lines between are further down (moved) or gone (deleted).
      const later = lines.slice(i + 1).some((l) => {
        const k = keyedNumber(l.code);
        return k !== null && k >= i + 1 && k < number;
      });
      return later
        ? { problem: 'moved', row: i + 2 }
        : { problem: 'deleted', row: i + 2, count: number - (i + 1) };
    }
    if (number !== null && number < i + 1) return { problem: 'inserted', row: i + 2 }; // a copy of an earlier line
    // This line's number is right (or it has none): the line itself changed, or it is extra.
    const next = lines[i + 1];
    if (next && matches(next, prev, i + 1)) return { problem: 'inserted', row: i + 2 };
    return { problem: 'edited', row: i + 2 };
  }
  // Every line matches: the chain must also reach the recorded end.
  if (n < s.lines) return { problem: 'truncated', row: n + 2, count: s.lines - n };
  if (n > s.lines) return { problem: 'inserted', row: s.lines + 2 };
  if (n > s.keyedFrom && prev !== s.head) return { problem: 'truncated', row: n + 2, count: 1 };
  return null;
}

export interface AuditCheck {
  ok: boolean;
  lines: number;
  /** The sheet row the problem is named at (see `AuditFinding.row`), null when intact. */
  brokenRow: number | null;
  /** What was done to the audit, null when intact. */
  problem: AuditProblem | null;
  message: string;
}

/** Checks the whole chain (administrators, from the sidebar): see the top of this file. */
export function checkAudit(ss: Spreadsheet, lang: Language): AuditCheck {
  const all = documentProperties().getProperties();
  const rows = auditRows(ss, all);
  const found = verifyAuditRows(rows, readState(all), all[SECRET_KEY] ?? null, all[LEGACY_HEAD_KEY] ?? null);
  return {
    ok: found === null,
    lines: rows.length,
    brokenRow: found?.row ?? null,
    problem: found?.problem ?? null,
    message: found === null ? t(lang, 'audit.intact', { lines: rows.length }) : findingMessage(lang, found),
  };
}

/**
 * Every line of the audit in schema order, as `getValues` gives them: the sheet's (one read), then
 * those still waiting in the properties that the sheet does not hold yet (a move cut short may have
 * written some).
 */
export function auditRows(
  ss: Spreadsheet,
  all: Record<string, string> = documentProperties().getProperties(),
): unknown[][] {
  const table = readTable(ss, SHEETS.audit);
  const order = AUDIT_COLUMNS.map((c) => table.map[c.key]);
  const inSheet = table.rows.map((r) => order.map((i) => (i === undefined ? '' : r[i])));
  const codes = inSheet.map((r) => r[AUDIT_COLUMNS.length - 1]);
  const waiting = notInSheet(pendingLines(all), codes).map(rowAsRead);
  return [...inSheet, ...waiting];
}

function findingMessage(lang: Language, f: AuditFinding): string {
  switch (f.problem) {
    case 'edited':
      return t(lang, 'audit.edited', { row: f.row });
    case 'inserted':
      return t(lang, 'audit.inserted', { row: f.row });
    case 'deleted':
      return t(lang, 'audit.deleted', { row: f.row, count: f.count ?? 1 });
    case 'moved':
      return t(lang, 'audit.moved', { row: f.row });
    case 'truncated':
      return t(lang, 'audit.truncated', { row: f.row, count: f.count ?? 1 });
    case 'rehashed':
      return t(lang, 'audit.rehashed', { row: f.row });
    default:
      return t(lang, 'audit.broken', { row: f.row });
  }
}
