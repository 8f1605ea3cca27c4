/**
 * Conditional-format rules (boolean conditions; gradient rules are not modelled) and their evaluation,
 * so a host can show each cell's effective colours.
 *
 * Evaluation follows Sheets: rules are tried in order and the first rule whose condition holds for a
 * cell formats it. Text conditions compare the cell's display text case-insensitively; number conditions
 * need a number; custom formulas are evaluated with references relative to the top-left cell of the
 * rule's first range (so `=$Q2="Late"` on A2:Z checks column Q of each row), with the
 * functions formula.ts knows (AND, OR, NOT, ISBLANK, TODAY, comparisons…).
 */
import type { Models } from '../models';
import { isDate, markEmulated, unwrap } from '../runtime';
import type { ServiceContext } from '../world';
import { type Book, failCtx, normalizeColor, sheetById, unwrapAll } from './book';
import { cellDisplay, computedCell, evalEnv } from './cells';
import { serialFromInstant, todaySerial } from './dates';
import { BooleanCriteria, enumName } from './enums';
import { evaluate, FormulaError, parseFormula } from './formula';
import type { ArgData, ConditionalRuleData, SheetData, SpreadsheetData } from './model';
import { Range } from './range';
import { argFromScript, argsToScript } from './validation';

type Format = ConditionalRuleData['format'];

export class BooleanCondition implements Models<
  GoogleAppsScript.Spreadsheet.BooleanCondition,
  | 'getBackground'
  | 'getBold'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getFontColor'
  | 'getItalic'
  | 'getStrikethrough'
  | 'getUnderline'
> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: Book | null,
    private readonly data: ConditionalRuleData,
  ) {}
  getCriteriaType() {
    return BooleanCriteria[this.data.criteria as keyof typeof BooleanCriteria];
  }
  getCriteriaValues(): unknown[] {
    return argsToScript(this.ctx, this.book, this.data.args);
  }
  getBackground(): string | null {
    return this.data.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.data.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.data.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.data.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.data.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.data.format.underline ?? null;
  }
}
markEmulated(BooleanCondition, 'BooleanCondition', 'spreadsheet');

export class ConditionalFormatRule implements Models<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'
> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: Book | null,
    private readonly data: ConditionalRuleData,
    private readonly sheetId: number | null,
  ) {}
  _data(): ConditionalRuleData {
    return this.data;
  }
  _sheetId(): number | null {
    return this.sheetId;
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx, this.book, structuredClone(this.data), this.sheetId);
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.data.criteria ? new BooleanCondition(this.ctx, this.book, this.data) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): Range[] {
    const sheet = this.book && this.sheetId !== null ? sheetById(this.book.ss, this.sheetId) : null;
    if (!sheet || !this.book) return [];
    return this.data.ranges.map((g) => new Range(this.book!, sheet, g));
  }
}
markEmulated(ConditionalFormatRule, 'ConditionalFormatRule', 'spreadsheet');

export class ConditionalFormatRuleBuilder implements Models<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getGradientCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setRanges'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenDateAfter'
  | 'whenDateBefore'
  | 'whenDateEqualTo'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria'
