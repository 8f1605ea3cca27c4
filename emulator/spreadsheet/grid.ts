/**
 * Cell storage primitives and structural changes (insert, delete, move rows or columns).
 *
 * A structural change is one `DimensionMap` applied to everything that points at rows or columns: the
 * cells with all their attributes (formats, notes, validation), row/column sizes and visibility,
 * developer metadata, protections, named ranges, conditional-format rules (ranges and formulas),
 * formulas on every sheet, validation ranges, charts, images, frozen panes and the selection.
 */
import type { DimensionMap } from './formula';
import { adjustFormula } from './formula';
import {
  ATTR_KEYS,
  type ArgData,
  type AttrKey,
  type CellAttrs,
  type CellValue,
  type GridRange,
  type RowData,
  type SheetData,
  type SpreadsheetData,
  type ValidationData,
} from './model';

export function rowAt(sheet: SheetData, r: number): RowData | null {
  return sheet.rows[r] ?? null;
}

export function ensureRow(sheet: SheetData, r: number): RowData {
  let row = sheet.rows[r];
  if (!row) {
    while (sheet.rows.length < r) sheet.rows.push(null);
    row = { v: [] };
    sheet.rows[r] = row;
  }
  return row;
}

export function attrOf<K extends AttrKey>(
  row: RowData | null | undefined,
  key: K,
  c: number,
): NonNullable<CellAttrs[K]>[number] | null {
  const arr = row?.a?.[key] as unknown[] | undefined;
  const v = arr?.[c];
  return (v ?? null) as NonNullable<CellAttrs[K]>[number] | null;
}

export function setAttr<K extends AttrKey>(
  sheet: SheetData,
  r: number,
  c: number,
  key: K,
  value: NonNullable<CellAttrs[K]>[number] | null,
): void {
  if (value === null || value === undefined) {
    const row = sheet.rows[r];
    const arr = row?.a?.[key] as unknown[] | undefined;
    if (arr && c < arr.length) arr[c] = null;
    return;
  }
  const row = ensureRow(sheet, r);
  const a = (row.a ??= {});
  const arr = ((a as Record<string, unknown[]>)[key] ??= []);
  while (arr.length < c) arr.push(null);
  arr[c] = value;
}

export function valueAt(row: RowData | null | undefined, c: number): CellValue {
  const v = row?.v[c];
  return v === undefined ? null : v;
}

export function setValueAt(sheet: SheetData, r: number, c: number, v: CellValue): void {
  if (v === null) {
    const row = sheet.rows[r];
    if (row && c < row.v.length) row.v[c] = null;
    return;
  }
  const row = ensureRow(sheet, r);
  while (row.v.length < c) row.v.push(null);
  row.v[c] = v;
}

/** Content is what `getLastRow` counts: a value other than '', a formula or an in-cell image. */
export function hasContent(row: RowData | null | undefined, c: number): boolean {
  if (!row) return false;
  const v = row.v[c];
  if (v !== null && v !== undefined && v !== '') return true;
  return !!(row.a?.fx?.[c] || row.a?.img?.[c]);
}

function lastContentCol(row: RowData | null | undefined): number {
  if (!row) return -1;
  let width = row.v.length;
  if (row.a?.fx) width = Math.max(width, row.a.fx.length);
  if (row.a?.img) width = Math.max(width, row.a.img.length);
  for (let c = width - 1; c >= 0; c--) if (hasContent(row, c)) return c;
  return -1;
}

/** 1-based last row with content, 0 when the sheet is empty. */
export function lastRow(sheet: SheetData): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) if (lastContentCol(sheet.rows[r]) >= 0) return r + 1;
  return 0;
}

/** 1-based last column with content, 0 when the sheet is empty. */
export function lastColumn(sheet: SheetData): number {
  let max = -1;
  for (const row of sheet.rows) max = Math.max(max, lastContentCol(row));
  return max + 1;
}

export function cellCount(ss: SpreadsheetData): number {
  return ss.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
}

// ---- dimension maps --------------------------------------------------------------------------------

export function insertMap(dim: 'ROWS' | 'COLUMNS', at: number, n: number): DimensionMap {
  return {
    dim,
    index: (i) => (i >= at ? i + n : i),
    span: (s, e) => [s >= at ? s + n : s, e > at ? e + n : e],
  };
}

