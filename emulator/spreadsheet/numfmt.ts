/**
 * Display values: how Sheets shows a stored value under a cell's number format and the spreadsheet's
 * locale. Supported: 'General' (locale decimal separator, up to 10 significant digits), '@' (plain
 * text), fixed/grouped numbers ('0', '0.00', '#,##0', '#,##0.00', with literal prefixes/suffixes such as
 * '#,##0 "₫"'), percentages ('0%', '0.0%', '0.00%'), and date/time formats built from d, dd, ddd, dddd,
 * m/M… (month, or minutes next to h or s), yy, yyyy, h/H, hh/HH, ss and AM/PM, with quoted literals.
 * In vi_VN the decimal separator is ',' and the grouping separator '.', so 0.97 under '0.0%' shows
 * '97,0%' and 1234.5 under '#,##0.00' shows '1.234,50'.
 */
import { fieldsOfSerial } from './dates';
import type { CellValue } from './model';

const COMMA_DECIMAL =
  /^(vi|de|fr|es|it|pt|ru|nl|id|tr|pl|da|sv|nb|nn|no|fi|cs|sk|uk|ro|hu|el|bg|hr|sl|sr|lt|lv|et|az|kk|be)(_|$)/;
const SPACE_GROUPING = /^(fr|ru|sv|nb|nn|no|fi|cs|sk|uk|pl|bg|lt|lv|et|kk|be)(_|$)/;

export function separators(locale: string): { decimal: string; group: string } {
  if (!COMMA_DECIMAL.test(locale)) return { decimal: '.', group: ',' };
  return { decimal: ',', group: SPACE_GROUPING.test(locale) ? '\u00a0' : '.' };
}

/** The format Sheets gives a cell when a script writes a Date into an unformatted cell. */
export function defaultDateTimeFormat(locale: string): string {
  return locale.startsWith('en_US') ? 'M/d/yyyy H:mm:ss' : 'dd/MM/yyyy HH:mm:ss';
}
export function defaultDateFormat(locale: string): string {
  return locale.startsWith('en_US') ? 'M/d/yyyy' : 'dd/MM/yyyy';
}

type DateToken =
  | { kind: 'lit'; text: string }
  | { kind: 'd' | 'M' | 'y' | 'h' | 's' | 'min'; len: number }
  | { kind: 'ampm'; upper: boolean };

const dateFormatCache = new Map<string, DateToken[] | null>();

