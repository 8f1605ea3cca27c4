/**
 * Parsing what users type into the register and the sidebar. Every failure carries a reason code
 * and a message in Vietnamese and English, ready to show.
 */

import { type Day, dayFromYmd, dayOfInstant, isDateObject, VN_OFFSET_MINUTES } from './civil-date';
import type { DeadlineCheck, WorkingCalendar } from './calendar';
import { formatDay } from './format';

export type ParseErrorCode =
  | 'empty'
  | 'not_a_date'
  | 'bare_number'
  | 'invalid_date'
  | 'two_digit_year'
  | 'year_out_of_range'
  | 'ambiguous_days'
  | 'invalid_working_days'
  | 'deadline_before_assignment'
  | 'invalid_percent'
  | 'percent_out_of_range'
  | 'invalid_email'
  | 'too_long'
  | 'control_characters';

export interface ParseError {
  code: ParseErrorCode;
  vi: string;
  en: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseError };

/** Dates outside these years are refused: typing 2062 for 2026 should not pass silently. */
export const MIN_INPUT_YEAR = 2000;
export const MAX_INPUT_YEAR = 2100;
/** "N working days": at most about three years. */
export const MAX_WORKING_DAYS = 750;

/** Shows a raw input inside a message: quoted, cut at 40 characters. */
function show(value: unknown): string {
  const s = typeof value === 'string' ? value : String(value);
  return `"${s.length > 40 ? s.slice(0, 40) + '…' : s}"`;
}

/** The message catalogue for parse errors; `detail` fills the blanks. */
export const PARSE_MESSAGES: Readonly<
  Record<ParseErrorCode, (input: string, a?: string, b?: string) => { vi: string; en: string }>
> = {
  empty: () => ({ vi: 'Còn để trống.', en: 'Left empty.' }),
  not_a_date: (i) => ({
    vi: `Không phải ngày: ${i}. Ghi ngày/tháng/năm, ví dụ 05/03/2026.`,
    en: `Not a date: ${i}. Write day/month/year, e.g. 05/03/2026.`,
  }),
  bare_number: (i) => ({
    vi: `${i} là một số, không phải ngày. Ghi ngày/tháng/năm, ví dụ 05/03/2026.`,
    en: `${i} is a number, not a date. Write day/month/year, e.g. 05/03/2026.`,
  }),
  invalid_date: (i, month, day) => {
    const n = Number(month);
    if (!(n >= 1 && n <= 12)) {
      return {
        vi: `Ngày không hợp lệ: ${i} (không có tháng ${month}).`,
        en: `Invalid date: ${i} (there is no month ${month}).`,
      };
    }
    return {
      vi: `Ngày không hợp lệ: ${i} (tháng ${n} không có ngày ${day}).`,
      en: `Invalid date: ${i} (month ${n} has no day ${day}).`,
    };
  },
  two_digit_year: (i) => ({
    vi: `Năm cần đủ 4 chữ số: ${i}.`,
    en: `The year needs four digits: ${i}.`,
  }),
  year_out_of_range: (i) => ({
    vi: `Năm phải từ ${MIN_INPUT_YEAR} đến ${MAX_INPUT_YEAR}: ${i}.`,
    en: `The year must be between ${MIN_INPUT_YEAR} and ${MAX_INPUT_YEAR}: ${i}.`,
  }),
  ambiguous_days: (i) => ({
    vi: `Chưa rõ ${i} là ngày làm việc hay ngày lịch. Ghi "N ngày làm việc" hoặc nhập ngày cụ thể.`,
    en: `Unclear whether ${i} means working or calendar days. Write "N working days" or a date.`,
  }),
  invalid_working_days: (i) => ({
    vi: `Số ngày làm việc phải là số nguyên từ 1 đến ${MAX_WORKING_DAYS}: ${i}.`,
    en: `The number of working days must be a whole number from 1 to ${MAX_WORKING_DAYS}: ${i}.`,
  }),
  deadline_before_assignment: (i, assigned) => ({
    vi: `Hạn ${i} trước ngày giao ${assigned}.`,
    en: `The deadline ${i} is before the assignment date ${assigned}.`,
  }),
  invalid_percent: (i) => ({
    vi: `Tỷ lệ không hợp lệ: ${i}. Nhập số từ 0 đến 100, ví dụ 50 hoặc 50%.`,
    en: `Invalid percentage: ${i}. Enter a number from 0 to 100, e.g. 50 or 50%.`,
  }),
  percent_out_of_range: (i) => ({
    vi: `Tỷ lệ phải từ 0 đến 100 %: ${i}.`,
    en: `The percentage must be between 0 and 100 %: ${i}.`,
  }),
  invalid_email: (i) => ({ vi: `Địa chỉ email không hợp lệ: ${i}.`, en: `Invalid email address: ${i}.` }),
  too_long: (i, max) => ({
    vi: `Nội dung quá dài (${i} ký tự, tối đa ${max}).`,
    en: `Text too long (${i} characters, at most ${max}).`,
  }),
  control_characters: () => ({
    vi: 'Nội dung chứa ký tự điều khiển không cho phép.',
    en: 'The text contains control characters that are not allowed.',
  }),
};

