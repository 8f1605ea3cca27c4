/**
 * Writes the `Thống kê` sheet in a number of calls that does not depend on the register's size, and
 * only the cells whose content differs.
 *
 * Two paths:
 * - **repair** (on demand, and whenever the quick path cannot be taken): what the sheet holds is read
 *   back — its values (data range), backgrounds and font weights, three data calls — and compared with
 *   the block cell by cell (`planSheetRepair` in src/core/stats/sheet-diff.ts): only the rows that
 *   differ are written, values, backgrounds and weights each where they differ, rows near each other
 *   joined. So a value, colour or weight changed by hand is put back and whatever was typed below the
 *   block is blanked, while a refresh that finds the same figures writes nothing. A value right of the
 *   block (beyond column O) is the one thing only `Sheet.clear` removes: the sheet is then cleared
 *   (charts are not cells and stay) and written whole, as a new sheet is. The three native charts are
 *   checked: created once, afterwards pointed at their tables again only when the tables moved (a new
 *   unit, another period) — updated in place, never duplicated. A chart reads its ranges live: new
 *   numbers need no chart call. Their titles are cells of the block (column O), so they follow the
 *   language with the rest.
 * - **quick** (the daily job): when the charts' ranges have not changed since the last write, the block
 *   is compared with the last write through hashes kept in the state property — one per chunk of rows
 *   for the values, one for the formats — and only the chunks that differ are written: values with
 *   `setValues`, backgrounds and weights only where they changed, chunks near each other joined when
 *   a call costs more than the cells between them (src/core/stats/sheet-diff.ts). Nothing changed,
 *   nothing is written: the check costs two light calls (the sheet is found, and its last row is where
 *   the last write left it). Rows the last write had beyond the new block are blanked the same way. If
 *   anything is off (the sheet was deleted, shortened or cleared), it falls back to repair. A chart
 *   someone deleted by hand comes back at the next repair (the menu or the sidebar); a cell edited by
 *   hand, at the next change of its chunk or the next repair.
 *
 * The time stamp of the how-to line ("Cập nhật lúc …") is left out of both comparisons: a run that finds
 * the same figures writes nothing, so the stamp says when the figures last changed. The date of the
 * figures (the period line) is in them: a new day is a change of one chunk.
 *
 * What the last write left is remembered in a document property: its height, the grid's height, where
 * the charts point, and the hashes.
 */
import { documentProperties } from '../properties';
import { columnLetter } from '../../core/a1';
import {
  CHART_COLUMN,
  CHART_TITLE_ROWS,
  GRID_COLOURS,
  STATS_SHEET,
  STATS_WIDTH,
  type Cell,
  type SheetLayout,
  type Weight,
} from '../../core/stats/sheet-layout';
import { STATUS_COLOURS } from '../../core/status';
import {
  hashBlock,
  planSheetRepair,
  planSheetWrites,
  type BlockHashes,
  type RowSpan,
} from '../../core/stats/sheet-diff';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const STATE_KEY = 'nhacviec.statsSheet';
const LABEL_COLUMN_WIDTH = 300;
/** Rows of a sheet Sheets creates. */
const NEW_SHEET_ROWS = 1000;

interface SheetState {
  v: 1 | 2;
  /** Rows written last time. */
  rows: number;
  /** The grid's rows after that write. */
  maxRows: number;
  /** Where the charts point. */
  charts: string;
  /** Hashes of the last write (version 2; a version-1 state has none: everything is written once). */
  hashes?: BlockHashes;
}

export interface SheetWrite {
  created: boolean;
  quick: boolean;
  chartsChanged: boolean;
  /** Rows whose values were written (0: the quick path found nothing changed). */
  rowsWritten: number;
}

/** Text is written as text: "67 %" must not become 0.67, "18/24" not a date, "=…" not a formula. */
const asCell = (v: Cell): Cell => (typeof v === 'string' && v !== '' ? "'" + v : v);

function readState(raw: string | null): SheetState | null {
  try {
    const s = JSON.parse(raw ?? 'null') as SheetState | null;
    return s && (s.v === 1 || s.v === 2) && s.rows > 0 && s.maxRows > 0 && typeof s.charts === 'string'
      ? s
      : null;
  } catch {
    return null;
  }
}

const chartsSignature = (layout: SheetLayout) => JSON.stringify(layout.charts);

/** Whether the sheet was ever written (the daily job only keeps up a sheet someone asked for once). */
export function statisticsSheetWritten(): boolean {
  return readState(documentProperties().getProperty(STATE_KEY)) !== null;
}

