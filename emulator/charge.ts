/**
 * Which call costs what (the prices are in `cost.ts`): the classification the instrumenting proxy in
 * `runtime.ts` applies to every call a script makes.
 *
 * - Spreadsheet calls are light unless listed in `SPREADSHEET_DATA` below: a data call reads or writes
 *   values, formulas, formats, validations or notes of a range, or changes the grid (appendRow,
 *   insert/delete/move rows and columns, sheets), or flushes. Its cells come from the range's
 *   dimensions — `getValues` on R×C reads R×C cells, `setValues` or `setValue` on R×C writes R×C,
 *   `setBackground(s)` formats R×C; a RangeList sums its ranges; a conditional-format rule formats the
 *   cells of its ranges. Notes are charged as formatted cells (they are neither values nor formulas).
 * - `MailApp.sendEmail` is a mail send; every call on the Drive service is a Drive call, and a Drive call
 *   that converts (a Google Docs type created or updated from media, `Files.export`) is a conversion.
 *   `Blob.getAs` to another type (HTML → PDF) is a conversion outside Drive.
 * - Everything else is a light call: Properties, Cache, Lock, Session, ScriptApp, Utilities, HtmlService,
 *   builders, getters of geometry and metadata. (UrlFetchApp has no published figure: light too.)
 *
 * Cells are measured on the raw objects, outside the call log: nothing here counts as a script call.
 */
import type { Charge } from './cost';

/** What the proxy knows about a call. */
export interface CallInfo {
  service: string;
  className: string;
  method: string;
  /** The raw receiver and arguments (top-level proxies already unwrapped). */
  target: unknown;
  args: unknown[];
  /** Unwraps a proxy nested in an argument (an array of rules). */
  unwrap: <T>(v: T) => T;
}

type Cells = Omit<Charge, 'kind' | 'viaDrive'>;
/** Measures a data call: `before` on the receiver and arguments, `after` on the result. */
interface DataRule {
  before?: (info: CallInfo) => Cells;
  after?: (result: unknown) => Cells;
}

// Raw emulator objects, seen structurally (importing the classes here would be circular).
interface RawRange {
  getNumRows(): number;
  getNumColumns(): number;
}
interface RawRangeList {
  getRanges(): RawRange[];
}
interface RawSheet {
  getLastRow(): number;
  getLastColumn(): number;
}

/** Cells of a Range, or the sum over a RangeList's ranges. */
function cellsOf(target: unknown): number {
  try {
    const r = target as Partial<RawRange> & Partial<RawRangeList>;
    if (typeof r.getNumRows === 'function') return r.getNumRows() * (r as RawRange).getNumColumns();
    if (typeof r.getRanges === 'function') return r.getRanges().reduce((n, x) => n + cellsOf(x), 0);
  } catch {
    // a range the call will refuse: the call is charged, its cells are not
  }
  return 0;
}
/** The used part of a sheet: what clearing the whole sheet touches. */
function sheetCells(target: unknown): number {
  try {
    const s = target as RawSheet;
    return s.getLastRow() * s.getLastColumn();
  } catch {
    return 0;
  }
}
/** Cells in what a getter returned: a 2-D array counts its cells, anything else one cell. */
function resultCells(result: unknown): number {
  if (!Array.isArray(result)) return 1;
  let n = 0;
  for (const row of result) n += Array.isArray(row) ? row.length : 1;
  return n;
}

const read: DataRule = { after: (r) => ({ read: resultCells(r) }) };
const readRange: DataRule = { before: (i) => ({ read: cellsOf(i.target) }) };
const write: DataRule = { before: (i) => ({ written: cellsOf(i.target) }) };
const format: DataRule = { before: (i) => ({ formatted: cellsOf(i.target) }) };
const writeAndFormat: DataRule = {
  before: (i) => {
    const n = cellsOf(i.target);
    return { written: n, formatted: n };
  },
};
const structural: DataRule = {};

type ClearOptions = {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  commentsOnly?: boolean;
  validationsOnly?: boolean;
};
function clearCells(n: number, o: ClearOptions | undefined): Cells {
  const any = o && (o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly);
  return {
    written: !any || o.contentsOnly ? n : 0,
    formatted: !any || o.formatOnly || o.commentsOnly || o.validationsOnly ? n : 0,
  };
}