/** Builds an error; `a`, `b` fill the message (invalid_date: month, day; too_long: maximum). */
export function parseError(code: ParseErrorCode, input: unknown, a?: string, b?: string): ParseError {
  const quoted = code === 'too_long' ? String(input) : show(input);
  return { code, ...PARSE_MESSAGES[code](quoted, a, b) };
}

function fail<T>(code: ParseErrorCode, input: unknown, a?: string, b?: string): ParseResult<T> {
  return { ok: false, error: parseError(code, input, a, b) };
}

function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** First and last accepted days: comparing day numbers is all the year check needs (it runs per cell). */
const FIRST_INPUT_DAY = dayFromYmd(MIN_INPUT_YEAR, 1, 1)!;
const LAST_INPUT_DAY = dayFromYmd(MAX_INPUT_YEAR, 12, 31)!;

/**
 * The day of a Date cell when it is an acceptable date, else null (then `parseDateCell` says why).
 * No result object: reading a register calls this for every date cell.
 */
export function dayOfDateCell(value: unknown, offsetMinutes: number = VN_OFFSET_MINUTES): Day | null {
  if (!isDateObject(value)) return null;
  const t = value.getTime();
  if (t !== t) return null; // NaN: an invalid Date
  const day = dayOfInstant(t, offsetMinutes);
  return day < FIRST_INPUT_DAY || day > LAST_INPUT_DAY ? null : day;
}

function checkYear(day: Day, input: () => unknown): ParseResult<Day> {
  return day < FIRST_INPUT_DAY || day > LAST_INPUT_DAY ? fail('year_out_of_range', input()) : ok(day);
}

function fromParts(y: number, m: number, d: number, input: string): ParseResult<Day> {
  if (y < MIN_INPUT_YEAR || y > MAX_INPUT_YEAR) return fail('year_out_of_range', input);
  const day = dayFromYmd(y, m, d);
  if (day === null) return fail('invalid_date', input, String(m), String(d));
  return ok(day);
}

/**
 * A date cell or typed date → a day.
 * - A Date (Sheets gives date cells as Dates at midnight of the spreadsheet's time zone): its day at
 *   `offsetMinutes` (Viet Nam: +420).
 * - Text 'dd/MM/yyyy' or 'd/M/yyyy' (also with '-' or '.' between the parts, common in Vietnamese
 *   writing), or ISO 'yyyy-MM-dd'. Validated: '31/02/2026' is refused.
 * - Refused: numbers (a date cell never arrives as a number; a bare number is a typing error),
 *   two-digit years, years outside 2000–2100, words ('ngày mai'), empty values.
 */
export function parseDateCell(value: unknown, offsetMinutes: number = VN_OFFSET_MINUTES): ParseResult<Day> {
  if (value === null || value === undefined) return fail('empty', '');
  if (isDateObject(value)) {
    const t = value.getTime();
    if (Number.isNaN(t)) return fail('not_a_date', 'Invalid Date');
    const day = dayOfInstant(t, offsetMinutes);
    return checkYear(day, () => formatDay(day));
  }
  if (typeof value === 'number') return fail('bare_number', value);
  if (typeof value !== 'string') return fail('not_a_date', value);
  const s = value.trim();
  if (s === '') return fail('empty', value);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), s);
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d+)$/.exec(s);
  if (m) {
    if (m[4].length <= 2) return fail('two_digit_year', s);
    if (m[4].length !== 4) return fail('year_out_of_range', s);
    return fromParts(Number(m[4]), Number(m[3]), Number(m[1]), s);
  }
  if (/^\d+$/.test(s)) return fail('bare_number', s);
  return fail('not_a_date', s);
}

