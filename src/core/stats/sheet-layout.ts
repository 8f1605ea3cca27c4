/**
 * The `Thống kê` sheet as one block of cells (values, backgrounds, weights), built from the statistics
 * alone, so the adapter writes it with one `setValues` and one call per format, whatever the register's
 * size. Also where the three charts take their data from (A1 ranges inside the block) and where they sit.
 *
 * Layout (tables in 13 columns, A–M; the charts float to the right, in column O, each under a title
 * cell — a cell, not the chart's own title option: three calls fewer when the charts are made):
 *   title, agency, period line, how-to line
 *   1. whole agency: STT | Chỉ tiêu | Số nhiệm vụ | Tỷ lệ — rows 3–7 are the five cells of the
 *      government's grid, contiguous, which the pie chart draws
 *   2. units ranked: Hạng | Đơn vị | the five grid cells | Được giao | Chờ xác nhận | Gia hạn |
 *      Đã cập nhật | Tỷ lệ cập nhật | Tỷ lệ HT đúng hạn — the bar chart draws B–G (names next to
 *      the five counts: one range, so one call less per chart update)
 *   3. completions over time: Kỳ | Giao mới | HT đúng hạn | HT quá hạn — the line chart
 *   4. persons, under a row per unit
 * Text is returned as plain strings; the adapter marks it as text so Sheets never parses "67 %" or a
 * unit called "=…".
 */
import { ymdFromDay } from '../civil-date';
import { formatDay, formatPercentVi } from '../format';
import { t, type MessageKey } from '../messages';
import type { Language } from '../language';
import { STATUS_COLOURS } from '../status';
import { accountable, completedOnTime, handled, inProgress, type Counts } from './categories';
import type { Statistics, TimelineBucket } from './compute';
import { BASIS_LABELS, periodLabel, periodSpan } from './period';

export const STATS_SHEET = 'Thống kê';
/** Columns of the tables (A–M). */
export const TABLE_WIDTH = 13;
/** Column (1-based) of the charts, one under the other: each under its title cell (O1, O21, O41). */
export const CHART_COLUMN = TABLE_WIDTH + 2;
export const CHART_TITLE_ROWS = [1, 21, 41];
/** The block written: the tables and the charts' title cells. */
export const STATS_WIDTH = CHART_COLUMN;

export type Cell = string | number;
export type Weight = 'bold' | 'normal';

export interface ChartRanges {
  /** The grid's five cells: label and count. */
  pie: string;
  /** Unit names and the five grid counts per unit, adjacent (with their header row). */
  bar: string;
  /** Period label, assigned, completed on time, completed late (with the header row). */
  line: string;
}

export interface SheetLayout {
  values: Cell[][];
  backgrounds: (string | null)[][];
  weights: Weight[][];
  charts: ChartRanges;
}

export const HEADER_BACKGROUND = '#e8eaed';
const SECTION_BACKGROUND = '#d2e3fc';
const FULL_BACKGROUND = STATUS_COLOURS.done_on_time.background;

export interface LayoutOptions {
  lang: Language;
  agencyName: string;
  /** "dd/MM/yyyy HH:mm", Viet Nam time. */
  updatedAt: string;
}

class Block {
  values: Cell[][] = [];
  backgrounds: (string | null)[][] = [];
  weights: Weight[][] = [];

  /** Appends a row; returns its 1-based row number. */
  row(
    cells: Cell[],
    opts: { bold?: boolean; background?: string | null; cellBackgrounds?: (string | null)[] } = {},
  ): number {
    const values: Cell[] = new Array(STATS_WIDTH).fill('');
    cells.forEach((v, i) => (values[i] = v));
    this.values.push(values);
    const bg: (string | null)[] = new Array(STATS_WIDTH).fill(null);
    if (opts.background) for (let i = 0; i < TABLE_WIDTH; i++) bg[i] = opts.background;
    opts.cellBackgrounds?.forEach((c, i) => {
      if (c) bg[i] = c;
    });
    this.backgrounds.push(bg);
    this.weights.push(new Array(STATS_WIDTH).fill(opts.bold ? 'bold' : 'normal'));
    return this.values.length;
  }
  blank(): void {
    this.row([]);
  }
}

/** Printed shares, remembered for one layout: a thousand people share a few hundred distinct ratios. */
const shares = new Map<string, string>();
const pct = (n: number, of: number) => {
  const key = `${n}/${of}`;
  let text = shares.get(key);
  if (text === undefined) shares.set(key, (text = formatPercentVi(n, of)));
  return text;
};

