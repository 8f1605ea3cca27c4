/**
 * Developer metadata on the spreadsheet, a sheet, or whole rows or columns. Row and column metadata is
 * stored as a dimension span and follows its rows/columns through inserts, deletes and moves (see
 * grid.ts); metadata on deleted rows/columns is deleted.
 *
 * Scopes, as documented for `Range.createDeveloperMetadataFinder`: a range's metadata is the metadata
 * wholly contained in it (row '3:3' is in '1:5' but not in 'A1:D5'); `onIntersectingLocations()` widens
 * that to metadata whose location intersects the range. A sheet's finder sees the sheet's own metadata
 * and that of its rows and columns; the spreadsheet's finder sees everything.
 */
import type { Models } from '../models';
import { markEmulated } from '../runtime';
import { type Book, fail, sheetById } from './book';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, EnumValue, enumName } from './enums';
import type { GridRange, MetadataData, MetadataLocation, SheetData } from './model';
import { nextSeq } from './book';
import { Range } from './range';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';

export type MetadataScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheetId: number }
  /** `rows`/`cols`: the sheet's size, to tell whether the range spans whole rows or columns. */
  | { kind: 'range'; sheetId: number; grid: GridRange; rows: number; cols: number };

/** Where a range's metadata goes: a whole row span, a whole column span, or nowhere. */
export function locationOfRange(sheet: SheetData, g: GridRange): MetadataLocation | null {
  const allRows = g.r0 === 0 && g.nr === sheet.maxRows;
  const allCols = g.c0 === 0 && g.nc === sheet.maxCols;
  if (allRows && !allCols) return { type: 'COLUMN', sheetId: sheet.sheetId, start: g.c0, end: g.c0 + g.nc };
  if (allCols && !allRows) return { type: 'ROW', sheetId: sheet.sheetId, start: g.r0, end: g.r0 + g.nr };
  if (allCols && allRows) return { type: 'COLUMN', sheetId: sheet.sheetId, start: 0, end: sheet.maxCols };
  return null;
}

export function inScope(md: MetadataData, scope: MetadataScope, intersecting: boolean): boolean {
  const loc = md.location;
  if (scope.kind === 'spreadsheet') return true;
  if (loc.type === 'SPREADSHEET') return false;
  if (loc.sheetId !== scope.sheetId) return false;
  if (scope.kind === 'sheet') return true;
  if (loc.type === 'SHEET') return false;
  const g = scope.grid;
  const [lo, hi] = loc.type === 'COLUMN' ? [g.c0, g.c0 + g.nc] : [g.r0, g.r0 + g.nr];
  if (intersecting) return loc.start < hi && lo < loc.end;
  // Wholly contained: the range must also span the whole other dimension.
  const spansOther =
    loc.type === 'COLUMN' ? g.r0 === 0 && g.nr === scope.rows : g.c0 === 0 && g.nc === scope.cols;
  return spansOther && loc.start >= lo && loc.end <= hi;
}

function fullyCovers(sheet: SheetData, loc: MetadataLocation, g: GridRange): boolean {
  if (loc.type === 'COLUMN') return g.r0 === 0 && g.nr === sheet.maxRows;
  if (loc.type === 'ROW') return g.c0 === 0 && g.nc === sheet.maxCols;
  return false;
}

export function addMetadata(
  book: Book,
  location: MetadataLocation,
  key: unknown,
  second?: unknown,
  third?: unknown,
): void {
  let value: string | null = null;
  let visibility: 'DOCUMENT' | 'PROJECT' = 'DOCUMENT';
  if (second instanceof EnumValue) visibility = enumName(second) as 'DOCUMENT' | 'PROJECT';
  else if (second !== undefined && second !== null) value = String(second);
  if (third !== undefined && third !== null) visibility = enumName(third) as 'DOCUMENT' | 'PROJECT';
  const k = String(key ?? '');
  if (!k) throw fail(book, 'Developer metadata key must not be empty.');
  book.ss.metadata.push({ id: nextSeq(book.ss), key: k, value, visibility, location: { ...location } });
}

/** Metadata of a range, sheet or spreadsheet, as `getDeveloperMetadata()` returns it. */
export function metadataIn(book: Book, scope: MetadataScope, exactSheetOnly = false): DeveloperMetadata[] {
  return book.ss.metadata
    .filter((md) => {
      if (exactSheetOnly && scope.kind === 'sheet')
        return md.location.type === 'SHEET' && md.location.sheetId === scope.sheetId;
      if (exactSheetOnly && scope.kind === 'spreadsheet') return md.location.type === 'SPREADSHEET';
      return inScope(md, scope, false);
    })
    .map((md) => new DeveloperMetadata(book, md.id));
}

export class DeveloperMetadata implements Models<
  GoogleAppsScript.Spreadsheet.DeveloperMetadata,
  | 'getId'
  | 'getKey'
  | 'getLocation'
  | 'getValue'
  | 'getVisibility'
  | 'moveToColumn'
  | 'moveToRow'
  | 'moveToSheet'
  | 'moveToSpreadsheet'
  | 'remove'
  | 'setKey'
  | 'setValue'
  | 'setVisibility'
