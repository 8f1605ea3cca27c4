/**
 * A small, valid PDF of a Doc's text, as `Files.export(id, 'application/pdf')` returns.
 *
 * Vietnamese needs characters outside any single-byte encoding, so the text is set in a Type0 font with
 * Identity-H encoding: each character is written as its 2-byte code (the UTF-16 code unit) and a ToUnicode
 * CMap maps the codes back, which is what text extraction (pdf.js, copy-paste, search) reads. The font is
 * embedded (DejaVu Sans, pdf-font.ts) so that readers draw every character with its real width; lines are
 * wrapped by measured width. Without the font installed: not embedded, wrapped at about 85 characters.
 */
import { embeddedFont, fontObjects, lineWidth, type EmbeddedFont } from '../pdf-font';

const PAGE_WIDTH = 595; // A4 in points
const PAGE_HEIGHT = 842;
const MARGIN = 56;
const FONT_SIZE = 11;
const LEADING = 15;
const LINES_PER_PAGE = Math.floor((PAGE_HEIGHT - 2 * MARGIN) / LEADING);
const WRAP_AT = 85; // characters per line, roughly what fits at 11 pt

/** Characters outside the BMP would need two codes; the emulator replaces them. */
function bmpOnly(s: string): string {
  return Array.from(s, (ch) => (ch.codePointAt(0)! > 0xffff ? '?' : ch)).join('');
}

function wrap(paragraph: string, font: EmbeddedFont | null): string[] {
  if (font) return wrapMeasured(paragraph, font);
  if (paragraph.length <= WRAP_AT) return [paragraph];
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/(\s+)/)) {
    if (line.length + word.length > WRAP_AT && line.trim()) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else {
      line += word;
    }
    while (line.length > WRAP_AT) {
      lines.push(line.slice(0, WRAP_AT));
      line = line.slice(WRAP_AT);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const hexString = (s: string) => '<' + Array.from(s, (ch) => hex4(ch.charCodeAt(0))).join('') + '>';
/** A PDF text string in UTF-16BE with a BOM, for the document information dictionary. */
const pdfTextString = (s: string) => '<FEFF' + Array.from(s, (ch) => hex4(ch.charCodeAt(0))).join('') + '>';

function toUnicodeCMap(codes: number[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < codes.length; i += 100) {
    const chunk = codes.slice(i, i + 100);
    blocks.push(
      `${chunk.length} beginbfchar\n${chunk.map((c) => `<${hex4(c)}> <${hex4(c)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function wrapMeasured(paragraph: string, font: EmbeddedFont): string[] {
  const max = ((PAGE_WIDTH - 2 * MARGIN) * 1000) / FONT_SIZE;
  if (lineWidth(font, paragraph) <= max) return [paragraph];
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/(\s+)/)) {
    if (lineWidth(font, line + word) > max && line.trim()) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Builds the PDF: one page per 50 lines, paragraphs wrapped at about 85 characters. */
export function docToPdf(title: string, text: string): Uint8Array {
  const font = embeddedFont();
  const lines = bmpOnly(text)
    .split('\n')
    .flatMap((p) => (p.trim() ? wrap(p, font) : ['']));
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(lines.length, 1); i += LINES_PER_PAGE)
    pages.push(lines.slice(i, i + LINES_PER_PAGE));

  const codes = [...new Set(Array.from(bmpOnly(text + title), (ch) => ch.charCodeAt(0)))].sort(
    (a, b) => a - b,
  );

  // Objects: 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, 6 ToUnicode, 7 info, then page/content pairs.
  const objects: string[] = [];
  const firstPage = 8;
  const kids = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`;
  objects[3] =
    '<< /Type /Font /Subtype /Type0 /BaseFont /ArialUnicodeMS /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialUnicodeMS /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 550 /CIDToGIDMap /Identity >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /ArialUnicodeMS /Flags 32 /FontBBox [-200 -250 1200 950] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>';
  objects[6] = stream(toUnicodeCMap(codes));
  objects[7] = `<< /Title ${pdfTextString(bmpOnly(title))} /Producer (Nhac Viec emulator) >>`;
  pages.forEach((pageLines, i) => {
    const content = [
      'BT',
      `/F1 ${FONT_SIZE} Tf`,
      `${LEADING} TL`,
      `${MARGIN} ${PAGE_HEIGHT - MARGIN - FONT_SIZE} Td`,
      ...pageLines.map((l) => `${hexString(l)} Tj T*`),
      'ET',
    ].join('\n');
    objects[firstPage + 2 * i] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${firstPage + 2 * i + 1} 0 R >>`;
    objects[firstPage + 2 * i + 1] = stream(content);
  });
  if (font) {
    const next = firstPage + 2 * pages.length;
    Object.assign(objects, fontObjects(font, bmpOnly(text + title), next, next + 1));
  }

  // Everything above is ASCII, so string length equals byte offset.
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = out.length;
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xrefAt = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function stream(body: string): string {
  return `<< /Length ${body.length} >>\nstream\n${body}\nendstream`;
}
