/**
 * The active spreadsheet as a person sees it, for the playground's read-only grid and the CLI's export:
 * display strings (number formats applied, formulas evaluated), colours with conditional formatting
 * applied, bold/italic/alignment/wrap, notes, checkboxes, in-cell and over-grid images, frozen rows.
 *
 * Reads the spreadsheet model through the SpreadsheetApp emulator's own helpers (cells.ts, grid.ts,
 * conditional.ts — the ones `displayGrid` in spreadsheet/inspect.ts is made of), so what is shown is
 * what `getDisplayValue`/`getBackground` would give a script. Unlike `displayGrid` it reads one page
 * of rows from an offset, so a 50,000-row sheet costs only the page shown.
 */
import type { WorldState } from '../emulator/world';
import type { SheetData, SpreadsheetData } from '../emulator/spreadsheet/model';
import { DEFAULT_COL_WIDTH } from '../emulator/spreadsheet/model';
import { cellDisplay, cellValue } from '../emulator/spreadsheet/cells';
import { attrOf, lastColumn, lastRow } from '../emulator/spreadsheet/grid';
import { conditionalFormatAt } from '../emulator/spreadsheet/conditional';
import { columnLetter } from '../emulator/spreadsheet/a1';
import { imageFormulaUrl } from '../emulator/spreadsheet/formula';
import { chartViews, type ChartView } from './charts';

export interface CellView {
  /** The display string. */
  v: string;
  bg?: string;
  fc?: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  note?: string;
  /** An image shown in the cell (in-cell image, or an over-grid image anchored here). */
  img?: string;
}

export interface SheetPage {
  name: string;
  /** 1-based last row and column with content. */
  lastRow: number;
  lastCol: number;
  frozenRows: number;
  /** Visible columns only (hidden ones are left out, as Sheets hides them). */
  columnLetters: string[];
  colWidths: number[];
  /** The frozen rows, shown above every page. */
  frozen: CellView[][];
  rows: CellView[][];
  /** The sheet row number (1-based) of `rows[0]`. */
  firstRow: number;
  offset: number;
  images: { row: number; col: number; url: string; width: number; height: number }[];
  /** Embedded charts with the data their ranges hold now (playground/charts.ts). */
  charts: ChartView[];
}

export class UnknownSheetError extends Error {}

export function activeSpreadsheet(world: WorldState): SpreadsheetData | null {
  return world.spreadsheets.byId[world.activeSpreadsheetId] ?? null;
}

export function sheetList(
  world: WorldState,
): { name: string; rows: number; cols: number; hidden: boolean }[] {
  const ss = activeSpreadsheet(world);
  return (ss?.sheets ?? []).map((s) => ({
    name: s.name,
    rows: lastRow(s),
    cols: lastColumn(s),
    hidden: s.hidden,
  }));
}

function sheetNamed(world: WorldState, name: string): { ss: SpreadsheetData; sheet: SheetData } {
  const ss = activeSpreadsheet(world);
  const sheet = ss?.sheets.find((s) => s.name === name);
  if (!ss || !sheet) throw new UnknownSheetError(`Không có sheet "${name}"`);
  return { ss, sheet };
}