export type DeadlineUnit = 'date' | 'working_days';

export interface ParsedDeadline {
  day: Day;
  /** Set when the deadline was given as "N working days from assignment". */
  fromWorkingDays?: number;
  /** Whether the day is a working day; if not, the suggested next working day (art. 148.5). */
  check: DeadlineCheck;
}

/**
 * A deadline typed in the sidebar or the register: a date (see `parseDateCell`), or
 * "N ngày làm việc" / "N ngày LV" / "N working days" / "N wd", or a bare "N" when the unit
 * selector says working days. N working days from the assignment day end on
 * `calendar.addWorkingDays(assignedDay, N)` (Civil Code art. 147.2: the assignment day is not
 * counted). "N ngày" alone is refused as ambiguous (calendar or working days?). A date before the
 * assignment day is refused; a date on a rest day is accepted and flagged in `check`.
 */
export function parseDeadlineInput(
  input: unknown,
  assignedDay: Day,
  calendar: WorkingCalendar,
  unit: DeadlineUnit = 'date',
): ParseResult<ParsedDeadline> {
  if (typeof input === 'number' && unit === 'working_days')
    return workingDays(String(input), input, assignedDay, calendar);
  if (typeof input === 'string') {
    const s = input.trim().normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
    const wd = /^(\S+) ?(?:ngày làm việc|ngày lv|working days?|wd)$/.exec(s);
    if (wd) return workingDays(wd[1], input, assignedDay, calendar);
    if (/^\S+ ?(?:ngày|days?)$/.test(s)) return fail('ambiguous_days', input);
    if (unit === 'working_days' && /^[^/.-]*$/.test(s) && s !== '')
      return workingDays(s, input, assignedDay, calendar);
  }
  const date = parseDateCell(input);
  if (!date.ok) return date;
  if (date.value < assignedDay)
    return fail('deadline_before_assignment', formatDay(date.value), formatDay(assignedDay));
  return ok({ day: date.value, check: calendar.checkDeadline(date.value) });
}

function workingDays(
  n: string,
  input: unknown,
  assignedDay: Day,
  calendar: WorkingCalendar,
): ParseResult<ParsedDeadline> {
  if (!/^\d+$/.test(n)) return fail('invalid_working_days', input);
  const count = Number(n);
  if (count < 1 || count > MAX_WORKING_DAYS) return fail('invalid_working_days', input);
  const day = calendar.addWorkingDays(assignedDay, count);
  return ok({ day, fromWorkingDays: count, check: calendar.checkDeadline(day) });
}

export interface PercentOptions {
  /**
   * How to read a number (not text). true (default): the register's progress column is formatted
   * as a percentage, and Sheets stores "50 %" as 0.5, so numbers are fractions (0.5 → 50,
   * 1 → 100). false: a plain column, 50 → 50.
   */
  numberIsFraction?: boolean;
}

/**
 * A progress percentage, 0–100 (decimals kept, e.g. 12.5). Text: '50', '50%', '50 %', '12,5%'
 * (decimal comma or point). Numbers: see `numberIsFraction`. Empty → 'empty'.
 */
export function parsePercent(value: unknown, options: PercentOptions = {}): ParseResult<number> {
  if (value === null || value === undefined) return fail('empty', '');
  let p: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('invalid_percent', value);
    p = options.numberIsFraction === false ? value : value * 100;
  } else if (typeof value === 'string') {
    const s = value.trim();
    if (s === '') return fail('empty', value);
    const m = /^(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(s);
    if (!m) return fail('invalid_percent', value);
    p = Number(m[1].replace(',', '.'));
  } else {
    return fail('invalid_percent', value);
  }
  p = Math.round(p * 1e9) / 1e9; // 0.07 * 100 = 7.000000000000001
  if (p < 0 || p > 100) return fail('percent_out_of_range', value);
  return ok(p);
}

export interface EmailList {
  /** Valid addresses, lower-cased, without duplicates, in input order. */
  emails: string[];
  /** Parts that are not addresses, as typed. */
  invalid: string[];
  /** One error per invalid part. */
  errors: ParseError[];
}

/** Pragmatic address check: local@domain.tld, ASCII (Google accounts are ASCII). */
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,}$/;

/**
 * 'a@x.vn, b@y.vn; c@z.vn' (separators: comma, semicolon, whitespace, new lines) → lower-case
 * addresses. "Name <a@x.vn>" gives a@x.vn. Local parts must not start or end with a dot or hold "..".
 */
