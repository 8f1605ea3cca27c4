/**
 * QR codes for the e-mails: a GIF made by src/core/qr.ts (pure JavaScript, no DOM, runs in Apps
 * Script), returned as base64 for `Utilities.newBlob(Utilities.base64Decode(…))`. Error correction M
 * (15 %) reads well from a phone screen; the quiet zone is the standard four modules.
 *
 * One QR module serves the whole add-on (e-mails, the register, the task slip, the sidebar): src/core/qr.ts,
 * which encodes text as UTF-8, so Vietnamese text survives too.
 */
export { qrGifBase64 } from '../qr';
