/** The QR code the reminder e-mails carry inline: a GIF that decodes back to the link. */
import jsQR from 'jsqr';
import { qrGifBase64 } from '../../../../src/core/reminders/qr';
import { decodeGif } from '../../../helpers/gif';

test('the QR GIF decodes back to the link', () => {
  const link = 'https://drive.google.com/drive/folders/1AbC-dEf_GhIjKlMnOpQrStUvWxYz';
  const gif = Buffer.from(qrGifBase64(link), 'base64');
  expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF87a');
  const { width, height, rgba } = decodeGif(gif);
  expect(jsQR(rgba, width, height)?.data).toBe(link);
});
