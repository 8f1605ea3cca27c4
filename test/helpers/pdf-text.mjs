// Prints the text of a PDF (path in argv[2]) as pdf.js extracts it: one line per text line, pages
// separated by a form feed. Jest runs CommonJS and pdfjs-dist v5 is ESM-only, so tests spawn this.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, verbosity: 0, useSystemFonts: false, disableFontFace: true }).promise;
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  pages.push(text);
}
const meta = await doc.getMetadata();
process.stdout.write(JSON.stringify({ numPages: doc.numPages, title: meta.info?.Title ?? null, pages }));
