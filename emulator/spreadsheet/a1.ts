/**
 * A1 notation: column letters, 'B2', 'A1:C10', 'A:A', '2:5', open-ended 'A2:C', and sheet-qualified
 * "'Trang tính1'!A1:B2". Parsing yields 0-based, half-open grid ranges; open ends are filled in by the
 * caller from the sheet's size.
 */
import type { GridRange } from './model';

/** 1 → 'A', 27 → 'AA'. */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`column must be ≥ 1: ${column}`);
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** One end of a range: either part may be missing ('A' alone, '5' alone). */
interface End {
  col: number | null;
  row: number | null;
}

const END = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseEnd(s: string): End | null {
  const m = END.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/** Splits "'Sheet name'!A1:B2" into the sheet name (or null) and the range part. */
export function splitSheet(a1: string): { sheet: string | null; ref: string } {
  const s = a1.trim();
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: s };
  let name = s.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheet: name, ref: s.slice(bang + 1) };
}

/** A parsed reference: the grid range, and whether it was written open-ended ('A:A', '2:2', 'A2:C'). */
export interface ParsedRef extends GridRange {
  wholeColumns: boolean;
  wholeRows: boolean;
}

/**
 * Parses a range reference without a sheet name. Open ends ('A:A', '2:2', 'A2:C') extend to the sheet's
 * size. Returns null for text that is not a reference.
 */
export function parseRef(ref: string, maxRows: number, maxCols: number): ParsedRef | null {
  const [a, b, extra] = ref.trim().split(':');
  if (extra !== undefined || !a) return null;
  const s = parseEnd(a);
  if (!s) return null;
  if (b === undefined) {
    if (s.col === null || s.row === null) return null;
    return { r0: s.row - 1, c0: s.col - 1, nr: 1, nc: 1, wholeColumns: false, wholeRows: false };
  }
  const e = parseEnd(b);
  if (!e) return null;
  let r0: number, r1: number, c0: number, c1: number;
  let wholeColumns = false;
  let wholeRows = false;
  if (s.col === null && e.col === null) {
    // '2:5': whole rows.
    [r0, r1, c0, c1] = [s.row!, e.row!, 1, maxCols];
    wholeRows = true;
  } else if (s.row === null && e.row === null) {
    // 'A:C': whole columns.
    [r0, r1, c0, c1] = [1, maxRows, s.col!, e.col!];
    wholeColumns = true;
  } else if (s.col !== null && s.row !== null && e.col !== null && e.row === null) {
    // 'A2:C': to the last row.
    [r0, r1, c0, c1] = [s.row, maxRows, s.col, e.col];
  } else if (s.col !== null && s.row !== null && e.col !== null && e.row !== null) {
    [r0, r1, c0, c1] = [s.row, e.row, s.col, e.col];
  } else {
    return null;
  }
  const rLo = Math.min(r0, r1);
  const rHi = Math.max(r0, r1);
  const cLo = Math.min(c0, c1);
  const cHi = Math.max(c0, c1);
  if (rLo < 1 || cLo < 1) return null;
  return { r0: rLo - 1, c0: cLo - 1, nr: rHi - rLo + 1, nc: cHi - cLo + 1, wholeColumns, wholeRows };
}

/**
 * The notation `Range.getA1Notation` writes: 'A1', 'A1:C10', or 'A:C' / '2:5' for ranges that were
 * obtained open-ended.
 */
export function formatA1(g: GridRange, open: { wholeColumns?: boolean; wholeRows?: boolean } = {}): string {
  if (open.wholeColumns) return `${columnLetter(g.c0 + 1)}:${columnLetter(g.c0 + g.nc)}`;
  if (open.wholeRows) return `${g.r0 + 1}:${g.r0 + g.nr}`;
  const tl = `${columnLetter(g.c0 + 1)}${g.r0 + 1}`;
  if (g.nr === 1 && g.nc === 1) return tl;
  return `${tl}:${columnLetter(g.c0 + g.nc)}${g.r0 + g.nr}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
