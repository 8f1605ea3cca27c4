/**
 * Writes the `Thống kê` sheet: the old content cleared in one call, the new block written with one
 * `setValues` and one call per format, and three native charts that are created once and afterwards
 * only updated in place when the tables they draw move (a new unit, another period) — never
 * duplicated. A chart reads its ranges live, so a refresh that only changes numbers needs no chart call
 * at all beyond `getCharts`.
 *
 * Calls, whatever the register's size: about 9 for an ordinary refresh, about 26 when the charts are
 * created or moved (the reads are counted by the caller).
 */
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
} from '../../core/stats/sheet-layout';
import { STATUS_COLOURS } from '../../core/status';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Document property: where the charts' ranges were last set, and in which language. */
export const CHARTS_KEY = 'nhacviec.statsCharts';
const LABEL_COLUMN_WIDTH = 300;

/** Text is written as text: "67 %" must not become 0.67, "18/24" not a date, "=…" not a formula. */
const asCell = (v: Cell): Cell => (typeof v === 'string' && v !== '' ? "'" + v : v);

export interface SheetWrite {
  created: boolean;
  chartsChanged: boolean;
}

export function writeStatisticsSheet(ss: Spreadsheet, layout: SheetLayout, lang: Language): SheetWrite {
  let sheet = ss.getSheetByName(STATS_SHEET);
  const created = sheet === null;
  let maxRows: number;
  if (!sheet) {
    sheet = ss.insertSheet(STATS_SHEET);
    sheet.setColumnWidth(2, LABEL_COLUMN_WIDTH);
    maxRows = 1000; // a new sheet's grid
  } else {
    sheet.clear();
    maxRows = sheet.getMaxRows();
  }
  const rows = layout.values.length;
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const block = sheet.getRange(1, 1, rows, STATS_WIDTH);
  block.setValues(layout.values.map((r) => r.map(asCell)));
  block.setBackgrounds(layout.backgrounds as string[][]);
  block.setFontWeights(layout.weights);
  const chartsChanged = syncCharts(sheet, layout, lang, created);
  return { created, chartsChanged };
}

interface ChartSpec {
  type: GoogleAppsScript.Charts.ChartType;
  ranges: Range[];
  title: string;
  row: number;
  options: [string, unknown][];
}

/** Creates the three charts, or points them at their tables again when those moved. */
function syncCharts(sheet: Sheet, layout: SheetLayout, lang: Language, created: boolean): boolean {
  const props = PropertiesService.getDocumentProperties();
  const want = JSON.stringify({ v: 1, lang, ...layout.charts });
  const charts = created ? [] : sheet.getCharts();
  const stored = props.getProperty(CHARTS_KEY);
  if (charts.length === 3 && stored === want) return false;

  const [pie, barNames, barData, line] = sheet
    .getRangeList([layout.charts.pie, layout.charts.bar[0], layout.charts.bar[1], layout.charts.line])
    .getRanges();
  const specs: ChartSpec[] = [
    {
      type: Charts.ChartType.PIE,
      ranges: [pie],
      title: t(lang, 'stats.chart.mix'),
      row: CHART_ROWS[0],
      options: [['colors', GRID_COLOURS]],
    },
    {
      type: Charts.ChartType.BAR,
      ranges: [barNames, barData],
      title: t(lang, 'stats.chart.units'),
      row: CHART_ROWS[1],
      options: [
        ['isStacked', true],
        ['colors', GRID_COLOURS],
      ],
    },
    {
      type: Charts.ChartType.LINE,
      ranges: [line],
      title: t(lang, 'stats.chart.timeline'),
      row: CHART_ROWS[2],
      options: [['colors', [STATUS_COLOURS.in_progress.solid, STATUS_COLOURS.done_on_time.solid, STATUS_COLOURS.done_late.solid]]],
    },
  ];

  if (charts.length === 3) {
    // Ours, in the order we inserted them: point them at the tables' new places.
    const oldLang = (() => {
      try {
        return (JSON.parse(stored ?? '{}') as { lang?: string }).lang;
      } catch {
        return undefined;
      }
    })();
    specs.forEach((spec, i) => {
      let b = charts[i].modify().clearRanges();
      for (const r of spec.ranges) b = b.addRange(r);
      if (oldLang !== lang) b = b.setOption('title', spec.title);
      sheet.updateChart(b.build());
    });
  } else {
    // None yet, or someone removed or added one: start again from ours alone.
    for (const c of charts) sheet.removeChart(c);
    for (const spec of specs) {
      let b = sheet.newChart().setChartType(spec.type);
      for (const r of spec.ranges) b = b.addRange(r);
      b = b.setPosition(spec.row, CHART_COLUMN, 0, 0).setOption('title', spec.title);
      for (const [k, v] of spec.options) b = b.setOption(k, v);
      sheet.insertChart(b.build());
    }
  }
  props.setProperty(CHARTS_KEY, want);
  return true;
}