function timeLabel(b: TimelineBucket, granularity: Statistics['timeline']['granularity']): string {
  const { year, month } = ymdFromDay(b.from);
  if (granularity === 'year') return String(year);
  if (granularity === 'month') return `${String(month).padStart(2, '0')}/${year}`;
  return formatDay(b.from);
}

/** The counts of one unit or person, in the units table's columns C–M (the grid's five first). */
function countCells(c: Counts): Cell[] {
  return [
    completedOnTime(c),
    c.doneLate,
    c.archived,
    c.inTime,
    c.overdue,
    c.assigned,
    c.awaiting,
    c.extended,
    c.updated,
    pct(c.updated, c.assigned),
    accountable(c) === 0 ? '—' : pct(completedOnTime(c), accountable(c)),
  ];
}

/** Backgrounds of a units/persons row: late work in red, a full update rate in green. */
function countBackgrounds(c: Counts): (string | null)[] {
  const bg: (string | null)[] = new Array(STATS_WIDTH).fill(null);
  if (c.doneLate > 0) bg[3] = STATUS_COLOURS.done_late.background;
  if (c.overdue > 0) bg[6] = STATUS_COLOURS.overdue.background;
  if (c.assigned > 0 && c.updated === c.assigned) bg[11] = FULL_BACKGROUND;
  return bg;
}

