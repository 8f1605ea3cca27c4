/**
 * Writes the `Thống kê` sheet in a number of calls that does not depend on the register's size.
 *
 * Two paths:
 * - **repair** (on demand, and whenever the quick path cannot be taken): the old content cleared in one
 *   call (`Sheet.clear`; charts are not cells and stay), the block written with one `setValues` and one
 *   call per format, and the three native charts checked: created once, afterwards pointed at their
 *   tables again only when the tables moved (a new unit, another period, another language) — updated
 *   in place, never duplicated. A chart reads its ranges live: new numbers need no chart call.
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
import { t } from '../../core/messages';
import type { Language } from '../../core/settings';
import {
  CHART_COLUMN,
  CHART_ROWS,
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
  /** Where the charts point (and in which language their titles are). */
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

const chartsSignature = (layout: SheetLayout, lang: Language) => JSON.stringify({ lang, ...layout.charts });

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
  lang: Language,
  opts: { repair: boolean },
): SheetWrite {
  const props = PropertiesService.getDocumentProperties();
  const state = readState(props.getProperty(STATE_KEY));
  const charts = chartsSignature(layout, lang);
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

  let sheet = ss.getSheetByName(STATS_SHEET);
  const created = sheet === null;
  let maxRows: number;
  if (!sheet) {
    sheet = ss.insertSheet(STATS_SHEET);
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
  writeBlock(sheet.getRange(1, 1, rows, STATS_WIDTH), layout, rows);
  const chartsChanged = syncCharts(sheet, layout, lang, created, state?.charts ?? null);
  props.setProperty(STATE_KEY, JSON.stringify({ v: 1, rows, maxRows, charts } satisfies SheetState));
  return { created, quick: false, chartsChanged };
}

interface ChartSpec {
  type: GoogleAppsScript.Charts.ChartType;
  range: Range;
  title: string;
  row: number;
  options: [string, unknown][];
}

/** Creates the three charts, or points them at their tables again when those moved. */
function syncCharts(sheet: Sheet, layout: SheetLayout, lang: Language, created: boolean, stored: string | null): boolean {
  const charts = created ? [] : sheet.getCharts();
  const want = chartsSignature(layout, lang);
  if (charts.length === 3 && stored === want) return false;

  const [pie, bar, line] = sheet.getRangeList([layout.charts.pie, layout.charts.bar, layout.charts.line]).getRanges();
  const specs: ChartSpec[] = [
    { type: Charts.ChartType.PIE, range: pie, title: t(lang, 'stats.chart.mix'), row: CHART_ROWS[0], options: [['colors', GRID_COLOURS]] },
    {
      type: Charts.ChartType.BAR,
      range: bar,
      title: t(lang, 'stats.chart.units'),
      row: CHART_ROWS[1],
      options: [
        ['isStacked', true],
        ['colors', GRID_COLOURS],
      ],
    },
    {
      type: Charts.ChartType.LINE,
      range: line,
      title: t(lang, 'stats.chart.timeline'),
      row: CHART_ROWS[2],
      options: [['colors', [STATUS_COLOURS.in_progress.solid, STATUS_COLOURS.done_on_time.solid, STATUS_COLOURS.done_late.solid]]],
    },
  ];

  if (charts.length === 3) {
    // Ours, in the order they were inserted: point them at where their tables are now.
    const oldLang = (() => {
      try {
        return (JSON.parse(stored ?? '{}') as { lang?: string }).lang;
      } catch {
        return undefined;
      }
    })();
    specs.forEach((spec, i) => {
      let b = charts[i].modify().clearRanges().addRange(spec.range);
      if (oldLang !== lang) b = b.setOption('title', spec.title);
      sheet.updateChart(b.build());
    });
  } else {
    // None yet, or one was removed or added by hand: start again from ours alone.
    for (const c of charts) sheet.removeChart(c);
    for (const spec of specs) {
      let b = sheet
        .newChart()
        .setChartType(spec.type)
        .addRange(spec.range)
        .setPosition(spec.row, CHART_COLUMN, 0, 0)
        .setOption('title', spec.title);
      for (const [k, v] of spec.options) b = b.setOption(k, v);
      sheet.insertChart(b.build());
    }
  }
  return true;
}
