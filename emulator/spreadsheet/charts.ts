/**
 * Embedded charts as plain specs (type, source ranges, options, position) stored on the sheet, so a
 * host can draw them and tests can assert them. Chart types are `Charts.ChartType` members (the
 * `Charts` service: `createChartsService`), or their names.
 */
import type { Models } from '../models';
import { markEmulated, tagEmulated } from '../runtime';
import type { ServiceContext } from '../world';
import { type Book, fail, nextSeq } from './book';
import { CHARTS_ENUMS, ChartType, ChartHiddenDimensionStrategy, ChartMergeStrategy, enumName } from './enums';
import type { ChartData, SheetData } from './model';
import { Range } from './range';

function jsonSafe(v: unknown): unknown {
  if (v === undefined) return null;
  return JSON.parse(JSON.stringify(v) ?? 'null');
}

export class ChartOptions implements Models<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(private readonly options: Record<string, unknown>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
  getOrDefault(option: string): unknown {
    return this.options[option] ?? null;
  }
}
markEmulated(ChartOptions, 'ChartOptions', 'spreadsheet');

export class ContainerInfo implements Models<
  GoogleAppsScript.Spreadsheet.ContainerInfo,
  'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'
> {
  constructor(private readonly chart: ChartData) {}
  getAnchorColumn(): number {
    return this.chart.anchorCol + 1;
  }
  getAnchorRow(): number {
    return this.chart.anchorRow + 1;
  }
  getOffsetX(): number {
    return this.chart.offsetX;
  }
  getOffsetY(): number {
    return this.chart.offsetY;
  }
}
markEmulated(ContainerInfo, 'ContainerInfo', 'spreadsheet');

export class EmbeddedChart implements Models<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  | 'getChartId'
  | 'getContainerInfo'
  | 'getHiddenDimensionStrategy'
  | 'getMergeStrategy'
  | 'getNumHeaders'
  | 'getOptions'
  | 'getRanges'
  | 'getTransposeRowsAndColumns'
  | 'modify'
> {
  constructor(
    private readonly book: Book,
    private readonly sheet: SheetData,
    /** The chart's spec: a private snapshot until inserted, then the sheet's live spec (by id). */
    private spec: ChartData,
    private attached: boolean,
  ) {}
  _spec(): ChartData {
    if (!this.attached) return this.spec;
    return this.sheet.charts.find((c) => c.id === this.spec.id) ?? this.spec;
  }
  _attach(id: number): void {
    this.spec = { ...this.spec, id };
    this.attached = true;
  }
  _sheet(): SheetData {
    return this.sheet;
  }
  getChartId(): number | null {
    return this.attached && this.sheet.charts.some((c) => c.id === this.spec.id) ? this.spec.id : null;
  }
  getRanges(): Range[] {
    return this._spec().ranges.map((g) => new Range(this.book, this.sheet, g));
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this._spec().options);
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this._spec());
  }
  getNumHeaders(): number {
    return this._spec().hidden.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._spec().hidden.transpose;
  }
  getMergeStrategy() {
    return ChartMergeStrategy[this._spec().hidden.mergeStrategy as keyof typeof ChartMergeStrategy];
  }
  getHiddenDimensionStrategy() {
    return ChartHiddenDimensionStrategy[
      this._spec().hidden.hiddenDimension as keyof typeof ChartHiddenDimensionStrategy
    ];
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.book, this.sheet, structuredClone(this._spec()));
  }
}
markEmulated(EmbeddedChart, 'EmbeddedChart', 'spreadsheet');

export class EmbeddedChartBuilder implements Models<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  | 'addRange'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setHiddenDimensionStrategy'
  | 'setMergeStrategy'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns'
