/**
 * Images for the HTML → PDF converter (`Blob.getAs('application/pdf')`). Google renders the HTML in a
 * browser engine, so an `<img>` whose `src` is a `data:` URL appears in the PDF; remote URLs are not
 * fetched by the converter as far as public reports go, and the emulator does not fetch them either.
 *
 * The emulator embeds PNG (any colour type, transparency as a soft mask). Other formats (JPEG, GIF,
 * SVG, WebP) are not modelled and are left out of the page, as a broken image would be; size follows the
 * `width`/`height` attributes in CSS pixels (0.75 pt), else the image's own size at 96 dpi.
 */
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

export interface PdfImage {
  /** Size on the page, in points. */
  width: number;
  height: number;
  /** The image XObject's dictionary entries (without /Length) and its stream bytes. */
  dict: string;
  data: Buffer;
  /** A soft mask (alpha) XObject, when the PNG has transparency. */
  mask?: { dict: string; data: Buffer };
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
};

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** The pixel size from the tag's attributes (CSS px), keeping the aspect ratio when one is missing. */
function cssSize(tag: string, natural: { width: number; height: number }): { width: number; height: number } {
  const w = Number.parseFloat(attr(tag, 'width') ?? '');
  const h = Number.parseFloat(attr(tag, 'height') ?? '');
  if (w > 0 && h > 0) return { width: w, height: h };
  if (w > 0) return { width: w, height: (w * natural.height) / natural.width };
  if (h > 0) return { width: (h * natural.width) / natural.height, height: h };
  return natural;
}

function fromPng(
  bytes: Buffer,
): Omit<PdfImage, 'width' | 'height'> & { natural: { width: number; height: number } } {
  const png = PNG.sync.read(bytes);
  const { width, height, data } = png;
  const rgb = Buffer.alloc(width * height * 3);
  const alpha = Buffer.alloc(width * height);
  let translucent = false;
  for (let i = 0; i < width * height; i++) {
    rgb[i * 3] = data[i * 4];
    rgb[i * 3 + 1] = data[i * 4 + 1];
    rgb[i * 3 + 2] = data[i * 4 + 2];
    alpha[i] = data[i * 4 + 3];
    if (alpha[i] !== 255) translucent = true;
  }
  const common = `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /BitsPerComponent 8 /Filter /FlateDecode`;
  return {
    natural: { width, height },
    dict: `${common} /ColorSpace /DeviceRGB`,
    data: deflateSync(rgb),
    ...(translucent ? { mask: { dict: `${common} /ColorSpace /DeviceGray`, data: deflateSync(alpha) } } : {}),
  };
}

/** The image of an `<img>` tag, or null when the converter would not show it (remote, other format, broken). */
export function imageFromTag(tag: string): PdfImage | null {
  const src = decodeEntities(attr(tag, 'src') ?? '').trim();
  const m = /^data:image\/png;base64,([A-Za-z0-9+/=\s]+)$/i.exec(src);
  if (!m) return null;
  try {
    const decoded = fromPng(Buffer.from(m[1].replace(/\s+/g, ''), 'base64'));
    const px = cssSize(tag, decoded.natural);
    const { natural: _natural, ...rest } = decoded;
    return { ...rest, width: px.width * 0.75, height: px.height * 0.75 };
  } catch {
    return null; // a corrupt image is not drawn
  }
}
