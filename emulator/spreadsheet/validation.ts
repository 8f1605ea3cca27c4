/**
 * Data validation: the builder, the rule objects, and the check applied to script writes.
 *
 * Whether Apps Script rejects a script write that breaks a "reject input" rule is not documented; the
 * emulator rejects it by default (the stricter behaviour: code that passes here passes in Sheets either
 * way) with the message Sheets gives, and `settings.enforceValidationOnScriptWrites = false` turns that
 * off. Custom-formula rules are recorded but not checked.
 */
import type { Models } from '../models';
import { isDate, markEmulated, unwrap } from '../runtime';
import type { ServiceContext } from '../world';
import { type Book, fail, failCtx, sheetById } from './book';
import { serialFromInstant } from './dates';
import { DataValidationCriteria, enumName } from './enums';
import type { ArgData, SpreadsheetData, ValidationData } from './model';
import { displayOf } from './numfmt';
import type { Prepared } from './cells';
import { cellDisplay } from './cells';
import { Range } from './range';

/** Turns stored criteria arguments back into script values (Dates, Ranges, arrays of the script's realm). */
export function argsToScript(ctx: ServiceContext, book: Book | null, args: ArgData[]): unknown[] {
  const conv = (a: ArgData): unknown => {
    if (Array.isArray(a)) return ctx.exec.realm.Array.from(a, conv);
    if (a && typeof a === 'object') {
      if ('date' in a) return new ctx.exec.realm.Date(a.date);
      if ('range' in a) {
        const sheet = book ? sheetById(book.ss, a.sheetId) : null;
        return book && sheet ? new Range(book, sheet, a.range) : null;
      }
    }
    return a;
  };
  return ctx.exec.realm.Array.from(args, conv);
}

/** Turns a script's criteria argument into stored data. */
export function argFromScript(ctx: ServiceContext, v: unknown): ArgData {
  const x = unwrap(v);
  if (x === null || x === undefined) return null;
  if (isDate(x)) return { date: x.getTime() };
  if (x instanceof Range) return { range: { ...x._grid() }, sheetId: x._sheetData().sheetId };
  if (Array.isArray(x)) return x.map((y) => argFromScript(ctx, y));
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'string') return x;
  return String(x);
}

export class DataValidation implements Models<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText',
  'getHelpText'
> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: Book | null,
    private readonly data: ValidationData,
  ) {}
  _data(): ValidationData {
    return this.data;
  }
  _book(): Book | null {
    return this.book;
  }
  getCriteriaType() {
    return DataValidationCriteria[this.data.criteria as keyof typeof DataValidationCriteria];
  }
  getCriteriaValues(): unknown[] {
    return argsToScript(this.ctx, this.book, this.data.args);
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  /** null when the rule has no help text, as in Apps Script (the typings say string). */
  getHelpText(): string | null {
    return this.data.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx, this.book, structuredClone(this.data));
  }
}
markEmulated(DataValidation, 'DataValidation', 'spreadsheet');

export class DataValidationBuilder implements Models<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateEqualTo'
  | 'requireDateNotBetween'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireNumberNotBetween'
  | 'requireNumberNotEqualTo'
  | 'requireTextContains'
  | 'requireTextDoesNotContain'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria',
  'getCriteriaType' | 'getHelpText'