export function deleteMap(dim: 'ROWS' | 'COLUMNS', at: number, n: number): DimensionMap {
  const end = at + n;
  const point = (i: number) => (i < at ? i : i < end ? at : i - n);
  return {
    dim,
    index: (i) => (i < at ? i : i < end ? null : i - n),
    span: (s, e) => {
      const s2 = point(s);
      const e2 = e <= at ? e : e <= end ? at : e - n;
      return e2 > s2 ? [s2, e2] : null;
    },
  };
}

/** Moves [from, from+n) so that it lands before index `to` of the original order (Apps Script's rule). */
export function moveMap(dim: 'ROWS' | 'COLUMNS', from: number, n: number, to: number): DimensionMap {
  const dest = to > from ? to - n : to;
  const index = (i: number): number => {
    if (i >= from && i < from + n) return dest + (i - from);
    const j = i < from ? i : i - n;
    return j >= dest ? j + n : j;
  };
  return {
    dim,
    index,
    span: (s, e) => {
      // The map is monotone between its breakpoints, so the extremes are at piece ends.
      const candidates = [s, e - 1, from - 1, from, from + n - 1, from + n, to - 1, to].filter(
        (i) => i >= s && i < e,
      );
      const mapped = candidates.map(index);
      return [Math.min(...mapped), Math.max(...mapped) + 1];
    },
  };
}

function spliceInsert<T>(arr: (T | null)[], at: number, n: number): void {
  if (arr.length <= at) return;
  arr.splice(at, 0, ...new Array<null>(n).fill(null));
}
function spliceDelete<T>(arr: (T | null)[], at: number, n: number): void {
  if (arr.length <= at) return;
  arr.splice(at, n);
}
function spliceMove<T>(arr: (T | null)[], from: number, n: number, to: number): void {
  const need = Math.max(from + n, to);
  if (arr.length <= Math.min(from, to)) return; // nothing stored in the affected area
  while (arr.length < need) arr.push(null);
  const block = arr.splice(from, n);
  const dest = to > from ? to - n : to;
  arr.splice(dest, 0, ...block);
  while (arr.length > 0 && (arr[arr.length - 1] === null || arr[arr.length - 1] === undefined)) arr.pop();
}

type Op =
  | { kind: 'insert'; at: number; n: number }
  | { kind: 'delete'; at: number; n: number }
  | { kind: 'move'; from: number; n: number; to: number };

function applyToArray<T>(arr: (T | null)[], op: Op): void {
  if (op.kind === 'insert') spliceInsert(arr, op.at, op.n);
  else if (op.kind === 'delete') spliceDelete(arr, op.at, op.n);
  else spliceMove(arr, op.from, op.n, op.to);
}

function mapGrid(g: GridRange, map: DimensionMap): GridRange | null {
  if (map.dim === 'ROWS') {
    const s = map.span(g.r0, g.r0 + g.nr);
    return s ? { ...g, r0: s[0], nr: s[1] - s[0] } : null;
  }
  const s = map.span(g.c0, g.c0 + g.nc);
  return s ? { ...g, c0: s[0], nc: s[1] - s[0] } : null;
}

function mapArgs(
  args: ArgData[],
  sheet: SheetData,
  map: DimensionMap,
  sheetName: string,
  own: boolean,
): ArgData[] {
  return args.map((a) => {
    if (a && typeof a === 'object' && !Array.isArray(a) && 'range' in a) {
      if (a.sheetId !== sheet.sheetId) return a;
      const g = mapGrid(a.range, map);
      return g ? { ...a, range: g } : a;
    }
    if (typeof a === 'string' && a.startsWith('=')) return adjustFormula(a, sheetName, own, map);
    return a;
  });
}

