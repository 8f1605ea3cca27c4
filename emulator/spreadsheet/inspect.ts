/**
 * Plain functions over the spreadsheets state, for hosts (drawing a sheet, simulating a user
 * typing or importing a CSV) and for tests (asserting what a cell holds). They do not go through the
 * instrumented API, so they cost no calls.
 */
import { parseRef, splitSheet } from './a1';
import { cellDisplay, cellValue, currentYear, prepareInput } from './cells';
import { conditionalFormatAt } from './conditional';
import { instantFromSerial } from './dates';
import { imageFormulaUrl } from './formula';
import { attrOf, lastColumn, lastRow } from './grid';
import type {
  CellValue,
  SheetData,
  SpreadsheetData,
  SpreadsheetsState,
  ToastData,
  ValidationData,
} from './model';
import { DEFAULT_COL_WIDTH } from './model';
import { isDateFormat } from './numfmt';
import { mayEdit } from './protection';
import { commit } from './range';
import { satisfies } from './validation';
import { newExecution, Clock } from '../runtime';
import type { ServiceContext, WorldState } from '../world';
import type { Book } from './book';

export function spreadsheetData(state: SpreadsheetsState, id: string): SpreadsheetData {
  const ss = state.byId[id];
  if (!ss) throw new Error(`No spreadsheet with id ${id}`);
  return ss;
}

