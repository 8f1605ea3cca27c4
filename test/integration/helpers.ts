/** Helpers for tests that run the built bundle in the emulator. */
import {
  Emulator,
  type EditReport,
  type PersonEditOptions,
  type RunOptions,
  type SheetsUi,
} from '../../emulator';
import { ADDON_EMULATOR } from '../../playground/project';
import { holdLockUntil } from '../../emulator/services/lock';
import type { UiMenu } from '../../emulator/services/ui';
import { TASK_COLUMNS, STAFF_COLUMNS, UNIT_COLUMNS } from '../../src/core/schema';
import { parseChunk, type PendingLine } from '../../src/core/pending-lines';
import { storedText } from '../../src/core/parse';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ADMIN = 'vanphong@ubnd.example.vn';
export const LEADER = 'lanh.dao@ubnd.example.vn';
export const OFFICIAL = 'can.bo@ubnd.example.vn';

export function uiMenus(emu: Emulator): UiMenu[] {
  return emu.world.ui.menus;
}

/** An emulator with the built bundle loaded, the clock at `at` (Viet Nam time by default). */
export function newEmulator(at = '2026-03-02T08:00:00+07:00'): Emulator {
  const emu = new Emulator(ADDON_EMULATOR).loadBundle();
  emu.clock.set(at);
  return emu;
}

/** Runs `fn` against the spreadsheet as a person would edit it by hand (through the emulated service). */
export function asUser<T>(
  emu: Emulator,
  fn: (ss: Spreadsheet, app: GoogleAppsScript.Spreadsheet.SpreadsheetApp) => T,
  opts: RunOptions = { as: ownerOf(emu) },
): T {
  const { globals, end } = emu.beginExecution(opts);
  try {
    const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    return fn(app.getActiveSpreadsheet(), app);
  } finally {
    end();
  }
}

/**
 * `email` editing the sheet in the Sheets interface (`Emulator.edit`, emulator/person.ts): protections
 * hold against them, typed text is parsed as typed, and the add-on's `onEdit` runs after each value
 * change (AuthMode.LIMITED), as in Google. Unlike `asUser`, this is not a script. Throws when a trigger
 * the edits fired threw, unless `triggerFailures: 'keep'` (then read them in the report).
 */
export function byHand<T>(
  emu: Emulator,
  email: string,
  fn: (ui: SheetsUi) => T,
  opts: PersonEditOptions & { triggerFailures?: 'throw' | 'keep' } = {},
): EditReport<T> {
  const report = emu.edit(email, fn, opts);
  const failed = report.triggers.filter((t) => !t.ok);
  if (failed.length && opts.triggerFailures !== 'keep') {
    const lines = failed.map((t) => `${t.handler}: ${t.error?.name}: ${t.error?.message}`);
    throw new Error(`A trigger failed after an edit by hand:\n${lines.join('\n')}`);
  }
  return report;
}

/**
 * Whoever owns the active spreadsheet (the first person who ran the add-on in it), else ADMIN: the
 * helpers write as the owner, whom no protection stops, as an office's owner would fill its sheets.
 */
export function ownerOf(emu: Emulator): string {
  const ss = emu.world.spreadsheets.byId[emu.world.activeSpreadsheetId];
  return ss?.owner || ADMIN;
}

export function sheetValues(emu: Emulator, name: string): unknown[][] {
  return asUser(emu, (ss) => {
    const sheet = ss.getSheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet.getDataRange().getValues();
  });
}

/** The add-on's document properties, as stored in the world (no call made). */
export function documentPropertiesOf(emu: Emulator): Record<string, string> {
  return emu.world.properties.documents[emu.world.activeSpreadsheetId] ?? {};
}

/** Audit lines waiting in the document properties (src/gas/audit-pending.ts), in chain order. */
function waitingLines(emu: Emulator): PendingLine[] {
  const props = documentPropertiesOf(emu);
  const out: PendingLine[] = [];
  for (let i = 0; props[`nhacviec.auditPending.${i}`] !== undefined; i++)
    out.push(...(parseChunk(props[`nhacviec.auditPending.${i}`]) ?? []));
  return out.sort((a, b) => a.n - b.n);
}

/**
 * The audit as its readers see it: the sheet (header included) and then the lines still waiting in
 * the properties, as the sheet will give them back once the hourly job has moved them.
 */
