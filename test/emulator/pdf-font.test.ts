/**
 * The emulator's PDFs embed a TrueType font (DejaVu Sans, when installed) so that ordinary readers draw
 * Vietnamese with its real glyphs and widths; lines are wrapped by measured width.
 */
import { inflateSync } from 'node:zlib';
import { htmlToPdf } from '../../emulator/services/pdf';
import { embeddedFont } from '../../emulator/services/pdf-font';

const font = embeddedFont();
const maybe = font ? test : test.skip;

function pdfText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

/** The stream of object `n`, inflated. */
function objectStream(pdf: string, n: number): Buffer {
  const start = pdf.indexOf(`\n${n} 0 obj\n`);
  const body = pdf.indexOf('stream\n', start) + 'stream\n'.length;
  const length = Number(/\/Length (\d+)/.exec(pdf.slice(start, body))![1]);
  return inflateSync(Buffer.from(pdf.slice(body, body + length), 'latin1'));
}

maybe('the font is embedded; each Vietnamese letter has a glyph and a width', () => {
  const text = 'Đặng Phương Mai — Phòng Lao động – Thương binh và Xã hội; người thực hiện, Ơn, Ỹ';
  const pdf = pdfText(htmlToPdf(`<p>${text}</p>`));
  expect(pdf).toMatch(/\/FontFile2 \d+ 0 R/);
  expect(pdf).toContain('/BaseFont /DejaVuSans');
  const map = Number(/\/CIDToGIDMap (\d+) 0 R/.exec(pdf)![1]);
  const cidToGid = objectStream(pdf, map);
  for (const ch of 'ĐặươộãàờựệƠỸ—–') {
    expect(text.normalize('NFC')).toContain(ch);
    const code = ch.charCodeAt(0);
    expect({ ch, gid: cidToGid.readUInt16BE(2 * code) }).toEqual({ ch, gid: font!.glyph(code) });
    expect(font!.glyph(code)).toBeGreaterThan(0);
    expect(pdf).toContain(`${code} [${font!.width(font!.glyph(code))}]`);
  }
});

maybe('a long paragraph is wrapped within the margins by measured width', () => {
  const words = Array.from({ length: 60 }, (_, i) => (i % 3 ? 'nhiệm vụ' : 'Thương')).join(' ');
  const pdf = pdfText(htmlToPdf(`<p>${words}</p>`));
  const lines = [...pdf.matchAll(/<([0-9A-F]+)> Tj/g)].map((m) =>
    String.fromCharCode(...(m[1].match(/.{4}/g) ?? []).map((h) => parseInt(h, 16))),
  );
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.join(' ')).toBe(words);
  const max = ((595 - 2 * 50) * 1000) / 11;
  for (const line of lines) {
    const width = Array.from(line).reduce((w, c) => w + font!.width(font!.glyph(c.charCodeAt(0))), 0);
    expect(width).toBeLessThanOrEqual(max);
  }
});