> {
  constructor(
    private readonly ctx: ServiceContext,
    private book: Book | null = null,
    private readonly data: ValidationData = { criteria: '', args: [], allowInvalid: true, helpText: null },
  ) {}

  private _set(criteria: string, args: unknown[]): DataValidationBuilder {
    this.data.criteria = criteria;
    this.data.args = args.map((a) => argFromScript(this.ctx, a));
    return this;
  }

  build(): DataValidation {
    if (!this.data.criteria)
      throw failCtx(this.ctx, 'You must set a criteria before building a data validation rule.');
    return new DataValidation(this.ctx, this.book, structuredClone(this.data));
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx, this.book, structuredClone(this.data));
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  /** null before a criterion is set (like `getHelpText` before help text is). */
  getCriteriaType() {
    return this.data.criteria
      ? DataValidationCriteria[this.data.criteria as keyof typeof DataValidationCriteria]
      : null;
  }
  getCriteriaValues(): unknown[] {
    return argsToScript(this.ctx, this.book, this.data.args);
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.data.allowInvalid = !!allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.data.helpText = String(helpText);
    return this;
  }
  withCriteria(criteria: unknown, args: unknown[]): DataValidationBuilder {
    return this._set(enumName(criteria), Array.from(args ?? []));
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    const args =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this._set('CHECKBOX', args);
  }
  requireDate(): DataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): DataValidationBuilder {
    return this._set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): DataValidationBuilder {
    return this._set('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): DataValidationBuilder {
    return this._set('DATE_BETWEEN', [start, end]);
  }
  requireDateNotBetween(start: Date, end: Date): DataValidationBuilder {
    return this._set('DATE_NOT_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: Date): DataValidationBuilder {
    return this._set('DATE_EQUAL_TO', [date]);
  }
  requireDateOnOrAfter(date: Date): DataValidationBuilder {
    return this._set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): DataValidationBuilder {
    return this._set('DATE_ON_OR_BEFORE', [date]);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): DataValidationBuilder {
    return this._set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberNotEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_NOT_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): DataValidationBuilder {
    return this._set('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextContains(text: string): DataValidationBuilder {
    return this._set('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): DataValidationBuilder {
    return this._set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): DataValidationBuilder {
    return this._set('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values))
      throw failCtx(
        this.ctx,
        "The parameters (String) don't match the method signature for DataValidationBuilder.requireValueInList.",
      );
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown !== false]);
  }
  requireValueInRange(range: Range, showDropdown = true): DataValidationBuilder {
    const r = unwrap(range);
    if (!(r instanceof Range))
      throw failCtx(
        this.ctx,
        "The parameters don't match the method signature for DataValidationBuilder.requireValueInRange.",
      );
    this.book = r._book();
    return this._set('VALUE_IN_RANGE', [r, showDropdown !== false]);
  }
}
markEmulated(DataValidationBuilder, 'DataValidationBuilder', 'spreadsheet');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i;

function dateArg(ss: SpreadsheetData, a: ArgData): number {
  const ms = a && typeof a === 'object' && 'date' in a ? a.date : Number(a);
  return Math.floor(serialFromInstant(ms, ss.timeZone));
}

/** Whether a value about to be written satisfies the rule (blanks and formulas always pass). */
export function satisfies(book: Book, rule: ValidationData, p: Prepared, now: number): boolean {
  if (p.formula || p.image || p.value === null || p.value === '') return true;
  const v = p.value;
  const { ss } = book;
  const text = displayOf(v, null, ss.locale);
  const args = rule.args;
  const num = typeof v === 'number' ? v : null;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return ((args[0] as string[]) ?? []).some((x) => String(x) === text);
    case 'VALUE_IN_RANGE': {
      const a = args[0];
      if (!a || typeof a !== 'object' || !('range' in a)) return true;
      const sheet = sheetById(ss, a.sheetId);
      if (!sheet) return true;
      for (let r = a.range.r0; r < a.range.r0 + a.range.nr; r++) {
        if (!sheet.rows[r]) continue;
        for (let c = a.range.c0; c < a.range.c0 + a.range.nc; c++)
          if (cellDisplay(ss, sheet, r, c, now) === text) return true;
      }
      return false;
    }
    case 'CHECKBOX':
      if (args.length === 0) return typeof v === 'boolean';
      return args.some((x) => x === v || String(x) === text);
    case 'DATE_IS_VALID_DATE':
      return num !== null;
    case 'DATE_AFTER':
      return num !== null && Math.floor(num) > dateArg(ss, args[0]);
    case 'DATE_BEFORE':
      return num !== null && Math.floor(num) < dateArg(ss, args[0]);
    case 'DATE_ON_OR_AFTER':
      return num !== null && Math.floor(num) >= dateArg(ss, args[0]);
    case 'DATE_ON_OR_BEFORE':
      return num !== null && Math.floor(num) <= dateArg(ss, args[0]);
    case 'DATE_EQUAL_TO':
      return num !== null && Math.floor(num) === dateArg(ss, args[0]);
    case 'DATE_BETWEEN':
      return (
        num !== null && Math.floor(num) >= dateArg(ss, args[0]) && Math.floor(num) <= dateArg(ss, args[1])
      );
    case 'DATE_NOT_BETWEEN':
      return (
        num !== null && (Math.floor(num) < dateArg(ss, args[0]) || Math.floor(num) > dateArg(ss, args[1]))
      );
    case 'NUMBER_BETWEEN':
      return num !== null && num >= Number(args[0]) && num <= Number(args[1]);
    case 'NUMBER_NOT_BETWEEN':
      return num !== null && (num < Number(args[0]) || num > Number(args[1]));
    case 'NUMBER_EQUAL_TO':
      return num === Number(args[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== null && num !== Number(args[0]);
    case 'NUMBER_GREATER_THAN':
      return num !== null && num > Number(args[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= Number(args[0]);
    case 'NUMBER_LESS_THAN':
      return num !== null && num < Number(args[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== null && num <= Number(args[0]);
    case 'TEXT_CONTAINS':
      return text.includes(String(args[0]));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(String(args[0]));
    case 'TEXT_EQUAL_TO':
      return text === String(args[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return EMAIL.test(text);
    case 'TEXT_IS_VALID_URL':
      return URL_RE.test(text);
    default:
      return true; // CUSTOM_FORMULA and anything else: not checked
  }
}

/** Throws Sheets' error when a write into cell `a1` breaks its reject-input rule. */
export function assertValid(
  book: Book,
  rule: ValidationData | null,
  p: Prepared,
  a1: string,
  now: number,
): void {
  if (!rule || rule.allowInvalid || !book.ss.settings.enforceValidationOnScriptWrites) return;
  if (!satisfies(book, rule, p, now)) {
    throw fail(
      book,
      `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
    );
  }
}
