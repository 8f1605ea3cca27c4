/**
 * QR codes for the e-mails: a GIF made by `qrcode-generator` (pure JavaScript, no DOM, runs in Apps
 * Script), returned as base64 for `Utilities.newBlob(Utilities.base64Decode(…))`. Error correction M
 * (15 %) reads well from a phone screen; the quiet zone is the standard four modules. Links are ASCII
 * (`safeLink`), so the byte mode's one-byte-per-character encoding is exact.
 */
import qrcode from 'qrcode-generator';

export function qrGifBase64(text: string, cellSize = 3): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const url = qr.createDataURL(cellSize, cellSize * 4);
  return url.slice(url.indexOf(',') + 1);
}
