/**
 * Making untrusted text safe in HTML: e-mails, the working document and the slip. Task titles, notes, names and unit names are typed by people
 * and pasted from documents: every one of them is escaped before it enters the HTML, and only plain
 * https links ever become an href or a QR code.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text → HTML text or attribute value (quotes escaped too, so it is safe inside either). */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** A link we may put in an href and a QR code: https only, no spaces, quotes or angle brackets. */
export function safeLink(url: string): string | null {
  const u = url.trim();
  return /^https:\/\/[^\s"'<>\\`]+$/i.test(u) && u.length <= 2000 ? u : null;
}

/** One line for a subject: no line breaks (header injection), at most `max` characters. */
export function oneLine(text: string, max: number): string {
  const s = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