> {
  constructor(
    private readonly ctx: ServiceContext,
    private book: Book | null = null,
    private readonly data: ConditionalRuleData = { criteria: '', args: [], format: {}, ranges: [] },
    private sheetId: number | null = null,
  ) {}
  private _when(criteria: string, args: unknown[]): ConditionalFormatRuleBuilder {
    this.data.criteria = criteria;
    this.data.args = args.map((a) => argFromScript(this.ctx, a));
    return this;
  }
  private _fmt(patch: Format): ConditionalFormatRuleBuilder {
    Object.assign(this.data.format, patch);
    return this;
  }
  build(): ConditionalFormatRule {
    if (!this.data.criteria)
      throw failCtx(this.ctx, 'A condition must be set before building a conditional format rule.');
    return new ConditionalFormatRule(this.ctx, this.book, structuredClone(this.data), this.sheetId);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx, this.book, structuredClone(this.data), this.sheetId);
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.data.criteria ? new BooleanCondition(this.ctx, this.book, this.data) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): Range[] {
    return this.build().getRanges();
  }
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    const rs = unwrapAll(ranges);
    for (const r of rs)
      if (!(r instanceof Range))
        throw failCtx(
          this.ctx,
          "The parameters don't match the method signature for ConditionalFormatRuleBuilder.setRanges.",
        );
    this.data.ranges = rs.map((r) => ({ ...r._grid() }));
    if (rs[0]) {
      this.book = rs[0]._book();
      this.sheetId = rs[0]._sheetData().sheetId;
    }
    return this;
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    return this._fmt({ background: normalizeColor(color) });
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    return this._fmt({ fontColor: normalizeColor(color) });
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    return this._fmt({ bold });
  }
  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    return this._fmt({ italic });
  }
  setStrikethrough(strikethrough: boolean | null): ConditionalFormatRuleBuilder {
    return this._fmt({ strikethrough });
  }
  setUnderline(underline: boolean | null): ConditionalFormatRuleBuilder {
    return this._fmt({ underline });
  }
  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenDateAfter(date: unknown): ConditionalFormatRuleBuilder {
    return isDate(unwrap(date))
      ? this._when('DATE_AFTER', [date])
      : this._when('DATE_AFTER_RELATIVE', [enumName(date)]);
  }
  whenDateBefore(date: unknown): ConditionalFormatRuleBuilder {
    return isDate(unwrap(date))
      ? this._when('DATE_BEFORE', [date])
      : this._when('DATE_BEFORE_RELATIVE', [enumName(date)]);
  }
  whenDateEqualTo(date: unknown): ConditionalFormatRuleBuilder {
    return isDate(unwrap(date))
      ? this._when('DATE_EQUAL_TO', [date])
      : this._when('DATE_EQUAL_TO_RELATIVE', [enumName(date)]);
  }
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this._when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberNotBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberNotEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_CONTAINS', [String(text)]);
  }
  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  whenTextEndsWith(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_ENDS_WITH', [String(text)]);
  }
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_STARTS_WITH', [String(text)]);
  }
  withCriteria(criteria: unknown, args: unknown[]): ConditionalFormatRuleBuilder {
    return this._when(enumName(criteria), Array.from(args ?? []));
  }
}
markEmulated(ConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder', 'spreadsheet');

const DAY = 1;

function relativeDay(name: ArgData, today: number): [number, number] {
  switch (name) {
    case 'TOMORROW':
      return [today + DAY, today + DAY];
    case 'YESTERDAY':
      return [today - DAY, today - DAY];
    case 'PAST_WEEK':
      return [today - 7, today];
    case 'PAST_MONTH':
      return [today - 30, today];
    case 'PAST_YEAR':
      return [today - 365, today];
    default:
      return [today, today];
  }
}

/** Whether `rule` holds for cell (r, c) — 0-based — of `sheet`. */
export function ruleHolds(
  ss: SpreadsheetData,
  sheet: SheetData,
  rule: ConditionalRuleData,
  r: number,
  c: number,
  now: number,
): boolean {
  const args = rule.args;
  if (rule.criteria === 'CUSTOM_FORMULA') {
    const ast = parseFormula(String(args[0] ?? ''));
    const origin = rule.ranges[0];
    if (!ast || !origin) return false;
    const v = evaluate(ast, evalEnv(ss, sheet, now, r - origin.r0, c - origin.c0));
    const s = Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
    if (s instanceof FormulaError || s === null) return false;
    if (typeof s === 'boolean') return s;
    if (typeof s === 'number') return s !== 0;
    return s.toUpperCase() === 'TRUE';
  }
  const value = computedCell(ss, sheet, r, c, now, 0);
  const empty = value === null || value === '';
  const text = () => cellDisplay(ss, sheet, r, c, now).toLowerCase();
  const arg = (i: number) => String(args[i] ?? '').toLowerCase();
  const num = typeof value === 'number' ? value : null;
  const n = (i: number) => Number(args[i]);
  const dateArg = (i: number) => {
    const a = args[i];
    const ms = a && typeof a === 'object' && 'date' in a ? a.date : Number(a);
    return Math.floor(serialFromInstant(ms, ss.timeZone));
  };
  const today = todaySerial(now, ss.timeZone);
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return empty;
    case 'CELL_NOT_EMPTY':
      return !empty;
    case 'TEXT_EQUAL_TO':
      return !empty && text() === arg(0);
    case 'TEXT_NOT_EQUAL_TO':
      return text() !== arg(0);
    case 'TEXT_CONTAINS':
      return !empty && text().includes(arg(0));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text().includes(arg(0));
    case 'TEXT_STARTS_WITH':
      return !empty && text().startsWith(arg(0));
    case 'TEXT_ENDS_WITH':
      return !empty && text().endsWith(arg(0));
    case 'NUMBER_BETWEEN':
      return num !== null && num >= Math.min(n(0), n(1)) && num <= Math.max(n(0), n(1));
    case 'NUMBER_NOT_BETWEEN':
      return num !== null && (num < Math.min(n(0), n(1)) || num > Math.max(n(0), n(1)));
    case 'NUMBER_EQUAL_TO':
      return num !== null && num === n(0);
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== null && num !== n(0);
    case 'NUMBER_GREATER_THAN':
      return num !== null && num > n(0);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= n(0);
    case 'NUMBER_LESS_THAN':
      return num !== null && num < n(0);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== null && num <= n(0);
    case 'DATE_AFTER':
      return num !== null && Math.floor(num) > dateArg(0);
    case 'DATE_BEFORE':
      return num !== null && Math.floor(num) < dateArg(0);
    case 'DATE_EQUAL_TO':
      return num !== null && Math.floor(num) === dateArg(0);
    case 'DATE_AFTER_RELATIVE':
      return num !== null && Math.floor(num) > relativeDay(args[0], today)[1];
    case 'DATE_BEFORE_RELATIVE':
      return num !== null && Math.floor(num) < relativeDay(args[0], today)[0];
    case 'DATE_EQUAL_TO_RELATIVE': {
      const [lo, hi] = relativeDay(args[0], today);
      return num !== null && Math.floor(num) >= lo && Math.floor(num) <= hi;
    }
    default:
      return false;
  }
}

/** The format the first matching rule gives cell (r, c), or null. */
export function conditionalFormatAt(
  ss: SpreadsheetData,
  sheet: SheetData,
  r: number,
  c: number,
  now: number,
): Format | null {
  for (const rule of sheet.conditionalRules) {
    const inside = rule.ranges.some((g) => r >= g.r0 && r < g.r0 + g.nr && c >= g.c0 && c < g.c0 + g.nc);
    if (inside && ruleHolds(ss, sheet, rule, r, c, now)) return rule.format;
  }
  return null;
}
