/**
 * Strings written to cells are read as if a user typed them into a Vietnamese-locale sheet, unless the
 * cell's number format is plain text ('@', kept verbatim). Modelled (and nothing more):
 * - a leading apostrophe forces text and is not stored ("'007" → text "007");
 * - '=…' is a formula; a '+' or '-' followed by something that is not a plain number is a formula too
 *   ("+84 912 345 678" → =+84 912 345 678 → #ERROR!, as in Sheets);
 * - 'TRUE'/'FALSE' (any case) → booleans;
 * - numbers with '.' as the decimal point ('007' → 7, '-1.5', '1e3'); a ',' is never read as a decimal
 *   or grouping separator here, so '1,5' stays text (a simplification of vi_VN, which reads '1,5' as 1.5);
 * - percentages ('50%' → 0.5 with '0%', '12.5%' → 0.125 with '0.00%');
 * - dates: 'yyyy-mm-dd' and 'yyyy/mm/dd' (format 'yyyy-mm-dd'), day-first 'd/m/yyyy', 'd-m-yyyy',
 *   'd.m.yyyy' (format 'dd/MM/yyyy'; month-first in en_US), 'd/m' (this year), each optionally followed
 *   by ' h:mm' or ' h:mm:ss'; times 'h:mm', 'h:mm:ss' with optional AM/PM. Dates that do not exist
 *   ('31/02/2026') stay text.
 */
import { serialOf } from './dates';
import { isDateFormat } from './numfmt';
import type { CellValue } from './model';

export interface Typed {
  value: CellValue;
  /** A number format to give the cell (undefined: keep the cell's own). */
  format?: string;
  /** Set when the text is a formula. */
  formula: string | null;
  image: null;
}

const stored = (value: CellValue): Typed => ({ value, formula: null, image: null });

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))\s?%$/;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+${TIME})?$`);
const DMY = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:\s+${TIME})?$`);
const DM = /^(\d{1,2})\/(\d{1,2})$/;
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`);

function hours(h: number, ampm: string | undefined): number | null {
  if (!ampm) return h;
  if (h < 1 || h > 12) return null;
  const pm = ampm.toLowerCase() === 'pm';
  return (h % 12) + (pm ? 12 : 0);
}

function timeFormat(seconds: string | undefined, ampm: string | undefined): string {
  return `${ampm ? 'h' : 'HH'}:mm${seconds !== undefined ? ':ss' : ''}${ampm ? ' AM/PM' : ''}`;
}

function dateResult(
  y: number,
  m: number,
  d: number,
  time: RegExpExecArray | string[] | null,
  base: string,
  currentFormat: string | null,
): Typed | null {
  let h = 0;
  let mi = 0;
  let s = 0;
  let fmt = base;
  if (time && time[0] !== undefined) {
    const hh = hours(Number(time[0]), time[3]);
    if (hh === null) return null;
    h = hh;
    mi = Number(time[1]);
    s = time[2] !== undefined ? Number(time[2]) : 0;
    fmt = `${base} ${timeFormat(time[2], time[3])}`;
  }
  const serial = serialOf(y, m, d, h, mi, s);
  if (serial === null) return null;
  return { value: serial, formula: null, image: null, format: isDateFormat(currentFormat) ? undefined : fmt };
}

function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n < 30 ? 2000 + n : 1900 + n;
}

/**
 * How Sheets stores `text` typed into a cell with number format `currentFormat` in a spreadsheet with
 * `locale`; `year` is the current year there (for 'd/m').
 */
export function parseTyped(text: string, currentFormat: string | null, locale: string, year: number): Typed {
  if (text === '') return stored(null);
  if (currentFormat === '@') return stored(text);
  if (text.startsWith("'")) return stored(text.slice(1));
  if (text.length > 1 && text.startsWith('=')) return { value: null, formula: text, image: null };
  const t = text.trim();
  const c = t.charCodeAt(0);
  // Fast path: most text starts with a letter and is none of the forms below.
  const maybe =
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === 45 ||
    c === 46 ||
    c === 84 ||
    c === 116 ||
    c === 70 ||
    c === 102;
  if (!maybe) return stored(text);
  const up = t.toUpperCase();
  if (up === 'TRUE') return stored(true);
  if (up === 'FALSE') return stored(false);
  if (NUMBER.test(t)) return stored(Number(t));
  const pct = PERCENT.exec(t);
  if (pct) {
    const keep = currentFormat !== null && currentFormat.includes('%');
    return {
      value: Number(pct[1]) / 100,
      formula: null,
      image: null,
      format: keep ? undefined : pct[1].includes('.') ? '0.00%' : '0%',
    };
  }
  const iso = ISO.exec(t);
  if (iso) {
    const r = dateResult(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      iso[4] === undefined ? null : iso.slice(4),
      'yyyy-mm-dd',
      currentFormat,
    );
    if (r) return r;
    return stored(text);
  }
  const dmy = DMY.exec(t);
  if (dmy) {
    const monthFirst = locale.startsWith('en_US');
    const a = Number(dmy[1]);
    const b = Number(dmy[3]);
    const [d, m] = monthFirst ? [b, a] : [a, b];
    const r = dateResult(
      fullYear(dmy[4]),
      m,
      d,
      dmy[5] === undefined ? null : dmy.slice(5),
      monthFirst ? 'M/d/yyyy' : 'dd/MM/yyyy',
      currentFormat,
    );
    if (r) return r;
    return stored(text);
  }
  const dm = DM.exec(t);
  if (dm) {
    const monthFirst = locale.startsWith('en_US');
    const a = Number(dm[1]);
    const b = Number(dm[2]);
    const [d, m] = monthFirst ? [b, a] : [a, b];
    const r = dateResult(year, m, d, null, monthFirst ? 'M/d' : 'dd/MM', currentFormat);
    if (r) return r;
    return stored(text);
  }
  const time = TIME_ONLY.exec(t);
  if (time) {
    const h = hours(Number(time[1]), time[4]);
    const mi = Number(time[2]);
    const s = time[3] !== undefined ? Number(time[3]) : 0;
    if (h !== null && h < 24 && mi < 60 && s < 60) {
      return {
        value: (h * 3600 + mi * 60 + s) / 86400,
        formula: null,
        image: null,
        format: isDateFormat(currentFormat) ? undefined : timeFormat(time[3], time[4]),
      };
    }
    return stored(text);
  }
  if ((c === 43 || c === 45) && t.length > 1) return { value: null, formula: `=${text.trim()}`, image: null };
  return stored(text);
}