> {
  constructor(
    private readonly book: Book,
    private readonly id: number,
  ) {}
  private get md(): MetadataData {
    const md = this.book.ss.metadata.find((m) => m.id === this.id);
    if (!md) throw fail(this.book, 'The developer metadata has been removed.');
    return md;
  }
  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.md.key;
  }
  getValue(): string | null {
    return this.md.value;
  }
  getVisibility() {
    return DeveloperMetadataVisibility[this.md.visibility];
  }
  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.book, { ...this.md.location });
  }
  setKey(key: string): DeveloperMetadata {
    this.md.key = String(key);
    return this;
  }
  setValue(value: string | null): DeveloperMetadata {
    this.md.value = value === null || value === undefined ? null : String(value);
    return this;
  }
  setVisibility(visibility: unknown): DeveloperMetadata {
    this.md.visibility = enumName(visibility) as 'DOCUMENT' | 'PROJECT';
    return this;
  }
  moveToColumn(column: Range): DeveloperMetadata {
    const sheet = column._sheetData();
    const g = column._grid();
    const loc = { type: 'COLUMN' as const, sheetId: sheet.sheetId, start: g.c0, end: g.c0 + g.nc };
    if (!fullyCovers(sheet, loc, g)) throw fail(this.book, 'The range must be an entire column.');
    this.md.location = loc;
    return this;
  }
  moveToRow(row: Range): DeveloperMetadata {
    const sheet = row._sheetData();
    const g = row._grid();
    const loc = { type: 'ROW' as const, sheetId: sheet.sheetId, start: g.r0, end: g.r0 + g.nr };
    if (!fullyCovers(sheet, loc, g)) throw fail(this.book, 'The range must be an entire row.');
    this.md.location = loc;
    return this;
  }
  moveToSheet(sheet: Sheet): DeveloperMetadata {
    this.md.location = { type: 'SHEET', sheetId: sheet._sheetData().sheetId };
    return this;
  }
  moveToSpreadsheet(): DeveloperMetadata {
    this.md.location = { type: 'SPREADSHEET' };
    return this;
  }
  remove(): void {
    this.book.ss.metadata = this.book.ss.metadata.filter((m) => m.id !== this.id);
  }
}
markEmulated(DeveloperMetadata, 'DeveloperMetadata', 'spreadsheet');

export class DeveloperMetadataLocation implements Models<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
  'getColumn' | 'getLocationType' | 'getRow' | 'getSheet' | 'getSpreadsheet'
> {
  constructor(
    private readonly book: Book,
    private readonly loc: MetadataLocation,
  ) {}
  getLocationType() {
    return DeveloperMetadataLocationType[this.loc.type];
  }
  private _sheetData(): SheetData | null {
    return this.loc.type === 'SPREADSHEET' ? null : sheetById(this.book.ss, this.loc.sheetId);
  }
  getColumn(): Range | null {
    const sheet = this._sheetData();
    if (this.loc.type !== 'COLUMN' || !sheet) return null;
    return new Range(
      this.book,
      sheet,
      { r0: 0, c0: this.loc.start, nr: sheet.maxRows, nc: this.loc.end - this.loc.start },
      { wholeColumns: true },
    );
  }
  getRow(): Range | null {
    const sheet = this._sheetData();
    if (this.loc.type !== 'ROW' || !sheet) return null;
    return new Range(
      this.book,
      sheet,
      { r0: this.loc.start, c0: 0, nr: this.loc.end - this.loc.start, nc: sheet.maxCols },
      { wholeRows: true },
    );
  }
  getSheet(): Sheet | null {
    const sheet = this._sheetData();
    if (this.loc.type !== 'SHEET' || !sheet) return null;
    return new Sheet(this.book, sheet);
  }
  getSpreadsheet(): Spreadsheet | null {
    return this.loc.type === 'SPREADSHEET' ? new Spreadsheet(this.book) : null;
  }
}
markEmulated(DeveloperMetadataLocation, 'DeveloperMetadataLocation', 'spreadsheet');

export class DeveloperMetadataFinder implements Models<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
  | 'find'
  | 'onIntersectingLocations'
  | 'withId'
  | 'withKey'
  | 'withLocationType'
  | 'withValue'
  | 'withVisibility'
> {
  private key: string | null = null;
  private value: string | null | undefined = undefined;
  private mdId: number | null = null;
  private type: string | null = null;
  private visibility: string | null = null;
  private intersecting = false;
  constructor(
    private readonly book: Book,
    private readonly scope: MetadataScope,
  ) {}
  withKey(key: string): DeveloperMetadataFinder {
    this.key = String(key);
    return this;
  }
  withValue(value: string): DeveloperMetadataFinder {
    this.value = value === null ? null : String(value);
    return this;
  }
  withId(id: number): DeveloperMetadataFinder {
    this.mdId = Number(id);
    return this;
  }
  withLocationType(locationType: unknown): DeveloperMetadataFinder {
    this.type = enumName(locationType);
    return this;
  }
  withVisibility(visibility: unknown): DeveloperMetadataFinder {
    this.visibility = enumName(visibility);
    return this;
  }
  onIntersectingLocations(): DeveloperMetadataFinder {
    if (this.scope.kind !== 'range')
      throw fail(this.book, 'onIntersectingLocations is only available for ranges.');
    this.intersecting = true;
    return this;
  }
  find(): DeveloperMetadata[] {
    return this.book.ss.metadata
      .filter(
        (md) =>
          inScope(md, this.scope, this.intersecting) &&
          (this.key === null || md.key === this.key) &&
          (this.value === undefined || md.value === this.value) &&
          (this.mdId === null || md.id === this.mdId) &&
          (this.type === null || md.location.type === this.type) &&
          (this.visibility === null || md.visibility === this.visibility),
      )
      .map((md) => new DeveloperMetadata(this.book, md.id));
  }
}
markEmulated(DeveloperMetadataFinder, 'DeveloperMetadataFinder', 'spreadsheet');
