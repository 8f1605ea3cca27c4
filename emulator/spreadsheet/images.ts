/**
 * Images: in-cell images (`newCellImage().setSourceUrl(url).build()` then `Range.setValue(image)`) and
 * images over the grid (`Sheet.insertImage(blob | url, column, row)`).
 *
 * `insertImage(blob)` enforces Google's limits: at most 2 MB (reference docs) and at most 1,048,576
 * pixels of area (measured by tanaikech; the error text Sheets gives there is "Invalid image data" per
 * the same report, and is used for both). Width and height are read from PNG, GIF and JPEG headers.
 * `setSourceUrl` is documented for URLs only; data URLs are accepted and flagged `unconfirmedDataUrl`.
 */
import type { Models } from '../models';
import { markEmulated } from '../runtime';
import type { ServiceContext } from '../world';
import { type Book, fail, failCtx } from './book';
import { ValueType } from './enums';
import type { CellImageData, ImageData, SheetData } from './model';
import { Range } from './range';
import type { Sheet } from './sheet';

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 1_048_576;

export class CellImage implements Models<
  GoogleAppsScript.Spreadsheet.CellImage,
  'getAltTextDescription' | 'getAltTextTitle' | 'getContentUrl' | 'getUrl' | 'toBuilder' | 'valueType'
> {
  readonly valueType = ValueType.IMAGE;
  constructor(
    private readonly ctx: ServiceContext,
    private readonly data: CellImageData,
  ) {}
  _data(): CellImageData {
    return this.data;
  }
  getAltTextDescription(): string {
    return this.data.altDescription;
  }
  getAltTextTitle(): string {
    return this.data.altTitle;
  }
  /** Google-hosted URL of the image; the emulator has none, so it returns the source URL. */
  getContentUrl(): string {
    return this.data.url;
  }
  getUrl(): string | null {
    return this.data.url || null;
  }
  toBuilder(): CellImageBuilder {
    return new CellImageBuilder(this.ctx, { ...this.data });
  }
}
markEmulated(CellImage, 'CellImage', 'spreadsheet');

export class CellImageBuilder implements Models<
  GoogleAppsScript.Spreadsheet.CellImageBuilder,
  | 'build'
  | 'getAltTextDescription'
  | 'getAltTextTitle'
  | 'getContentUrl'
  | 'getUrl'
  | 'setAltTextDescription'
  | 'setAltTextTitle'
  | 'setSourceUrl'
  | 'toBuilder'
  | 'valueType'
> {
  readonly valueType = ValueType.IMAGE;
  constructor(
    private readonly ctx: ServiceContext,
    private readonly data: CellImageData = { url: '', altTitle: '', altDescription: '' },
  ) {}
  setSourceUrl(url: string): CellImageBuilder {
    const u = String(url);
    this.data.url = u;
    if (u.startsWith('data:')) this.data.unconfirmedDataUrl = true;
    else delete this.data.unconfirmedDataUrl;
    return this;
  }
  setAltTextTitle(title: string): CellImageBuilder {
    this.data.altTitle = String(title);
    return this;
  }
  setAltTextDescription(description: string): CellImageBuilder {
    this.data.altDescription = String(description);
    return this;
  }
  getAltTextDescription(): string {
    return this.data.altDescription;
  }
  getAltTextTitle(): string {
    return this.data.altTitle;
  }
  getContentUrl(): string {
    return this.data.url;
  }
  getUrl(): string | null {
    return this.data.url || null;
  }
  build(): CellImage {
    if (!this.data.url)
      throw failCtx(this.ctx, 'The image source URL must be set before building a cell image.');
    return new CellImage(this.ctx, { ...this.data });
  }
  toBuilder(): CellImageBuilder {
    return new CellImageBuilder(this.ctx, { ...this.data });
  }
}
markEmulated(CellImageBuilder, 'CellImageBuilder', 'spreadsheet');

/** The stored form of a cell image passed to setValue(s), or null for other values. */
export function cellImageData(v: unknown): CellImageData | null {
  if (v instanceof CellImage) return { ...v._data() };
  if (v instanceof CellImageBuilder)
    return v.getUrl()
      ? { url: v.getContentUrl(), altTitle: v.getAltTextTitle(), altDescription: v.getAltTextDescription() }
      : null;
  return null;
}