function sheetOf(
  state: SpreadsheetsState,
  id: string,
  sheetName: string,
): { ss: SpreadsheetData; sheet: SheetData } {
  const ss = spreadsheetData(state, id);
  const sheet = ss.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet named ${sheetName} in ${id}`);
  return { ss, sheet };
}

export function sheetNames(state: SpreadsheetsState, id: string): string[] {
  return spreadsheetData(state, id).sheets.map((s) => s.name);
}

export function toastsOf(state: SpreadsheetsState, id: string): ToastData[] {
  return spreadsheetData(state, id).toasts;
}

export function setSpreadsheetOwner(
  state: SpreadsheetsState,
  id: string,
  owner: string,
  editors?: string[],
): void {
  const ss = spreadsheetData(state, id);
  ss.owner = owner;
  if (editors) ss.editors = editors.slice();
}

/** Selects a range, as a user clicking in the sheet would ('B3', 'A2:D2'). */
export function setSelection(state: SpreadsheetsState, id: string, sheetName: string, a1: string): void {
  const { ss, sheet } = sheetOf(state, id, sheetName);
  const g = parseRef(a1, sheet.maxRows, sheet.maxCols);
  if (!g) throw new Error(`Not a range: ${a1}`);
  sheet.selection = { r0: g.r0, c0: g.c0, nr: g.nr, nc: g.nc };
  ss.activeSheetId = sheet.sheetId;
}

export interface DisplayGrid {
  /** Display values, as `getDisplayValues` gives them (dates as 'dd/MM/yyyy' etc.). */
  values: string[][];
  /** Background after conditional-format rules (first matching rule wins); null = default white. */
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  bold: boolean[][];
  notes: (string | null)[][];
  /** Cells holding a checkbox: true/false for its state, null for other cells. */
  checkboxes: (boolean | null)[][];
  /** Dropdown choices of list validations, null elsewhere. */
  dropdowns: (string[] | null)[][];
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  hiddenColumns: number[];
  /** In-cell images (setValue(cellImage) or =IMAGE(url)) and images over the grid; 0-based cells. */
  images: { row: number; col: number; url: string; overGrid: boolean; width?: number; height?: number }[];
}

/**
 * What the user sees of a sheet: by default the rows and columns holding content (at least the frozen
 * rows and one cell). `now` (epoch ms) drives TODAY() in conditional formats.
 */
export function displayGrid(
  state: SpreadsheetsState,
  id: string,
  sheetName: string,
  opts: { now?: number; rows?: number; columns?: number } = {},
): DisplayGrid {
  const { ss, sheet } = sheetOf(state, id, sheetName);
  const now = opts.now ?? Date.now();
  const rows = Math.min(sheet.maxRows, opts.rows ?? Math.max(lastRow(sheet), sheet.frozenRows, 1));
  const cols = Math.min(sheet.maxCols, opts.columns ?? Math.max(lastColumn(sheet), 1));
  const grid: DisplayGrid = {
    values: [],
    backgrounds: [],
    fontColors: [],
    bold: [],
    notes: [],
    checkboxes: [],
    dropdowns: [],
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    columnWidths: Array.from({ length: cols }, (_, c) => sheet.colWidths[c] ?? DEFAULT_COL_WIDTH),
    hiddenColumns: Array.from({ length: cols }, (_, c) => c).filter((c) => !!sheet.hiddenCols[c]),
    images: sheet.images.map((i) => ({
      row: i.row,
      col: i.col,
      url: i.url,
      overGrid: true,
      width: i.width,
      height: i.height,
    })),
  };
  for (let r = 0; r < rows; r++) {
    const row = sheet.rows[r];
    const line = {
      v: [] as string[],
      bg: [] as (string | null)[],
      fc: [] as (string | null)[],
      b: [] as boolean[],
      n: [] as (string | null)[],
      cb: [] as (boolean | null)[],
      dd: [] as (string[] | null)[],
    };
    for (let c = 0; c < cols; c++) {
      const cf = sheet.conditionalRules.length ? conditionalFormatAt(ss, sheet, r, c, now) : null;
      line.v.push(cellDisplay(ss, sheet, r, c, now));
      line.bg.push(cf?.background ?? attrOf(row, 'bg', c));
      line.fc.push(cf?.fontColor ?? attrOf(row, 'fc', c));
      line.b.push(cf?.bold ?? attrOf(row, 'fw', c) === 'bold');
      line.n.push(attrOf(row, 'note', c));
      const dv = attrOf(row, 'dv', c);
      line.cb.push(
        dv?.criteria === 'CHECKBOX'
          ? cellValue(ss, sheet, row, r, c, now) === (dv.args.length ? dv.args[0] : true)
          : null,
      );
      line.dd.push(dv?.criteria === 'VALUE_IN_LIST' ? ((dv.args[0] as string[]) ?? []).slice() : null);
      const img = attrOf(row, 'img', c);
      if (img) grid.images.push({ row: r, col: c, url: img.url, overGrid: false });
      const fx = attrOf(row, 'fx', c);
      const imgUrl = fx ? imageFormulaUrl(fx) : null;
      if (imgUrl) grid.images.push({ row: r, col: c, url: imgUrl, overGrid: false });
    }
    grid.values.push(line.v);
    grid.backgrounds.push(line.bg);
    grid.fontColors.push(line.fc);
    grid.bold.push(line.b);
    grid.notes.push(line.n);
    grid.checkboxes.push(line.cb);
    grid.dropdowns.push(line.dd);
  }
  return grid;
}

/** A context for writing outside any script (typing, importing). */
function userBook(ss: SpreadsheetData, user: string, now: number): Book {
  const exec = newExecution({
    clock: new Clock(now),
    activeUser: user,
    effectiveUser: user,
    authMode: 'FULL',
    scopes: new Set(),
    advancedServices: new Set(),
    scriptTimeZone: ss.timeZone,
  });
  const ctx = { exec, world: {} as WorldState, project: { html: {} } } as ServiceContext;
  return { ctx, ss };
}

function typed(ss: SpreadsheetData, sheet: SheetData, r: number, c: number, text: string, now: number) {
  return prepareInput(ss, text, attrOf(sheet.rows[r], 'nf', c), currentYear(ss, now), () => null);
}

/**
 * Writes CSV text (or rows of strings) into a sheet starting at `startRow`/`startColumn` (1-based),
 * each cell parsed as if typed. The sheet grows as needed; validation and protection are not checked.
 */
export function importCsvAsTyped(
  state: SpreadsheetsState,
  id: string,
  sheetName: string,
  csv: string | string[][],
  opts: { startRow?: number; startColumn?: number; now?: number } = {},
): { rows: number; columns: number } {
  const { ss, sheet } = sheetOf(state, id, sheetName);
  const now = opts.now ?? Date.now();
  const data = typeof csv === 'string' ? parseCsv(csv) : csv;
  const r0 = (opts.startRow ?? 1) - 1;
  const c0 = (opts.startColumn ?? 1) - 1;
  const width = Math.max(0, ...data.map((r) => r.length));
  sheet.maxRows = Math.max(sheet.maxRows, r0 + data.length);
  sheet.maxCols = Math.max(sheet.maxCols, c0 + width);
  data.forEach((line, i) =>
    line.forEach((text, j) => commit(sheet, r0 + i, c0 + j, typed(ss, sheet, r0 + i, c0 + j, text, now))),
  );
  return { rows: data.length, columns: width };
}

/**
 * A user typing `text` into a cell: rejected (nothing written) when the cell is protected against the
 * user or its validation rule rejects invalid input.
 */
export function typeIntoCell(
  state: SpreadsheetsState,
  id: string,
  sheetName: string,
  a1: string,
  text: string,
  opts: { user?: string; now?: number } = {},
): { ok: true } | { ok: false; error: string } {
  const { ss, sheet } = sheetOf(state, id, sheetName);
  const now = opts.now ?? Date.now();
  const g = parseRef(splitSheet(a1).ref, sheet.maxRows, sheet.maxCols);
  if (!g) return { ok: false, error: `Not a cell: ${a1}` };
  const book = userBook(ss, opts.user ?? ss.owner, now);
  for (const p of ss.protections) {
    if (p.sheetId !== sheet.sheetId || mayEdit(book, p, opts.user ?? ss.owner)) continue;
    const inside =
      p.type === 'SHEET'
        ? !p.unprotected.some((u) => g.r0 >= u.r0 && g.r0 < u.r0 + u.nr && g.c0 >= u.c0 && g.c0 < u.c0 + u.nc)
        : g.r0 >= p.range!.r0 &&
          g.r0 < p.range!.r0 + p.range!.nr &&
          g.c0 >= p.range!.c0 &&
          g.c0 < p.range!.c0 + p.range!.nc;
    if (inside) return { ok: false, error: 'You are trying to edit a protected cell or object.' };
  }
  const prepared = typed(ss, sheet, g.r0, g.c0, text, now);
  const rule: ValidationData | null = attrOf(sheet.rows[g.r0], 'dv', g.c0);
  if (rule && !rule.allowInvalid && !satisfies(book, rule, prepared, now)) {
    return {
      ok: false,
      error: rule.helpText ?? 'The data you entered violates the data validation rules set on this cell.',
    };
  }
  commit(sheet, g.r0, g.c0, prepared);
  return { ok: true };
}

export interface CellInfo {
  /** The stored (or computed) value; dates as epoch ms in `date`. */
  value: CellValue;
  date: number | null;
  display: string;
  formula: string | null;
  numberFormat: string;
  note: string | null;
  background: string | null;
  validation: ValidationData | null;
}

export function cellInfo(
  state: SpreadsheetsState,
  id: string,
  sheetName: string,
  a1: string,
  opts: { now?: number } = {},
): CellInfo {
  const { ss, sheet } = sheetOf(state, id, sheetName);
  const now = opts.now ?? Date.now();
  const g = parseRef(a1, sheet.maxRows, sheet.maxCols);
  if (!g) throw new Error(`Not a cell: ${a1}`);
  const row = sheet.rows[g.r0];
  const value = cellValue(ss, sheet, row, g.r0, g.c0, now);
  const nf = attrOf(row, 'nf', g.c0);
  return {
    value,
    date: typeof value === 'number' && isDateFormat(nf) ? instantFromSerial(value, ss.timeZone) : null,
    display: cellDisplay(ss, sheet, g.r0, g.c0, now),
    formula: attrOf(row, 'fx', g.c0),
    numberFormat: nf ?? 'General',
    note: attrOf(row, 'note', g.c0),
    background: attrOf(row, 'bg', g.c0),
    validation: attrOf(row, 'dv', g.c0),
  };
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
