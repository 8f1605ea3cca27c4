/**
 * Reading and writing single cells the way scripts see them: stored values become Numbers, Booleans,
 * Strings, '' for blanks, and Dates for date-formatted numbers (the wall-clock time in the
 * spreadsheet's time zone); formulas are evaluated on read; values written are parsed as typed.
 */
import type { Realm } from '../runtime';
import { isDate } from '../runtime';
import { instantFromSerial, serialFromInstant, fieldsOfSerial, todaySerial } from './dates';
import { evaluateFormula, formulaYieldsDate, FormulaError, type EvalEnv, type Scalar } from './formula';
import type { CellImageData, CellValue, RowData, SheetData, SpreadsheetData } from './model';
import { attrOf, valueAt } from './grid';
import { defaultDateFormat, defaultDateTimeFormat, displayOf, isDateFormat } from './numfmt';
import { parseTyped } from './parse';

let clockMemo = { timeZone: '', now: NaN, today: 0, nowSerial: 0 };
/** Today's and now's serials, memoized: every formula cell of a read asks for the same instant. */
function clockSerials(timeZone: string, now: number): { today: number; nowSerial: number } {
  if (clockMemo.timeZone !== timeZone || clockMemo.now !== now) {
    clockMemo = {
      timeZone,
      now,
      today: todaySerial(now, timeZone),
      nowSerial: serialFromInstant(now, timeZone),
    };
  }
  return clockMemo;
}

/** The environment formulas of `sheet` evaluate in. */
export function evalEnv(
  ss: SpreadsheetData,
  sheet: SheetData,
  now: number,
  rowShift = 0,
  colShift = 0,
  depth = 0,
): EvalEnv {
  const { today, nowSerial } = clockSerials(ss.timeZone, now);
  const find = (name: string | null) =>
    name === null ? sheet : (ss.sheets.find((s) => s.name === name) ?? null);
  return {
    today,
    now: nowSerial,
    rowShift,
    colShift,
    depth,
    size(name) {
      const s = find(name);
      return s ? { rows: s.maxRows, cols: s.maxCols } : null;
    },
    cell(name, r, c, d) {
      const s = find(name);
      if (!s) return new FormulaError('#REF!');
      return computedCell(ss, s, r, c, now, d);
    },
  };
}

/** A cell's value for formulas: blanks are null, dates serials, formulas evaluated. */
export function computedCell(
  ss: SpreadsheetData,
  sheet: SheetData,
  r: number,
  c: number,
  now: number,
  depth: number,
): Scalar {
  const row = sheet.rows[r];
  const fx = attrOf(row, 'fx', c);
  if (fx) {
    const v = evaluateFormula(fx, evalEnv(ss, sheet, now, 0, 0, depth));
    return v === '' ? null : v;
  }
  const v = valueAt(row, c);
  return v === '' ? null : v;
}

/** The stored or computed value of a cell (formulas evaluated; '' for blanks and unsupported formulas). */
export function cellValue(
  ss: SpreadsheetData,
  sheet: SheetData,
  row: RowData | null | undefined,
  r: number,
  c: number,
  now: number,
): CellValue {
  const fx = attrOf(row, 'fx', c);
  if (fx) return evaluateFormula(fx, evalEnv(ss, sheet, now));
  return valueAt(row, c);
}

/** The display string of a cell (`getDisplayValue`). */
export function cellDisplay(
  ss: SpreadsheetData,
  sheet: SheetData,
  r: number,
  c: number,
  now: number,
): string {
  const row = sheet.rows[r];
  if (!row) return '';
  if (attrOf(row, 'img', c)) return '';
  const v = cellValue(ss, sheet, row, r, c, now);
  return displayOf(v, attrOf(row, 'nf', c), ss.locale);
}

/** Converts a stored value to what `getValue(s)` returns (images are handled by the caller). */
export function toScript(v: CellValue, nf: string | null, timeZone: string, realm: Realm): unknown {
  if (v === null) return '';
  if (typeof v === 'number' && nf && isDateFormat(nf)) return new realm.Date(instantFromSerial(v, timeZone));
  return v;
}

/** What a write from a script turns into, before it is stored. */
export interface Prepared {
  value: CellValue;
  formula: string | null;
  /** A number format to set (undefined: keep). */
  format?: string;
  image: CellImageData | null;
}

/** The year in the spreadsheet's time zone, for 'd/m' input. */
export function currentYear(ss: SpreadsheetData, now: number): number {
  return fieldsOfSerial(serialFromInstant(now, ss.timeZone)).y;
}

/** Converts a value from a script (setValue, setValues, appendRow) to what the cell will hold. */
export function prepareInput(
  ss: SpreadsheetData,
  input: unknown,
  currentFormat: string | null,
  year: number,
  imageOf: (v: unknown) => CellImageData | null,
): Prepared {
  if (input === null || input === undefined || input === '')
    return { value: null, formula: null, image: null };
  switch (typeof input) {
    case 'string': {
      const t = parseTyped(input, currentFormat, ss.locale, year);
      if (t.formula && formulaYieldsDate(t.formula) && !currentFormat)
        t.format = defaultDateFormat(ss.locale);
      return t;
    }
    case 'number':
      return { value: Number.isFinite(input) ? input : String(input), formula: null, image: null };
    case 'boolean':
      return { value: input, formula: null, image: null };
  }
  if (isDate(input)) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) return { value: 'Invalid Date', formula: null, image: null };
    const format = isDateFormat(currentFormat) ? undefined : defaultDateTimeFormat(ss.locale);
    return { value: serialFromInstant(ms, ss.timeZone), formula: null, format, image: null };
  }
  const image = imageOf(input);
  if (image) return { value: null, formula: null, image };
  return { value: String(input), formula: null, image: null };
}