/** Applies a row or column change on `sheet` to everything in the spreadsheet that refers to it. */
export function applyStructural(
  ss: SpreadsheetData,
  sheet: SheetData,
  dim: 'ROWS' | 'COLUMNS',
  op: Op,
): void {
  const map =
    op.kind === 'insert'
      ? insertMap(dim, op.at, op.n)
      : op.kind === 'delete'
        ? deleteMap(dim, op.at, op.n)
        : moveMap(dim, op.from, op.n, op.to);

  // Cells and their attributes.
  if (dim === 'ROWS') {
    applyToArray(sheet.rows, op);
    applyToArray(sheet.rowHeights, op);
    applyToArray(sheet.hiddenRows, op);
  } else {
    for (const row of sheet.rows) {
      if (!row) continue;
      applyToArray(row.v, op);
      if (row.a) for (const k of ATTR_KEYS) if (row.a[k]) applyToArray(row.a[k] as unknown[], op);
    }
    applyToArray(sheet.colWidths, op);
    applyToArray(sheet.hiddenCols, op);
  }
  if (op.kind === 'insert') {
    if (dim === 'ROWS') sheet.maxRows += op.n;
    else sheet.maxCols += op.n;
  } else if (op.kind === 'delete') {
    if (dim === 'ROWS') sheet.maxRows -= op.n;
    else sheet.maxCols -= op.n;
  }

  // Frozen panes grow or shrink with changes inside them.
  const frozenKey = dim === 'ROWS' ? 'frozenRows' : 'frozenCols';
  if (sheet[frozenKey] > 0 && op.kind !== 'move') {
    const s = map.span(0, sheet[frozenKey]);
    sheet[frozenKey] = s ? s[1] : 0;
  }

  // Formulas on every sheet, and validation rules (shared objects are adjusted once).
  const seen = new Set<ValidationData>();
  for (const other of ss.sheets) {
    const own = other === sheet;
    for (const row of other.rows) {
      const fx = row?.a?.fx;
      if (fx) {
        for (let c = 0; c < fx.length; c++) {
          const f = fx[c];
          if (f) fx[c] = adjustFormula(f, sheet.name, own, map);
        }
      }
      const dv = row?.a?.dv;
      if (dv) {
        for (const rule of dv) {
          if (!rule || seen.has(rule)) continue;
          seen.add(rule);
          rule.args = mapArgs(rule.args, sheet, map, sheet.name, own);
        }
      }
    }
  }

  // Conditional-format rules of this sheet: ranges and formulas move together.
  sheet.conditionalRules = sheet.conditionalRules.filter((rule) => {
    rule.ranges = rule.ranges.map((g) => mapGrid(g, map)).filter((g): g is GridRange => g !== null);
    rule.args = mapArgs(rule.args, sheet, map, sheet.name, true);
    return rule.ranges.length > 0;
  });

  // Developer metadata on rows or columns of this sheet.
  const locType = dim === 'ROWS' ? 'ROW' : 'COLUMN';
  ss.metadata = ss.metadata.filter((md) => {
    const loc = md.location;
    if (loc.type !== locType || loc.sheetId !== sheet.sheetId) return true;
    const s = map.span(loc.start, loc.end);
    if (!s) return false;
    loc.start = s[0];
    loc.end = s[1];
    return true;
  });

  // Protections.
  ss.protections = ss.protections.filter((p) => {
    if (p.sheetId !== sheet.sheetId) return true;
    p.unprotected = p.unprotected.map((g) => mapGrid(g, map)).filter((g): g is GridRange => g !== null);
    if (!p.range) return true;
    const g = mapGrid(p.range, map);
    if (!g) return false;
    p.range = g;
    return true;
  });

  // Named ranges.
  for (const [name, nr] of Object.entries(ss.namedRanges)) {
    if (nr.sheetId !== sheet.sheetId) continue;
    const g = mapGrid(nr.range, map);
    if (g) nr.range = g;
    else delete ss.namedRanges[name];
  }

  // Charts and images.
  const limit = dim === 'ROWS' ? sheet.maxRows : sheet.maxCols;
  const clamp = (i: number | null, fallback: number) => Math.max(0, Math.min(limit - 1, i ?? fallback));
  for (const chart of sheet.charts) {
    chart.ranges = chart.ranges.map((g) => mapGrid(g, map)).filter((g): g is GridRange => g !== null);
    if (dim === 'ROWS') chart.anchorRow = clamp(map.index(chart.anchorRow), op.kind === 'delete' ? op.at : 0);
    else chart.anchorCol = clamp(map.index(chart.anchorCol), op.kind === 'delete' ? op.at : 0);
  }
  for (const img of sheet.images) {
    if (dim === 'ROWS') img.row = clamp(map.index(img.row), op.kind === 'delete' ? op.at : 0);
    else img.col = clamp(map.index(img.col), op.kind === 'delete' ? op.at : 0);
  }

  // The selection.
  sheet.selection = mapGrid(sheet.selection, map) ?? { r0: 0, c0: 0, nr: 1, nc: 1 };
}
