/**
 * Sheet: ranges, size and structure (insert/delete/move rows and columns, carrying everything attached
 * to them), frozen panes, column widths and visibility, protections, conditional formats, images,
 * charts and developer metadata.
 */
import type { Models } from '../models';
import { markEmulated, unwrap } from '../runtime';
import { parseRef, splitSheet } from './a1';
import { assertCellLimit, type Book, fail, normalizeColor, now } from './book';
import { cellDisplay } from './cells';
import {
  chartsOf,
  EmbeddedChart,
  EmbeddedChartBuilder,
  insertChart,
  removeChart,
  updateChart,
} from './charts';
import { ConditionalFormatRule } from './conditional';
import { enumName, SheetType } from './enums';
import { applyStructural, lastColumn, lastRow } from './grid';
import { imageFromBlob, isBlobLike, OverGridImage } from './images';
import { addMetadata, DeveloperMetadataFinder, metadataIn, type DeveloperMetadata } from './metadata';
import { DEFAULT_COL_WIDTH, DEFAULT_ROW_HEIGHT, type SheetData } from './model';
import { nextSeq } from './book';
import { assertCanChangeStructure, newProtection, Protection, protectionsOf } from './protection';
import { checkCoordinates, Range } from './range';
import { RangeList } from './rangelist';
import { Spreadsheet, assertSheetName } from './spreadsheet';
import { TextFinder } from './textfinder';

export class Sheet implements Models<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'activate'
  | 'addDeveloperMetadata'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'createDeveloperMetadataFinder'
  | 'createTextFinder'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getImages'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRangeList'
  | 'getRowHeight'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'getType'
  | 'hideColumn'
  | 'hideColumns'
  | 'hideRow'
  | 'hideRows'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertImage'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isRowHiddenByUser'
  | 'isSheetHidden'
  | 'moveColumns'
  | 'moveRows'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setActiveRange'
  | 'setActiveSelection'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setCurrentCell'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'setTabColor'
  | 'showColumns'
  | 'showRows'
  | 'showSheet'
  | 'unhideColumn'
  | 'unhideRow'
  | 'updateChart'