/** Width and height from a PNG, GIF or JPEG header; null when the bytes are none of those. */
export function imageSize(bytes: ArrayLike<number>): { width: number; height: number } | null {
  const b = (i: number) => bytes[i] & 0xff;
  if (bytes.length >= 24 && b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) {
    const u32 = (i: number) => ((b(i) << 24) | (b(i + 1) << 16) | (b(i + 2) << 8) | b(i + 3)) >>> 0;
    return { width: u32(16), height: u32(20) };
  }
  if (bytes.length >= 10 && b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46) {
    return { width: b(6) | (b(7) << 8), height: b(8) | (b(9) << 8) };
  }
  if (bytes.length >= 4 && b(0) === 0xff && b(1) === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (b(i) !== 0xff) return null;
      const marker = b(i + 1);
      const len = (b(i + 2) << 8) | b(i + 3);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: (b(i + 5) << 8) | b(i + 6), width: (b(i + 7) << 8) | b(i + 8) };
      }
      i += 2 + len;
    }
  }
  return null;
}

interface BlobLike {
  getBytes(): ArrayLike<number>;
  getContentType(): string | null;
}
export function isBlobLike(v: unknown): v is BlobLike {
  return (
    !!v &&
    typeof (v as BlobLike).getBytes === 'function' &&
    typeof (v as BlobLike).getContentType === 'function'
  );
}

/** Checks a blob for insertImage and turns it into a data URL with its pixel size. */
export function imageFromBlob(
  book: Book,
  blob: BlobLike,
): { url: string; contentType: string; width: number; height: number } {
  const bytes = blob.getBytes();
  const contentType = blob.getContentType() ?? '';
  if (bytes.length > MAX_IMAGE_BYTES) throw fail(book, 'Invalid image data.');
  const size = imageSize(bytes);
  if (!size || !/^image\/(png|gif|jpeg|jpg)$/i.test(contentType)) throw fail(book, 'Invalid image data.');
  if (size.width * size.height > MAX_IMAGE_PIXELS) throw fail(book, 'Invalid image data.');
  const base64 = Buffer.from(Uint8Array.from(bytes as ArrayLike<number>, (x) => x & 0xff)).toString('base64');
  return { url: `data:${contentType};base64,${base64}`, contentType, ...size };
}

export class OverGridImage implements Models<
  GoogleAppsScript.Spreadsheet.OverGridImage,
  | 'getAltTextDescription'
  | 'getAltTextTitle'
  | 'getAnchorCell'
  | 'getAnchorCellXOffset'
  | 'getAnchorCellYOffset'
  | 'getHeight'
  | 'getSheet'
  | 'getUrl'
  | 'getWidth'
  | 'remove'
  | 'setAltTextDescription'
  | 'setAltTextTitle'
  | 'setAnchorCell'
  | 'setAnchorCellXOffset'
  | 'setAnchorCellYOffset'
  | 'setHeight'
  | 'setWidth'
> {
  constructor(
    private readonly book: Book,
    private readonly sheet: SheetData,
    private readonly id: number,
  ) {}
  private get img(): ImageData {
    const img = this.sheet.images.find((i) => i.id === this.id);
    if (!img) throw fail(this.book, 'This image has been removed.');
    return img;
  }
  getAnchorCell(): Range {
    const img = this.img;
    return new Range(this.book, this.sheet, { r0: img.row, c0: img.col, nr: 1, nc: 1 });
  }
  getAnchorCellXOffset(): number {
    return this.img.offsetX;
  }
  getAnchorCellYOffset(): number {
    return this.img.offsetY;
  }
  setAnchorCell(cell: Range): OverGridImage {
    const g = cell._grid();
    this.img.row = g.r0;
    this.img.col = g.c0;
    return this;
  }
  setAnchorCellXOffset(offset: number): OverGridImage {
    this.img.offsetX = Number(offset);
    return this;
  }
  setAnchorCellYOffset(offset: number): OverGridImage {
    this.img.offsetY = Number(offset);
    return this;
  }
  getAltTextTitle(): string {
    return this.img.altTitle;
  }
  getAltTextDescription(): string {
    return this.img.altDescription;
  }
  setAltTextTitle(title: string): OverGridImage {
    this.img.altTitle = String(title);
    return this;
  }
  setAltTextDescription(description: string): OverGridImage {
    this.img.altDescription = String(description);
    return this;
  }
  getHeight(): number {
    return this.img.height;
  }
  getWidth(): number {
    return this.img.width;
  }
  setHeight(height: number): OverGridImage {
    this.img.height = Number(height);
    return this;
  }
  setWidth(width: number): OverGridImage {
    this.img.width = Number(width);
    return this;
  }
  /** The source URL for images inserted from a URL; null for images inserted from a blob. */
  getUrl(): string | null {
    const img = this.img;
    return img.fromBlob ? null : img.url;
  }
  getSheet(): Sheet {
    return this.getAnchorCell().getSheet();
  }
  remove(): void {
    this.sheet.images = this.sheet.images.filter((i) => i.id !== this.id);
  }
}
markEmulated(OverGridImage, 'OverGridImage', 'spreadsheet');
