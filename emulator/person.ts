/**
 * A person editing the spreadsheet in the Sheets interface, as opposed to a script: typing, pasting,
 * clearing, cutting, and inserting, deleting or moving rows and columns. `Emulator.edit` hands a
 * `SheetsUi` to a callback; each call on it is one action of the person, applied at once.
 *
 * What Google does (docs/platform.md, "People edit the sheet by hand" and "Triggers"):
 *
 * - **Protections hold.** A protected range or sheet that is not warning-only refuses anyone who is not
 *   one of its editors (the owner always may) with Sheets' message; nothing is changed. A warning-only
 *   protection asks the person to confirm: the emulator models the person going on, and records the
 *   warning in the action's `warnings`.
 * - **Typed input is parsed as typed** (the same parser as strings written by `Range.setValue`), and a
 *   data-validation rule that rejects input refuses it, whatever `enforceValidationOnScriptWrites` says.
 * - **The simple trigger `onEdit(e)` fires** after a person changes values (typing, pasting, clearing),
 *   never after a script's writes ("Script executions and API requests do not cause triggers to run"),
 *   and not for inserting, deleting or moving rows and columns. It is an execution of its own, as the
 *   person, in AuthMode.LIMITED: the bound document, Properties and Cache work; MailApp, Drive,
 *   `ScriptApp.newTrigger` and UrlFetchApp do not. Its event is `{authMode, range, source, user, value,
 *   oldValue}`, `value`/`oldValue` only for a single cell.
 * - **Installable triggers** of the spreadsheet fire too, each as its installer in AuthMode.FULL with
 *   `triggerUid`: ON_EDIT after the same actions as `onEdit`; ON_CHANGE after every action, its
 *   `changeType` EDIT, INSERT_ROW, INSERT_COLUMN, REMOVE_ROW, REMOVE_COLUMN, or OTHER for a move.
 * - **Developer metadata** is attached to whole rows and columns: it moves with a moved row or column
 *   and is deleted with it; a cut and paste moves the cells' content without it (_inference_).
 *
 * Marked _inference_ in the code where Google does not document the behaviour. What is not modelled:
 * formulas elsewhere following cells that were cut and pasted; the 30-second limit of simple triggers;
 * spreadsheet-level sharing (any e-mail may edit, within the protections).
 */
import { appsScriptError, hostRealm, instrument, newExecution, type AuthMode, type Clock } from './runtime';
import type { ExecutionResult, RunOptions } from './index';
import type { ServiceContext, WorldState, ProjectFiles } from './world';
import { columnNumber, formatA1, parseRef, quoteSheetName, splitSheet } from './spreadsheet/a1';
import { contains, intersects, wholeSheet, type Book } from './spreadsheet/book';
import { cellValue, currentYear, prepareInput, type Prepared } from './spreadsheet/cells';
import { applyStructural, attrOf, setAttr, setValueAt, valueAt } from './spreadsheet/grid';
import {
  ATTR_KEYS,
  type AttrKey,
  type GridRange,
  type SheetData,
  type SpreadsheetData,
} from './spreadsheet/model';
import { assertCanChangeStructure, assertCanEdit } from './spreadsheet/protection';
import { Range } from './spreadsheet/range';
import { Sheet } from './spreadsheet/sheet';
import { Spreadsheet } from './spreadsheet/spreadsheet';
import { satisfies } from './spreadsheet/validation';
import { User as SessionUser } from './services/session';
import type { TriggerRecord } from './services/script';

/** What a person types into a cell: text is parsed as typed; `null` or `''` leaves the cell empty. */
export type CellInput = string | number | boolean | Date | null;

/** The kinds of action a person takes in the Sheets interface. */
export type PersonEditKind =
  | 'type'
  | 'paste'
  | 'copyPaste'
  | 'cutPaste'
  | 'clear'
  | 'insertRows'
  | 'deleteRows'
  | 'insertColumns'
  | 'deleteColumns'
  | 'moveRows'
  | 'moveColumns';

