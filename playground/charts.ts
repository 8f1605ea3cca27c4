/**
 * The embedded charts of a sheet as the playground draws them: each chart's type, anchor and options,
 * and the data its ranges hold now (charts read their ranges live, as in Sheets). Ranges of the same
 * height are put side by side, as Sheets' default "merge columns" does; a first row of text is the
 * header (series names).
 */
import type { SheetData, SpreadsheetData } from '../emulator/spreadsheet/model';
import { cellValue } from '../emulator/spreadsheet/cells';

export interface ChartView {
  id: number;
  type: string;
  /** 1-based anchor cell, and the offset in pixels. */
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
  options: Record<string, unknown>;
  /** Series names (the header row), '' when the ranges have none. */
  headers: string[];
  /** Category label, then one number (or null) per series. */
  rows: { label: string; values: (number | null)[] }[];
}

export function chartViews(ss: SpreadsheetData, sheet: SheetData, now: number): ChartView[] {
  return sheet.charts.map((chart) => {
    const height = Math.max(0, ...chart.ranges.map((g) => g.nr));
    const grid: unknown[][] = Array.from({ length: height }, () => []);
    for (const g of chart.ranges) {
      for (let i = 0; i < height; i++) {
        for (let j = 0; j < g.nc; j++) {
          const r = g.r0 + i;
          grid[i].push(i < g.nr ? cellValue(ss, sheet, sheet.rows[r], r, g.c0 + j, now) : '');
        }
      }
    }
    const first = grid[0] ?? [];
    const hasHeader =
      chart.hidden.numHeaders > 0 ||
      (chart.hidden.numHeaders < 0 && first.slice(1).some((v) => typeof v === 'string' && v !== ''));
    const body = hasHeader ? grid.slice(1) : grid;
    return {
      id: chart.id,
      type: chart.chartType,
      row: chart.anchorRow + 1,
      col: chart.anchorCol + 1,
      offsetX: chart.offsetX,
      offsetY: chart.offsetY,
      options: chart.options,
      headers: hasHeader ? first.map((v) => String(v ?? '')) : [],
      rows: body
        .filter((r) => r.some((v) => v !== '' && v !== null))
        .map((r) => ({
          label: String(r[0] ?? ''),
          values: r.slice(1).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
        })),
    };
  });
}
