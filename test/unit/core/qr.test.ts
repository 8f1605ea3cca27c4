/** QR codes: a PNG and a GIF that decode back to the text (UTF-8), base64 as Node writes it. */
import fc from 'fast-check';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { base64, utf8Bytes } from '../../../src/core/bytes';
import {
  fitsQr,
  matrixGif,
  qrGifBase64,
  qrMatrix,
  qrPng,
  qrPngDataUrl,
  signedBytes,
} from '../../../src/core/qr';
import { decodeGif } from '../../helpers/gif';

const VI = 'Báo cáo tổng kết công tác phòng, chống thiên tai năm 2026 – Phường Hòa Hải';

function decodeGifQr(b64: string): string | undefined {
  const { width, height, rgba } = decodeGif(Buffer.from(b64, 'base64'));
  return jsQR(rgba, width, height)?.data;
}

/** Task links as the register accepts them (https, no spaces), Vietnamese letters left unescaped too. */
const taskLink = fc
  .tuple(
    fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
    fc.string({ unit: fc.constantFrom(...'aZ09-_/?=&#%ăâđêôơưắặềễỗợựĐ'), maxLength: 60 }),
  )
  .map(([url, tail]) => url + tail)
  .filter((link) => /^https:\/\/\S+$/.test(link) && fitsQr(link));

function decodePng(bytes: number[]): string | undefined {
  const png = PNG.sync.read(Buffer.from(bytes));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('QR codes', () => {
  it('a PNG that decodes back to the link, 1-bit, with a four-module quiet zone', () => {
    const link = 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit';
    const bytes = qrPng(link, 5);
    expect(decodePng(bytes)).toBe(link);
    const png = PNG.sync.read(Buffer.from(bytes));
    expect(png.width).toBe((qrMatrix(link).length + 8) * 5);
    // The corner is quiet zone: white.
    expect([...png.data.subarray(0, 3)]).toEqual([255, 255, 255]);
  });

  it('Vietnamese text survives (UTF-8 in byte mode), in the PNG and the GIF', () => {
    expect(decodePng(qrPng(VI))).toBe(VI);
    expect(utf8Bytes('Đ')).toEqual([0xc4, 0x90]);
    expect(utf8Bytes('😀')).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(Buffer.from(utf8Bytes(VI)).toString('utf8')).toBe(VI);
    expect(Buffer.from(qrGifBase64(VI), 'base64').subarray(0, 6).toString('latin1')).toBe('GIF87a');
  });

  it('base64 and data URLs match Node, and Java bytes are signed', () => {
    const bytes = qrPng('x');
    expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64([1, 2])).toBe('AQI=');
    expect(base64([1])).toBe('AQ==');
    expect(qrPngDataUrl('x')).toBe('data:image/png;base64,' + Buffer.from(bytes).toString('base64'));
    expect(signedBytes([0, 127, 128, 255])).toEqual([0, 127, -128, -1]);
  });

  it('random task links come back from the PNG and the e-mail GIF', () => {
    fc.assert(
      fc.property(taskLink, (link) => {
        expect(decodePng(qrPng(link, 3))).toBe(link);
        expect(decodeGifQr(qrGifBase64(link))).toBe(link);
      }),
      { numRuns: 20 },
    );
  });

  it('the largest code (version 40, level M) holds 2,331 bytes of UTF-8, and it still reads back', () => {
    const most = 'https://x.vn/' + 'Đ'.repeat((2331 - 13) / 2);
    expect(utf8Bytes(most)).toHaveLength(2331);
    expect(fitsQr(most)).toBe(true);
    expect(fitsQr(most + 'a')).toBe(false);
    expect(qrMatrix(most)).toHaveLength(177);
    expect(() => qrMatrix(most + 'a')).toThrow();
    // At 3 px a module the GIF has 555 × 555 pixels: its LZW table fills and restarts many times.
    expect(decodeGifQr(qrGifBase64(most))).toBe(most);
  });

  it('the GIF writer gives back every pixel of any matrix, scale and margin', () => {
    // Noisy matrices compress badly: many codes, every code width, tables that fill and restart, and
    // streams that end just as the decoder widens its codes.
    const square = fc
      .integer({ min: 1, max: 70 })
      .chain((n) =>
        fc.array(fc.array(fc.boolean(), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
      );
    fc.assert(
      fc.property(
        square,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 4 }),
        (matrix, scale, margin) => {
          const { width, height, rgba } = decodeGif(Buffer.from(matrixGif(matrix, scale, margin)));
          const size = (matrix.length + 2 * margin) * scale;
          expect([width, height]).toEqual([size, size]);
          for (let y = 0; y < size; y++)
            for (let x = 0; x < size; x++) {
              const r = Math.floor(y / scale) - margin;
              const c = Math.floor(x / scale) - margin;
              const dark = matrix[r]?.[c] === true;
              if (rgba[(y * size + x) * 4] !== (dark ? 0 : 255)) throw new Error(`pixel ${x}, ${y}`);
            }
        },
      ),
      { numRuns: 150 },
    );
  });
});