function cellView(ss: SpreadsheetData, sheet: SheetData, r: number, c: number, now: number): CellView {
  const row = sheet.rows[r];
  const view: CellView = { v: '' };
  if (row) {
    const img = attrOf(row, 'img', c);
    const fx = attrOf(row, 'fx', c);
    const imageUrl = img?.url ?? (fx ? imageFormulaUrl(fx) : null);
    if (imageUrl) view.img = imageUrl;
    const dv = attrOf(row, 'dv', c);
    const value = cellValue(ss, sheet, row, r, c, now);
    // A checkbox shows its state; a custom "checked" value is the rule's first argument.
    if (dv?.criteria === 'CHECKBOX') view.v = value === (dv.args.length ? dv.args[0] : true) ? '☑' : '☐';
    else view.v = cellDisplay(ss, sheet, r, c, now);
    const bg = attrOf(row, 'bg', c);
    const fc = attrOf(row, 'fc', c);
    if (bg) view.bg = bg;
    if (fc) view.fc = fc;
    if (attrOf(row, 'fw', c) === 'bold') view.bold = true;
    if (attrOf(row, 'fst', c) === 'italic') view.italic = true;
    if (attrOf(row, 'wrap', c) === 'WRAP') view.wrap = true;
    const note = attrOf(row, 'note', c);
    if (note) view.note = note;
    const ha = attrOf(row, 'ha', c);
    if (ha === 'left' || ha === 'center' || ha === 'right') view.align = ha;
    else if (dv?.criteria === 'CHECKBOX' || typeof value === 'boolean') view.align = 'center';
    else if (typeof value === 'number') view.align = 'right';
  }
  const cf = conditionalFormatAt(ss, sheet, r, c, now);
  if (cf) {
    if (cf.background) view.bg = cf.background;
    if (cf.fontColor) view.fc = cf.fontColor;
    if (cf.bold) view.bold = true;
    if (cf.italic) view.italic = true;
  }
  return view;
}

/**
 * One page of a sheet: its frozen rows, then `limit` rows from `offset` (counted after the frozen rows).
 * Large sheets are read a page at a time; the grid never renders more than that.
 */
export function sheetPage(world: WorldState, name: string, offset = 0, limit = 500): SheetPage {
  const { ss, sheet } = sheetNamed(world, name);
  const now = world.now;
  const last = lastRow(sheet);
  const lastCol = lastColumn(sheet);
  const cols: number[] = [];
  for (let c = 0; c < lastCol; c++) if (!sheet.hiddenCols[c]) cols.push(c);
  const frozenRows = Math.min(sheet.frozenRows, Math.max(last, sheet.frozenRows));
  const rowOf = (r: number) => cols.map((c) => cellView(ss, sheet, r, c, now));
  const frozen: CellView[][] = [];
  for (let r = 0; r < frozenRows; r++) frozen.push(rowOf(r));
  const start = frozenRows + Math.max(0, Math.floor(offset));
  const end = Math.min(last, start + Math.max(0, Math.floor(limit)));
  const rows: CellView[][] = [];
  for (let r = start; r < end; r++) rows.push(rowOf(r));

  const images = sheet.images.map((im) => ({
    row: im.row + 1,
    col: im.col + 1,
    url: im.url,
    width: im.width,
    height: im.height,
  }));
  // Over-grid images (QR codes inserted with insertImage) are drawn in their anchor cell.
  for (const im of sheet.images) {
    const i = cols.indexOf(im.col);
    if (i < 0) continue;
    const target = im.row < frozenRows ? frozen[im.row] : rows[im.row - start];
    if (target?.[i] && !target[i].img) target[i].img = im.url;
  }
  return {
    name: sheet.name,
    lastRow: last,
    lastCol,
    frozenRows,
    columnLetters: cols.map((c) => columnLetter(c + 1)),
    colWidths: cols.map((c) => sheet.colWidths[c] ?? DEFAULT_COL_WIDTH),
    frozen,
    rows,
    firstRow: start + 1,
    offset: start - frozenRows,
    images,
    charts: chartViews(ss, sheet, now),
  };
}

/** Every cell's display string, rows 1..last × columns 1..last (hidden columns included): for CSV. */
export function displayValues(world: WorldState, name: string): string[][] {
  const { ss, sheet } = sheetNamed(world, name);
  const rows: string[][] = [];
  const lastCol = lastColumn(sheet);
  for (let r = 0, n = lastRow(sheet); r < n; r++) {
    const line: string[] = [];
    for (let c = 0; c < lastCol; c++) line.push(cellDisplay(ss, sheet, r, c, world.now));
    rows.push(line);
  }
  return rows;
}
