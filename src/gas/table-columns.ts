/**
 * Some columns of a register sheet, every data row: for an operation that looks at every task but needs
 * only a few of its columns (the statistics sheet). Google charges each cell read (0.01 ms; a data call
 * costs as much as 10,000 cells), so the columns are read in groups — nearby columns joined when the
 * cells between them cost less than another call — with no header call when nothing moved:
 *
 * - quick: the column map cached by `table.ts` (document property `nhacviec.columns.<sheet>`, with the
 *   header's text as its fingerprint) places the columns; the groups are read from row 1, and each
 *   column's header cell must be the text the map was cached with. Header texts are distinct in a
 *   cached map, so a column moved, inserted before ours or renamed shows as a different text there;
 * - otherwise `readTableHead` checks the header and resolves the columns again (moved, renamed columns
 *   found by their metadata; a missing column refused), and the groups are read from row 2.
 */
import { retrying } from './retry';
import { cachedColumnMap, findSheet, readTableHead } from './table';
import { fingerprintHeader, type ColumnMap } from '../core/columns';
import type { SheetDef } from '../core/schema';
import { CELLS_PER_CALL, joined } from '../core/stats/sheet-diff';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ColumnsRead {
  /** Data rows: row 2 to the last row with content. */
  count: number;
  /** Data row `i`'s (0-based) cell in column `key`; '' for a column not asked for. */
  cell(i: number, key: string): unknown;
}

/** `table.ts`'s cached map, if it places every key: its positions and the header text at each. */
function cachedMap(def: SheetDef, keys: readonly string[]): { map: ColumnMap; names: string[] } | null {
  const cached = cachedColumnMap(def);
  if (!cached) return null;
  const { map } = cached;
  const names = fingerprintHeader(cached.fingerprint);
  return keys.every((k) => Number.isInteger(map[k]) && map[k] >= 0 && names[map[k]] !== undefined)
    ? { map, names }
    : null;
}

/** Rows `first`–`last` of the keys' columns, one `getValues` per group of nearby columns. */
function readGroups(
  sheet: Sheet,
  map: ColumnMap,
  keys: readonly string[],
  first: number,
  last: number,
): Map<string, { values: unknown[][]; at: number }> {
  const out = new Map<string, { values: unknown[][]; at: number }>();
  const rows = last - first + 1;
  if (rows < 1) return out;
  const columns = keys.map((k) => ({ from: map[k] + 1, to: map[k] + 1 }));
  for (const g of joined(columns, Math.floor(CELLS_PER_CALL.read / rows))) {
    const values = retrying(() => sheet.getRange(first, g.from, rows, g.to - g.from + 1).getValues());
    for (const k of keys)
      if (map[k] + 1 >= g.from && map[k] + 1 <= g.to) out.set(k, { values, at: map[k] + 1 - g.from });
  }
  return out;
}

function columnsRead(
  groups: Map<string, { values: unknown[][]; at: number }>,
  count: number,
  skip: number,
): ColumnsRead {
  return {
    count,
    cell: (i, key) => {
      const g = groups.get(key);
      return g ? g.values[i + skip][g.at] : '';
    },
  };
}

export function readTableColumns(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: SheetDef,
  keys: readonly string[],
): ColumnsRead {
  const cached = cachedMap(def, keys);
  const sheet = cached && findSheet(ss, def);
  if (cached && sheet) {
    try {
      const last = Math.max(1, sheet.getLastRow());
      const groups = readGroups(sheet, cached.map, keys, 1, last);
      const placed = keys.every(
        (k) => String(groups.get(k)!.values[0][groups.get(k)!.at]).trim() === cached.names[cached.map[k]],
      );
      if (placed) return columnsRead(groups, last - 1, 1);
    } catch {
      // Fewer columns than the map says: resolve them again.
    }
  }
  const head = readTableHead(ss, def);
  return columnsRead(
    readGroups(head.sheet, head.map, keys, 2, head.lastRow),
    Math.max(0, head.lastRow - 1),
    0,
  );
}
