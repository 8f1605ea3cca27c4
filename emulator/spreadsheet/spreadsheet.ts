/**
 * Spreadsheet: its sheets (insert, delete, activate), settings (name, time zone, locale), named ranges,
 * developer metadata, protections, toasts (recorded in the spreadsheet's state for a host to show),
 * owner and editors.
 */
import type { Models } from '../models';
import { markEmulated, unwrap } from '../runtime';
import { splitSheet } from './a1';
import { assertCellLimit, type Book, fail, nextSeq, sheetById } from './book';
import { isValidTimeZone } from './dates';
import { addMetadata, DeveloperMetadataFinder, metadataIn, type DeveloperMetadata } from './metadata';
import { emptySheet, type SheetData } from './model';
import { Protection, protectionsOf } from './protection';
import { Range } from './range';
import { RangeList } from './rangelist';
import { Sheet } from './sheet';
import { TextFinder } from './textfinder';
import { User } from './user';
import { enumName } from './enums';

/** Sheet ids after the first (gid 0) look like Sheets' random gids but are derived from a counter. */
export function newSheetId(seq: number): number {
  return Number((BigInt(seq) * 2654435761n) % 2147483647n);
}

/** 'Trang tính2', 'Trang tính3', … in Vietnamese; 'Sheet2', … otherwise. */
export function defaultSheetName(locale: string, sheets: SheetData[]): string {
  const base = locale.startsWith('vi') ? 'Trang tính' : 'Sheet';
  let n = sheets.length + 1;
  while (sheets.some((s) => s.name === `${base}${n}`)) n++;
  return `${base}${n}`;
}

