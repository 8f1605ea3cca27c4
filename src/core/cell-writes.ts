/**
 * Which calls write a set of changed cells scattered over a sheet.
 *
 * Google charges per call (a data call ≈ 100 ms) and per cell written (≈ 0.03 ms; docs/platform.md,
 * "Cost in the real runtime"). The daily refresh changes a few dozen status cells spread over a
 * register of tens of thousands of rows: a block from the first to the last changed row (the old
 * way) wrote ~100,000 cells to change 70, one call per cell would cost 7 s. The plan here writes
 * exactly the changed cells — cells written = cells changed — in few calls:
 *
 * - cells that share a value (statuses are a handful of labels, days left a few numbers, blanks) are
 *   written together wherever they are: one `RangeList.setValue` per distinct value, over A1 ranges
 *   with adjacent rows joined (`B5:B9`). The calls grow with the number of distinct values, not with
 *   the register's size;
 * - a run of adjacent changed cells of one column holding values of their own (ids given to rows typed
 *   into the sheet) is one `setValues` block, when that takes fewer calls than grouping its values.
 *
 * Pure: the adapter (src/gas/cell-writes.ts) turns the plan into calls.
 */
import { columnLetter } from './a1';

/** One cell to write, in 1-based sheet coordinates. */
export interface CellWrite {
  row: number;
  col: number;
  value: unknown;
}

/** A run of adjacent rows in one column, written with one `setValues`. */
export interface BlockWrite {
  row: number;
  col: number;
  values: unknown[][];
}

/** One value written to many cells with one `RangeList.setValue`. */
export interface ValueWrite {
  value: unknown;
  a1: string[];
}

export interface CellWritePlan {
  blocks: BlockWrite[];
  byValue: ValueWrite[];
  /** Cells written (every one of them changes). */
  cells: number;
  /** Data calls the plan makes. */
  calls: number;
}

/** Values that can be grouped: equal keys are equal cell values. Null: the value is its own group. */
function valueKey(v: unknown): string | null {
  if (v === null || v === undefined) return 's';
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'number':
      return 'n' + String(v);
    case 'boolean':
      return v ? 'bt' : 'bf';
    default:
      return Object.prototype.toString.call(v) === '[object Date]' ? 'd' + (v as Date).getTime() : null;
  }
}

interface Run {
  col: number;
  cells: CellWrite[];
}

export function planCellWrites(input: readonly CellWrite[]): CellWritePlan {
  // The last write of a cell wins.
  const byCell = new Map<string, CellWrite>();
  for (const c of input) byCell.set(`${c.row}:${c.col}`, c);
  const cells = [...byCell.values()].sort((a, b) => a.col - b.col || a.row - b.row);

  // Runs of adjacent rows in a column.
  const runs: Run[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    const prev = last?.cells[last.cells.length - 1];
    if (last && last.col === c.col && prev && prev.row + 1 === c.row) last.cells.push(c);
    else runs.push({ col: c.col, cells: [c] });
  }

  // How many cells still to be grouped hold each value.
  const count = new Map<string, number>();
  for (const c of cells) {
    const k = valueKey(c.value);
    if (k !== null) count.set(k, (count.get(k) ?? 0) + 1);
  }
  // A run becomes a block when the values found only in it would otherwise cost two calls or more.
  const asBlock = new Set<Run>();
  for (let changed = true; changed;) {
    changed = false;
    for (const run of runs) {
      if (asBlock.has(run) || run.cells.length < 2) continue;
      const inRun = new Map<string, number>();
      let own = 0;
      for (const c of run.cells) {
        const k = valueKey(c.value);
        if (k === null) own++;
        else inRun.set(k, (inRun.get(k) ?? 0) + 1);
      }
      for (const [k, n] of inRun) if (count.get(k) === n) own++;
      if (own < 2) continue;
      asBlock.add(run);
      for (const [k, n] of inRun) count.set(k, count.get(k)! - n);
      changed = true;
    }
  }

  const blocks: BlockWrite[] = [];
  const groups = new Map<string, { value: unknown; cells: CellWrite[] }>();
  for (const run of runs) {
    if (asBlock.has(run)) {
      blocks.push({ row: run.cells[0].row, col: run.col, values: run.cells.map((c) => [c.value]) });
      continue;
    }
    for (const c of run.cells) {
      const k = valueKey(c.value);
      if (k === null) {
        blocks.push({ row: c.row, col: c.col, values: [[c.value]] });
        continue;
      }
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { value: c.value, cells: [] }));
      g.cells.push(c);
    }
  }
  const byValue: ValueWrite[] = [...groups.values()].map((g) => ({ value: g.value, a1: a1Ranges(g.cells) }));
  return { blocks, byValue, cells: cells.length, calls: blocks.length + byValue.length };
}

/** A1 ranges of cells sorted by column then row, adjacent rows of a column joined. */
function a1Ranges(cells: readonly CellWrite[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < cells.length) {
    const start = cells[i];
    let end = start;
    while (i + 1 < cells.length && cells[i + 1].col === start.col && cells[i + 1].row === end.row + 1)
      end = cells[++i];
    const letter = columnLetter(start.col);
    out.push(end === start ? `${letter}${start.row}` : `${letter}${start.row}:${letter}${end.row}`);
    i++;
  }
  return out;
}

/** Whether a cell already holds a value (Dates by instant; what `getValues` gives back). */
export function sameCellValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ka = valueKey(a);
  return (
    ka !== null && ka === valueKey(b) && !(a === null || a === undefined || b === null || b === undefined)
  );
}