/** The block's rows `from`–`to` (1-based), blank beyond the layout. */
function blockRows(layout: SheetLayout, from: number, to: number) {
  const values: Cell[][] = [];
  const backgrounds: (string | null)[][] = [];
  const weights: Weight[][] = [];
  for (let r = from - 1; r < to; r++) {
    values.push(layout.values[r]?.map(asCell) ?? new Array<Cell>(STATS_WIDTH).fill(''));
    backgrounds.push(layout.backgrounds[r] ?? new Array<string | null>(STATS_WIDTH).fill(null));
    weights.push(layout.weights[r] ?? new Array<Weight>(STATS_WIDTH).fill('normal'));
  }
  return { values, backgrounds: backgrounds as string[][], weights };
}

/** The block, padded with blank cells to `height` rows. */
function writeBlock(range: Range, layout: SheetLayout, height: number): void {
  const block = blockRows(layout, 1, height);
  range.setValues(block.values);
  range.setBackgrounds(block.backgrounds);
  range.setFontWeights(block.weights);
}

/**
 * The quick path's write: only the rows that changed since the last write. Returns the rows whose
 * values were written, or null when the sheet is not as the last write left it (repair then).
 */
function writeChanges(
  ss: Spreadsheet,
  layout: SheetLayout,
  state: SheetState,
  hashes: BlockHashes,
  stamp: string,
): number | null {
  const sheet = ss.getSheetByName(STATS_SHEET);
  // A version-1 state knows no last row: its write padded the block to `rows`.
  if (!sheet || sheet.getLastRow() !== (state.hashes?.lastRow ?? state.rows)) return null;
  const plan = planSheetWrites(state.hashes ?? null, hashes, {
    rows: layout.values.length,
    previousRows: state.rows,
    stampRow: stampRowOf(layout, stamp),
    width: STATS_WIDTH,
  });
  for (const span of plan.values) {
    const { values } = blockRows(layout, span.from, span.to);
    sheet.getRange(span.from, 1, values.length, STATS_WIDTH).setValues(values);
  }
  for (const span of plan.formats) {
    const { backgrounds, weights } = blockRows(layout, span.from, span.to);
    const range = sheet.getRange(span.from, 1, backgrounds.length, STATS_WIDTH);
    range.setBackgrounds(backgrounds);
    range.setFontWeights(weights);
  }
  return plan.values.reduce((n, s) => n + s.to - s.from + 1, 0);
}

/** The row holding the time stamp (1-based), 0 when none does. */
function stampRowOf(layout: SheetLayout, stamp: string): number {
  if (!stamp) return 0;
  return layout.values.findIndex((r) => r.some((v) => typeof v === 'string' && v.includes(stamp))) + 1;
}

export function writeStatisticsSheet(
  ss: Spreadsheet,
  layout: SheetLayout,
  opts: { repair: boolean; stamp?: string },
): SheetWrite {
  const props = documentProperties();
  const state = readState(props.getProperty(STATE_KEY));
  const charts = chartsSignature(layout);
  const rows = layout.values.length;
  const stamp = opts.stamp ?? '';
  const hashes = hashBlock(layout, stamp);
  const remember = (maxRows: number) =>
    props.setProperty(
      STATE_KEY,
      JSON.stringify({ v: 2, rows, maxRows, charts, hashes } satisfies SheetState),
    );
  if (!opts.repair && state && state.charts === charts && rows <= state.maxRows) {
    try {
      const written = writeChanges(ss, layout, state, hashes, stamp);
      if (written !== null) {
        if (written > 0 || state.v !== 2) remember(state.maxRows);
        return { created: false, quick: true, chartsChanged: false, rowsWritten: written };
      }
    } catch {
      // The sheet was deleted, renamed or shortened: repair below.
    }
  }

  // A first write (nothing remembered) tries to add the sheet straight away: one call fewer.
  let sheet: Sheet | null = null;
  let created = false;
  if (!state) {
    try {
      sheet = ss.insertSheet(STATS_SHEET);
      created = true;
    } catch {
      // "A sheet with the name … already exists": use it.
    }
  }
  sheet ??= ss.getSheetByName(STATS_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(STATS_SHEET);
    created = true;
  }
  const existing = created ? [] : sheet.getCharts();
  const chartsOk = existing.length === 3 && state?.charts === charts;
  const invalidate = () => {
    // Until this write is complete, no quick path may trust the last one's hashes: a write Google
    // interrupts is repaired by the next run.
    if (state?.charts) props.setProperty(STATE_KEY, JSON.stringify({ ...state, charts: '' }));
  };
  const chartsA1 = [layout.charts.pie, layout.charts.bar, layout.charts.line];
  let chartRanges: Range[] | null = null;
  let maxRows: number;
  let written = rows;
  const mended = created ? null : mend(sheet, layout, state, stamp, invalidate);
  if (mended) {
    ({ maxRows, written } = mended);
  } else {
    if (created) {
      sheet.setColumnWidth(2, LABEL_COLUMN_WIDTH);
      maxRows = NEW_SHEET_ROWS;
    } else {
      invalidate();
      sheet.clear();
      maxRows = sheet.getMaxRows();
    }
    if (rows > maxRows) {
      sheet.insertRowsAfter(maxRows, rows - maxRows);
      maxRows = rows;
    }
    // The block and, when the charts need them, their three ranges in one call.
    const [block, ...ranges] = sheet
      .getRangeList([`A1:${columnLetter(STATS_WIDTH)}${rows}`, ...(chartsOk ? [] : chartsA1)])
      .getRanges();
    writeBlock(block, layout, rows);
    chartRanges = ranges;
  }
  if (!chartsOk) placeCharts(sheet, existing, chartRanges ?? sheet.getRangeList(chartsA1).getRanges());
  remember(maxRows);
  return { created, quick: false, chartsChanged: !chartsOk, rowsWritten: written };
}