/** `e.changeType` of an installable change trigger. */
export type ChangeType = 'EDIT' | 'INSERT_ROW' | 'INSERT_COLUMN' | 'REMOVE_ROW' | 'REMOVE_COLUMN' | 'OTHER';

/** A warning-only protection the person was warned about and went past. */
export interface ProtectionWarning {
  /** `'Sheet'!A1:B2`, or the sheet's name for a whole-sheet protection. */
  protected: string;
  description: string;
}

/** One trigger execution an action caused. */
export interface TriggerRun {
  handler: string;
  kind: 'simple' | 'installable';
  eventType: 'ON_EDIT' | 'ON_CHANGE';
  authMode: AuthMode;
  /** Installable triggers only. */
  triggerUid?: string;
  /** Whose authority it ran with: the person for `onEdit`, the installer for an installable trigger. */
  effectiveUser: string;
  ok: boolean;
  /** What the handler threw (the person is not told; Apps Script logs it in the executions list). */
  error?: { name: string; message: string };
  /** Modelled time of the execution (emulator/cost.ts). */
  elapsedMs: number;
}

/** One action of a person, as recorded. */
export interface PersonEdit {
  kind: PersonEditKind;
  /** The person's e-mail. */
  by: string;
  /** Epoch ms. */
  at: number;
  /** Where: the cells changed (`'Sheet'!A1:B2`), or the rows or columns inserted, deleted or moved. */
  range: string;
  warnings: ProtectionWarning[];
  triggers: TriggerRun[];
}

/** What `Emulator.edit` returns: the callback's value and every action it took, in order. */
export interface EditReport<T = unknown> {
  value: T;
  edits: PersonEdit[];
  /** Every action's warnings, in order. */
  warnings: ProtectionWarning[];
  /** Every trigger execution, in order. */
  triggers: TriggerRun[];
}

/**
 * How Google behaves where it is not documented, and what the person's session is like. Every field
 * has a default; the defaults are the emulator's reading, marked _inference_.
 */
export interface PersonEditOptions {
  /**
   * Whether a cut and paste fires `onEdit` (and installable edit triggers) for the pasted range.
   * Default true (_inference_: a paste changes values; Google documents neither answer).
   */
  onEditForCutPaste?: boolean;
  /**
   * The AuthMode of the simple `onEdit`. Google: "in some cases, editor add-ons run their onOpen(e) and
   * onEdit(e) simple triggers in a no-authorization mode". Default LIMITED.
   */
  simpleTriggerAuthMode?: 'LIMITED' | 'NONE';
  /**
   * Whether the triggers see the person's e-mail (`e.user`, `Session.getActiveUser()`). Google: not in
   * a context that runs without the user's authorization, "unless the developer runs the script
   * themselves or belongs to the same Google Workspace domain as the user". Default: the person is the
   * spreadsheet's owner, or in the owner's Workspace (not gmail.com) domain (_inference_: the owner
   * stands for the developer).
   */
  userEmailVisible?: boolean;
}

