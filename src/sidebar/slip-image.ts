/**
 * The task slip as a phone-sized PNG (1080 × 1920), drawn in the browser from the same facts as the PDF
 * slip: agency, task, deadline, people, a large QR code and the link — ready to post in a Zalo group.
 * The QR modules are drawn as rectangles from the matrix (crisp at any size, no image to decode).
 */
import { qrMatrix } from '../core/qr';
import type { Language } from '../core/language';
import type { TaskFacts } from '../core/workspace/documents';
import { t } from './i18n';

const W = 1080;
const H = 1920;
const PAD = 72;
const FONT = 'Roboto, Arial, "Helvetica Neue", sans-serif';

/** Splits text into lines that fit `width`, at most `max` lines (the last one ends with "…"). */
function lines(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width || !line) line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length > max) {
    out.length = max;
    let last = out[max - 1];
    while (last.length > 1 && ctx.measureText(last + '…').width > width) last = last.slice(0, -1);
    out[max - 1] = last + '…';
  }
  // A single word wider than the line (a long link) is cut into pieces that fit.
  return out.flatMap((l) => (ctx.measureText(l).width <= width ? [l] : chop(ctx, l, width)));
}

function chop(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const ch of text) {
    if (ctx.measureText(piece + ch).width > width && piece) {
      out.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) out.push(piece);
  return out;
}

/** Draws the slip; returns the canvas (a PNG is `canvas.toDataURL('image/png')`). */
export function drawSlip(f: TaskFacts, link: string, lang: Language): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.textBaseline = 'top';
  const text = (
    s: string,
    y: number,
    size: number,
    opts: { bold?: boolean; colour?: string; max?: number; centre?: boolean } = {},
  ) => {
    ctx.font = `${opts.bold ? '700 ' : ''}${size}px ${FONT}`;
    ctx.fillStyle = opts.colour ?? '#202124';
    ctx.textAlign = opts.centre ? 'center' : 'left';
    for (const l of lines(ctx, s, W - 2 * PAD, opts.max ?? 3)) {
      ctx.fillText(l, opts.centre ? W / 2 : PAD, y);
      y += Math.round(size * 1.3);
    }
    return y;
  };

  // Header band: agency and "PHIẾU GIAO VIỆC".
  ctx.fillStyle = '#1a73e8';
  ctx.fillRect(0, 0, W, 260);
  let y = 48;
  if (f.agency)
    y = text(f.agency.toUpperCase(), y, 38, { bold: true, colour: '#ffffff', max: 2, centre: true }) + 8;
  text(t(lang, 'slip.title'), Math.max(y, 120), 64, { bold: true, colour: '#ffffff', max: 1, centre: true });
  y = 300;
  y = text(t(lang, 'slip.number', { id: f.id }), y, 36, { colour: '#5f6368', max: 1 }) + 12;
  y = text(f.title, y, 52, { bold: true, max: 4 }) + 20;
  y =
    text(`${t(lang, 'doc.deadline')}: ${f.deadline || t(lang, 'doc.ongoing')}`, y, 46, {
      bold: true,
      colour: '#b3261e',
      max: 2,
    }) + 16;
  const facts: [string, string][] = [
    [t(lang, 'ui.leadUnit'), f.leadUnit],
    [t(lang, 'ui.assignees'), f.assignees.join(', ')],
    [t(lang, 'ui.assigner'), f.assigner],
    [t(lang, 'ui.source'), f.source],
  ];
  for (const [label, value] of facts) if (value) y = text(`${label}: ${value}`, y, 34, { max: 2 }) + 6;

  // The QR code, as large as the space left allows (at least 480 px), with its quiet zone.
  const matrix = qrMatrix(link);
  const modules = matrix.length + 8;
  const room = H - y - 300;
  const size = Math.max(480, Math.min(720, room));
  const cell = Math.floor(size / modules);
  const qrSize = cell * modules;
  const x0 = Math.round((W - qrSize) / 2);
  const y0 = Math.min(y + 24, H - qrSize - 260);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x0, y0, qrSize, qrSize);
  ctx.fillStyle = '#000000';
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) ctx.fillRect(x0 + (c + 4) * cell, y0 + (r + 4) * cell, cell, cell);
    }),
  );
  y = y0 + qrSize + 20;
  y = text(t(lang, 'slip.scan'), y, 32, { colour: '#3c4043', max: 2, centre: true }) + 8;
  text(link, y, 26, { colour: '#1a73e8', max: 3, centre: true });
  if (f.assigned)
    text(t(lang, 'slip.printed', { date: f.assigned }), H - 80, 28, {
      colour: '#5f6368',
      max: 1,
      centre: true,
    });
  return canvas;
}
