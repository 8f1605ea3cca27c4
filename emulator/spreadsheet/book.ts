/**
 * What every spreadsheet API object holds: the service context (execution, world) and the plain data of
 * the spreadsheet it views. Helpers shared by the API classes live here.
 */
import { appsScriptError, unwrap } from '../runtime';
import type { ServiceContext } from '../world';
import type { GridRange, SheetData, SpreadsheetData } from './model';
import { cellCount } from './grid';
import { CELL_LIMIT } from './model';

export interface Book {
  ctx: ServiceContext;
  ss: SpreadsheetData;
}

export function fail(book: Book | ServiceContext, message: string): Error {
  const exec = 'exec' in book ? book.exec : (book as Book).ctx.exec;
  return appsScriptError(exec, message);
}
export function failCtx(ctx: ServiceContext, message: string): Error {
  return appsScriptError(ctx.exec, message);
}

export function now(book: Book): number {
  return book.ctx.exec.clock.now();
}

export function nextSeq(ss: SpreadsheetData): number {
  ss.seq += 1;
  return ss.seq;
}

export function sheetById(ss: SpreadsheetData, sheetId: number): SheetData | null {
  return ss.sheets.find((s) => s.sheetId === sheetId) ?? null;
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return a.r0 < b.r0 + b.nr && b.r0 < a.r0 + a.nr && a.c0 < b.c0 + b.nc && b.c0 < a.c0 + a.nc;
}

export function contains(outer: GridRange, inner: GridRange): boolean {
  return (
    inner.r0 >= outer.r0 &&
    inner.c0 >= outer.c0 &&
    inner.r0 + inner.nr <= outer.r0 + outer.nr &&
    inner.c0 + inner.nc <= outer.c0 + outer.nc
  );
}

export function wholeSheet(sheet: SheetData): GridRange {
  return { r0: 0, c0: 0, nr: sheet.maxRows, nc: sheet.maxCols };
}

/** Throws Sheets' error when growing by `added` cells would pass the 10-million-cell limit. */
export function assertCellLimit(book: Book | ServiceContext, ss: SpreadsheetData, added: number): void {
  if (cellCount(ss) + added > CELL_LIMIT) {
    throw fail(
      book,
      `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
    );
  }
}

/** Elements of an array argument, unwrapped (the instrumenting proxy unwraps only direct arguments). */
export function unwrapAll<T>(xs: readonly T[]): T[] {
  return Array.from(xs, (x) => unwrap(x));
}

/** Throws for a 2-D argument of the wrong shape, with Sheets' wording. */
export function assertShape(
  book: Book,
  data: unknown,
  rows: number,
  cols: number,
): asserts data is unknown[][] {
  if (!Array.isArray(data))
    throw fail(book, `The parameters (${typeof data}) don't match the method signature.`);
  if (data.length !== rows) {
    throw fail(
      book,
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row))
      throw fail(book, `The parameters (${typeof row}) don't match the method signature.`);
    if (row.length !== cols) {
      throw fail(
        book,
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${cols}.`,
      );
    }
  }
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  pink: '#ffc0cb',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  brown: '#a52a2a',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  olive: '#808000',
};

/** Sheets stores colours as lower-case '#rrggbb' ('red' → '#ff0000', '#ABC' → '#aabbcc'). */
export function normalizeColor(c: unknown): string | null {
  if (c === null || c === undefined || c === '') return null;
  const s = String(c).trim().toLowerCase();
  if (NAMED_COLORS[s]) return NAMED_COLORS[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}