const RANGE_READS = [
  'getValue',
  'getValues',
  'getDisplayValue',
  'getDisplayValues',
  'getFormula',
  'getFormulas',
  'getNumberFormat',
  'getNumberFormats',
  'getBackground',
  'getBackgrounds',
  'getFontColor',
  'getFontColors',
  'getFontWeight',
  'getFontWeights',
  'getFontStyle',
  'getFontStyles',
  'getFontSize',
  'getFontSizes',
  'getFontFamily',
  'getFontFamilies',
  'getHorizontalAlignment',
  'getHorizontalAlignments',
  'getVerticalAlignment',
  'getVerticalAlignments',
  'getWrap',
  'getWraps',
  'getWrapStrategy',
  'getWrapStrategies',
  'getNote',
  'getNotes',
  'getDataValidation',
  'getDataValidations',
];
const RANGE_WRITES = [
  'setValue',
  'setValues',
  'setFormula',
  'setFormulas',
  'clearContent',
  'check',
  'uncheck',
  'sort',
];
const RANGE_FORMATS = [
  'setNumberFormat',
  'setNumberFormats',
  'setBackground',
  'setBackgrounds',
  'setBackgroundRGB',
  'setFontColor',
  'setFontColors',
  'setFontWeight',
  'setFontWeights',
  'setFontStyle',
  'setFontStyles',
  'setFontSize',
  'setFontSizes',
  'setFontFamily',
  'setFontFamilies',
  'setHorizontalAlignment',
  'setHorizontalAlignments',
  'setVerticalAlignment',
  'setVerticalAlignments',
  'setWrap',
  'setWraps',
  'setWrapStrategy',
  'setWrapStrategies',
  'setBorder',
  'setNote',
  'setNotes',
  'clearNote',
  'setDataValidation',
  'setDataValidations',
  'clearDataValidations',
  'clearFormat',
  'removeCheckboxes',
];
/** RangeList has a subset of Range's setters: the same rules, summed over its ranges by `cellsOf`. */
const RANGE_LIST_METHODS = [
  'setValue',
  'setFormula',
  'setBackground',
  'setFontColor',
  'setFontWeight',
  'setNumberFormat',
  'setHorizontalAlignment',
  'setWrap',
  'setNote',
  'clear',
  'clearContent',
  'clearFormat',
  'insertCheckboxes',
  'check',
  'uncheck',
];

const rangeRules: Record<string, DataRule> = {
  ...Object.fromEntries(RANGE_READS.map((m) => [m, read])),
  ...Object.fromEntries(RANGE_WRITES.map((m) => [m, write])),
  ...Object.fromEntries(RANGE_FORMATS.map((m) => [m, format])),
  isBlank: readRange,
  isChecked: readRange,
  insertCheckboxes: writeAndFormat,
  clear: { before: (i) => clearCells(cellsOf(i.target), i.args[0] as ClearOptions | undefined) },
  copyTo: {
    before: (i) => {
      const o = i.args[1];
      const n = cellsOf(i.target);
      if (o && typeof o === 'object' && !('name' in o)) return clearCells(n, o as ClearOptions);
      const type = o === undefined || o === null ? 'PASTE_NORMAL' : String(o);
      if (/FORMAT|NO_BORDERS|VALIDATION/.test(type)) return { formatted: n };
      if (/VALUES|FORMULA/.test(type)) return { written: n };
      return { written: n, formatted: n };
    },
  },
};