export function assertSheetName(book: Book, name: string, renaming?: SheetData): void {
  if (!name.trim()) throw fail(book, 'Sheet names cannot be empty.');
  if (book.ss.sheets.some((s) => s !== renaming && s.name.toLowerCase() === name.toLowerCase())) {
    throw fail(book, `A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

export class Spreadsheet implements Models<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  | 'addDeveloperMetadata'
  | 'addEditor'
  | 'addEditors'
  | 'appendRow'
  | 'createDeveloperMetadataFinder'
  | 'createTextFinder'
  | 'deleteSheet'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getCurrentCell'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getEditors'
  | 'getFrozenRows'
  | 'getId'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getName'
  | 'getNamedRanges'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getRangeList'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheetName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'removeEditor'
  | 'removeNamedRange'
  | 'rename'
  | 'setActiveRange'
  | 'setActiveSelection'
  | 'setActiveSheet'
  | 'setCurrentCell'
  | 'setFrozenRows'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast'
> {
  constructor(private readonly book: Book) {}
  _book(): Book {
    return this.book;
  }
  private get ss() {
    return this.book.ss;
  }
  private _view(sheet: SheetData): Sheet {
    return new Sheet(this.book, sheet);
  }
  private _active(): SheetData {
    return sheetById(this.ss, this.ss.activeSheetId) ?? this.ss.sheets[0];
  }

  getId(): string {
    return this.ss.id;
  }
  getName(): string {
    return this.ss.name;
  }
  rename(newName: string): void {
    this.ss.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ss.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.ss.timeZone;
  }
  /** Stored date serials keep their wall-clock meaning, so the instants scripts read shift with the zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    if (!isValidTimeZone(String(timezone))) throw fail(this.book, 'Invalid argument: timeZone');
    this.ss.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this.ss.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.ss.locale = String(locale);
  }
  getOwner(): User | null {
    return this.ss.owner ? new User(this.ss.owner) : null;
  }
  getEditors(): User[] {
    return [this.ss.owner, ...this.ss.editors]
      .filter((e, i, all) => e && all.indexOf(e) === i)
      .map((e) => new User(e));
  }
  addEditor(emailAddress: string | User): Spreadsheet {
    return this.addEditors([emailAddress]);
  }
  addEditors(emailAddresses: (string | User)[]): Spreadsheet {
    for (const e of emailAddresses) {
      const x = unwrap(e);
      const email = x instanceof User ? x.getEmail() : String(x);
      if (!this.ss.editors.includes(email) && email !== this.ss.owner) this.ss.editors.push(email);
    }
    return this;
  }
  removeEditor(emailAddress: string | User): Spreadsheet {
    const x = unwrap(emailAddress);
    const email = (x instanceof User ? x.getEmail() : String(x)).toLowerCase();
    this.ss.editors = this.ss.editors.filter((e) => e.toLowerCase() !== email);
    return this;
  }

  // ---- sheets --------------------------------------------------------------------------------------

  getSheets(): Sheet[] {
    return this.ss.sheets.map((s) => this._view(s));
  }
  getNumSheets(): number {
    return this.ss.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const s = this.ss.sheets.find((x) => x.name === String(name));
    return s ? this._view(s) : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = sheetById(this.ss, Number(id));
    return s ? this._view(s) : null;
  }
  /**
   * insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index), insertSheet(name,
   * index, {template}), insertSheet(index, {template}), insertSheet({template}), insertSheet(name,
   * {template}). The new sheet goes after the active sheet unless an index (0-based) is given, and becomes
   * the active sheet.
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): Sheet {
    let name: string | null = null;
    let index: number | null = null;
    let options: { template?: unknown } | null = null;
    for (const arg of [a, b, c]) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
      else if (arg && typeof arg === 'object') options = arg as { template?: unknown };
    }
    const sheetName = name ?? defaultSheetName(this.ss.locale, this.ss.sheets);
    assertSheetName(this.book, sheetName);
    const template = options?.template ? unwrap(options.template) : null;
    if (template !== null && !(template instanceof Sheet))
      throw fail(this.book, "The parameters don't match the method signature for Spreadsheet.insertSheet.");
    const base = template ? template._sheetData() : null;
    const sheetId = newSheetId(nextSeq(this.ss));
    const sheet: SheetData = base
      ? { ...structuredClone(base), sheetId, name: sheetName, charts: [], images: [] }
      : emptySheet(sheetId, sheetName);
    assertCellLimit(this.book, this.ss, sheet.maxRows * sheet.maxCols);
    const at =
      index === null
        ? this.ss.sheets.indexOf(this._active()) + 1
        : Math.max(0, Math.min(index, this.ss.sheets.length));
    this.ss.sheets.splice(at, 0, sheet);
    this.ss.activeSheetId = sheetId;
    return this._view(sheet);
  }
  deleteSheet(sheet: Sheet): void {
    const data = unwrap(sheet)._sheetData();
    if (!this.ss.sheets.includes(data)) throw fail(this.book, 'Sheet not found');
    if (this.ss.sheets.length === 1) throw fail(this.book, "You can't remove all the sheets in a document.");
    this.ss.sheets = this.ss.sheets.filter((s) => s !== data);
    this.ss.metadata = this.ss.metadata.filter(
      (m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== data.sheetId,
    );
    this.ss.protections = this.ss.protections.filter((p) => p.sheetId !== data.sheetId);
    for (const [n, r] of Object.entries(this.ss.namedRanges))
      if (r.sheetId === data.sheetId) delete this.ss.namedRanges[n];
    if (this.ss.activeSheetId === data.sheetId) this.ss.activeSheetId = this.ss.sheets[0].sheetId;
  }
  getActiveSheet(): Sheet {
    return this._view(this._active());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    const data = unwrap(sheet)._sheetData();
    this.ss.activeSheetId = data.sheetId;
    return this._view(data);
  }
  moveActiveSheet(pos: number): void {
    const s = this._active();
    const rest = this.ss.sheets.filter((x) => x !== s);
    rest.splice(Math.max(0, Math.min(Number(pos) - 1, rest.length)), 0, s);
    this.ss.sheets = rest;
  }
  getActiveRange(): Range | null {
    return this.getActiveSheet().getActiveRange();
  }
  getActiveCell(): Range {
    return this.getActiveSheet().getActiveCell();
  }
  getCurrentCell(): Range {
    return this.getActiveSheet().getActiveCell();
  }
  setActiveRange(range: Range): Range {
    return unwrap(range).activate();
  }
  setActiveSelection(range: Range | string): Range {
    return typeof range === 'string' ? this.getRange(range).activate() : unwrap(range).activate();
  }
  setCurrentCell(cell: Range): Range {
    return unwrap(cell).activate();
  }

  // ---- the active sheet's shortcuts ----------------------------------------------------------------

  getSheetName(): string {
    return this._active().name;
  }
  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  getDataRange(): Range {
    return this.getActiveSheet().getDataRange();
  }
  appendRow(rowContents: unknown[]): Sheet {
    return this.getActiveSheet().appendRow(rowContents);
  }
  getFrozenRows(): number {
    return this._active().frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.getActiveSheet().setFrozenRows(rows);
  }

  // ---- ranges --------------------------------------------------------------------------------------

  /** 'A1:B2' on the active sheet, or "'Sheet name'!A1:B2". */
  getRange(a1Notation: string): Range {
    const { sheet } = splitSheet(String(a1Notation));
    const target = sheet === null ? this._active() : this.ss.sheets.find((s) => s.name === sheet);
    if (!target) throw fail(this.book, 'Range not found');
    return this._view(target)._rangeByA1(String(a1Notation));
  }
  getRangeList(a1Notations: string[]): RangeList {
    return new RangeList(
      this.book,
      Array.from(a1Notations, (a) => this.getRange(a)),
    );
  }
  getRangeByName(name: string): Range | null {
    const nr = this.ss.namedRanges[String(name)];
    const sheet = nr ? sheetById(this.ss, nr.sheetId) : null;
    return nr && sheet ? new Range(this.book, sheet, { ...nr.range }) : null;
  }
  setNamedRange(name: string, range: Range): void {
    const n = String(name);
    if (
      !/^[A-Za-z_\u00C0-\u1EF9][A-Za-z0-9_.\u00C0-\u1EF9]*$/.test(n) ||
      /^[A-Za-z]{1,3}\d+$/.test(n) ||
      /^(true|false)$/i.test(n)
    ) {
      throw fail(this.book, 'Named range name is invalid.');
    }
    const r = unwrap(range);
    this.ss.namedRanges[n] = { sheetId: r._sheetData().sheetId, range: { ...r._grid() } };
  }
  removeNamedRange(name: string): void {
    delete this.ss.namedRanges[String(name)];
  }
  getNamedRanges(): NamedRange[] {
    return Object.keys(this.ss.namedRanges).map((n) => new NamedRange(this.book, n));
  }
  createTextFinder(findText: string): TextFinder {
    return new TextFinder(
      this.book,
      this.ss.sheets.map((s) => ({ sheet: s, grid: { r0: 0, c0: 0, nr: s.maxRows, nc: s.maxCols } })),
      String(findText),
    );
  }

  // ---- metadata, protections, toasts ---------------------------------------------------------------

  /** The metadata on the spreadsheet itself. */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return metadataIn(this.book, { kind: 'spreadsheet' }, true);
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Spreadsheet {
    addMetadata(this.book, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this;
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.book, { kind: 'spreadsheet' });
  }
  getProtections(type: unknown): Protection[] {
    return this.ss.sheets.flatMap((s) => protectionsOf(this.book, s, enumName(type)));
  }
  /** Recorded in the spreadsheet's `toasts` (a host may show them); the default timeout is 5 s. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ss.toasts.push({
      at: this.book.ctx.exec.clock.now(),
      message: String(msg ?? ''),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : Number(timeoutSeconds),
    });
    if (this.ss.toasts.length > 100) this.ss.toasts.splice(0, this.ss.toasts.length - 100);
  }
}
markEmulated(Spreadsheet, 'Spreadsheet', 'spreadsheet');

export class NamedRange implements Models<
  GoogleAppsScript.Spreadsheet.NamedRange,
  'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'
> {
  constructor(
    private readonly book: Book,
    private name: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getRange(): Range {
    const nr = this.book.ss.namedRanges[this.name];
    if (!nr) throw fail(this.book, 'Range not found');
    return new Range(this.book, sheetById(this.book.ss, nr.sheetId)!, { ...nr.range });
  }
  setName(name: string): NamedRange {
    const nr = this.book.ss.namedRanges[this.name];
    delete this.book.ss.namedRanges[this.name];
    this.name = String(name);
    if (nr) this.book.ss.namedRanges[this.name] = nr;
    return this;
  }
  setRange(range: Range): NamedRange {
    const r = unwrap(range);
    this.book.ss.namedRanges[this.name] = { sheetId: r._sheetData().sheetId, range: { ...r._grid() } };
    return this;
  }
  remove(): void {
    delete this.book.ss.namedRanges[this.name];
  }
}
markEmulated(NamedRange, 'NamedRange', 'spreadsheet');
