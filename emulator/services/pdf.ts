/**
 * A small HTML → PDF converter for `Blob.getAs('application/pdf')` on HTML blobs.
 *
 * Google renders the HTML with its layout engine; the emulator keeps what tests can check: a valid PDF
 * whose text (Vietnamese included) is the HTML's text, block by block, in order. Layout, styles and
 * remote images are not rendered; PNG images given as `data:` URLs are, each on a line of its
 * own (pdf-images.ts). Text is written with a composite (Type0, Identity-H) font and a ToUnicode map,
 * so PDF readers such as pdf.js extract exactly the characters that were written.
 */
import { imageFromTag, type PdfImage } from './pdf-images';
import { embeddedFont, fontObjects, lineWidth, type EmbeddedFont } from './pdf-font';

const PAGE_WIDTH = 595; // A4 in points
const PAGE_HEIGHT = 842;
const MARGIN = 50;
const FONT_SIZE = 11;
const LEADING = 14;
const CHARS_PER_LINE = Math.floor((PAGE_WIDTH - 2 * MARGIN) / (FONT_SIZE * 0.5)); // DW 500 = half an em

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

/** Lines that fit between the margins: measured with the embedded font's widths when there is one. */
function wrap(line: string, font: EmbeddedFont | null): string[] {
  if (font) return wrapMeasured(line, font);
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

function wrapMeasured(line: string, font: EmbeddedFont): string[] {
  const max = ((PAGE_WIDTH - 2 * MARGIN) * 1000) / FONT_SIZE; // in 1/1000 em
  const out: string[] = [];
  let start = 0;
  let width = 0;
  let lastSpace = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === ' ') lastSpace = i;
    width += lineWidth(font, line[i]);
    if (width > max && i > start) {
      const cut = lastSpace > start ? lastSpace : i;
      out.push(line.slice(start, cut).trimEnd());
      start = line[cut] === ' ' ? cut + 1 : cut;
      lastSpace = -1;
      width = 0;
      i = start - 1;
    }
  }
  out.push(line.slice(start));
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

/** A line standing for the n-th image of the document: `\u0001n\u0001`. */
const IMG_MARK = '\u0001';
const IMG_LINE = /^\u0001(\d+)\u0001$/;

type Placed =
  | { kind: 'text'; x: number; y: number; text: string }
  | { kind: 'image'; x: number; y: number; image: PdfImage; index: number };

/**
 * Lines top to bottom, 14 pt apart from 50 pt below the top edge, a new page when the next baseline
 * would fall within the bottom margin; an image takes its own height (scaled down to fit the page).
 */