> {
  constructor(
    private readonly book: Book,
    private readonly sheet: SheetData,
    private readonly spec: ChartData = {
      id: 0,
      chartType: 'COLUMN',
      ranges: [],
      options: {},
      anchorRow: 0,
      anchorCol: 0,
      offsetX: 0,
      offsetY: 0,
      hidden: {
        numHeaders: -1,
        transpose: false,
        mergeStrategy: 'MERGE_COLUMNS',
        hiddenDimension: 'IGNORE_BOTH',
      },
    },
  ) {}
  addRange(range: Range): EmbeddedChartBuilder {
    if (!(range instanceof Range) || range._sheetData() !== this.sheet)
      throw fail(this.book, 'The range must be on the sheet the chart is built for.');
    this.spec.ranges.push({ ...range._grid() });
    return this;
  }
  removeRange(range: Range): EmbeddedChartBuilder {
    const g = range._grid();
    this.spec.ranges = this.spec.ranges.filter(
      (x) => !(x.r0 === g.r0 && x.c0 === g.c0 && x.nr === g.nr && x.nc === g.nc),
    );
    return this;
  }
  clearRanges(): EmbeddedChartBuilder {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((g) => new Range(this.book, this.sheet, g));
  }
  getChartType() {
    return ChartType[this.spec.chartType as keyof typeof ChartType];
  }
  setChartType(type: unknown): EmbeddedChartBuilder {
    const name = enumName(type);
    if (!(name in ChartType)) throw fail(this.book, `Invalid chart type: ${name}`);
    this.spec.chartType = name;
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.spec.options[String(option)] = jsonSafe(value);
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    if (anchorRowPos < 1 || anchorColPos < 1)
      throw fail(this.book, 'The anchor row and column must be at least 1.');
    Object.assign(this.spec, {
      anchorRow: anchorRowPos - 1,
      anchorCol: anchorColPos - 1,
      offsetX: Number(offsetX) || 0,
      offsetY: Number(offsetY) || 0,
    });
    return this;
  }
  getContainer(): ContainerInfo {
    return new ContainerInfo(this.spec);
  }
  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.spec.hidden.numHeaders = Number(headers);
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    this.spec.hidden.transpose = !!transpose;
    return this;
  }
  setMergeStrategy(strategy: unknown): EmbeddedChartBuilder {
    this.spec.hidden.mergeStrategy = enumName(strategy);
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): EmbeddedChartBuilder {
    this.spec.hidden.hiddenDimension = enumName(strategy);
    return this;
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.book, this.sheet, structuredClone(this.spec), false);
  }
}
markEmulated(EmbeddedChartBuilder, 'EmbeddedChartBuilder', 'spreadsheet');

/** Sheet.insertChart / updateChart / removeChart. */
export function insertChart(book: Book, sheet: SheetData, chart: EmbeddedChart): void {
  if (!(chart instanceof EmbeddedChart))
    throw fail(book, "The parameters don't match the method signature for Sheet.insertChart.");
  const spec = structuredClone(chart._spec());
  spec.id = nextSeq(book.ss);
  sheet.charts.push(spec);
  chart._attach(spec.id);
}

export function updateChart(book: Book, sheet: SheetData, chart: EmbeddedChart): void {
  const spec = chart._spec();
  const i = sheet.charts.findIndex((c) => c.id === spec.id);
  if (i < 0) throw fail(book, 'The chart does not exist in this sheet.');
  sheet.charts[i] = structuredClone(spec);
  chart._attach(spec.id);
}

export function removeChart(sheet: SheetData, chart: EmbeddedChart): void {
  const id = chart._spec().id;
  sheet.charts = sheet.charts.filter((c) => c.id !== id);
}

export function chartsOf(book: Book, sheet: SheetData): EmbeddedChart[] {
  return sheet.charts.map((c) => new EmbeddedChart(book, sheet, c, true));
}

/**
 * The `Charts` global, for its enums (`Charts.ChartType.PIE`): the charts of a spreadsheet are built
 * through `Sheet.newChart()`. Exported for emulator/services/globals.ts to add.
 */
export function createChartsService(_ctx: ServiceContext): object {
  return tagEmulated(
    { ...CHARTS_ENUMS } satisfies Models<
      GoogleAppsScript.Charts.Charts,
      'ChartHiddenDimensionStrategy' | 'ChartMergeStrategy' | 'ChartType'
    >,
    'Charts',
    'spreadsheet',
  );
}