export function statisticsLayout(stats: Statistics, opts: LayoutOptions): SheetLayout {
  const { lang } = opts;
  const tr = (key: MessageKey, params: Record<string, string | number> = {}) => t(lang, key, params);
  shares.clear();
  const b = new Block();
  const w = stats.whole;
  const span = periodSpan(stats.period);

  b.row([tr('stats.title')], { bold: true });
  b.row([opts.agencyName]);
  b.row([
    tr('stats.period', {
      period: periodLabel(stats.period, lang),
      span: span ? ` (${span})` : '',
      basis: BASIS_LABELS[stats.basis][lang],
      date: formatDay(stats.today),
    }),
  ]);
  b.row([tr('stats.howTo', { time: opts.updatedAt })]);
  b.blank();

  // 1. The whole agency.
  b.row([tr('stats.section.whole')], { bold: true, background: SECTION_BACKGROUND });
  b.row([tr('stats.col.no'), tr('stats.col.item'), tr('stats.col.count'), tr('stats.col.share')], {
    bold: true,
    background: HEADER_BACKGROUND,
  });
  const line = (
    no: string,
    key: MessageKey,
    n: number | string,
    share: string,
    colour?: string,
    bold = false,
  ) => b.row([no, tr(key), n, share], { bold, cellBackgrounds: colour ? [null, colour] : [] });
  line('1', 'stats.fig.assigned', w.assigned, pct(w.assigned, w.assigned), undefined, true);
  line('2', 'stats.fig.updated', w.updated, pct(w.updated, w.assigned));
  const pieFirst = line(
    '3',
    'stats.fig.completedOnTime',
    completedOnTime(w),
    pct(completedOnTime(w), w.assigned),
    STATUS_COLOURS.done_on_time.background,
  );
  line(
    '4',
    'stats.fig.doneLate',
    w.doneLate,
    pct(w.doneLate, w.assigned),
    STATUS_COLOURS.done_late.background,
  );
  line(
    '5',
    'stats.fig.archived',
    w.archived,
    pct(w.archived, w.assigned),
    STATUS_COLOURS.archived.background,
  );
  line('6', 'stats.fig.inTime', w.inTime, pct(w.inTime, w.assigned), STATUS_COLOURS.in_progress.background);
  const pieLast = line(
    '7',
    'stats.fig.overdue',
    w.overdue,
    pct(w.overdue, w.assigned),
    STATUS_COLOURS.overdue.background,
  );
  line('8', 'stats.fig.handled', handled(w), pct(handled(w), w.assigned));
  line('9', 'stats.fig.inProgress', inProgress(w), pct(inProgress(w), w.assigned));
  line('10', 'stats.fig.doneEarly', w.doneEarly, pct(w.doneEarly, w.assigned));
  line(
    '11',
    'stats.fig.awaiting',
    w.awaiting,
    pct(w.awaiting, w.assigned),
    STATUS_COLOURS.awaiting_confirmation.background,
  );
  line('12', 'stats.fig.extended', w.extended, pct(w.extended, w.assigned));
  line(
    '13',
    'stats.fig.unitsFull',
    `${stats.unitsFullyUpdated}/${stats.unitsWithTasks}`,
    pct(stats.unitsFullyUpdated, stats.unitsWithTasks),
  );
  const notFull = stats.units.filter((u) => u.counts.assigned > 0 && u.counts.updated < u.counts.assigned);
  if (w.assigned === 0) b.row(['', tr('stats.empty')]);
  else if (notFull.length === 0) b.row(['', tr('stats.allFull')]);
  else
    b.row(['', tr('stats.notFull', { units: notFull.map((u) => u.name || tr('stats.noUnit')).join(', ') })]);
  b.row(['', tr('stats.legend')]);
  b.blank();

  // 2. Units, ranked.
  const unitHeader = (first: MessageKey, second: MessageKey): Cell[] => [
    tr(first),
    tr(second),
    tr('stats.short.completedOnTime'),
    tr('stats.short.doneLate'),
    tr('stats.short.archived'),
    tr('stats.short.inTime'),
    tr('stats.short.overdue'),
    tr('stats.short.assigned'),
    tr('stats.short.awaiting'),
    tr('stats.short.extended'),
    tr('stats.short.updated'),
    tr('stats.short.updateRate'),
    tr('stats.short.onTimeRate'),
  ];
  b.row([tr('stats.section.units')], { bold: true, background: SECTION_BACKGROUND });
  b.row(['', tr('stats.rankRule')]);
  const unitsHeader = b.row(unitHeader('stats.col.rank', 'stats.col.unit'), {
    bold: true,
    background: HEADER_BACKGROUND,
  });
  for (const u of stats.units) {
    b.row([u.rank ?? '—', u.name || tr('stats.noUnit'), ...countCells(u.counts)], {
      cellBackgrounds: countBackgrounds(u.counts),
    });
  }
  const unitsLast = Math.max(unitsHeader, b.values.length);
  b.blank();

  // 3. Completions over time.
  const g = stats.timeline.granularity;
  b.row([tr(`stats.section.${g}`)], { bold: true, background: SECTION_BACKGROUND });
  const timeHeader = b.row(
    [
      '',
      tr(`stats.col.${g}`),
      tr('stats.col.newTasks'),
      tr('stats.short.completedOnTime'),
      tr('stats.short.doneLate'),
    ],
    { bold: true, background: HEADER_BACKGROUND },
  );
  for (const bucket of stats.timeline.buckets) {
    b.row(['', timeLabel(bucket, g), bucket.assigned, bucket.completedOnTime, bucket.completedLate]);
  }
  const timeLast = b.values.length;
  b.blank();

  // 4. Persons, by unit.
  b.row([tr('stats.section.persons')], { bold: true, background: SECTION_BACKGROUND });
  b.row(['', tr('stats.personsRule')]);
  b.row(unitHeader('stats.col.rank', 'stats.col.person'), { bold: true, background: HEADER_BACKGROUND });
  let unit: string | null = null;
  for (const p of stats.persons) {
    if (p.unitKey !== unit) {
      unit = p.unitKey;
      b.row(['', p.unitName || tr('stats.noUnit')], { bold: true, background: HEADER_BACKGROUND });
    }
    b.row([p.rank ?? '—', p.name, ...countCells(p.counts)], { cellBackgrounds: countBackgrounds(p.counts) });
  }

  // The charts' titles, in column O above each chart (the block reaches down to the last one).
  while (b.values.length < CHART_TITLE_ROWS[CHART_TITLE_ROWS.length - 1]) b.blank();
  (['stats.chart.mix', 'stats.chart.units', 'stats.chart.timeline'] as const).forEach((key, i) => {
    const r = CHART_TITLE_ROWS[i] - 1;
    b.values[r][CHART_COLUMN - 1] = tr(key);
    b.weights[r][CHART_COLUMN - 1] = 'bold';
  });

  return {
    values: b.values,
    backgrounds: b.backgrounds,
    weights: b.weights,
    charts: {
      pie: `B${pieFirst}:C${pieLast}`,
      bar: `B${unitsHeader}:G${unitsLast}`,
      line: `B${timeHeader}:E${timeLast}`,
    },
  };
}

/** The charts' colours: the grid's five cells in the register's status colours. */
export const GRID_COLOURS = [
  STATUS_COLOURS.done_on_time.solid,
  STATUS_COLOURS.done_late.solid,
  STATUS_COLOURS.archived.solid,
  STATUS_COLOURS.in_progress.solid,
  STATUS_COLOURS.overdue.solid,
];
