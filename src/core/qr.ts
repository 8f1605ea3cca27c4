/**
 * QR codes made inside Apps Script (and in the sidebar: the same module runs in the browser), never by a
 * web QR service. `uqr` (a port of Project Nayuki's reference encoder, no DOM, no TextEncoder) computes
 * the matrix; this module gives it as PNG bytes, a data URL, or a GIF for the e-mails.
 *
 * - Text is encoded as UTF-8 in byte mode (no ECI): we hand the encoder the bytes, so lone surrogates
 *   become U+FFFD instead of making `encodeURI` throw.
 * - The PNG is 1-bit greyscale, its zlib stream made of stored (uncompressed) deflate blocks: no
 *   compression library is needed, and a QR code at 5 px a module is still only a few kilobytes.
 * - Error correction M (15 %) reads well from a phone screen or a printed page; the quiet zone is the
 *   standard four modules.
 */
import { encode } from 'uqr';
import { base64, utf8Bytes } from './bytes';

/** Whether `text` fits a QR code (version 40, level M: 2,331 bytes of UTF-8). */
export const fitsQr = (text: string) => utf8Bytes(text).length <= 2331;

/** The QR matrix of `text` (true = dark module, rows top to bottom), without the quiet zone. */
export const qrMatrix = (text: string): boolean[][] => encode(utf8Bytes(text), { ecc: 'M', border: 0 }).data;

/** Whether pixel (x, y) of the image of `matrix` is dark, `scale` pixels a module, `margin` modules around. */
function pixelDark(matrix: readonly (readonly boolean[])[], scale: number, margin: number) {
  const n = matrix.length;
  return (x: number, y: number): boolean => {
    const r = Math.floor(y / scale) - margin;
    const c = Math.floor(x / scale) - margin;
    return r >= 0 && r < n && c >= 0 && c < n && matrix[r][c];
  };
}

// ---- PNG ------------------------------------------------------------------------------------------

let crcTable: number[] | null = null;
function crc32(bytes: readonly number[], start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable.push(c >>> 0);
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: readonly number[]): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

/** A zlib stream of stored deflate blocks (at most 65,535 bytes each). */
function zlibStored(data: readonly number[]): number[] {
  const out = [0x78, 0x01];
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  for (let k = 0; k < blocks; k++) {
    const start = k * 65535;
    const len = Math.min(65535, data.length - start);
    out.push(k === blocks - 1 ? 1 : 0, len & 255, len >> 8, ~len & 255, (~len >> 8) & 255);
    for (let j = start; j < start + len; j++) out.push(data[j]);
  }
  out.push(...u32(adler32(data)));
  return out;
}

function chunk(out: number[], type: string, data: readonly number[]): void {
  out.push(...u32(data.length));
  const start = out.length;
  for (let i = 0; i < 4; i++) out.push(type.charCodeAt(i));
  for (const b of data) out.push(b);
  out.push(...u32(crc32(out, start, out.length)));
}

/** A 1-bit greyscale PNG of a square matrix, `scale` pixels a module, `margin` modules of white around. */
export function matrixPng(matrix: readonly (readonly boolean[])[], scale = 5, margin = 4): number[] {
  const size = (matrix.length + 2 * margin) * scale;
  const dark = pixelDark(matrix, scale, margin);
  const rowBytes = Math.ceil(size / 8);
  const raw: number[] = [];
  for (let y = 0; y < size; y++) {
    raw.push(0); // filter: none
    for (let bx = 0; bx < rowBytes; bx++) {
      let byte = 0;
      for (let bit = 0; bit < 8; bit++) {
        const x = bx * 8 + bit;
        // In 1-bit greyscale, 1 is white.
        if (!(x < size && dark(x, y))) byte |= 0x80 >> bit;
      }
      raw.push(byte);
    }
  }
  const out = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  chunk(out, 'IHDR', [...u32(size), ...u32(size), 1, 0, 0, 0, 0]);
  chunk(out, 'IDAT', zlibStored(raw));
  chunk(out, 'IEND', []);
  return out;
}

/** The PNG bytes (0–255) of the QR code of `text`. */
export function qrPng(text: string, scale = 5): number[] {
  return matrixPng(qrMatrix(text), scale);
}

/** `data:image/png;base64,…` of the QR code of `text`. */
export function qrPngDataUrl(text: string, scale = 5): string {
  return 'data:image/png;base64,' + base64(qrPng(text, scale));
}

/** Java bytes (-128…127), as `Utilities.newBlob(bytes)` takes them. */
export function signedBytes(bytes: readonly number[]): number[] {
  return bytes.map((b) => (b > 127 ? b - 256 : b));
}

const le16 = (n: number) => [n & 255, n >> 8];

/**
 * A two-colour GIF87a of a square matrix (0 black, 1 white), `scale` pixels a module, `margin` modules of
 * white around; the pixels LZW-coded as GIF requires (codes of 3 to 12 bits, a clear code when the
 * table is full).
 */
export function matrixGif(matrix: readonly (readonly boolean[])[], scale = 3, margin = 4): number[] {
  const size = (matrix.length + 2 * margin) * scale;
  const dark = pixelDark(matrix, scale, margin);
  const pixel = (i: number) => (dark(i % size, Math.floor(i / size)) ? 0 : 1);
  const lzw: number[] = [];
  let acc = 0;
  let bits = 0;
  let width = 3;
  let next = 6; // 0–1 colours, 2–3 unused, 4 clear, 5 end
  let table = new Map<number, number>();
  const put = (code: number) => {
    acc |= code << bits;
    for (bits += width; bits >= 8; bits -= 8, acc >>>= 8) lzw.push(acc & 255);
  };
  // The decoder adds an entry one code later than the encoder: widen once the next entry needs it.
  const added = () => {
    if (++next > 1 << width && width < 12) width++;
  };
  put(4);
  let prefix = pixel(0);
  for (let i = 1; i < size * size; i++) {
    const k = pixel(i);
    const known = table.get(prefix * 2 + k);
    if (known !== undefined) {
      prefix = known;
      continue;
    }
    put(prefix);
    if (next < 4096) {
      table.set(prefix * 2 + k, next);
      added();
    } else {
      put(4);
      table = new Map();
      next = 6;
      width = 3;
    }
    prefix = k;
  }
  put(prefix);
  added();
  put(5);
  if (bits > 0) lzw.push(acc & 255);
  const gif = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61, ...le16(size), ...le16(size), 0x80, 0, 0];
  gif.push(0, 0, 0, 255, 255, 255, 0x2c, 0, 0, 0, 0, ...le16(size), ...le16(size), 0, 2);
  for (let i = 0; i < lzw.length; i += 255) gif.push(Math.min(255, lzw.length - i), ...lzw.slice(i, i + 255));
  gif.push(0, 0x3b);
  return gif;
}

/**
 * The QR code of `text` as a GIF, in base64: what e-mails embed as inline images, since every mail
 * client shows GIF. `cellSize` pixels a module, a four-module margin.
 */
export const qrGifBase64 = (text: string, cellSize = 3): string =>
  base64(matrixGif(qrMatrix(text), cellSize));