export function auditValues(emu: Emulator): unknown[][] {
  const sheet = sheetValues(emu, 'Nhật ký');
  const codes = new Set(sheet.slice(1).map((r) => String(r[7] ?? '')));
  const waiting = waitingLines(emu)
    .filter((l) => !codes.has(storedText(l.code)))
    .map((l) => [new Date(l.at), ...l.values.map(storedText), storedText(l.code)]);
  return [...sheet, ...waiting];
}

/** The notification queue as the next hourly run sees it: its sheet, then the notices still waiting. */
export function queueValues(emu: Emulator): unknown[][] {
  const sheet = asUser(
    emu,
    (ss) => ss.getSheetByName('Hàng đợi thông báo')?.getDataRange().getValues() ?? [[]],
  );
  const there = new Set(sheet.slice(1).map((r) => String(r[0])));
  const waiting = waitingLines(emu).flatMap((l) =>
    (l.notices ?? []).flatMap((n, i) =>
      n.to.map((to, j) => [
        `a${l.n}.${i}.${j}`,
        new Date(l.at),
        to,
        n.kind,
        storedText(l.values[1]),
        n.actor,
        storedText(n.note),
      ]),
    ),
  );
  return [...sheet, ...waiting.filter((r) => !there.has(String(r[0])))];
}

/** What the hourly job does first: the waiting audit lines to their sheet (an admin's check does it too). */
export function settleAudit(emu: Emulator): void {
  const reply = emu.run<{ ok: boolean }>('checkAuditLog', [], { as: ADMIN }).value;
  if (!reply.ok) throw new Error('settleAudit: the check was refused');
}

export function displayValues(emu: Emulator, name: string): string[][] {
  return asUser(emu, (ss) => ss.getSheetByName(name)!.getDataRange().getDisplayValues());
}

/** Rows of a sheet as objects keyed by the schema's keys, located by header text. */
export function records(emu: Emulator, name: string, columns: readonly { key: string; vi: string }[]) {
  const [header, ...rows] = sheetValues(emu, name);
  return rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const c of columns) {
      const i = header.indexOf(c.vi);
      if (i >= 0) o[c.key] = r[i];
    }
    return o;
  });
}

export const taskRecords = (emu: Emulator, sheet = 'Nhiệm vụ') => records(emu, sheet, TASK_COLUMNS);

/** Appends rows by column key, as someone typing or pasting into the sheet (strings parsed as typed). */
export function appendByKey(
  emu: Emulator,
  sheetName: string,
  columns: readonly { key: string; vi: string }[],
  rows: Record<string, unknown>[],
): void {
  asUser(emu, (ss) => {
    const sheet = ss.getSheetByName(sheetName)!;
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    const out = rows.map((rec) => {
      const row: unknown[] = new Array(width).fill('');
      for (const [k, v] of Object.entries(rec)) {
        const col = columns.find((c) => c.key === k);
        const i = col ? header.indexOf(col.vi) : -1;
        if (i < 0) throw new Error(`no column ${k} in ${sheetName}`);
        row[i] = v;
      }
      return row;
    });
    const first = sheet.getLastRow() + 1;
    const missing = first + out.length - 1 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing); // as pasting in the UI does
    sheet.getRange(first, 1, out.length, width).setValues(out);
  });
  editedByHand(emu, sheetName);
}

/**
 * What Google does after a person edits or pastes into a sheet: the add-on's simple trigger `onEdit`
 * runs (AuthMode.LIMITED) with the edited range. The helpers above write through a script execution,
 * which fires no trigger, so they call this to stand for the person's edit.
 */
export function editedByHand(emu: Emulator, sheetName: string, as = ADMIN): void {
  const range = { getSheet: () => ({ getName: () => sheetName }) };
  emu.run('onEdit', [{ range, authMode: 'LIMITED', user: { getEmail: () => as } }], {
    as,
    authMode: 'LIMITED',
  });
}

export const addTasks = (emu: Emulator, rows: Record<string, unknown>[]) =>
  appendByKey(emu, 'Nhiệm vụ', TASK_COLUMNS, rows);
export const addStaff = (emu: Emulator, rows: Record<string, unknown>[]) =>
  appendByKey(emu, 'Cán bộ', STAFF_COLUMNS, rows);
export const addUnits = (emu: Emulator, rows: Record<string, unknown>[]) =>
  appendByKey(emu, 'Đơn vị', UNIT_COLUMNS, rows);

