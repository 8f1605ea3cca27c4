import { qrPng, qrMatrix } from '/work/main/src/core/qr';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
for (const text of ['https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd/edit', 'Báo cáo tổng kết năm 2026 – Phường Hòa Hải ưu tiên']) {
  const t0 = performance.now();
  const bytes = qrPng(text);
  const t1 = performance.now();
  const png = PNG.sync.read(Buffer.from(bytes));
  const r = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  console.log(bytes.length, png.width, (t1-t0).toFixed(1), r?.data === text, r?.data);
}