> {
  constructor(
    private readonly book: Book,
    private readonly sheet: SheetData,
  ) {}
  _sheetData(): SheetData {
    return this.sheet;
  }
  _book(): Book {
    return this.book;
  }

  private _range(row: number, col: number, nr: number, nc: number): Range {
    checkCoordinates(this.book, this.sheet, row, col, nr, nc);
    return new Range(this.book, this.sheet, { r0: row - 1, c0: col - 1, nr, nc });
  }
  /** A1 notation on this sheet ('A1', 'A1:C10', 'A:A', '2:2', 'A2:C'). */
  _rangeByA1(a1: string): Range {
    const { sheet: name, ref } = splitSheet(String(a1));
    if (name !== null && name !== this.sheet.name) throw fail(this.book, 'Range not found');
    const g = parseRef(ref, this.sheet.maxRows, this.sheet.maxCols);
    if (!g) throw fail(this.book, 'Range not found');
    checkCoordinates(this.book, this.sheet, g.r0 + 1, g.c0 + 1, g.nr, g.nc);
    return new Range(
      this.book,
      this.sheet,
      { r0: g.r0, c0: g.c0, nr: g.nr, nc: g.nc },
      { wholeColumns: g.wholeColumns, wholeRows: g.wholeRows },
    );
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a1OrRow === 'string' && column === undefined) return this._rangeByA1(a1OrRow);
    return this._range(
      Number(a1OrRow),
      Number(column),
      numRows === undefined ? 1 : Number(numRows),
      numColumns === undefined ? 1 : Number(numColumns),
    );
  }
  getRangeList(a1Notations: string[]): RangeList {
    return new RangeList(
      this.book,
      Array.from(a1Notations, (a) => this._rangeByA1(a)),
    );
  }
  getDataRange(): Range {
    return this._range(1, 1, Math.max(1, lastRow(this.sheet)), Math.max(1, lastColumn(this.sheet)));
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const nr = numRows === -1 ? lastRow(this.sheet) - startRow + 1 : numRows;
    const nc = numColumns === -1 ? lastColumn(this.sheet) - startColumn + 1 : numColumns;
    return this._range(startRow, startColumn, nr, nc).getValues();
  }
  getLastRow(): number {
    return lastRow(this.sheet);
  }
  getLastColumn(): number {
    return lastColumn(this.sheet);
  }
  getMaxRows(): number {
    return this.sheet.maxRows;
  }
  getMaxColumns(): number {
    return this.sheet.maxCols;
  }

  // ---- identity ------------------------------------------------------------------------------------

  getName(): string {
    return this.sheet.name;
  }
  setName(name: string): Sheet {
    const n = String(name);
    if (n === this.sheet.name) return this;
    assertSheetName(this.book, n, this.sheet);
    this.sheet.name = n;
    return this;
  }
  getSheetId(): number {
    return this.sheet.sheetId;
  }
  getSheetName(): string {
    return this.sheet.name;
  }
  getIndex(): number {
    return this.book.ss.sheets.indexOf(this.sheet) + 1;
  }
  getType() {
    return SheetType.GRID;
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this.book);
  }
  activate(): Sheet {
    this.book.ss.activeSheetId = this.sheet.sheetId;
    return this;
  }
  getActiveRange(): Range | null {
    if (this.book.ss.activeSheetId !== this.sheet.sheetId) return null;
    return new Range(this.book, this.sheet, { ...this.sheet.selection });
  }
  getActiveCell(): Range {
    const s = this.sheet.selection;
    return new Range(this.book, this.sheet, { r0: s.r0, c0: s.c0, nr: 1, nc: 1 });
  }
  setActiveRange(range: Range): Range {
    return unwrap(range).activate();
  }
  setActiveSelection(range: Range | string): Range {
    const r = typeof range === 'string' ? this._rangeByA1(range) : unwrap(range);
    return r.activate();
  }
  setCurrentCell(cell: Range): Range {
    return unwrap(cell).activate();
  }
  isSheetHidden(): boolean {
    return this.sheet.hidden;
  }
  hideSheet(): Sheet {
    if (this.book.ss.sheets.filter((s) => !s.hidden && s !== this.sheet).length === 0) {
      throw fail(this.book, "You can't hide all the sheets in a document.");
    }
    this.sheet.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this.sheet.hidden = false;
    return this;
  }
  getTabColor(): string | null {
    return this.sheet.tabColor;
  }
  setTabColor(color: string | null): Sheet {
    this.sheet.tabColor = normalizeColor(color);
    return this;
  }

  // ---- structure -----------------------------------------------------------------------------------

  private _assertRows(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.sheet.maxRows)
      throw fail(this.book, 'Those rows are out of bounds.');
  }
  private _assertCols(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.sheet.maxCols)
      throw fail(this.book, 'Those columns are out of bounds.');
  }
  private _insertRowsAt(at0: number, n: number): void {
    assertCanChangeStructure(this.book, this.sheet, null);
    assertCellLimit(this.book, this.book.ss, n * this.sheet.maxCols);
    applyStructural(this.book.ss, this.sheet, 'ROWS', { kind: 'insert', at: at0, n });
  }
  private _insertColsAt(at0: number, n: number): void {
    assertCanChangeStructure(this.book, this.sheet, null);
    assertCellLimit(this.book, this.book.ss, n * this.sheet.maxRows);
    applyStructural(this.book.ss, this.sheet, 'COLUMNS', { kind: 'insert', at: at0, n });
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (!(afterPosition >= 1) || afterPosition > this.sheet.maxRows || !(howMany >= 1))
      throw fail(this.book, 'Those rows are out of bounds.');
    this._insertRowsAt(afterPosition, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    if (!(beforePosition >= 1) || beforePosition > this.sheet.maxRows || !(howMany >= 1))
      throw fail(this.book, 'Those rows are out of bounds.');
    this._insertRowsAt(beforePosition - 1, howMany);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (!(afterPosition >= 1) || afterPosition > this.sheet.maxCols || !(howMany >= 1))
      throw fail(this.book, 'Those columns are out of bounds.');
    this._insertColsAt(afterPosition, howMany);
    return this;
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    if (!(beforePosition >= 1) || beforePosition > this.sheet.maxCols || !(howMany >= 1))
      throw fail(this.book, 'Those columns are out of bounds.');
    this._insertColsAt(beforePosition - 1, howMany);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteRow(rowPosition: number): Sheet {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany = 1): Sheet {
    this._assertRows(rowPosition, howMany);
    if (this.sheet.maxRows - howMany <= this.sheet.frozenRows)
      throw fail(this.book, 'Sorry, it is not possible to delete all non-frozen rows.');
    assertCanChangeStructure(this.book, this.sheet, {
      r0: rowPosition - 1,
      c0: 0,
      nr: howMany,
      nc: this.sheet.maxCols,
    });
    applyStructural(this.book.ss, this.sheet, 'ROWS', { kind: 'delete', at: rowPosition - 1, n: howMany });
    return this;
  }
  deleteColumn(columnPosition: number): Sheet {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany = 1): Sheet {
    this._assertCols(columnPosition, howMany);
    if (this.sheet.maxCols - howMany <= this.sheet.frozenCols)
      throw fail(this.book, 'Sorry, it is not possible to delete all non-frozen columns.');
    assertCanChangeStructure(this.book, this.sheet, {
      r0: 0,
      c0: columnPosition - 1,
      nr: this.sheet.maxRows,
      nc: howMany,
    });
    applyStructural(this.book.ss, this.sheet, 'COLUMNS', {
      kind: 'delete',
      at: columnPosition - 1,
      n: howMany,
    });
    return this;
  }
  /** Moves the columns of `columnSpec` before column `destinationIndex` (counted before the move). */
  moveColumns(columnSpec: Range, destinationIndex: number): void {
    const g = unwrap(columnSpec)._grid();
    const to = Number(destinationIndex) - 1;
    if (!(to >= 0) || to > this.sheet.maxCols) throw fail(this.book, 'Those columns are out of bounds.');
    if (to >= g.c0 && to <= g.c0 + g.nc) return;
    assertCanChangeStructure(this.book, this.sheet, {
      r0: 0,
      c0: 0,
      nr: this.sheet.maxRows,
      nc: this.sheet.maxCols,
    });
    applyStructural(this.book.ss, this.sheet, 'COLUMNS', { kind: 'move', from: g.c0, n: g.nc, to });
  }
  moveRows(rowSpec: Range, destinationIndex: number): void {
    const g = unwrap(rowSpec)._grid();
    const to = Number(destinationIndex) - 1;
    if (!(to >= 0) || to > this.sheet.maxRows) throw fail(this.book, 'Those rows are out of bounds.');
    if (to >= g.r0 && to <= g.r0 + g.nr) return;
    assertCanChangeStructure(this.book, this.sheet, {
      r0: 0,
      c0: 0,
      nr: this.sheet.maxRows,
      nc: this.sheet.maxCols,
    });
    applyStructural(this.book.ss, this.sheet, 'ROWS', { kind: 'move', from: g.r0, n: g.nr, to });
  }
  /** Writes after the last row with content, adding rows and columns as needed. */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents))
      throw fail(this.book, "The parameters don't match the method signature for Sheet.appendRow.");
    const width = rowContents.length;
    if (width === 0) return this;
    const row = lastRow(this.sheet) + 1;
    if (row > this.sheet.maxRows) this._insertRowsAt(this.sheet.maxRows, row - this.sheet.maxRows);
    if (width > this.sheet.maxCols) this._insertColsAt(this.sheet.maxCols, width - this.sheet.maxCols);
    this._range(row, 1, 1, width).setValues([Array.from(rowContents)]);
    return this;
  }

  // ---- panes, sizes, visibility --------------------------------------------------------------------

  getFrozenRows(): number {
    return this.sheet.frozenRows;
  }
  setFrozenRows(rows: number): void {
    if (!(rows >= 0) || rows >= this.sheet.maxRows) throw fail(this.book, 'Those rows are out of bounds.');
    this.sheet.frozenRows = Math.floor(rows);
  }
  getFrozenColumns(): number {
    return this.sheet.frozenCols;
  }
  setFrozenColumns(columns: number): void {
    if (!(columns >= 0) || columns >= this.sheet.maxCols)
      throw fail(this.book, 'Those columns are out of bounds.');
    this.sheet.frozenCols = Math.floor(columns);
  }
  getColumnWidth(columnPosition: number): number {
    this._assertCols(columnPosition, 1);
    return this.sheet.colWidths[columnPosition - 1] ?? DEFAULT_COL_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this._assertCols(startColumn, numColumns);
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++)
      setSparse(this.sheet.colWidths, c, width === DEFAULT_COL_WIDTH ? null : Number(width));
    return this;
  }
  /** Fits widths to the longest display text (about 7 px a character), as the UI's "fit to data" does. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this._assertCols(startColumn, numColumns);
    const t = now(this.book);
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++) {
      let longest = 0;
      for (let r = 0; r < this.sheet.rows.length; r++)
        if (this.sheet.rows[r])
          longest = Math.max(longest, cellDisplay(this.book.ss, this.sheet, r, c, t).length);
      setSparse(this.sheet.colWidths, c, Math.max(21, longest * 7 + 10));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  getRowHeight(rowPosition: number): number {
    this._assertRows(rowPosition, 1);
    return this.sheet.rowHeights[rowPosition - 1] ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number): Sheet {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    this._assertRows(startRow, numRows);
    for (let r = startRow - 1; r < startRow - 1 + numRows; r++)
      setSparse(this.sheet.rowHeights, r, height === DEFAULT_ROW_HEIGHT ? null : Number(height));
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._assertCols(columnIndex, numColumns);
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++)
      setSparse(this.sheet.hiddenCols, c, true);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._assertCols(columnIndex, numColumns);
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++)
      setSparse(this.sheet.hiddenCols, c, null);
  }
  hideColumn(column: Range): void {
    const g = unwrap(column)._grid();
    this.hideColumns(g.c0 + 1, g.nc);
  }
  unhideColumn(column: Range): void {
    const g = unwrap(column)._grid();
    this.showColumns(g.c0 + 1, g.nc);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this._assertCols(columnPosition, 1);
    return !!this.sheet.hiddenCols[columnPosition - 1];
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this._assertRows(rowIndex, numRows);
    for (let r = rowIndex - 1; r < rowIndex - 1 + numRows; r++) setSparse(this.sheet.hiddenRows, r, true);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this._assertRows(rowIndex, numRows);
    for (let r = rowIndex - 1; r < rowIndex - 1 + numRows; r++) setSparse(this.sheet.hiddenRows, r, null);
  }
  hideRow(row: Range): void {
    const g = unwrap(row)._grid();
    this.hideRows(g.r0 + 1, g.nr);
  }
  unhideRow(row: Range): void {
    const g = unwrap(row)._grid();
    this.showRows(g.r0 + 1, g.nr);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    this._assertRows(rowPosition, 1);
    return !!this.sheet.hiddenRows[rowPosition - 1];
  }

  // ---- clearing ------------------------------------------------------------------------------------

  /** Contents and formats (or one of them with {contentsOnly} / {formatOnly}). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const o = options ?? {};
    const all = new Range(this.book, this.sheet, {
      r0: 0,
      c0: 0,
      nr: this.sheet.maxRows,
      nc: this.sheet.maxCols,
    });
    if (!o.formatOnly) all.clear({ contentsOnly: true });
    if (!o.contentsOnly) all.clear({ formatOnly: true });
    return this;
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): Sheet {
    new Range(this.book, this.sheet, {
      r0: 0,
      c0: 0,
      nr: this.sheet.maxRows,
      nc: this.sheet.maxCols,
    }).clearNote();
    return this;
  }

  // ---- protections, rules, search, metadata --------------------------------------------------------

  protect(): Protection {
    return new Protection(this.book, newProtection(this.book, this.sheet, null).id);
  }
  getProtections(type: unknown): Protection[] {
    return protectionsOf(this.book, this.sheet, enumName(type));
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.sheet.conditionalRules.map(
      (r) => new ConditionalFormatRule(this.book.ctx, this.book, structuredClone(r), this.sheet.sheetId),
    );
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    const list = Array.from(rules ?? [], (r) => unwrap(r));
    for (const r of list) {
      if (!(r instanceof ConditionalFormatRule))
        throw fail(
          this.book,
          "The parameters don't match the method signature for Sheet.setConditionalFormatRules.",
        );
      const sid = r._sheetId();
      if (sid !== null && sid !== this.sheet.sheetId)
        throw fail(this.book, 'The conditional format rule ranges must be on this sheet.');
    }
    this.sheet.conditionalRules = list.map((r) => structuredClone(r._data()));
  }
  clearConditionalFormatRules(): void {
    this.sheet.conditionalRules = [];
  }
  createTextFinder(findText: string): TextFinder {
    return new TextFinder(
      this.book,
      [{ sheet: this.sheet, grid: { r0: 0, c0: 0, nr: this.sheet.maxRows, nc: this.sheet.maxCols } }],
      String(findText),
    );
  }
  /** The metadata on this sheet itself (not on its rows or columns). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return metadataIn(this.book, { kind: 'sheet', sheetId: this.sheet.sheetId }, true);
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Sheet {
    addMetadata(
      this.book,
      { type: 'SHEET', sheetId: this.sheet.sheetId },
      key,
      valueOrVisibility,
      visibility,
    );
    return this;
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.book, { kind: 'sheet', sheetId: this.sheet.sheetId });
  }

  // ---- images and charts ---------------------------------------------------------------------------

  insertImage(source: unknown, column: number, row: number, offsetX = 0, offsetY = 0): OverGridImage {
    checkCoordinates(this.book, this.sheet, row, column, 1, 1);
    const src = unwrap(source);
    let image: { url: string; contentType: string; width: number; height: number; fromBlob: boolean };
    if (typeof src === 'string') image = { url: src, contentType: '', width: 0, height: 0, fromBlob: false };
    else if (isBlobLike(src)) image = { ...imageFromBlob(this.book, src), fromBlob: true };
    else throw fail(this.book, "The parameters don't match the method signature for Sheet.insertImage.");
    const id = nextSeq(this.book.ss);
    this.sheet.images.push({
      id,
      url: image.url,
      fromBlob: image.fromBlob,
      contentType: image.contentType,
      row: row - 1,
      col: column - 1,
      offsetX: Number(offsetX) || 0,
      offsetY: Number(offsetY) || 0,
      width: image.width,
      height: image.height,
      altTitle: '',
      altDescription: '',
    });
    return new OverGridImage(this.book, this.sheet, id);
  }
  getImages(): OverGridImage[] {
    return this.sheet.images.map((i) => new OverGridImage(this.book, this.sheet, i.id));
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.book, this.sheet);
  }
  insertChart(chart: EmbeddedChart): void {
    insertChart(this.book, this.sheet, unwrap(chart));
  }
  updateChart(chart: EmbeddedChart): void {
    updateChart(this.book, this.sheet, unwrap(chart));
  }
  removeChart(chart: EmbeddedChart): void {
    removeChart(this.sheet, unwrap(chart));
  }
  getCharts(): EmbeddedChart[] {
    return chartsOf(this.book, this.sheet);
  }
}
markEmulated(Sheet, 'Sheet', 'spreadsheet');

function setSparse<T>(arr: (T | null)[], i: number, v: T | null): void {
  if (v === null && i >= arr.length) return;
  while (arr.length < i) arr.push(null);
  arr[i] = v;
}