/**
 * The repair of a sheet that exists: what it holds is read back (values over its data range, then
 * backgrounds and weights over the block and below) and only the cells that differ from the block are
 * written (`planSheetRepair`), so a hand edit is undone and unchanged rows cost nothing. Null when a
 * value lies right of the block: only clearing the sheet removes it.
 */
function mend(
  sheet: Sheet,
  layout: SheetLayout,
  state: SheetState | null,
  stamp: string,
  invalidate: () => void,
): { maxRows: number; written: number } | null {
  const rows = layout.values.length;
  const data = sheet.getDataRange();
  const now = data.getValues();
  if (now.some((r) => r.length > STATS_WIDTH && r.slice(STATS_WIDTH).some((v) => v !== ''))) return null;
  const height = Math.max(rows, now.length, state?.rows ?? 0);
  // The grid's height is known from the last write unless this one reaches further.
  const grid = state && height <= now.length ? state.maxRows : sheet.getMaxRows();
  const read = Math.min(height, grid);
  const range =
    read === now.length && now[0].length === STATS_WIDTH ? data : sheet.getRange(1, 1, read, STATS_WIDTH);
  const plan = planSheetRepair(
    { values: now, backgrounds: range.getBackgrounds(), weights: range.getFontWeights() },
    layout,
    { stamp, stampRow: stampRowOf(layout, stamp), width: STATS_WIDTH },
  );
  let maxRows = Math.max(grid, now.length);
  if (plan.values.length + plan.backgrounds.length + plan.weights.length > 0) invalidate();
  if (rows > maxRows) {
    sheet.insertRowsAfter(maxRows, rows - maxRows);
    maxRows = rows;
  }
  const spanRange = (span: RowSpan) => sheet.getRange(span.from, 1, span.to - span.from + 1, STATS_WIDTH);
  for (const span of plan.values) spanRange(span).setValues(blockRows(layout, span.from, span.to).values);
  for (const span of plan.backgrounds)
    spanRange(span).setBackgrounds(blockRows(layout, span.from, span.to).backgrounds);
  for (const span of plan.weights)
    spanRange(span).setFontWeights(blockRows(layout, span.from, span.to).weights);
  return { maxRows, written: plan.values.reduce((n, s) => n + s.to - s.from + 1, 0) };
}

interface ChartSpec {
  type: GoogleAppsScript.Charts.ChartType;
  row: number;
  options: [string, unknown][];
}

/** The pie of the grid, the units' stacked bars, the completions' lines — in the register's colours. */
const CHARTS: () => ChartSpec[] = () => [
  { type: Charts.ChartType.PIE, row: CHART_TITLE_ROWS[0] + 1, options: [['colors', GRID_COLOURS]] },
  {
    type: Charts.ChartType.BAR,
    row: CHART_TITLE_ROWS[1] + 1,
    options: [
      ['isStacked', true],
      ['colors', GRID_COLOURS],
    ],
  },
  {
    type: Charts.ChartType.LINE,
    row: CHART_TITLE_ROWS[2] + 1,
    options: [
      [
        'colors',
        [STATUS_COLOURS.in_progress.solid, STATUS_COLOURS.done_on_time.solid, STATUS_COLOURS.done_late.solid],
      ],
    ],
  },
];

/**
 * Points our three charts at their tables (updated in place), or — when there are not exactly three,
 * because none were made yet or one was removed or added by hand — starts again from ours alone.
 */
function placeCharts(
  sheet: Sheet,
  existing: GoogleAppsScript.Spreadsheet.EmbeddedChart[],
  ranges: Range[],
): void {
  const specs = CHARTS();
  if (existing.length === 3) {
    existing.forEach((chart, i) =>
      sheet.updateChart(chart.modify().clearRanges().addRange(ranges[i]).build()),
    );
    return;
  }
  for (const c of existing) sheet.removeChart(c);
  specs.forEach((spec, i) => {
    let b = sheet
      .newChart()
      .setChartType(spec.type)
      .addRange(ranges[i])
      .setPosition(spec.row, CHART_COLUMN, 0, 0);
    for (const [k, v] of spec.options) b = b.setOption(k, v);
    sheet.insertChart(b.build());
  });
}
