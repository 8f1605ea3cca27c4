/**
 * The rows of a sheet that belong to one key (a week's plans, a month's forms), read without reading
 * the sheet: the header (`readTableHead`: columns found by their header text, wherever they were moved),
 * the key's column, then one read of the span between the first and the last matching row. Rows of one
 * week or month are appended close together, so the span stays small as the sheet grows.
 */
import type { SheetDef } from '../core/schema';
import { retrying } from './retry';
import { ensureRows, readColumn, readTableHead, type TableHead } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface KeyedRow {
  /** 1-based sheet row. */
  row: number;
  values: unknown[];
}

export interface Keyed {
  head: TableHead;
  rows: KeyedRow[];
}

export function keyedRows(
  ss: Spreadsheet,
  def: SheetDef,
  key: string,
  match: (v: unknown) => boolean,
): Keyed {
  const head = readTableHead(ss, def);
  const hits: number[] = [];
  readColumn(head, key).forEach((v, i) => {
    if (match(v)) hits.push(i + 2);
  });
  if (hits.length === 0) return { head, rows: [] };
  const first = hits[0];
  const span = retrying(() =>
    head.sheet.getRange(first, 1, hits[hits.length - 1] - first + 1, head.width).getValues(),
  );
  return { head, rows: hits.map((row) => ({ row, values: span[row - first] })) };
}

export const get = (head: TableHead, values: readonly unknown[], key: string): unknown =>
  values[head.map[key]] ?? '';

/** A row's values with `rec` placed in its columns (over `base`, or a blank row). */
export function place(head: TableHead, rec: Record<string, unknown>, base?: readonly unknown[]): unknown[] {
  const out = base ? [...base] : new Array<unknown>(head.width).fill('');
  for (const [k, v] of Object.entries(rec)) if (head.map[k] !== undefined) out[head.map[k]] = v;
  return out;
}

/** Writes rows back (one call each) and appends new ones after the last (one call). */
export function saveRows(
  head: TableHead,
  changed: readonly KeyedRow[],
  added: readonly unknown[][] = [],
): void {
  for (const r of changed)
    retrying(() => head.sheet.getRange(r.row, 1, 1, r.values.length).setValues([r.values]));
  if (added.length === 0) return;
  const first = head.lastRow + 1;
  ensureRows(head.sheet, first + added.length - 1);
  retrying(() => head.sheet.getRange(first, 1, added.length, head.width).setValues(added.map((a) => [...a])));
  head.lastRow += added.length;
}
