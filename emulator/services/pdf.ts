/**
 * A small HTML → PDF converter for `Blob.getAs('application/pdf')` on HTML blobs.
 *
 * Google renders the HTML with its layout engine; the emulator keeps what tests can check: a valid PDF
 * whose text (Vietnamese included) is the HTML's text, block by block, in order. Layout, styles and
 * images are not rendered. Text is written with a composite (Type0, Identity-H) font and a ToUnicode
 * map, so PDF readers such as pdf.js extract exactly the characters that were written.
 */

const PAGE_WIDTH = 595; // A4 in points
const PAGE_HEIGHT = 842;
const MARGIN = 50;
const FONT_SIZE = 11;
const LEADING = 14;
const CHARS_PER_LINE = Math.floor((PAGE_WIDTH - 2 * MARGIN) / (FONT_SIZE * 0.5)); // DW 500 = half an em
const LINES_PER_PAGE = Math.floor((PAGE_HEIGHT - 2 * MARGIN) / LEADING);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of an HTML document, one line per block element. */
export function htmlText(html: string): string[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(td|th)\s*>/gi, '\t')
    .replace(
      /<\/?(p|div|h[1-6]|li|tr|table|ul|ol|section|article|header|footer|blockquote|pre|title)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((l) => l !== '');
}

function wrap(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > CHARS_PER_LINE) {
    let cut = rest.lastIndexOf(' ', CHARS_PER_LINE);
    if (cut <= 0) cut = CHARS_PER_LINE;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  out.push(rest);
  return out;
}

function hex16(s: string): string {
  let h = '';
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return h;
}

function toUnicodeCMap(text: string): string {
  const highBytes = new Set<number>();
  for (let i = 0; i < text.length; i++) highBytes.add(text.charCodeAt(i) >> 8);
  const ranges = [...highBytes]
    .sort((a, b) => a - b)
    .map((hb) => {
      const h = hb.toString(16).padStart(2, '0').toUpperCase();
      return `<${h}00> <${h}FF> <${h}00>`;
    });
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const chunk = ranges.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
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

/** `title`: the document title when the HTML has no <title> (a file name loses its extension). */
export function htmlToPdf(html: string, title?: string): Uint8Array {
  const lines = htmlText(html).flatMap(wrap);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  if (pages.length === 0) pages.push([]);

  // Objects: 1 catalog, 2 pages, 3 Type0 font, 4 CID font, 5 descriptor, 6 ToUnicode, 7 info, then page/content pairs.
  const objects: string[] = [];
  const firstPage = 8;
  const kids = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  const cmap = toUnicodeCMap(lines.join(''));
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`;
  objects[3] =
    '<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 500 /CIDToGIDMap /Identity >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [-166 -225 1000 931] /ItalicAngle 0 /Ascent 718 /Descent -207 /CapHeight 718 /StemV 88 >>';
  objects[6] = stream(cmap);
  const htmlTitle = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1];
  const docTitle =
    (htmlTitle !== undefined ? htmlText(htmlTitle).join(' ') : '') || (title ?? '').replace(/\.[^.]*$/, '');
  objects[7] = `<< /Producer (Nhac Viec emulator) /Title <FEFF${hex16(docTitle)}> >>`;
  pages.forEach((pageLines, i) => {
    const content = [
      'BT',
      `/F1 ${FONT_SIZE} Tf`,
      `${LEADING} TL`,
      `${MARGIN} ${PAGE_HEIGHT - MARGIN} Td`,
      ...pageLines.map((l) => `<${hex16(l)}> Tj T*`),
      'ET',
    ].join('\n');
    objects[firstPage + 2 * i] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${firstPage + 2 * i + 1} 0 R >>`;
    objects[firstPage + 2 * i + 1] = stream(content);
  });

  // Everything above is ASCII, so string length = byte length for the xref offsets.
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = pdf.length;
    pdf += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) pdf += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

function stream(body: string): string {
  return `<< /Length ${body.length} >>\nstream\n${body}\nendstream`;
}