function layout(lines: string[], images: (PdfImage | null)[]): Placed[][] {
  const pages: Placed[][] = [];
  let page: Placed[] = [];
  let y = PAGE_HEIGHT - MARGIN; // the next text baseline
  const newPage = () => {
    pages.push(page);
    page = [];
    y = PAGE_HEIGHT - MARGIN;
  };
  for (const line of lines) {
    const m = IMG_LINE.exec(line);
    if (m) {
      const found = images[Number(m[1])];
      if (!found) continue;
      const k = Math.min(
        1,
        (PAGE_WIDTH - 2 * MARGIN) / found.width,
        (PAGE_HEIGHT - 2 * MARGIN) / found.height,
      );
      const image = { ...found, width: found.width * k, height: found.height * k };
      // The image's top is the top of the line it replaces (never above the top margin).
      const top = () => Math.min(y + FONT_SIZE, PAGE_HEIGHT - MARGIN);
      if (top() - image.height < MARGIN && page.length > 0) newPage();
      const bottom = top() - image.height;
      page.push({ kind: 'image', x: MARGIN, y: bottom, image, index: Number(m[1]) });
      y = bottom - FONT_SIZE;
      continue;
    }
    if (y < MARGIN + LEADING && page.length > 0) newPage();
    page.push({ kind: 'text', x: MARGIN, y, text: line });
    y -= LEADING;
  }
  pages.push(page);
  return pages;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** A page's content: runs of text lines in one BT block each, images with `cm` and `Do`. */
function pageContent(items: Placed[]): string {
  const ops: string[] = [];
  let inText = false;
  for (const it of items) {
    if (it.kind === 'text') {
      if (!inText) ops.push('BT', `/F1 ${FONT_SIZE} Tf`, `${LEADING} TL`, `${num(it.x)} ${num(it.y)} Td`);
      inText = true;
      ops.push(`<${hex16(it.text)}> Tj T*`);
    } else {
      if (inText) ops.push('ET');
      inText = false;
      const { width, height } = it.image;
      ops.push(
        'q',
        `${num(width)} 0 0 ${num(height)} ${num(it.x)} ${num(it.y)} cm`,
        `/Im${it.index} Do`,
        'Q',
      );
    }
  }
  if (inText) ops.push('ET');
  return ops.join('\n');
}

/**
 * `title`: the document title when the HTML has no <title> (a file name loses its extension). Images
 * given as `data:` URLs are drawn where they stand, each on a line of its own (see pdf-images.ts).
 */
export function htmlToPdf(html: string, title?: string): Uint8Array {
  const images: (PdfImage | null)[] = [];
  const marked = html.replace(/<img\b[^>]*>/gi, (tag) => {
    images.push(imageFromTag(tag));
    return `<p>${IMG_MARK}${images.length - 1}${IMG_MARK}</p>`;
  });
  const font = embeddedFont();
  const lines = htmlText(marked).flatMap((l) => (IMG_LINE.test(l) ? [l] : wrap(l, font)));
  const pages = layout(lines, images);

  // Objects: 1 catalog, 2 pages, 3 Type0 font, 4 CID font, 5 descriptor, 6 ToUnicode, 7 info, then
  // page/content pairs, then each drawn image (and its soft mask).
  const objects: string[] = [];
  const firstPage = 8;
  const kids = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  const allText = lines.filter((l) => !IMG_LINE.test(l)).join('');
  const cmap = toUnicodeCMap(allText);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`;
  objects[3] =
    '<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 500 /CIDToGIDMap /Identity >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [-166 -225 1000 931] /ItalicAngle 0 /Ascent 718 /Descent -207 /CapHeight 718 /StemV 88 >>';
  objects[6] = stream(cmap);
  // The embedded font's two streams come after the images (their numbers are known then).
  const htmlTitle = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1];
  const docTitle =
    (htmlTitle !== undefined ? htmlText(htmlTitle).join(' ') : '') || (title ?? '').replace(/\.[^.]*$/, '');
  objects[7] = `<< /Producer (Nhac Viec emulator) /Title <FEFF${hex16(docTitle)}> >>`;
  const imageObject = new Map<number, number>();
  let next = firstPage + 2 * pages.length;
  for (const item of pages.flat()) {
    if (item.kind !== 'image' || imageObject.has(item.index)) continue;
    const { dict, data, mask } = item.image;
    let smask = '';
    if (mask) {
      objects[next + 1] = binaryStream(mask.dict, mask.data);
      smask = ` /SMask ${next + 1} 0 R`;
    }
    objects[next] = binaryStream(dict + smask, data);
    imageObject.set(item.index, next);
    next += mask ? 2 : 1;
  }
  if (font) {
    Object.assign(objects, fontObjects(font, allText, next, next + 1));
    next += 2;
  }
  pages.forEach((items, i) => {
    const used = [...new Set(items.flatMap((it) => (it.kind === 'image' ? [it.index] : [])))];
    const xobjects = used.length
      ? ` /XObject << ${used.map((n) => `/Im${n} ${imageObject.get(n)} 0 R`).join(' ')} >>`
      : '';
    objects[firstPage + 2 * i] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >>${xobjects} >> /Contents ${firstPage + 2 * i + 1} 0 R >>`;
    objects[firstPage + 2 * i + 1] = stream(pageContent(items));
  });

  // Objects are ASCII and image streams are written byte for byte as latin1, so string length = byte
  // length for the xref offsets.
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

function binaryStream(dict: string, data: Buffer): string {
  return `<< ${dict} /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`;
}
