/**
 * HTML → PDF with images (`Blob.getAs('application/pdf')`): `data:` PNG images are drawn where they
 * stand, as a PDF reader (pdf.js) sees them; other images are left out as a broken image would be.
 */
import { begin, makeWorld } from './service-context'; // first: loads the emulator modules in a working order
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { Clock } from '../../emulator/runtime';
import { qrPngDataUrl } from '../../src/core/qr';

const { Utilities } = begin(makeWorld(), new Clock(Date.UTC(2026, 0, 5, 1, 0, 0)), { as: 'a@ubnd.vn' });

interface PdfImage {
  page: number;
  width: number;
  height: number;
  kind: number;
  rgba: string;
}

/** Runs a pdf.js helper (ESM only, so in a child process) on the PDF bytes. */
function pdfjs<T>(script: string, bytes: Uint8Array): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-img-'));
  try {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, bytes);
    return JSON.parse(
      execFileSync(process.execPath, [join('test/helpers', script), file], { encoding: 'utf8' }),
    ) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function toPdf(html: string): Uint8Array {
  const blob = Utilities.newBlob(html, 'text/html', 'phieu.html').getAs('application/pdf');
  return Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
}

const pngDataUrl = (
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
) => {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) pixel(x, y).forEach((v, k) => (png.data[(y * width + x) * 4 + k] = v));
  return 'data:image/png;base64,' + PNG.sync.write(png).toString('base64');
};

describe('images in HTML converted to PDF', () => {
  it('draws a data: PNG where it stands: pdf.js finds the image, and a QR code in it decodes', () => {
    const link = 'https://docs.google.com/document/d/1AbCdEfGh/edit';
    const pdf = toPdf(
      `<h1>Phiếu giao việc</h1><p>Trước ảnh</p><p><img src="${qrPngDataUrl(link)}" width="160" height="160" alt="QR"></p><p>Sau ảnh</p>`,
    );
    const { images, numPages } = pdfjs<{ images: PdfImage[]; numPages: number }>('pdf-images.mjs', pdf);
    expect(numPages).toBe(1);
    expect(images).toHaveLength(1);
    const img = images[0];
    const decoded = jsQR(new Uint8ClampedArray(Buffer.from(img.rgba, 'base64')), img.width, img.height);
    expect(decoded?.data).toBe(link);
    // The text around it is still the HTML's text, in order.
    const text = pdfjs<{ pages: string[] }>('pdf-text.mjs', pdf).pages[0];
    expect(text.indexOf('Trước ảnh')).toBeLessThan(text.indexOf('Sau ảnh'));
    // 160 CSS px = 120 pt on the page.
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/q\n120 0 0 120 50 \d+(\.\d+)? cm\n\/Im0 Do\nQ/);
  });

  it('keeps transparency as a soft mask and the colours as drawn', () => {
    const url = pngDataUrl(4, 2, (x, y) => (y === 0 ? [255, 0, 0, 255] : [0, 0, 255, x < 2 ? 0 : 255]));
    const pdf = toPdf(`<p><img src="${url}"></p>`);
    expect(Buffer.from(pdf).toString('latin1')).toContain('/SMask');
    const [img] = pdfjs<{ images: PdfImage[] }>('pdf-images.mjs', pdf).images;
    expect([img.width, img.height]).toEqual([4, 2]);
    const px = Buffer.from(img.rgba, 'base64');
    expect([...px.subarray(0, 4)]).toEqual([255, 0, 0, 255]); // red, opaque
    expect([...px.subarray(4 * 7, 4 * 8)]).toEqual([0, 0, 255, 255]); // blue, opaque
    expect(px[4 * 4 + 3]).toBe(0); // transparent
  });

  it('leaves out remote and non-PNG images, as a broken image, and carries on with the text', () => {
    const pdf = toPdf(
      '<p>A</p><img src="https://example.com/x.png"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><img src="data:image/png;base64,AAAA"><p>B</p>',
    );
    expect(pdfjs<{ images: PdfImage[] }>('pdf-images.mjs', pdf).images).toHaveLength(0);
    expect(pdfjs<{ pages: string[] }>('pdf-text.mjs', pdf).pages[0]).toBe('A\nB');
  });

  it('moves an image that does not fit to the next page, and scales one taller than a page to fit', () => {
    const lines = Array.from({ length: 45 }, (_, i) => `<p>Dòng ${i + 1}</p>`).join('');
    const url = pngDataUrl(10, 10, () => [0, 0, 0, 255]);
    const pdf = toPdf(
      `${lines}<img src="${url}" width="200" height="200"><p>Cuối</p><img src="${url}" width="2000" height="4000">`,
    );
    const { images, numPages } = pdfjs<{ images: PdfImage[]; numPages: number }>('pdf-images.mjs', pdf);
    expect(numPages).toBe(3);
    expect(images.map((i) => i.page)).toEqual([2, 3]);
    const text = pdfjs<{ pages: string[] }>('pdf-text.mjs', pdf).pages;
    expect(text[0]).toContain('Dòng 45');
    expect(text[1]).toContain('Cuối');
    // 4000 px tall = 3000 pt, scaled to the 742 pt between the margins (width keeps the ratio).
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/q\n371 0 0 742 50 50 cm\n\/Im1 Do/);
  });
});
