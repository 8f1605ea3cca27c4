/**
 * Range: a fixed rectangle of one sheet (it does not move when rows are inserted, as in Apps Script).
 * Reads and writes go straight to the sheet's row arrays; every write first checks the sheet bounds,
 * protections, and (for values) data-validation rules, so a failing call changes nothing.
 */
import type { Models } from '../models';
import { instrument, markEmulated, unwrap } from '../runtime';
import { formatA1, columnLetter } from './a1';
import { assertShape, type Book, fail, normalizeColor, now } from './book';
import { cellDisplay, cellValue, currentYear, prepareInput, toScript, type Prepared } from './cells';
import { instantFromSerial } from './dates';
import { EnumValue, WrapStrategy, enumName } from './enums';
import { shiftFormula } from './formula';
import { attrOf, setAttr, setValueAt, hasContent, valueAt } from './grid';
import { CellImage, cellImageData } from './images';
import {
  addMetadata,
  DeveloperMetadataFinder,
  locationOfRange,
  metadataIn,
  type DeveloperMetadata,
} from './metadata';
import {
  FORMAT_KEYS,
  type AttrKey,
  type CellAttrs,
  type GridRange,
  type SheetData,
  type ValidationData,
} from './model';
import { isDateFormat } from './numfmt';
import { assertCanEdit, newProtection, Protection } from './protection';
import { Sheet } from './sheet';
import { TextFinder } from './textfinder';
import { assertValid, DataValidation } from './validation';

export interface OpenFlags {
  wholeColumns?: boolean;
  wholeRows?: boolean;
}

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;

type AttrValue<K extends AttrKey> = NonNullable<CellAttrs[K]>[number];

const COORDINATES_OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

/** Throws Apps Script's errors for a bad (row, column, numRows, numColumns). */
export function checkCoordinates(
  book: Book,
  sheet: SheetData,
  row: number,
  col: number,
  nr: number,
  nc: number,
): void {
  if (!(row >= 1)) throw fail(book, 'The starting row of the range is too small.');
  if (!(col >= 1)) throw fail(book, 'The starting column of the range is too small.');
  if (!(nr >= 1)) throw fail(book, 'The number of rows in the range must be at least 1.');
  if (!(nc >= 1)) throw fail(book, 'The number of columns in the range must be at least 1.');
  if (row + nr - 1 > sheet.maxRows || col + nc - 1 > sheet.maxCols) throw fail(book, COORDINATES_OUTSIDE);
}

function isCheckbox(rule: ValidationData | null): rule is ValidationData {
  return !!rule && rule.criteria === 'CHECKBOX';
}
function checkedValue(rule: ValidationData): unknown {
  return rule.args.length > 0 ? rule.args[0] : true;
}
function uncheckedValue(rule: ValidationData): unknown {
  return rule.args.length === 0 ? false : rule.args.length === 1 ? null : rule.args[1];
}

export class Range implements Models<
  GoogleAppsScript.Spreadsheet.Range,
  | 'activate'
  | 'activateAsCurrentCell'
  | 'addDeveloperMetadata'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'copyTo'
  | 'createDeveloperMetadataFinder'
  | 'createTextFinder'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDeveloperMetadata'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontColors'
  | 'getFontFamilies'
  | 'getFontFamily'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getVerticalAlignments'
  | 'getWidth'
  | 'getWrap'
  | 'getWrapStrategies'
  | 'getWrapStrategy'
  | 'getWraps'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isChecked'
  | 'offset'
  | 'protect'
  | 'removeCheckboxes'
  | 'setBackground'
  | 'setBackgroundRGB'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamilies'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setFontSizes'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setVerticalAlignments'
  | 'setWrap'
  | 'setWrapStrategies'
  | 'setWrapStrategy'
  | 'setWraps'
  | 'sort'
  | 'uncheck'