/** Data calls of the Spreadsheet service, by `Class.method`. Anything else on it is light. */
export const SPREADSHEET_DATA: Record<string, DataRule> = {
  ...Object.fromEntries(Object.entries(rangeRules).map(([m, r]) => [`Range.${m}`, r])),
  ...Object.fromEntries(RANGE_LIST_METHODS.map((m) => [`RangeList.${m}`, rangeRules[m]])),

  'Sheet.getSheetValues': read,
  'Sheet.appendRow': { before: (i) => ({ written: Array.isArray(i.args[0]) ? i.args[0].length : 0 }) },
  'Spreadsheet.appendRow': { before: (i) => ({ written: Array.isArray(i.args[0]) ? i.args[0].length : 0 }) },
  'Sheet.clear': { before: (i) => clearCells(sheetCells(i.target), i.args[0] as ClearOptions | undefined) },
  'Sheet.clearContents': { before: (i) => ({ written: sheetCells(i.target) }) },
  'Sheet.clearFormats': { before: (i) => ({ formatted: sheetCells(i.target) }) },
  'Sheet.clearNotes': { before: (i) => ({ formatted: sheetCells(i.target) }) },
  'Sheet.setConditionalFormatRules': {
    before: (i) => {
      const rules = Array.isArray(i.args[0]) ? i.args[0] : [];
      let n = 0;
      for (const rule of rules) n += cellsOf({ getRanges: () => i.unwrap(rule).getRanges() });
      return { formatted: n };
    },
  },
  'Sheet.getConditionalFormatRules': structural,
  'Sheet.clearConditionalFormatRules': structural,
  'TextFinder.findAll': structural,
  'TextFinder.findNext': structural,
  'TextFinder.findPrevious': structural,
  'TextFinder.replaceAllWith': { after: (r) => ({ written: typeof r === 'number' ? r : 0 }) },
  'TextFinder.replaceWith': { after: (r) => ({ written: typeof r === 'number' ? r : 0 }) },
  'SpreadsheetApp.flush': structural,
  ...Object.fromEntries(
    [
      'insertRowAfter',
      'insertRowsAfter',
      'insertRowBefore',
      'insertRowsBefore',
      'insertRows',
      'insertColumnAfter',
      'insertColumnsAfter',
      'insertColumnBefore',
      'insertColumnsBefore',
      'insertColumns',
      'deleteRow',
      'deleteRows',
      'deleteColumn',
      'deleteColumns',
      'moveRows',
      'moveColumns',
      // formats of whole rows and columns, frozen panes, over-grid objects
      'setFrozenRows',
      'setFrozenColumns',
      'setColumnWidth',
      'setColumnWidths',
      'autoResizeColumn',
      'autoResizeColumns',
      'setRowHeight',
      'setRowHeights',
      'hideColumns',
      'showColumns',
      'hideColumn',
      'unhideColumn',
      'hideRows',
      'showRows',
      'hideRow',
      'unhideRow',
      'insertImage',
      'insertChart',
      'updateChart',
      'removeChart',
    ].map((m) => [`Sheet.${m}`, structural]),
  ),
  'Spreadsheet.insertSheet': structural,
  'Spreadsheet.deleteSheet': structural,
  'Spreadsheet.moveActiveSheet': structural,
  'Spreadsheet.setFrozenRows': structural,
};

const GOOGLE_TYPE = /^application\/vnd\.google-apps\.(?!folder$)/;

/** How a Drive call is charged: a conversion when it turns media into a Google type, or exports. */
function driveCharge(qualified: string, args: unknown[]): Charge {
  const resource = args[0] as { mimeType?: unknown } | null | undefined;
  const media =
    qualified === 'Drive.Files.create' ? args[1] : qualified === 'Drive.Files.update' ? args[2] : undefined;
  const converts =
    qualified === 'Drive.Files.export' ||
    (media !== undefined && media !== null && GOOGLE_TYPE.test(String(resource?.mimeType ?? '')));
  return converts ? { kind: 'conversion', viaDrive: true } : { kind: 'drive' };
}

/** Measures the call before it runs; `settle` finishes with its result (reads are counted there). */
export function chargeBefore(info: CallInfo): { charge: Charge; after?: DataRule['after'] } {
  const qualified = `${info.className}.${info.method}`;
  if (info.service === 'spreadsheet') {
    const rule = SPREADSHEET_DATA[qualified];
    if (!rule) return { charge: { kind: 'light' } };
    return { charge: { kind: 'data', ...rule.before?.(info) }, after: rule.after };
  }
  if (qualified === 'MailApp.sendEmail') return { charge: { kind: 'mail' } };
  if (info.service === 'drive') return { charge: driveCharge(qualified, info.args) };
  if (info.method === 'getAs' && info.className === 'Blob') {
    const from = String((info.target as { getContentType(): string | null }).getContentType() ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (from !== String(info.args[0]).toLowerCase()) return { charge: { kind: 'conversion' } };
  }
  if (info.method === 'getAs' && info.className === 'HtmlOutput') return { charge: { kind: 'conversion' } };
  return { charge: { kind: 'light' } };
}

/** The call's final charge: reads measured on its result (nothing when it threw). */
export function settle(
  pending: { charge: Charge; after?: DataRule['after'] },
  result: unknown,
  ok: boolean,
): Charge {
  if (!ok || !pending.after) return pending.charge;
  return { ...pending.charge, ...pending.after(result) };
}