/** A register set up by the admin, with a leader and an official. */
export function setUpRegister(at?: string): Emulator {
  const emu = newEmulator(at);
  emu.run('setup', [], { as: ADMIN });
  addUnits(emu, [{ code: 'VP', name: 'Văn phòng', leader: LEADER }]);
  addStaff(emu, [
    { email: LEADER, name: 'Trần Văn Lãnh', unit: 'VP', role: 'Lãnh đạo', active: true },
    { email: OFFICIAL, name: 'Nguyễn Thị Bích', unit: 'VP', role: 'Cán bộ thực hiện', active: true },
  ]);
  return emu;
}

/** The calendar day in Viet Nam of a Date read from a sheet, as 'yyyy-MM-dd'. */
export function vnIso(d: unknown): string {
  return new Date((d as Date).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The audit sheet's lines after the one setup wrote (the register's own first line). */
export function auditAfterSetup(emu: Emulator): unknown[][] {
  return auditValues(emu)
    .slice(1)
    .filter((r) => r[3] !== 'Thiết lập sổ theo dõi');
}

/** An office typing a value into the settings sheet, in the row of `key` (which must exist). */
export function setSetting(emu: Emulator, key: string, value: unknown): void {
  asUser(emu, (ss) => {
    const sheet = ss.getSheetByName('Cài đặt')!;
    const keys = sheet
      .getRange(1, 1, sheet.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    const row = keys.indexOf(key) + 1;
    if (row < 1) throw new Error(`no setting ${key}`);
    sheet.getRange(row, 3).setValue(value);
  });
  editedByHand(emu, 'Cài đặt');
}

/**
 * What `google.script.run` would not hand the sidebar as it is, each by its path (`$` is the value
 * itself): a Date (Google fails the call), a function, a symbol or a bigint, undefined in an array, NaN
 * or ±Infinity (null once serialised), an instance of a class (Map, Set, Error, …) and a cycle. A value
 * `emu.run` returns comes from the bundle's realm, where `instanceof Date` and `Object.prototype` are
 * another realm's: types are told by their tag and the shape of their prototype.
 */
export function notPlainJson(value: unknown): string[] {
  const problems: string[] = [];
  const ancestors = new Set<object>();
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);
  const walk = (v: unknown, path: string, inArray: boolean): void => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) problems.push(`${path}: ${v}, null once serialised`);
      return;
    }
    if (v === undefined) {
      if (inArray) problems.push(`${path}: undefined in an array, null once serialised`);
      return;
    }
    if (typeof v !== 'object') {
      problems.push(`${path}: a ${typeof v}`);
      return;
    }
    const tag = Object.prototype.toString.call(v);
    if (tag === '[object Date]') {
      problems.push(`${path}: a Date`);
      return;
    }
    if (ancestors.has(v)) {
      problems.push(`${path}: a cycle`);
      return;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    const plainObject =
      tag === '[object Object]' && (proto === null || Object.getPrototypeOf(proto) === null);
    if (!Array.isArray(v) && !plainObject) {
      const name = (proto as { constructor?: { name?: string } } | null)?.constructor?.name;
      problems.push(`${path}: an instance of ${name || tag}`);
      return;
    }
    ancestors.add(v);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) walk(v[i], `${path}[${i}]`, true);
    else for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], path + key(k), false);
    ancestors.delete(v);
  };
  walk(value, '$', false);
  return problems;
}

/** Fails, naming each path, unless `value` is plain JSON (`notPlainJson`); returns it for chaining. */
export function expectPlainJson<T>(value: T): T {
  const problems = notPlainJson(value);
  if (problems.length)
    throw new Error(`not plain JSON, so not what google.script.run carries:\n  ${problems.join('\n  ')}`);
  return value;
}

/**
 * Another execution (as `as`) takes the document lock now and holds it for `ms` of the emulated clock,
 * as an action still writing would; `end()` it when done.
 */
export function holdDocumentLock(emu: Emulator, as: string, ms: number) {
  const other = emu.beginExecution({ as });
  const lock = (other.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
  if (!lock.tryLock(0)) throw new Error('the document lock is taken already');
  holdLockUntil(
    emu.world.locks,
    'document',
    emu.world.activeSpreadsheetId,
    other.exec.id,
    emu.clock.now() + ms,
  );
  return other;
}
