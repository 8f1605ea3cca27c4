/**
 * The TrueType font the emulator's PDFs embed, so that ordinary PDF readers (poppler, pdf.js, Acrobat)
 * draw every character (Vietnamese included) with its real width instead of substituting a font that
 * lacks them. DejaVu Sans (Debian's fonts-dejavu-core) when it is installed; without it the PDF falls
 * back to the unembedded font, whose text still extracts but may not render.
 *
 * Only what the PDF needs is read: `head` (units per em), `hhea` and `hmtx` (advance widths) and the
 * Unicode `cmap` (format 4, platform 3 encoding 1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
];

export interface EmbeddedFont {
  name: string;
  data: Buffer;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  bbox: [number, number, number, number];
  /** Glyph id of a UTF-16 code unit (0 = .notdef). */
  glyph(code: number): number;
  /** Advance width of a glyph, in 1/1000 em. */
  width(gid: number): number;
}

let cached: EmbeddedFont | null | undefined;

export function embeddedFont(): EmbeddedFont | null {
  if (cached !== undefined) return cached;
  const path = CANDIDATES.find((p) => existsSync(p));
  try {
    cached = path ? parseTrueType(readFileSync(path)) : null;
  } catch {
    cached = null; // a font that cannot be read: the PDF falls back to the unembedded font
  }
  return cached;
}

function parseTrueType(data: Buffer): EmbeddedFont {
  const tables = new Map<string, number>();
  const numTables = data.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables.set(data.toString('latin1', rec, rec + 4), data.readUInt32BE(rec + 8));
  }
  const at = (tag: string) => {
    const off = tables.get(tag);
    if (off === undefined) throw new Error(`no ${tag} table`);
    return off;
  };
  const head = at('head');
  const unitsPerEm = data.readUInt16BE(head + 18);
  const bbox = [36, 38, 40, 42].map((o) => data.readInt16BE(head + o)) as [number, number, number, number];
  const hhea = at('hhea');
  const ascent = data.readInt16BE(hhea + 4);
  const descent = data.readInt16BE(hhea + 6);
  const numberOfHMetrics = data.readUInt16BE(hhea + 34);
  const hmtx = at('hmtx');
  const advance = (gid: number) => data.readUInt16BE(hmtx + 4 * Math.min(gid, numberOfHMetrics - 1));

  const cmap = at('cmap');
  let sub = -1;
  for (let i = 0; i < data.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + 8 * i;
    if (data.readUInt16BE(rec) === 3 && data.readUInt16BE(rec + 2) === 1) {
      sub = cmap + data.readUInt32BE(rec + 4);
      break;
    }
  }
  if (sub < 0 || data.readUInt16BE(sub) !== 4) throw new Error('no Unicode BMP cmap');
  const segX2 = data.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  const glyphs = new Map<number, number>();
  const glyph = (code: number): number => {
    const known = glyphs.get(code);
    if (known !== undefined) return known;
    let gid = 0;
    for (let s = 0; s < segX2; s += 2) {
      if (code > data.readUInt16BE(ends + s)) continue;
      const start = data.readUInt16BE(starts + s);
      if (code < start) break;
      const delta = data.readUInt16BE(deltas + s);
      const ro = data.readUInt16BE(rangeOffsets + s);
      if (ro === 0) gid = (code + delta) & 0xffff;
      else {
        const g = data.readUInt16BE(rangeOffsets + s + ro + 2 * (code - start));
        gid = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      break;
    }
    glyphs.set(code, gid);
    return gid;
  };
  const scale = 1000 / unitsPerEm;
  return {
    name: 'DejaVuSans',
    data,
    unitsPerEm,
    ascent: Math.round(ascent * scale),
    descent: Math.round(descent * scale),
    bbox: bbox.map((v) => Math.round(v * scale)) as [number, number, number, number],
    glyph,
    width: (gid) => Math.round(advance(gid) * scale),
  };
}

/** Glyph and width of a code as drawn: a tab is a wide space (table cells in a line of text). */
function drawn(font: EmbeddedFont, code: number): { gid: number; width: number } {
  if (code === 9) {
    const space = font.glyph(32);
    return { gid: space, width: 4 * font.width(space) };
  }
  const gid = font.glyph(code);
  return { gid, width: font.width(gid) };
}

/** Width of a line in 1/1000 em. */
export function lineWidth(font: EmbeddedFont, line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += drawn(font, line.charCodeAt(i)).width;
  return w;
}

let fontFile: Buffer | undefined;

/**
 * The PDF objects of the embedded font for `text` (a Type0 font, object 3, over a CIDFontType2, 4, with
 * its descriptor, 5, and the ToUnicode map in 6): CIDs are UTF-16 codes, mapped to glyphs by a
 * CIDToGIDMap stream (`mapObj`), the font program in `fileObj`. Streams are latin1 strings of their bytes.
 */
export function fontObjects(
  font: EmbeddedFont,
  text: string,
  fileObj: number,
  mapObj: number,
): Record<number, string> {
  const codes = [...new Set(Array.from(text, (_c, i) => text.charCodeAt(i)))].sort((a, b) => a - b);
  const max = codes.length ? codes[codes.length - 1] : 0;
  const cidToGid = Buffer.alloc(2 * (max + 1));
  const widths: string[] = [];
  for (const code of codes) {
    const { gid, width } = drawn(font, code);
    cidToGid.writeUInt16BE(gid, 2 * code);
    widths.push(`${code} [${width}]`);
  }
  fontFile ??= deflateSync(font.data);
  const map = deflateSync(cidToGid);
  const binary = (dict: string, data: Buffer) =>
    `<< ${dict} /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`;
  return {
    3: `<< /Type /Font /Subtype /Type0 /BaseFont /${font.name} /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>`,
    4: `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${font.name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 600 /W [${widths.join(' ')}] /CIDToGIDMap ${mapObj} 0 R >>`,
    5: `<< /Type /FontDescriptor /FontName /${font.name} /Flags 32 /FontBBox [${font.bbox.join(' ')}] /ItalicAngle 0 /Ascent ${font.ascent} /Descent ${font.descent} /CapHeight ${font.ascent} /StemV 80 /FontFile2 ${fileObj} 0 R >>`,
    [fileObj]: binary(`/Filter /FlateDecode /Length1 ${font.data.length}`, fontFile),
    [mapObj]: binary('/Filter /FlateDecode', map),
  };
}