/** The tokens of a date/time format, or null when `nf` is not a date/time format. */
function dateTokens(nf: string): DateToken[] | null {
  const hit = dateFormatCache.get(nf);
  if (hit !== undefined) return hit;
  const tokens: DateToken[] = [];
  let i = 0;
  let isDate = false;
  while (i < nf.length) {
    const ch = nf[i];
    if (ch === '"') {
      const end = nf.indexOf('"', i + 1);
      const stop = end < 0 ? nf.length : end;
      tokens.push({ kind: 'lit', text: nf.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (ch === '\\' && i + 1 < nf.length) {
      tokens.push({ kind: 'lit', text: nf[i + 1] });
      i += 2;
      continue;
    }
    const rest = nf.slice(i);
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) {
      tokens.push({ kind: 'ampm', upper: ampm[0][0] === 'A' });
      i += ampm[0].length;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('dmyhs'.includes(lower)) {
      let j = i;
      while (j < nf.length && nf[j].toLowerCase() === lower) j++;
      const len = j - i;
      const kind =
        lower === 'd' ? 'd' : lower === 'm' ? 'M' : lower === 'y' ? 'y' : lower === 'h' ? 'h' : 's';
      tokens.push({ kind, len });
      isDate = true;
      i = j;
      continue;
    }
    if ('0#?'.includes(ch) && !isDate) {
      // A digit placeholder before any date part: a number format.
      dateFormatCache.set(nf, null);
      return null;
    }
    tokens.push({ kind: 'lit', text: ch });
    i += 1;
  }
  if (!isDate) {
    dateFormatCache.set(nf, null);
    return null;
  }
  // 'm' next to an hour or a second means minutes.
  const parts = tokens.filter((t) => t.kind !== 'lit');
  for (let k = 0; k < parts.length; k++) {
    const t = parts[k];
    if (t.kind !== 'M' || t.len > 2) continue;
    const prev = parts[k - 1];
    const next = parts[k + 1];
    if (prev?.kind === 'h' || next?.kind === 's') (t as { kind: string }).kind = 'min';
  }
  dateFormatCache.set(nf, tokens);
  return tokens;
}

export function isDateFormat(nf: string | null | undefined): boolean {
  return !!nf && nf !== 'General' && nf !== '@' && dateTokens(nf) !== null;
}

const VI_WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const VI_WEEKDAYS_SHORT = ['CN', 'Th 2', 'Th 3', 'Th 4', 'Th 5', 'Th 6', 'Th 7'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number, len: number) => String(n).padStart(len, '0');

export function formatDateSerial(serial: number, nf: string, locale: string): string {
  const tokens = dateTokens(nf);
  if (!tokens) return formatGeneral(serial, locale);
  const f = fieldsOfSerial(serial);
  const vi = locale.startsWith('vi');
  const twelve = tokens.some((t) => t.kind === 'ampm');
  let out = '';
  for (const t of tokens) {
    switch (t.kind) {
      case 'lit':
        out += t.text;
        break;
      case 'd':
        if (t.len <= 2) out += pad(f.d, t.len);
        else if (t.len === 3) out += vi ? VI_WEEKDAYS_SHORT[f.weekday] : EN_WEEKDAYS[f.weekday].slice(0, 3);
        else out += vi ? VI_WEEKDAYS[f.weekday] : EN_WEEKDAYS[f.weekday];
        break;
      case 'M':
        if (t.len <= 2) out += pad(f.m, t.len);
        else if (t.len === 3) out += vi ? `thg ${f.m}` : EN_MONTHS[f.m - 1].slice(0, 3);
        else out += vi ? `tháng ${f.m}` : EN_MONTHS[f.m - 1];
        break;
      case 'y':
        out += t.len <= 2 ? pad(f.y % 100, 2) : String(f.y);
        break;
      case 'h': {
        const h = twelve ? ((f.h + 11) % 12) + 1 : f.h;
        out += pad(h, Math.min(t.len, 2));
        break;
      }
      case 'min':
        out += pad(f.mi, Math.min(t.len, 2));
        break;
      case 's':
        out += pad(f.s, Math.min(t.len, 2));
        break;
      case 'ampm': {
        const am = f.h < 12;
        out += t.upper ? (am ? 'AM' : 'PM') : am ? 'am' : 'pm';
        break;
      }
    }
  }
  return out;
}

/** Sheets' 'General': integers in full, other numbers to 10 significant digits. */
export function formatGeneral(n: number, locale: string): string {
  const { decimal } = separators(locale);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  let s: string;
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    s = n
      .toExponential(5)
      .replace(/\.?0+e/, 'e')
      .replace('e', 'E')
      .replace(/E(\d)/, 'E+$1');
  } else {
    s = String(Number(n.toPrecision(10)));
    if (s.includes('e')) s = n.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  }
  return decimal === '.' ? s : s.replace('.', decimal);
}

interface NumberPattern {
  prefix: string;
  suffix: string;
  percent: boolean;
  group: boolean;
  minInt: number;
  minDec: number;
  maxDec: number;
}
const numberPatternCache = new Map<string, NumberPattern | null>();

function numberPattern(section: string): NumberPattern | null {
  const hit = numberPatternCache.get(section);
  if (hit !== undefined) return hit;
  // Split into literal text and the placeholder run, honouring quotes and backslashes.
  let prefix = '';
  let suffix = '';
  let core = '';
  let percent = false;
  let i = 0;
  let seenCore = false;
  while (i < section.length) {
    const ch = section[i];
    let lit: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      lit = section.slice(i + 1, stop);
      i = stop + 1;
    } else if (ch === '\\' && i + 1 < section.length) {
      lit = section[i + 1];
      i += 2;
    } else if ('0#?,.'.includes(ch) && (seenCore || '0#?.'.includes(ch))) {
      core += ch;
      seenCore = true;
      i += 1;
      continue;
    } else {
      if (ch === '%') percent = true;
      lit = ch === '_' || ch === '*' ? '' : ch;
      if (ch === '_' || ch === '*') i += 1; // skip the padding character too
      i += 1;
    }
    if (seenCore) suffix += lit;
    else prefix += lit;
  }
  if (!core) {
    numberPatternCache.set(section, null);
    return null;
  }
  const dot = core.indexOf('.');
  const intPart = dot < 0 ? core : core.slice(0, dot);
  const decPart = dot < 0 ? '' : core.slice(dot + 1);
  const pattern: NumberPattern = {
    prefix,
    suffix,
    percent,
    group: intPart.includes(','),
    minInt: (intPart.match(/0/g) ?? []).length,
    minDec: (decPart.match(/0/g) ?? []).length,
    maxDec: (decPart.match(/[0#?]/g) ?? []).length,
  };
  numberPatternCache.set(section, pattern);
  return pattern;
}

function formatWithPattern(n: number, p: NumberPattern, locale: string, negativeSign: boolean): string {
  const { decimal, group } = separators(locale);
  let x = Math.abs(p.percent ? n * 100 : n);
  x = Number(x.toFixed(p.maxDec));
  let [int, dec = ''] = x.toFixed(p.maxDec).split('.');
  while (dec.length > p.minDec && dec.endsWith('0')) dec = dec.slice(0, -1);
  if (int === '0' && p.minInt === 0) int = '';
  int = int.padStart(p.minInt, '0');
  if (p.group) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = dec ? `${int}${decimal}${dec}` : int;
  const sign = negativeSign && n < 0 && x !== 0 ? '-' : '';
  return `${sign}${p.prefix}${body}${p.suffix}`;
}

/** The display string of a number under a number format. */
export function formatNumber(n: number, nf: string | null | undefined, locale: string): string {
  if (!nf || nf === 'General' || nf === '@') return formatGeneral(n, locale);
  if (isDateFormat(nf)) return formatDateSerial(n, nf, locale);
  const sections = splitSections(nf);
  let section = sections[0];
  let negativeSign = true;
  if (n < 0 && sections.length > 1 && sections[1]) {
    section = sections[1];
    negativeSign = false;
  } else if (n === 0 && sections.length > 2 && sections[2]) {
    section = sections[2];
  }
  const p = numberPattern(section);
  if (!p) return formatGeneral(n, locale);
  return formatWithPattern(n, p, locale, negativeSign);
}

function splitSections(nf: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of nf) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** What `getDisplayValue` shows for a stored value. */
export function displayOf(v: CellValue | undefined, nf: string | null | undefined, locale: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return formatNumber(v, nf, locale);
}