/** A person in the Sheets interface. Sheets are named; cells in A1 notation (`'Other'!A1` for `to`). */
export interface SheetsUi {
  /** The person's e-mail. */
  readonly email: string;
  /** Types into one cell and presses Enter. Fires `onEdit` with `value` and `oldValue`. */
  setValue(sheet: string, a1: string, input: CellInput): PersonEdit;
  /**
   * Types into each cell of the block at `a1` (its top-left cell, or the whole block) in turn, row by
   * row: one action, and one `onEdit`, per cell. `undefined` skips a cell.
   */
  setValues(sheet: string, a1: string, inputs: (CellInput | undefined)[][]): PersonEdit[];
  /**
   * Pastes text from another application (rows of cells, as tab-separated text pastes) with its
   * top-left cell at `a1`: each cell parsed as typed, `''` empties a cell. Rows and columns are added
   * when the block runs past the sheet's end, as Sheets does. One `onEdit` for the whole block.
   */
  paste(sheet: string, a1: string, rows: CellInput[][]): PersonEdit;
  /** Copies cells and pastes them at `to` (its top-left cell): values, formulas, formats, validation. */
  copyPaste(sheet: string, from: string, to: string): PersonEdit;
  /**
   * Cuts cells and pastes them at `to` (top-left; `'Other'!A1` for another sheet): values, formulas
   * (unchanged), formats, notes and validation move and the source is left empty. Developer metadata
   * stays with its rows and columns (_inference_).
   */
  cutPaste(sheet: string, from: string, to: string): PersonEdit;
  /** Selects cells and presses Delete: values and formulas go, formats, notes and validation stay. */
  clear(sheet: string, a1: string): PersonEdit;
  /** Inserts `count` rows above (default) or below row `row`. No `onEdit`; onChange INSERT_ROW. */
  insertRows(sheet: string, row: number, count?: number, side?: 'above' | 'below'): PersonEdit;
  /** Deletes `count` rows from `row`. No `onEdit`; onChange REMOVE_ROW. */
  deleteRows(sheet: string, row: number, count?: number): PersonEdit;
  /** Inserts `count` columns left (default) or right of `column` (1-based or a letter). */
  insertColumns(sheet: string, column: number | string, count?: number, side?: 'left' | 'right'): PersonEdit;
  /** Deletes `count` columns from `column` (1-based or a letter). */
  deleteColumns(sheet: string, column: number | string, count?: number): PersonEdit;
  /** Drags rows (`3`, or `'3:5'`) to before row `before` (counted before the move). */
  moveRows(sheet: string, rows: number | string, before: number): PersonEdit;
  /** Drags columns (`'B'`, `'B:C'` or a number) to before column `before` (counted before the move). */
  moveColumns(sheet: string, columns: number | string, before: number | string): PersonEdit;
}

/** What `editByHand` needs of the emulator. */
export interface EditHost {
  readonly world: WorldState;
  readonly clock: Clock;
  readonly project: ProjectFiles;
  runIfDefined<T = unknown>(
    fn: string,
    argsIn: (ctx: ServiceContext) => unknown[],
    opts: RunOptions,
  ): ExecutionResult<T> | null;
}

const A1_OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';
// The wording of the Sheets dialog is not documented; the emulator's typing helper uses the same.
const REJECTED_INPUT = 'The data you entered violates the data validation rules set on this cell.';

/** Runs `fn` as `email` editing the active spreadsheet in the Sheets interface. */
export function editByHand<T>(
  host: EditHost,
  email: string,
  fn: (ui: SheetsUi) => T,
  opts: PersonEditOptions = {},
): EditReport<T> {
  if (!email) throw new Error('Emulator.edit: a person edits as someone: give their e-mail.');
  const session = new PersonSession(host, email, opts);
  const value = fn(session);
  return {
    value,
    edits: session.edits,
    warnings: session.edits.flatMap((e) => e.warnings),
    triggers: session.edits.flatMap((e) => e.triggers),
  };
}

