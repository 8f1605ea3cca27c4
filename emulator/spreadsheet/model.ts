/**
 * The persistent shape of emulated spreadsheets: plain JSON-safe data, no classes, no Dates.
 *
 * Cells are stored compactly, as Sheets itself does: one array of rows per sheet, each row holding a
 * dense array of raw values (`v`) plus optional parallel arrays for everything else about a cell
 * (number format, formula, note, style, data validation, cell image). A row or attribute array that was
 * never written is absent, so a 50,000-row sheet costs one small object per row, not one per cell.
 * Rows and columns are moved by splicing these arrays, so everything attached to a cell moves with it.
 *
 * Dates are stored as Sheets stores them: serial numbers (days since 1899-12-30, wall-clock time in the
 * spreadsheet's time zone) with a date number format; a Date object exists only when handed to a script.
 */

/** A stored cell value; `null` (or a hole, or `undefined` before a JSON round trip) is a blank cell. */
export type CellValue = number | string | boolean | null;

/** Per-cell attributes, each a sparse array parallel to `RowData.v`. */
export interface CellAttrs {
  /** Number format ('General' when absent). */
  nf?: (string | null)[];
  /** Formula text, starting with '='. */
  fx?: (string | null)[];
  note?: (string | null)[];
  /** Background colour. */
  bg?: (string | null)[];
  /** Font colour. */
  fc?: (string | null)[];
  /** Font weight: 'bold' (absent = normal). */
  fw?: (string | null)[];
  /** Font style: 'italic'. */
  fst?: (string | null)[];
  /** Font size. */
  fsz?: (number | null)[];
  /** Font family. */
  ff?: (string | null)[];
  /** Horizontal alignment: 'left' | 'center' | 'right' | 'normal'. */
  ha?: (string | null)[];
  /** Vertical alignment: 'top' | 'middle' | 'bottom'. */
  va?: (string | null)[];
  /** Wrap strategy: 'WRAP' | 'OVERFLOW' | 'CLIP'. */
  wrap?: (string | null)[];
  /** Borders, as set by `setBorder` (true/false per side: top,left,bottom,right,vertical,horizontal). */
  bd?: (string | null)[];
  /** Data validation rule. */
  dv?: (ValidationData | null)[];
  /** An in-cell image (`Range.setValue(cellImage)`). */
  img?: (CellImageData | null)[];
}
export type AttrKey = keyof CellAttrs;
export const ATTR_KEYS: readonly AttrKey[] = [
  'nf',
  'fx',
  'note',
  'bg',
  'fc',
  'fw',
  'fst',
  'fsz',
  'ff',
  'ha',
  'va',
  'wrap',
  'bd',
  'dv',
  'img',
];
/** The attributes `clearFormat` removes (number format and text style, not validation or notes). */
export const FORMAT_KEYS: readonly AttrKey[] = [
  'nf',
  'bg',
  'fc',
  'fw',
  'fst',
  'fsz',
  'ff',
  'ha',
  'va',
  'wrap',
  'bd',
];

export interface RowData {
  v: CellValue[];
  a?: CellAttrs;
}

/** A rectangle of cells, 0-based, half-open: rows [r0, r0+nr), columns [c0, c0+nc). */
export interface GridRange {
  r0: number;
  c0: number;
  nr: number;
  nc: number;
}

