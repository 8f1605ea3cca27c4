/** QR codes: a PNG and a GIF that decode back to the text (UTF-8), base64 as Node writes it. */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  base64,
  qrGifBase64,
  qrMatrix,
  qrPng,
  qrPngDataUrl,
  signedBytes,
  utf8Bytes,
} from '../../../src/core/qr';

const VI = 'Báo cáo tổng kết công tác phòng, chống thiên tai năm 2026 – Phường Hòa Hải';

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
});
