/**
 * Writes the `Thống kê` sheet in a number of calls that does not depend on the register's size.
 *
 * Two paths:
 * - **repair** (on demand, and whenever the quick path cannot be taken): the old content cleared in one
 *   call (`Sheet.clear`; charts are not cells and stay), the block written with one `setValues` and one
 *   call per format, and the three native charts checked: created once, afterwards pointed at their
 *   tables again only when the tables moved (a new unit, another period) — updated in place, never
 *   duplicated. A chart reads its ranges live: new numbers need no chart call. Their titles are cells
 *   of the block (column O), so they follow the language with the rest.
 * - **quick** (the daily job): when the charts' ranges have not changed since the last write, one
 *   range over the sheet's A1 notation, written with `setValues` and two format calls, padded with
 *   blank cells down to the last write's height so that nothing of the old content is left — four
 *   calls in all. If anything is off (the sheet was deleted or shortened), it falls back to repair.
 *   A chart someone deleted by hand comes back at the next repair (the menu or the sidebar).
 *
 * What the last write left is remembered in a document property: its height, the grid's height and
 * where the charts point.
 */
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

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const STATE_KEY = 'nhacviec.statsSheet';
const LABEL_COLUMN_WIDTH = 300;
/** Rows of a sheet Sheets creates. */
const NEW_SHEET_ROWS = 1000;

interface SheetState {
  v: 1;
  /** Rows written last time. */
  rows: number;
  /** The grid's rows after that write. */
  maxRows: number;
  /** Where the charts point. */
  charts: string;
}

export interface SheetWrite {
  created: boolean;
  quick: boolean;
  chartsChanged: boolean;
}

/** Text is written as text: "67 %" must not become 0.67, "18/24" not a date, "=…" not a formula. */
const asCell = (v: Cell): Cell => (typeof v === 'string' && v !== '' ? "'" + v : v);

function readState(raw: string | null): SheetState | null {
  try {
    const s = JSON.parse(raw ?? 'null') as SheetState | null;
    return s && s.v === 1 && s.rows > 0 && s.maxRows > 0 && typeof s.charts === 'string' ? s : null;
  } catch {
    return null;
  }
}

const chartsSignature = (layout: SheetLayout) => JSON.stringify(layout.charts);

/** Whether the sheet was ever written (the daily job only keeps up a sheet someone asked for once). */
export function statisticsSheetWritten(): boolean {
  return readState(PropertiesService.getDocumentProperties().getProperty(STATE_KEY)) !== null;
}

/** The block, padded with blank cells to `height` rows. */
function writeBlock(range: Range, layout: SheetLayout, height: number): void {
  const blankValues = (): Cell[] => new Array<Cell>(STATS_WIDTH).fill('');
  const values = layout.values.map((r) => r.map(asCell));
  const backgrounds = layout.backgrounds.slice() as (string | null)[][];
  const weights = layout.weights.slice();
  for (let i = layout.values.length; i < height; i++) {
    values.push(blankValues());
    backgrounds.push(new Array<string | null>(STATS_WIDTH).fill(null));
    weights.push(new Array<Weight>(STATS_WIDTH).fill('normal'));
  }
  range.setValues(values);
  range.setBackgrounds(backgrounds as string[][]);
  range.setFontWeights(weights);
}

export function writeStatisticsSheet(
  ss: Spreadsheet,
  layout: SheetLayout,
  opts: { repair: boolean },
): SheetWrite {
  const props = PropertiesService.getDocumentProperties();
  const state = readState(props.getProperty(STATE_KEY));
  const charts = chartsSignature(layout);
  const rows = layout.values.length;
  if (!opts.repair && state && state.charts === charts && rows <= state.maxRows) {
    const height = Math.min(state.maxRows, Math.max(rows, state.rows));
    try {
      writeBlock(ss.getRange(`'${STATS_SHEET}'!A1:${columnLetter(STATS_WIDTH)}${height}`), layout, height);
      props.setProperty(STATE_KEY, JSON.stringify({ ...state, rows } satisfies SheetState));
      return { created: false, quick: true, chartsChanged: false };
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
  let maxRows: number;
  if (created) {
    sheet.setColumnWidth(2, LABEL_COLUMN_WIDTH);
    maxRows = NEW_SHEET_ROWS;
  } else {
    sheet.clear();
    maxRows = sheet.getMaxRows();
  }
  if (rows > maxRows) {
    sheet.insertRowsAfter(maxRows, rows - maxRows);
    maxRows = rows;
  }
  const existing = created ? [] : sheet.getCharts();
  const chartsOk = existing.length === 3 && state?.charts === charts;
  const blockA1 = `A1:${columnLetter(STATS_WIDTH)}${rows}`;
  if (chartsOk) {
    writeBlock(sheet.getRange(blockA1), layout, rows);
  } else {
    // The block and the charts' three ranges in two calls.
    const [block, ...ranges] = sheet
      .getRangeList([blockA1, layout.charts.pie, layout.charts.bar, layout.charts.line])
      .getRanges();
    writeBlock(block, layout, rows);
    placeCharts(sheet, existing, ranges);
  }
  props.setProperty(STATE_KEY, JSON.stringify({ v: 1, rows, maxRows, charts } satisfies SheetState));
  return { created, quick: false, chartsChanged: !chartsOk };
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