export interface ValidationData {
  /** A `DataValidationCriteria` name: VALUE_IN_LIST, CHECKBOX, DATE_AFTER, NUMBER_BETWEEN, … */
  criteria: string;
  /** Criteria arguments, JSON-safe (see `ArgData`). */
  args: ArgData[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A criteria argument: dates and ranges are tagged so they can be turned back into Date/Range. */
export type ArgData =
  string | number | boolean | null | ArgData[] | { date: number } | { range: GridRange; sheetId: number };

export interface CellImageData {
  url: string;
  altTitle: string;
  altDescription: string;
  /** A `data:` URL: accepted, but Google documents only http(s) URLs (unconfirmed in docs/platform.md). */
  unconfirmedDataUrl?: boolean;
}

export interface ConditionalRuleData {
  /** A `BooleanCriteria` name: TEXT_EQ, TEXT_CONTAINS, CUSTOM_FORMULA, CELL_EMPTY, NUMBER_BETWEEN, … */
  criteria: string;
  args: ArgData[];
  format: {
    background?: string | null;
    fontColor?: string | null;
    bold?: boolean | null;
    italic?: boolean | null;
    strikethrough?: boolean | null;
    underline?: boolean | null;
  };
  ranges: GridRange[];
}

export interface ImageData {
  id: number;
  /** Where the image came from: an URL, or a data URL built from a blob. */
  url: string;
  fromBlob: boolean;
  contentType: string;
  /** 0-based anchor cell. */
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  altTitle: string;
  altDescription: string;
}

export interface ChartData {
  id: number;
  chartType: string;
  ranges: GridRange[];
  options: Record<string, unknown>;
  /** 0-based anchor. */
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  hidden: { numHeaders: number; transpose: boolean; mergeStrategy: string; hiddenDimension: string };
}

export interface SheetData {
  sheetId: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  /** `rows[r]` is row r+1; absent rows are blank. Its length never exceeds `maxRows`. */
  rows: (RowData | null)[];
  colWidths: (number | null)[];
  rowHeights: (number | null)[];
  hiddenCols: (boolean | null)[];
  hiddenRows: (boolean | null)[];
  tabColor: string | null;
  hidden: boolean;
  conditionalRules: ConditionalRuleData[];
  images: ImageData[];
  charts: ChartData[];
  /** The user's selection on this sheet (the active range when the sheet is active). */
  selection: GridRange;
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; end: number };

export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export interface ProtectionData {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** For RANGE protections. */
  range: GridRange | null;
  description: string;
  warningOnly: boolean;
  /** `null` until the script changes the editors: the protection then mirrors the spreadsheet's editors. */
  editors: string[] | null;
  domainEdit: boolean;
  /** For SHEET protections: ranges left editable. */
  unprotected: GridRange[];
}

export interface NamedRangeData {
  sheetId: number;
  range: GridRange;
}

export interface ToastData {
  at: number;
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface SpreadsheetData {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  /** Owner e-mail ('' until the first user runs a script; see `createSpreadsheetApp`). */
  owner: string;
  editors: string[];
  sheets: SheetData[];
  activeSheetId: number;
  namedRanges: Record<string, NamedRangeData>;
  metadata: MetadataData[];
  protections: ProtectionData[];
  toasts: ToastData[];
  /** A counter for sheet, metadata, protection, image and chart ids. */
  seq: number;
  settings: {
    /**
     * Whether script writes that break a data-validation rule set to reject input throw. Apps Script's
     * behaviour here is not documented; rejecting is the stricter choice, so it is the default.
     */
    enforceValidationOnScriptWrites: boolean;
    /** Shared with the owner's Workspace domain: new protections then start with domain edit on. */
    sharedWithDomain: boolean;
  };
}

export interface SpreadsheetsState {
  byId: Record<string, SpreadsheetData>;
  /** Increments with every spreadsheet created, to derive stable ids. */
  created: number;
}

/** Google Sheets' cap on cells per spreadsheet (all sheets together). */
export const CELL_LIMIT = 10_000_000;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_COL_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function emptySheet(
  sheetId: number,
  name: string,
  rows = DEFAULT_ROWS,
  cols = DEFAULT_COLS,
): SheetData {
  return {
    sheetId,
    name,
    maxRows: rows,
    maxCols: cols,
    frozenRows: 0,
    frozenCols: 0,
    rows: [],
    colWidths: [],
    rowHeights: [],
    hiddenCols: [],
    hiddenRows: [],
    tabColor: null,
    hidden: false,
    conditionalRules: [],
    images: [],
    charts: [],
    selection: { r0: 0, c0: 0, nr: 1, nc: 1 },
  };
}
