/**
 * Writes only the cells whose value changes (the plan is src/core/cell-writes.ts): one
 * `RangeList.setValue` per distinct value, one `setValues` per run of adjacent cells holding values of
 * their own. Cells written = cells changed; the calls grow with the number of distinct values, not
 * with the register. Values only: formats, validations and the conditional-format rules that colour
 * the rows are left as they are.
 */
import { retrying } from './retry';
import { planCellWrites, sameCellValue, type CellWrite } from '../core/cell-writes';
import type { Table } from './table';

/** A1 ranges per `RangeList` call. */
const MAX_RANGES = 2000;

export interface CellWriteResult {
  /** Data calls made. */
  calls: number;
  /** Cells written. */
  cells: number;
}

/**
 * `changes` maps a data-row index (0 = sheet row 2) to new values by column key, as `writeColumns`
 * takes them. Keys the sheet lacks and values equal to what the row already holds are skipped; the
 * table's rows are updated to what was written.
 */
export function writeCells(
  table: Table,
  changes: ReadonlyMap<number, Readonly<Record<string, unknown>>>,
): CellWriteResult {
  const cells: CellWrite[] = [];
  for (const [i, change] of changes) {
    const row = table.rows[i];
    for (const [key, value] of Object.entries(change)) {
      const idx = table.map[key];
      if (idx === undefined || (row && sameCellValue(row[idx], value))) continue;
      cells.push({ row: i + 2, col: idx + 1, value });
    }
  }
  if (cells.length === 0) return { calls: 0, cells: 0 };
  const plan = planCellWrites(cells);
  const sheet = table.sheet;
  let calls = plan.blocks.length;
  // The same values in the same cells: safe to write again after Google's transient error.
  for (const b of plan.blocks)
    retrying(() => sheet.getRange(b.row, b.col, b.values.length, 1).setValues(b.values));
  for (const g of plan.byValue) {
    // Google documents no limit on a RangeList's size; a bounded request is the safer bet (a register
    // moving to a new rule may change thousands of cells to one value once).
    for (let i = 0; i < g.a1.length; i += MAX_RANGES) {
      retrying(() => sheet.getRangeList(g.a1.slice(i, i + MAX_RANGES)).setValue(g.value));
      calls++;
    }
  }
  for (const c of cells) {
    const row = table.rows[c.row - 2];
    if (row) row[c.col - 1] = c.value;
  }
  return { calls, cells: plan.cells };
}
