// Prints the images pdf.js finds on each page of a PDF (path in argv[2]) as JSON: width, height and
// the decoded pixels as RGBA in base64, for tests to decode (QR codes) or compare. Jest runs CommonJS
// and pdfjs-dist v5 is ESM-only, so tests spawn this, as they do pdf-text.mjs.
import { readFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({
  data,
  verbosity: 0,
  useSystemFonts: false,
  disableFontFace: true,
  isOffscreenCanvasSupported: false,
}).promise;
const images = [];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const ops = await page.getOperatorList();
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
    const name = ops.argsArray[i][0];
    const img = await new Promise((resolve) => page.objs.get(name, resolve));
    const { width, height, kind } = img;
    const src = img.data;
    const rgba = Buffer.alloc(width * height * 4);
    // kind 1: 1 bpp greyscale, 2: RGB, 3: RGBA (pdf.js ImageKind).
    for (let j = 0; j < width * height; j++) {
      if (kind === 3) src.slice(j * 4, j * 4 + 4).forEach((v, k) => (rgba[j * 4 + k] = v));
      else if (kind === 2) {
        rgba[j * 4] = src[j * 3];
        rgba[j * 4 + 1] = src[j * 3 + 1];
        rgba[j * 4 + 2] = src[j * 3 + 2];
        rgba[j * 4 + 3] = 255;
      } else {
        const rowBytes = Math.ceil(width / 8);
        const x = j % width;
        const y = Math.floor(j / width);
        const bit = (src[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1;
        rgba.fill(bit ? 255 : 0, j * 4, j * 4 + 3);
        rgba[j * 4 + 3] = 255;
      }
    }
    images.push({ page: p, width, height, kind, rgba: rgba.toString('base64') });
  }
}
process.stdout.write(JSON.stringify({ numPages: doc.numPages, images }));