/** The edit event's `value`/`oldValue`: the cell's value as text (_inference_: dates as serials). */
function eventText(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

class PersonSession implements SheetsUi {
  readonly edits: PersonEdit[] = [];
  private readonly book: Book;

  constructor(
    private readonly host: EditHost,
    readonly email: string,
    private readonly opts: PersonEditOptions,
  ) {
    const { world } = host;
    const ss = world.spreadsheets.byId[world.activeSpreadsheetId];
    if (!ss) throw new Error('Emulator.edit: there is no active spreadsheet.');
    // The person's own "execution": not a script, so nothing is authorized, counted or charged (the
    // raw objects are used); it only carries who is editing, for the protections.
    const exec = newExecution({
      clock: host.clock,
      activeUser: email,
      effectiveUser: email,
      authMode: 'FULL',
      scopes: new Set(),
      advancedServices: new Set(),
      scriptTimeZone: ss.timeZone,
      realm: hostRealm,
    });
    this.book = { ctx: { exec, world, project: host.project }, ss };
  }

  private get ss(): SpreadsheetData {
    return this.book.ss;
  }
  private fail(message: string): Error {
    return appsScriptError(this.book.ctx.exec, message);
  }
  private sheetData(name: string): SheetData {
    const sheet = this.ss.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`Emulator.edit: no sheet named ${name}`);
    return sheet;
  }
  private grid(sheet: SheetData, a1: string): GridRange {
    const { sheet: named, ref } = splitSheet(a1);
    if (named !== null && named !== sheet.name)
      throw new Error(`Emulator.edit: ${a1} is not on ${sheet.name}`);
    const g = parseRef(ref, sheet.maxRows, sheet.maxCols);
    if (!g) throw this.fail('Range not found');
    if (g.r0 + g.nr > sheet.maxRows || g.c0 + g.nc > sheet.maxCols) throw this.fail(A1_OUTSIDE);
    return { r0: g.r0, c0: g.c0, nr: g.nr, nc: g.nc };
  }
  /** `to` may name another sheet (`'Other'!A1`); otherwise it is on `sheet`. */
  private destination(sheet: SheetData, to: string): { sheet: SheetData; r0: number; c0: number } {
    const { sheet: named, ref } = splitSheet(to);
    const dest = named === null ? sheet : this.sheetData(named);
    const g = parseRef(ref, dest.maxRows, dest.maxCols);
    if (!g) throw this.fail('Range not found');
    return { sheet: dest, r0: g.r0, c0: g.c0 };
  }
  private where(sheet: SheetData, g: GridRange): string {
    return `${quoteSheetName(sheet.name)}!${formatA1(g)}`;
  }
  private now(): number {
    return this.host.clock.now();
  }

  // ---- protections ---------------------------------------------------------------------------------

  /** Warning-only protections over `g` (null: any protection of the whole sheet, for structure). */
  private warningsFor(sheet: SheetData, g: GridRange | null): ProtectionWarning[] {
    const out: ProtectionWarning[] = [];
    for (const p of this.ss.protections) {
      if (p.sheetId !== sheet.sheetId || !p.warningOnly) continue;
      const hit =
        p.type === 'SHEET'
          ? g === null || !p.unprotected.some((u) => contains(u, g))
          : g !== null && intersects(p.range!, g);
      if (hit)
        out.push({
          protected: p.type === 'SHEET' ? sheet.name : this.where(sheet, p.range!),
          description: p.description,
        });
    }
    return out;
  }

  /** A reject-input validation rule refuses what the person typed or pasted (the UI always enforces it). */
  private assertValidInput(sheet: SheetData, g: GridRange, prepared: (i: number, j: number) => Prepared) {
    const t = this.now();
    for (let i = 0; i < g.nr; i++) {
      const dv = sheet.rows[g.r0 + i]?.a?.dv;
      if (!dv) continue;
      for (let j = 0; j < g.nc; j++) {
        const rule = dv[g.c0 + j];
        if (rule && !rule.allowInvalid && !satisfies(this.book, rule, prepared(i, j), t))
          throw this.fail(rule.helpText ?? REJECTED_INPUT);
      }
    }
  }

  // ---- cell edits ----------------------------------------------------------------------------------

  setValue(sheetName: string, a1: string, input: CellInput): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const g = this.grid(sheet, a1);
    if (g.nr !== 1 || g.nc !== 1) throw new Error(`Emulator.edit: setValue types into one cell, not ${a1}`);
    return this.writeCells('type', sheet, g, [[input]]);
  }

  setValues(sheetName: string, a1: string, inputs: (CellInput | undefined)[][]): PersonEdit[] {
    const sheet = this.sheetData(sheetName);
    const g = this.grid(sheet, a1);
    const out: PersonEdit[] = [];
    inputs.forEach((line, i) =>
      line.forEach((input, j) => {
        if (input === undefined) return;
        const cell = { r0: g.r0 + i, c0: g.c0 + j, nr: 1, nc: 1 };
        if (cell.r0 >= sheet.maxRows || cell.c0 >= sheet.maxCols) throw this.fail(A1_OUTSIDE);
        out.push(this.writeCells('type', sheet, cell, [[input]]));
      }),
    );
    return out;
  }

  paste(sheetName: string, a1: string, rows: CellInput[][]): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const top = this.grid(sheet, a1);
    const nr = rows.length;
    const nc = Math.max(0, ...rows.map((r) => r.length));
    if (nr === 0 || nc === 0) throw new Error('Emulator.edit: nothing to paste');
    const g = { r0: top.r0, c0: top.c0, nr, nc };
    const block = rows.map((r) => Array.from({ length: nc }, (_, j) => r[j] ?? null));
    const moreRows = g.r0 + nr - sheet.maxRows;
    const moreCols = g.c0 + nc - sheet.maxCols;
    if (moreRows > 0 || moreCols > 0) {
      // Sheets adds the rows and columns a paste runs into (_inference_: they need the sheet's rights).
      assertCanEdit(this.book, sheet, this.clip(sheet, g));
      assertCanChangeStructure(this.book, sheet, null);
      this.checkInput(sheet, this.clip(sheet, g), block);
      if (moreRows > 0)
        applyStructural(this.ss, sheet, 'ROWS', { kind: 'insert', at: sheet.maxRows, n: moreRows });
      if (moreCols > 0)
        applyStructural(this.ss, sheet, 'COLUMNS', { kind: 'insert', at: sheet.maxCols, n: moreCols });
    }
    return this.writeCells('paste', sheet, g, block);
  }

  private clip(sheet: SheetData, g: GridRange): GridRange {
    return {
      r0: g.r0,
      c0: g.c0,
      nr: Math.max(1, Math.min(g.nr, sheet.maxRows - g.r0)),
      nc: Math.max(1, Math.min(g.nc, sheet.maxCols - g.c0)),
    };
  }

  private checkInput(sheet: SheetData, g: GridRange, block: CellInput[][]): void {
    const year = currentYear(this.ss, this.now());
    this.assertValidInput(sheet, g, (i, j) =>
      prepareInput(this.ss, block[i][j], attrOf(sheet.rows[g.r0 + i], 'nf', g.c0 + j), year, () => null),
    );
  }

  /** Typing or pasting `block` into `g`: protections, validation, then the write and the triggers. */
  private writeCells(
    kind: 'type' | 'paste',
    sheet: SheetData,
    g: GridRange,
    block: CellInput[][],
  ): PersonEdit {
    assertCanEdit(this.book, sheet, g);
    const warnings = this.warningsFor(sheet, g);
    this.checkInput(sheet, g, block);
    const old = this.singleValue(sheet, g);
    // Written through the emulated Range, as a script's setValues: the same parsing as typed input.
    new Range(this.book, sheet, g).setValues(block.map((r) => r.map((v) => (v === null ? '' : v))));
    return this.record(kind, sheet, g, warnings, { edit: true, oldValue: old });
  }

  clear(sheetName: string, a1: string): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const g = this.grid(sheet, a1);
    assertCanEdit(this.book, sheet, g);
    const warnings = this.warningsFor(sheet, g);
    const old = this.singleValue(sheet, g);
    new Range(this.book, sheet, g).clear({ contentsOnly: true });
    return this.record('clear', sheet, g, warnings, { edit: true, oldValue: old });
  }

  copyPaste(sheetName: string, from: string, to: string): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const g = this.grid(sheet, from);
    const dest = this.destination(sheet, to);
    const target = { r0: dest.r0, c0: dest.c0, nr: g.nr, nc: g.nc };
    if (target.r0 + g.nr > dest.sheet.maxRows || target.c0 + g.nc > dest.sheet.maxCols)
      throw this.fail(A1_OUTSIDE);
    assertCanEdit(this.book, dest.sheet, target);
    const warnings = this.warningsFor(dest.sheet, target);
    const old = this.singleValue(dest.sheet, target);
    new Range(this.book, sheet, g).copyTo(new Range(this.book, dest.sheet, target));
    return this.record('copyPaste', dest.sheet, target, warnings, { edit: true, oldValue: old });
  }

  cutPaste(sheetName: string, from: string, to: string): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const g = this.grid(sheet, from);
    const dest = this.destination(sheet, to);
    const target = { r0: dest.r0, c0: dest.c0, nr: g.nr, nc: g.nc };
    if (target.r0 + g.nr > dest.sheet.maxRows || target.c0 + g.nc > dest.sheet.maxCols)
      throw this.fail(A1_OUTSIDE);
    assertCanEdit(this.book, sheet, g);
    assertCanEdit(this.book, dest.sheet, target);
    const warnings = [...this.warningsFor(sheet, g), ...this.warningsFor(dest.sheet, target)];
    const old = this.singleValue(dest.sheet, target);
    // Everything a cell holds moves; the source is emptied first, so overlapping blocks work.
    const cells = Array.from({ length: g.nr }, (_, i) =>
      Array.from({ length: g.nc }, (_, j) => {
        const row = sheet.rows[g.r0 + i];
        const attrs = ATTR_KEYS.map((k) => [k, attrOf(row, k, g.c0 + j)] as const);
        return { v: valueAt(row, g.c0 + j), attrs };
      }),
    );
    for (let i = 0; i < g.nr; i++)
      for (let j = 0; j < g.nc; j++) {
        setValueAt(sheet, g.r0 + i, g.c0 + j, null);
        for (const k of ATTR_KEYS) setAttr(sheet, g.r0 + i, g.c0 + j, k, null);
      }
    cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        const [r, c] = [target.r0 + i, target.c0 + j];
        setValueAt(dest.sheet, r, c, cell.v);
        for (const [k, v] of cell.attrs) setAttr(dest.sheet, r, c, k as AttrKey, v as never);
      }),
    );
    const fires = this.opts.onEditForCutPaste ?? true;
    return this.record('cutPaste', dest.sheet, target, warnings, { edit: fires, oldValue: old });
  }

  /** The value of a single-cell range before the edit, for `e.oldValue`; multi-cell ranges have none. */
  private singleValue(sheet: SheetData, g: GridRange): { value: string | undefined } | null {
    if (g.nr !== 1 || g.nc !== 1) return null;
    const row = sheet.rows[g.r0];
    return { value: eventText(cellValue(this.ss, sheet, row, g.r0, g.c0, this.now())) };
  }

  // ---- structure -----------------------------------------------------------------------------------

  private sheetView(sheet: SheetData): Sheet {
    return new Sheet(this.book, sheet);
  }
  private column(sheet: SheetData, column: number | string): number {
    const n = typeof column === 'number' ? column : columnNumber(column.trim().toUpperCase());
    if (!(n >= 1)) throw new Error(`Emulator.edit: not a column: ${column}`);
    return n;
  }
  private span(spec: number | string, toNumber: (s: string) => number): [number, number] {
    if (typeof spec === 'number') return [spec, 1];
    const [a, b = a] = spec.split(':');
    const lo = toNumber(a);
    const hi = toNumber(b);
    return [Math.min(lo, hi), Math.abs(hi - lo) + 1];
  }

  insertRows(sheetName: string, row: number, count = 1, side: 'above' | 'below' = 'above'): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const warnings = this.warningsFor(sheet, null);
    if (side === 'above') this.sheetView(sheet).insertRowsBefore(row, count);
    else this.sheetView(sheet).insertRowsAfter(row, count);
    const at = side === 'above' ? row - 1 : row;
    const g = { r0: at, c0: 0, nr: count, nc: sheet.maxCols };
    return this.record('insertRows', sheet, g, warnings, { change: 'INSERT_ROW', rows: true });
  }

  deleteRows(sheetName: string, row: number, count = 1): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const g = { r0: row - 1, c0: 0, nr: count, nc: sheet.maxCols };
    const warnings = this.warningsFor(sheet, g);
    this.sheetView(sheet).deleteRows(row, count);
    return this.record('deleteRows', sheet, g, warnings, { change: 'REMOVE_ROW', rows: true });
  }

  insertColumns(
    sheetName: string,
    column: number | string,
    count = 1,
    side: 'left' | 'right' = 'left',
  ): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const col = this.column(sheet, column);
    const warnings = this.warningsFor(sheet, null);
    if (side === 'left') this.sheetView(sheet).insertColumnsBefore(col, count);
    else this.sheetView(sheet).insertColumnsAfter(col, count);
    const at = side === 'left' ? col - 1 : col;
    const g = { r0: 0, c0: at, nr: sheet.maxRows, nc: count };
    return this.record('insertColumns', sheet, g, warnings, { change: 'INSERT_COLUMN', columns: true });
  }

  deleteColumns(sheetName: string, column: number | string, count = 1): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const col = this.column(sheet, column);
    const g = { r0: 0, c0: col - 1, nr: sheet.maxRows, nc: count };
    const warnings = this.warningsFor(sheet, g);
    this.sheetView(sheet).deleteColumns(col, count);
    return this.record('deleteColumns', sheet, g, warnings, { change: 'REMOVE_COLUMN', columns: true });
  }

  moveRows(sheetName: string, rows: number | string, before: number): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const [row, n] = this.span(rows, (s) => Number(s));
    const g = { r0: row - 1, c0: 0, nr: n, nc: sheet.maxCols };
    const warnings = this.warningsFor(sheet, wholeSheet(sheet));
    this.sheetView(sheet).moveRows(new Range(this.book, sheet, g), before);
    // Google names no change type for a move: OTHER (_inference_).
    return this.record('moveRows', sheet, g, warnings, { change: 'OTHER', rows: true });
  }

  moveColumns(sheetName: string, columns: number | string, before: number | string): PersonEdit {
    const sheet = this.sheetData(sheetName);
    const [col, n] = this.span(columns, (s) => this.column(sheet, s));
    const g = { r0: 0, c0: col - 1, nr: sheet.maxRows, nc: n };
    const warnings = this.warningsFor(sheet, wholeSheet(sheet));
    this.sheetView(sheet).moveColumns(new Range(this.book, sheet, g), this.column(sheet, before));
    return this.record('moveColumns', sheet, g, warnings, { change: 'OTHER', columns: true });
  }

  // ---- recording and triggers ----------------------------------------------------------------------

  private record(
    kind: PersonEditKind,
    sheet: SheetData,
    g: GridRange,
    warnings: ProtectionWarning[],
    what:
      | { edit: boolean; oldValue: { value: string | undefined } | null }
      | { change: ChangeType; rows?: boolean; columns?: boolean },
  ): PersonEdit {
    const range =
      'change' in what
        ? `${quoteSheetName(sheet.name)}!${formatA1(g, { wholeRows: what.rows, wholeColumns: what.columns })}`
        : this.where(sheet, g);
    const edit: PersonEdit = { kind, by: this.email, at: this.now(), range, warnings, triggers: [] };
    this.edits.push(edit);
    if ('edit' in what) {
      if (what.edit) this.fireEdit(edit, sheet, g, what.oldValue);
      this.fireChange(edit, 'EDIT');
    } else {
      this.fireChange(edit, what.change);
    }
    return edit;
  }

  private userVisible(): boolean {
    if (this.opts.userEmailVisible !== undefined) return this.opts.userEmailVisible;
    const owner = this.ss.owner.toLowerCase();
    const me = this.email.toLowerCase();
    if (!owner || me === owner) return true;
    const domain = domainOf(owner);
    return domain !== 'gmail.com' && domain === domainOf(me);
  }

  private installed(eventType: 'ON_EDIT' | 'ON_CHANGE'): TriggerRecord[] {
    return this.host.world.triggers.triggers.filter(
      (t) => t.eventType === eventType && t.source === 'SPREADSHEETS' && t.sourceId === this.ss.id,
    );
  }

  /** The simple `onEdit`, then the installable edit triggers (_inference_: Google names no order). */
  private fireEdit(
    edit: PersonEdit,
    sheet: SheetData,
    g: GridRange,
    old: { value: string | undefined } | null,
  ): void {
    const visible = this.userVisible();
    const fields = (ctx: ServiceContext, authMode: AuthMode, triggerUid?: string) => {
      const book: Book = { ctx, ss: this.ss };
      const e: Record<string, unknown> = {
        authMode,
        range: instrument(ctx.exec, new Range(book, sheet, g)),
        source: instrument(ctx.exec, new Spreadsheet(book)),
        user: instrument(ctx.exec, new SessionUser(ctx.exec, visible ? this.email : '')),
      };
      if (triggerUid !== undefined) e.triggerUid = triggerUid;
      if (old) {
        // "Only available if the edited range is a single cell"; undefined when the cell was empty.
        const row = sheet.rows[g.r0];
        const value = eventText(cellValue(this.ss, sheet, row, g.r0, g.c0, ctx.exec.clock.now()));
        if (value !== undefined) e.value = value;
        if (old.value !== undefined) e.oldValue = old.value;
      }
      return e;
    };
    const simpleMode = this.opts.simpleTriggerAuthMode ?? 'LIMITED';
    this.fire(edit, 'onEdit', 'simple', 'ON_EDIT', simpleMode, this.email, undefined, (ctx) => [
      fields(ctx, simpleMode),
    ]);
    for (const t of this.installed('ON_EDIT'))
      this.fire(edit, t.handler, 'installable', 'ON_EDIT', 'FULL', t.owner, t.id, (ctx) => [
        fields(ctx, 'FULL', t.id),
      ]);
  }

  private fireChange(edit: PersonEdit, changeType: ChangeType): void {
    const visible = this.userVisible();
    for (const t of this.installed('ON_CHANGE'))
      this.fire(edit, t.handler, 'installable', 'ON_CHANGE', 'FULL', t.owner, t.id, (ctx) => [
        {
          authMode: 'FULL',
          changeType,
          source: instrument(ctx.exec, new Spreadsheet({ ctx, ss: this.ss })),
          triggerUid: t.id,
          user: instrument(ctx.exec, new SessionUser(ctx.exec, visible ? this.email : '')),
        },
      ]);
  }

  private fire(
    edit: PersonEdit,
    handler: string,
    kind: 'simple' | 'installable',
    eventType: 'ON_EDIT' | 'ON_CHANGE',
    authMode: AuthMode,
    effectiveUser: string,
    triggerUid: string | undefined,
    argsIn: (ctx: ServiceContext) => unknown[],
  ): void {
    const as = this.userVisible() ? this.email : '';
    const start = this.now();
    const run: TriggerRun = { handler, kind, eventType, authMode, effectiveUser, ok: true, elapsedMs: 0 };
    if (triggerUid !== undefined) run.triggerUid = triggerUid;
    try {
      const opts = { as, effectiveUser, authMode, ...(kind === 'simple' ? { kind: 'simple' as const } : {}) };
      const result = this.host.runIfDefined(handler, argsIn, opts);
      if (result) run.elapsedMs = result.elapsedMs;
      else if (kind === 'simple')
        return; // no top-level onEdit in the bundle: nothing fires
      else run.error = { name: 'Exception', message: `Script function not found: ${handler}` };
    } catch (e) {
      const err = e as { name?: string; message?: string };
      run.error = { name: String(err?.name ?? 'Error'), message: String(err?.message ?? e) };
      run.elapsedMs = this.now() - start;
    }
    run.ok = !run.error;
    edit.triggers.push(run);
  }
}