> {
  constructor(
    private readonly book: Book,
    private readonly sheet: SheetData,
    private readonly g: GridRange,
    private readonly open: OpenFlags = {},
  ) {}

  _grid(): GridRange {
    return this.g;
  }
  _sheetData(): SheetData {
    return this.sheet;
  }
  _book(): Book {
    return this.book;
  }

  private _bounds(): void {
    const { g, sheet } = this;
    if (g.r0 + g.nr > sheet.maxRows || g.c0 + g.nc > sheet.maxCols)
      throw fail(this.book, COORDINATES_OUTSIDE);
  }
  private _edit(): void {
    this._bounds();
    assertCanEdit(this.book, this.sheet, this.g);
  }
  private _cellA1(r: number, c: number): string {
    return `${columnLetter(c + 1)}${r + 1}`;
  }
  private _newRange(g: GridRange): Range {
    return new Range(this.book, this.sheet, g);
  }

  // ---- geometry ------------------------------------------------------------------------------------

  getA1Notation(): string {
    return formatA1(this.g, this.open);
  }
  getRow(): number {
    return this.g.r0 + 1;
  }
  getRowIndex(): number {
    return this.g.r0 + 1;
  }
  getColumn(): number {
    return this.g.c0 + 1;
  }
  getNumRows(): number {
    return this.g.nr;
  }
  getNumColumns(): number {
    return this.g.nc;
  }
  getHeight(): number {
    return this.g.nr;
  }
  getWidth(): number {
    return this.g.nc;
  }
  /** The end row of the range (not the last row with content). */
  getLastRow(): number {
    return this.g.r0 + this.g.nr;
  }
  getLastColumn(): number {
    return this.g.c0 + this.g.nc;
  }
  getGridId(): number {
    return this.sheet.sheetId;
  }
  getSheet(): Sheet {
    return new Sheet(this.book, this.sheet);
  }
  getCell(row: number, column: number): Range {
    if (!(row >= 1 && column >= 1 && row <= this.g.nr && column <= this.g.nc))
      throw fail(this.book, 'Cell reference out of range');
    return this._newRange({ r0: this.g.r0 + row - 1, c0: this.g.c0 + column - 1, nr: 1, nc: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const nr = numRows ?? this.g.nr;
    const nc = numColumns ?? this.g.nc;
    const row = this.g.r0 + 1 + Number(rowOffset);
    const col = this.g.c0 + 1 + Number(columnOffset);
    checkCoordinates(this.book, this.sheet, row, col, nr, nc);
    return this._newRange({ r0: row - 1, c0: col - 1, nr, nc });
  }
  activate(): Range {
    this.book.ss.activeSheetId = this.sheet.sheetId;
    this.sheet.selection = { ...this.g };
    return this;
  }
  activateAsCurrentCell(): Range {
    return this.activate();
  }

  // ---- values --------------------------------------------------------------------------------------

  getValue(): unknown {
    return this.getCell(1, 1).getValues()[0][0];
  }
  getValues(): unknown[][] {
    this._bounds();
    const { ss } = this.book;
    const { realm } = this.book.ctx.exec;
    const A = realm.Array;
    const tz = ss.timeZone;
    const t = now(this.book);
    const { r0, c0, nr, nc } = this.g;
    const out = new A(nr);
    for (let i = 0; i < nr; i++) {
      const line = new A(nc);
      const row = this.sheet.rows[r0 + i];
      if (!row) {
        for (let j = 0; j < nc; j++) line[j] = '';
      } else {
        const v = row.v;
        const nf = row.a?.nf;
        const fx = row.a?.fx;
        const img = row.a?.img;
        for (let j = 0; j < nc; j++) {
          const c = c0 + j;
          const f = nf ? (nf[c] ?? null) : null;
          if (fx && fx[c]) {
            line[j] = toScript(cellValue(ss, this.sheet, row, r0 + i, c, t), f, tz, realm);
          } else if (img && img[c]) {
            // Nested in arrays the proxy does not wrap: instrument it here so its calls count too.
            line[j] = instrument(this.book.ctx.exec, new CellImage(this.book.ctx, img[c]!));
          } else {
            const x = v[c];
            if (x === null || x === undefined) line[j] = '';
            else if (typeof x === 'number' && f && isDateFormat(f))
              line[j] = new realm.Date(instantFromSerial(x, tz));
            else line[j] = x;
          }
        }
      }
      out[i] = line;
    }
    return out;
  }
  getDisplayValue(): string {
    return this.getCell(1, 1).getDisplayValues()[0][0];
  }
  getDisplayValues(): string[][] {
    this._bounds();
    const t = now(this.book);
    return this._map2D((r, c) => cellDisplay(this.book.ss, this.sheet, r, c, t));
  }

  /** Writes prepared values after checking validation for every cell first (so nothing is half-written). */
  private _writePrepared(prepare: (i: number, j: number, currentFormat: string | null) => Prepared): void {
    this._edit();
    const { r0, c0, nr, nc } = this.g;
    const { ss } = this.book;
    const t = now(this.book);
    if (ss.settings.enforceValidationOnScriptWrites) {
      for (let i = 0; i < nr; i++) {
        const dv = this.sheet.rows[r0 + i]?.a?.dv;
        if (!dv) continue;
        for (let j = 0; j < nc; j++) {
          const rule = dv[c0 + j];
          if (!rule) continue;
          const nf = attrOf(this.sheet.rows[r0 + i], 'nf', c0 + j);
          assertValid(this.book, rule, prepare(i, j, nf), this._cellA1(r0 + i, c0 + j), t);
        }
      }
    }
    for (let i = 0; i < nr; i++) {
      const r = r0 + i;
      for (let j = 0; j < nc; j++) {
        const c = c0 + j;
        const nf = this.sheet.rows[r]?.a?.nf?.[c] ?? null;
        commit(this.sheet, r, c, prepare(i, j, nf));
      }
    }
  }

  setValue(value: unknown): Range {
    const { ss } = this.book;
    const year = currentYear(ss, now(this.book));
    this._writePrepared((_i, _j, nf) => prepareInput(ss, value, nf, year, imageOf));
    return this;
  }
  setValues(values: unknown[][]): Range {
    assertShape(this.book, values, this.g.nr, this.g.nc);
    const { ss } = this.book;
    const year = currentYear(ss, now(this.book));
    this._writePrepared((i, j, nf) => prepareInput(ss, values[i][j], nf, year, imageOf));
    return this;
  }
  getFormula(): string {
    return this.getCell(1, 1).getFormulas()[0][0];
  }
  getFormulas(): string[][] {
    this._bounds();
    return this._map2D((r, c) => attrOf(this.sheet.rows[r], 'fx', c) ?? '');
  }
  /** Sets the formula of every cell; relative references move with each cell, as filling does. */
  setFormula(formula: string): Range {
    const { ss } = this.book;
    const year = currentYear(ss, now(this.book));
    const f = String(formula);
    this._writePrepared((i, j, nf) =>
      f.startsWith('=')
        ? { value: null, formula: shiftFormula(f, i, j), image: null }
        : prepareInput(ss, f, nf, year, imageOf),
    );
    return this;
  }
  setFormulas(formulas: string[][]): Range {
    assertShape(this.book, formulas, this.g.nr, this.g.nc);
    const { ss } = this.book;
    const year = currentYear(ss, now(this.book));
    this._writePrepared((i, j, nf) => {
      const f = formulas[i][j] === null || formulas[i][j] === undefined ? '' : String(formulas[i][j]);
      return f.startsWith('=') && f.length > 1
        ? { value: null, formula: f, image: null }
        : prepareInput(ss, f, nf, year, imageOf);
    });
    return this;
  }
  isBlank(): boolean {
    this._bounds();
    const { r0, c0, nr, nc } = this.g;
    for (let r = r0; r < r0 + nr; r++) {
      const row = this.sheet.rows[r];
      if (!row) continue;
      for (let c = c0; c < c0 + nc; c++) if (hasContent(row, c)) return false;
    }
    return true;
  }

  // ---- clearing ------------------------------------------------------------------------------------

  /**
   * `clear()` removes contents, formats, data validation and notes; with options, only the parts named
   * (commentsOnly, contentsOnly, formatOnly, validationsOnly).
   */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
  }): Range {
    this._edit();
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    const contents = !any || o.contentsOnly;
    const formats = !any || o.formatOnly;
    const validations = !any || o.validationsOnly;
    const notes = !any || o.commentsOnly;
    const keys: AttrKey[] = [
      ...(formats ? FORMAT_KEYS : []),
      ...(validations ? (['dv'] as AttrKey[]) : []),
      ...(notes ? (['note'] as AttrKey[]) : []),
    ];
    if (contents) keys.push('fx', 'img');
    // Only stored rows and attribute arrays are visited: clearing a whole sheet stays cheap.
    const { r0, c0, nr, nc } = this.g;
    const rEnd = Math.min(r0 + nr, this.sheet.rows.length);
    for (let r = r0; r < rEnd; r++) {
      const row = this.sheet.rows[r];
      if (!row) continue;
      const arrays: unknown[][] = contents ? [row.v] : [];
      for (const k of keys) if (row.a?.[k]) arrays.push(row.a[k] as unknown[]);
      for (const arr of arrays) {
        const cEnd = Math.min(c0 + nc, arr.length);
        for (let c = c0; c < cEnd; c++) arr[c] = null;
      }
    }
    return this;
  }
  clearContent(): Range {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): Range {
    return this.clear({ formatOnly: true });
  }
  clearNote(): Range {
    return this.clear({ commentsOnly: true });
  }
  clearDataValidations(): Range {
    return this.clear({ validationsOnly: true });
  }

  // ---- formats -------------------------------------------------------------------------------------

  private _forEachCell(fn: (r: number, c: number, i: number, j: number) => void): void {
    const { r0, c0, nr, nc } = this.g;
    for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) fn(r0 + i, c0 + j, i, j);
  }
  private _map2D<T>(fn: (r: number, c: number) => T): T[][] {
    const A = this.book.ctx.exec.realm.Array;
    const { r0, c0, nr, nc } = this.g;
    const out = new A(nr);
    for (let i = 0; i < nr; i++) {
      const line = new A(nc);
      for (let j = 0; j < nc; j++) line[j] = fn(r0 + i, c0 + j);
      out[i] = line;
    }
    return out;
  }
  private _fill<K extends AttrKey>(key: K, value: AttrValue<K> | null): Range {
    this._edit();
    this._forEachCell((r, c) => setAttr(this.sheet, r, c, key, value));
    return this;
  }
  private _fill2D<K extends AttrKey>(
    key: K,
    data: unknown[][],
    conv: (x: unknown) => AttrValue<K> | null,
  ): Range {
    assertShape(this.book, data, this.g.nr, this.g.nc);
    this._edit();
    this._forEachCell((r, c, i, j) => setAttr(this.sheet, r, c, key, conv(data[i][j])));
    return this;
  }
  private _read<K extends AttrKey, T>(key: K, conv: (x: AttrValue<K> | null) => T): T {
    this._bounds();
    return conv(attrOf(this.sheet.rows[this.g.r0], key, this.g.c0));
  }
  private _read2D<K extends AttrKey, T>(key: K, conv: (x: AttrValue<K> | null) => T): T[][] {
    this._bounds();
    return this._map2D((r, c) => conv(attrOf(this.sheet.rows[r], key, c)));
  }

  getNumberFormat(): string {
    return this._read('nf', (x) => x ?? 'General');
  }
  getNumberFormats(): string[][] {
    return this._read2D('nf', (x) => x ?? 'General');
  }
  setNumberFormat(numberFormat: string): Range {
    return this._fill('nf', numberFormatOf(numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): Range {
    return this._fill2D('nf', numberFormats, numberFormatOf);
  }
  getBackground(): string {
    return this._read('bg', (x) => x ?? '#ffffff');
  }
  getBackgrounds(): string[][] {
    return this._read2D('bg', (x) => x ?? '#ffffff');
  }
  setBackground(color: string | null): Range {
    return this._fill('bg', whiteIsDefault(normalizeColor(color)));
  }
  setBackgrounds(color: string[][]): Range {
    return this._fill2D('bg', color, (x) => whiteIsDefault(normalizeColor(x)));
  }
  setBackgroundRGB(red: number, green: number, blue: number): Range {
    const hex = (n: number) =>
      Math.max(0, Math.min(255, Math.round(n)))
        .toString(16)
        .padStart(2, '0');
    return this.setBackground(`#${hex(red)}${hex(green)}${hex(blue)}`);
  }
  getFontColor(): string {
    return this._read('fc', (x) => x ?? '#000000');
  }
  getFontColors(): string[][] {
    return this._read2D('fc', (x) => x ?? '#000000');
  }
  setFontColor(color: string | null): Range {
    return this._fill('fc', blackIsDefault(normalizeColor(color)));
  }
  setFontColors(colors: string[][]): Range {
    return this._fill2D('fc', colors, (x) => blackIsDefault(normalizeColor(x)));
  }
  getFontWeight(): FontWeight {
    return this._read('fw', (x) => (x ?? 'normal') as FontWeight);
  }
  getFontWeights(): FontWeight[][] {
    return this._read2D('fw', (x) => (x ?? 'normal') as FontWeight);
  }
  setFontWeight(fontWeight: string | null): Range {
    return this._fill('fw', fontWeight === 'bold' ? 'bold' : null);
  }
  setFontWeights(fontWeights: (string | null)[][]): Range {
    return this._fill2D('fw', fontWeights, (x) => (x === 'bold' ? 'bold' : null));
  }
  getFontStyle(): FontStyle {
    return this._read('fst', (x) => (x ?? 'normal') as FontStyle);
  }
  getFontStyles(): FontStyle[][] {
    return this._read2D('fst', (x) => (x ?? 'normal') as FontStyle);
  }
  setFontStyle(fontStyle: string | null): Range {
    return this._fill('fst', fontStyle === 'italic' ? 'italic' : null);
  }
  setFontStyles(fontStyles: (string | null)[][]): Range {
    return this._fill2D('fst', fontStyles, (x) => (x === 'italic' ? 'italic' : null));
  }
  getFontSize(): number {
    return this._read('fsz', (x) => x ?? 10);
  }
  getFontSizes(): number[][] {
    return this._read2D('fsz', (x) => x ?? 10);
  }
  setFontSize(size: number | null): Range {
    return this._fill('fsz', size === null || size === 10 ? null : Number(size));
  }
  setFontSizes(sizes: number[][]): Range {
    return this._fill2D('fsz', sizes, (x) => (x === null || x === 10 ? null : Number(x)));
  }
  getFontFamily(): string {
    return this._read('ff', (x) => x ?? 'Arial');
  }
  getFontFamilies(): string[][] {
    return this._read2D('ff', (x) => x ?? 'Arial');
  }
  setFontFamily(fontFamily: string | null): Range {
    return this._fill('ff', fontFamily ? String(fontFamily) : null);
  }
  setFontFamilies(fontFamilies: string[][]): Range {
    return this._fill2D('ff', fontFamilies, (x) => (x ? String(x) : null));
  }
  getHorizontalAlignment(): string {
    return this._read('ha', (x) => x ?? 'general');
  }
  getHorizontalAlignments(): string[][] {
    return this._read2D('ha', (x) => x ?? 'general');
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this._fill('ha', alignmentOf(alignment));
  }
  setHorizontalAlignments(alignments: (string | null)[][]): Range {
    return this._fill2D('ha', alignments, alignmentOf);
  }
  getVerticalAlignment(): string {
    return this._read('va', (x) => x ?? 'bottom');
  }
  getVerticalAlignments(): string[][] {
    return this._read2D('va', (x) => x ?? 'bottom');
  }
  setVerticalAlignment(alignment: string | null): Range {
    return this._fill('va', alignment && alignment !== 'bottom' ? String(alignment).toLowerCase() : null);
  }
  setVerticalAlignments(alignments: (string | null)[][]): Range {
    return this._fill2D('va', alignments, (x) => (x && x !== 'bottom' ? String(x).toLowerCase() : null));
  }
  getWrap(): boolean {
    return this._read('wrap', (x) => x === 'WRAP');
  }
  getWraps(): boolean[][] {
    return this._read2D('wrap', (x) => x === 'WRAP');
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this._fill('wrap', isWrapEnabled ? 'WRAP' : null);
  }
  setWraps(isWrapEnabled: boolean[][]): Range {
    return this._fill2D('wrap', isWrapEnabled, (x) => (x ? 'WRAP' : null));
  }
  getWrapStrategy() {
    return this._read('wrap', (x) => WrapStrategy[(x ?? 'OVERFLOW') as keyof typeof WrapStrategy]);
  }
  getWrapStrategies() {
    return this._read2D('wrap', (x) => WrapStrategy[(x ?? 'OVERFLOW') as keyof typeof WrapStrategy]);
  }
  setWrapStrategy(strategy: unknown): Range {
    const s = enumName(strategy);
    return this._fill('wrap', s === 'OVERFLOW' ? null : s);
  }
  setWrapStrategies(strategies: unknown[][]): Range {
    return this._fill2D('wrap', strategies, (x) => (enumName(x) === 'OVERFLOW' ? null : enumName(x)));
  }
  /** Borders are recorded (per side, true/false/null as given) for a host to draw; they have no getter here. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: unknown,
  ): Range {
    const spec = JSON.stringify({
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: normalizeColor(color) ?? null,
      style: style ? enumName(style) : null,
    });
    return this._fill(
      'bd',
      [top, left, bottom, right, vertical, horizontal].every((x) => x === false) ? null : spec,
    );
  }

  // ---- notes ---------------------------------------------------------------------------------------

  getNote(): string {
    return this._read('note', (x) => x ?? '');
  }
  getNotes(): string[][] {
    return this._read2D('note', (x) => x ?? '');
  }
  setNote(note: string | null): Range {
    return this._fill('note', note === null || note === undefined || note === '' ? null : String(note));
  }
  setNotes(notes: (string | null)[][]): Range {
    return this._fill2D('note', notes, (x) => (x === null || x === undefined || x === '' ? null : String(x)));
  }

  // ---- data validation and checkboxes --------------------------------------------------------------

  getDataValidation(): DataValidation | null {
    return this._read('dv', (x) => (x ? new DataValidation(this.book.ctx, this.book, x) : null));
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._read2D('dv', (x) => (x ? new DataValidation(this.book.ctx, this.book, x) : null));
  }
  setDataValidation(rule: DataValidation | null): Range {
    const r = unwrap(rule);
    if (r !== null && !(r instanceof DataValidation))
      throw fail(this.book, "The parameters don't match the method signature for Range.setDataValidation.");
    return this._fill('dv', r ? structuredClone(r._data()) : null);
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    return this._fill2D('dv', rules, (x) => {
      const r = unwrap(x);
      return r instanceof DataValidation ? structuredClone(r._data()) : null;
    });
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): Range {
    const args =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    const rule: ValidationData = {
      criteria: 'CHECKBOX',
      args: args.map((a) => (a === null ? null : (a as string))),
      allowInvalid: false,
      helpText: null,
    };
    this._edit();
    const { ss } = this.book;
    const year = currentYear(ss, now(this.book));
    const initial = args.length === 0 ? false : args.length === 1 ? null : args[1];
    this._forEachCell((r, c) => {
      setAttr(this.sheet, r, c, 'dv', rule);
      commit(this.sheet, r, c, prepareInput(ss, initial, attrOf(this.sheet.rows[r], 'nf', c), year, imageOf));
    });
    return this;
  }
  removeCheckboxes(): Range {
    this._edit();
    this._forEachCell((r, c) => {
      const rule = attrOf(this.sheet.rows[r], 'dv', c);
      if (!isCheckbox(rule)) return;
      setAttr(this.sheet, r, c, 'dv', null);
      const v = valueAt(this.sheet.rows[r], c);
      if (v === checkedValue(rule) || v === uncheckedValue(rule)) setValueAt(this.sheet, r, c, null);
    });
    return this;
  }
  /** true if every cell is a checked checkbox, false if every cell is unchecked, null otherwise. */
  isChecked(): boolean | null {
    this._bounds();
    let checked = 0;
    let unchecked = 0;
    this._forEachCell((r, c) => {
      const row = this.sheet.rows[r];
      const rule = attrOf(row, 'dv', c);
      if (!isCheckbox(rule)) return;
      const v = valueAt(row, c);
      if (v === checkedValue(rule)) checked++;
      else unchecked++;
    });
    const n = this.g.nr * this.g.nc;
    if (checked === n) return true;
    if (unchecked === n) return false;
    return null;
  }
  check(): Range {
    return this._setCheckboxes(true);
  }
  uncheck(): Range {
    return this._setCheckboxes(false);
  }
  private _setCheckboxes(on: boolean): Range {
    this._edit();
    this._forEachCell((r, c) => {
      const row = this.sheet.rows[r];
      const rule = attrOf(row, 'dv', c);
      if (!isCheckbox(rule)) return;
      const v = valueAt(row, c);
      const cv = checkedValue(rule);
      const uv = uncheckedValue(rule);
      // Cells holding neither configured value are left alone, as documented.
      if (v !== cv && v !== uv && !(uv === null && (v === null || v === ''))) return;
      setValueAt(this.sheet, r, c, (on ? cv : uv) as never);
    });
    return this;
  }

  // ---- developer metadata, protection, search ------------------------------------------------------

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Range {
    const loc = locationOfRange(this.sheet, this.g);
    if (!loc) {
      throw fail(
        this.book,
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    addMetadata(this.book, loc, key, valueOrVisibility, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return metadataIn(this.book, this._metadataScope());
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.book, this._metadataScope());
  }
  private _metadataScope() {
    return {
      kind: 'range' as const,
      sheetId: this.sheet.sheetId,
      grid: { ...this.g },
      rows: this.sheet.maxRows,
      cols: this.sheet.maxCols,
    };
  }
  protect(): Protection {
    return new Protection(this.book, newProtection(this.book, this.sheet, { ...this.g }).id);
  }
  createTextFinder(findText: string): TextFinder {
    return new TextFinder(this.book, [{ sheet: this.sheet, grid: { ...this.g } }], String(findText));
  }

  // ---- sorting and copying -------------------------------------------------------------------------

  /**
   * Sorts the rows of the range by the given columns (numbers are absolute column positions, as in
   * Apps Script): blanks last; numbers before text before booleans; text case-insensitively.
   */
  sort(sortSpecObj: unknown): Range {
    this._edit();
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number'
        ? { column: s, ascending: true }
        : {
            column: Number((s as { column: number }).column),
            ascending: (s as { ascending?: boolean }).ascending !== false,
          },
    );
    const { r0, c0, nr, nc } = this.g;
    for (const s of specs) {
      if (s.column < c0 + 1 || s.column > c0 + nc)
        throw fail(this.book, `The column ${s.column} is out of range.`);
    }
    const t = now(this.book);
    const rows = Array.from({ length: nr }, (_, i) => ({
      i,
      cells: snapshotRow(this.sheet, r0 + i, c0, nc),
    }));
    const key = (i: number, col: number) =>
      cellValue(this.book.ss, this.sheet, this.sheet.rows[r0 + i], r0 + i, col - 1, t);
    const rank = (v: unknown) =>
      v === null || v === '' ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
    rows.sort((a, b) => {
      for (const s of specs) {
        const va = key(a.i, s.column);
        const vb = key(b.i, s.column);
        const ra = rank(va);
        const rb = rank(vb);
        if (ra === 3 || rb === 3) {
          if (ra !== rb) return ra === 3 ? 1 : -1;
          continue;
        }
        let d = ra - rb;
        if (d === 0)
          d =
            typeof va === 'string'
              ? va.localeCompare(vb as string, 'vi', { sensitivity: 'base' })
              : Number(va) - Number(vb);
        if (d !== 0) return s.ascending ? d : -d;
      }
      return a.i - b.i;
    });
    rows.forEach((row, i) => restoreRow(this.sheet, r0 + i, c0, row.cells, row.i - i));
    return this;
  }

  /**
   * Copies values, formulas (relative references moved), formats, notes and validation to `destination`
   * (its top-left cell when it is smaller). Options: {contentsOnly} or {formatOnly}.
   */
  copyTo(destination: Range, options?: unknown, transposed?: boolean): Range {
    const dest = unwrap(destination);
    if (!(dest instanceof Range))
      throw fail(this.book, "The parameters don't match the method signature for Range.copyTo.");
    if (transposed) throw fail(this.book, 'Transposed copies are not supported by the emulator.');
    const isEnum = options instanceof EnumValue || typeof options === 'string';
    const opt =
      !isEnum && options && typeof options === 'object'
        ? (options as { contentsOnly?: boolean; formatOnly?: boolean })
        : {};
    const type = isEnum ? enumName(options) : 'PASTE_NORMAL';
    const values =
      type === 'PASTE_NORMAL' || type === 'PASTE_VALUES' || type === 'PASTE_FORMULA'
        ? !opt.formatOnly
        : false;
    const formats =
      type === 'PASTE_NORMAL' || type === 'PASTE_FORMAT' || type === 'PASTE_NO_BORDERS'
        ? !opt.contentsOnly
        : false;
    const validation = type === 'PASTE_NORMAL' || type === 'PASTE_DATA_VALIDATION';
    this._bounds();
    const { r0, c0, nr, nc } = this.g;
    const dg = dest._grid();
    const target = dest._newRange({
      r0: dg.r0,
      c0: dg.c0,
      nr: Math.max(nr, dg.nr === 1 ? nr : dg.nr),
      nc: Math.max(nc, dg.nc === 1 ? nc : dg.nc),
    });
    if (target.g.r0 + target.g.nr > dest.sheet.maxRows || target.g.c0 + target.g.nc > dest.sheet.maxCols)
      throw fail(this.book, COORDINATES_OUTSIDE);
    assertCanEdit(dest.book, dest.sheet, target.g);
    const snap = Array.from({ length: nr }, (_, i) => snapshotRow(this.sheet, r0 + i, c0, nc));
    const t = now(this.book);
    for (let i = 0; i < target.g.nr; i++) {
      for (let j = 0; j < target.g.nc; j++) {
        const cell = snap[i % nr][j % nc];
        const r = target.g.r0 + i;
        const c = target.g.c0 + j;
        if (values) {
          const fx = cell.a.fx as string | null;
          if (type === 'PASTE_VALUES') {
            const v = fx
              ? cellValue(
                  this.book.ss,
                  this.sheet,
                  this.sheet.rows[r0 + (i % nr)],
                  r0 + (i % nr),
                  c0 + (j % nc),
                  t,
                )
              : cell.v;
            commit(dest.sheet, r, c, {
              value: v === '' ? null : v,
              formula: null,
              image: (cell.a.img as never) ?? null,
            });
          } else {
            commit(dest.sheet, r, c, {
              value: cell.v,
              formula: fx ? shiftFormula(fx, r - (r0 + (i % nr)), c - (c0 + (j % nc))) : null,
              image: (cell.a.img as never) ?? null,
            });
          }
        }
        if (formats) {
          for (const k of FORMAT_KEYS)
            if (!(type === 'PASTE_NO_BORDERS' && k === 'bd'))
              setAttr(dest.sheet, r, c, k, (cell.a[k] ?? null) as never);
          setAttr(dest.sheet, r, c, 'note', (cell.a.note ?? null) as never);
        }
        if (validation) setAttr(dest.sheet, r, c, 'dv', (cell.a.dv ?? null) as never);
      }
    }
    return this;
  }
}
markEmulated(Range, 'Range', 'spreadsheet');

function imageOf(v: unknown) {
  return cellImageData(unwrap(v));
}

/** Stores a prepared value in a cell, replacing its value, formula and image. */
export function commit(sheet: SheetData, r: number, c: number, p: Prepared): void {
  setValueAt(sheet, r, c, p.value);
  const a = sheet.rows[r]?.a;
  if (a) {
    if (a.fx && a.fx[c]) a.fx[c] = null;
    if (a.img && a.img[c]) a.img[c] = null;
  }
  if (p.formula) setAttr(sheet, r, c, 'fx', p.formula);
  if (p.image) setAttr(sheet, r, c, 'img', p.image);
  if (p.format !== undefined) setAttr(sheet, r, c, 'nf', p.format);
}

interface CellSnapshot {
  v: ReturnType<typeof valueAt>;
  a: Partial<Record<AttrKey, unknown>>;
}

function snapshotRow(sheet: SheetData, r: number, c0: number, nc: number): CellSnapshot[] {
  const row = sheet.rows[r];
  return Array.from({ length: nc }, (_, j) => {
    const a: Partial<Record<AttrKey, unknown>> = {};
    if (row?.a) for (const k of Object.keys(row.a) as AttrKey[]) a[k] = attrOf(row, k, c0 + j);
    return { v: valueAt(row, c0 + j), a };
  });
}

function restoreRow(sheet: SheetData, r: number, c0: number, cells: CellSnapshot[], rowShift: number): void {
  cells.forEach((cell, j) => {
    setValueAt(sheet, r, c0 + j, cell.v);
    const row = sheet.rows[r];
    if (row?.a) for (const k of Object.keys(row.a) as AttrKey[]) setAttr(sheet, r, c0 + j, k, null);
    for (const [k, v] of Object.entries(cell.a)) {
      const value = k === 'fx' && typeof v === 'string' ? shiftFormula(v, -rowShift, 0) : v;
      if (value !== null && value !== undefined) setAttr(sheet, r, c0 + j, k as AttrKey, value as never);
    }
  });
}

function numberFormatOf(x: unknown): string | null {
  if (x === null || x === undefined || x === '' || x === 'General') return null;
  return String(x);
}
function whiteIsDefault(c: string | null): string | null {
  return c === '#ffffff' ? null : c;
}
function blackIsDefault(c: string | null): string | null {
  return c === '#000000' ? null : c;
}
function alignmentOf(x: unknown): string | null {
  if (x === null || x === undefined) return null;
  const s = String(x).toLowerCase();
  return s === 'general' || s === 'normal' ? null : s;
}