export function parseEmailList(text: string): EmailList {
  const out: EmailList = { emails: [], invalid: [], errors: [] };
  if (text === '') return out;
  // "Name <a@x.vn>" → a@x.vn; most cells hold bare addresses, so skip the regex when there is no "<".
  const withoutNames = text.includes('<') ? text.replace(/[^,;<>]*<([^<>]*)>/g, ' $1 ') : text;
  const parts = /[\s,;]/.test(withoutNames) ? withoutNames.split(/[\s,;]+/) : [withoutNames];
  for (const part of parts) {
    if (part === '') continue;
    const email = part.toLowerCase();
    if (isEmail(email)) {
      if (!out.emails.includes(email)) out.emails.push(email);
    } else {
      out.invalid.push(part);
      out.errors.push(parseError('invalid_email', part));
    }
  }
  return out;
}

function isEmail(email: string): boolean {
  const at = email.indexOf('@');
  const local = at > 0 ? email.slice(0, at) : '';
  return EMAIL.test(email) && !local.startsWith('.') && !local.endsWith('.') && !email.includes('..');
}

/** True when Sheets would read the text as a formula (=, +, -, @ first, after optional spaces). */
export function looksLikeFormula(text: string): boolean {
  return /^\s*[=+\-@]/.test(text);
}

/**
 * Text Sheets would read as something else if typed: a number, a date or time, a percentage, a
 * boolean ('007', '1/2', '30 %', 'TRUE').
 */
export function looksLikeValue(text: string): boolean {
  return /^\s*[-+]?[\d.,(]/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/**
 * Text stays text — one rule for every cell the add-on writes. The add-on never gives a cell the
 * plain-text number format ('@'): there an apostrophe would be stored as part of the text. In a cell of
 * any other format, Apps Script parses a string as if typed, so a title like "=HYPERLINK(…)" would
 * become a formula, "30 %" a number, and a leading apostrophe would be taken as the mark of text and
 * dropped. `keepAsText` puts one apostrophe before such text; Sheets stores and gives back the text
 * without it. What the sheet gives back is what keys, hashes and comparisons are made on
 * (`storedText`).
 */
export function keepAsText(text: string): string {
  return needsTextMark(text) ? "'" + text : text;
}

function needsTextMark(text: string): boolean {
  return text.startsWith("'") || looksLikeFormula(text) || looksLikeValue(text);
}

/**
 * For a string on its way to a cell that may already carry the apostrophe (`cleanText` marks what
 * people type): marked text is left alone, anything else is marked when it needs it. Writers whose
 * strings come from both (the audit, the queue) use this; `storedText` of the result is what the cell
 * gives back.
 */
export function asWritten(text: string): string {
  return text.startsWith("'") ? text : keepAsText(text);
}

/** What a cell (not in plain-text format) gives back for a string written by `keepAsText`/`asWritten`. */
export function storedText(written: string): string {
  return written.startsWith("'") ? written.slice(1) : written;
}

/**
 * A text cell as read, without the apostrophe an older version stored in plain-text cells before text
 * that looked like a value ("'0912abc@gmail.com"). Only for reading rows written before the rule above.
 */
export function withoutStrayMark(text: string): string {
  const rest = text.slice(1);
  return text.startsWith("'") && (looksLikeFormula(rest) || looksLikeValue(rest)) ? rest : text;
}

export interface SanitizeOptions {
  /** Allow new lines and tabs (multi-line fields); default true. */
  multiline?: boolean;
  /** Empty after trimming is an error ('empty'); default false. */
  required?: boolean;
}

/**
 * C0/C1 control characters (except tab and new line when multi-line), DEL, and the invisible
 * bidirectional overrides that can disguise text (U+202A–U+202E, U+2066–U+2069).
 */
const FORBIDDEN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const FORBIDDEN_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/**
 * Free text from a user: NFC, CRLF → LF, trimmed; refuses control characters and more than
 * `maxLength` characters (counted after trimming, in UTF-16 code units as Sheets counts them).
 */
export function sanitizeText(
  text: string,
  maxLength: number,
  options: SanitizeOptions = {},
): ParseResult<string> {
  const multiline = options.multiline ?? true;
  const s = text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (options.required && s === '') return fail('empty', text);
  if ((multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_SINGLE_LINE).test(s))
    return fail('control_characters', text);
  if (s.length > maxLength) return fail('too_long', s.length, String(maxLength));
  return ok(s);
}
