/**
 * SpreadsheetApp's enums. Apps Script enum members are objects whose `toString()` (and `name()`) give
 * the member's name; the emulator keeps one frozen object per member so scripts can compare them with
 * `===`, and telling an enum argument apart from a string (as `addDeveloperMetadata(key, value)` versus
 * `addDeveloperMetadata(key, visibility)` must) works as it does in Apps Script. State stores names.
 */

export class EnumValue {
  constructor(
    private readonly enumName: string,
    private readonly memberName: string,
    private readonly index: number,
  ) {
    Object.freeze(this);
  }
  toString(): string {
    return this.memberName;
  }
  name(): string {
    return this.memberName;
  }
  ordinal(): number {
    return this.index;
  }
  toJSON(): string {
    return this.memberName;
  }
  get [Symbol.toStringTag](): string {
    return this.enumName;
  }
}

function makeEnum<const K extends string>(
  enumName: string,
  names: readonly K[],
): Readonly<Record<K, EnumValue>> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => (out[n] = new EnumValue(enumName, n, i)));
  return Object.freeze(out);
}

/** The member's name, whether given the enum object or (leniently) its name as a string. */
export function enumName(v: unknown): string {
  return v instanceof EnumValue ? v.name() : String(v);
}

export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const);

export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const);

export const RelativeDate = makeEnum('RelativeDate', [
  'TODAY',
  'TOMORROW',
  'YESTERDAY',
  'PAST_WEEK',
  'PAST_MONTH',
  'PAST_YEAR',
] as const);
export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET'] as const);
export const DeveloperMetadataLocationType = makeEnum('DeveloperMetadataLocationType', [
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
] as const);
export const DeveloperMetadataVisibility = makeEnum('DeveloperMetadataVisibility', [
  'DOCUMENT',
  'PROJECT',
] as const);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP'] as const);
export const ChartType = makeEnum('ChartType', [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const);
export const ChartMergeStrategy = makeEnum('ChartMergeStrategy', ['MERGE_COLUMNS', 'MERGE_ROWS'] as const);
export const ChartHiddenDimensionStrategy = makeEnum('ChartHiddenDimensionStrategy', [
  'IGNORE_BOTH',
  'IGNORE_ROWS',
  'IGNORE_COLUMNS',
  'SHOW_BOTH',
] as const);
export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS'] as const);
export const Direction = makeEnum('Direction', ['UP', 'DOWN', 'PREVIOUS', 'NEXT'] as const);
export const BorderStyle = makeEnum('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
] as const);
export const ValueType = makeEnum('ValueType', ['IMAGE'] as const);
export const SheetType = makeEnum('SheetType', ['GRID', 'OBJECT', 'DATASOURCE'] as const);
export const CopyPasteType = makeEnum('CopyPasteType', [
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
] as const);
export const AutoFillSeries = makeEnum('AutoFillSeries', ['DEFAULT_SERIES', 'ALTERNATE_SERIES'] as const);
export const TextDirection = makeEnum('TextDirection', ['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT'] as const);

/** All enums, as `SpreadsheetApp` exposes them. */
export const SPREADSHEET_ENUMS = {
  DataValidationCriteria,
  BooleanCriteria,
  RelativeDate,
  ProtectionType,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  WrapStrategy,
  Dimension,
  Direction,
  BorderStyle,
  ValueType,
  SheetType,
  CopyPasteType,
  AutoFillSeries,
  TextDirection,
};

/** Chart enums live on the `Charts` service in Apps Script, not on SpreadsheetApp. */
export const CHARTS_ENUMS = { ChartType, ChartMergeStrategy, ChartHiddenDimensionStrategy };
