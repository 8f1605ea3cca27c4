/**
 * What people type in the sidebar, checked before anything is written. Every problem is named in the
 * user's language; nothing is guessed or silently changed (a deadline on a rest day is a warning with
 * the next working day suggested, Civil Code art. 148).
 */
import type { WorkingCalendar } from './calendar';
import { dayFromIso, type Day } from './civil-date';
import type { Directory } from './directory';
import { formatDay } from './format';
import type { Language } from './language';
import { t, type MessageKey, type MessageParams } from './messages';
import { MAX_WORKING_DAYS, keepAsText, parseDateCell, sanitizeText } from './parse';
import { fitsQr } from './qr';

export interface FieldError {
  field: string;
  message: string;
}

/** The problems found in one form, each named in the language of the person who filled it in. */
export class InputErrors {
  readonly errors: FieldError[] = [];
  constructor(readonly lang: Language) {}
  add(field: string, key: MessageKey, params: MessageParams = {}): void {
    this.errors.push({ field, message: t(this.lang, key, params) });
  }
  get ok(): boolean {
    return this.errors.length === 0;
  }
}

export const LIMITS = {
  title: 500,
  details: 5000,
  source: 300,
  note: 2000,
  reason: 1000,
  result: 2000,
  explanation: 2000,
  link: 1000,
} as const;

/** A field's name in messages: every field checked here has one (the compiler checks `field.<name>`). */
const fieldName = (lang: Language, field: keyof typeof LIMITS | 'deadline' | 'newDeadline') =>
  t(lang, `field.${field}`);

/**
 * Free text: trimmed, length-checked, control characters refused, and made inert for Sheets (a leading
 * = + - @ is stored as text, never as a formula). HTML is kept as typed and escaped wherever shown.
 */
export function cleanText(
  errors: InputErrors,
  field: keyof typeof LIMITS,
  raw: unknown,
  opts: { required?: boolean } = {},
): string {
  if (raw !== undefined && raw !== null && !['string', 'number', 'boolean'].includes(typeof raw)) {
    // An object or a list is not text: String() would store "[object Object]".
    errors.add(field, 'input.notText', { field: fieldName(errors.lang, field) });
    return '';
  }
  const value = typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw);
  const r = sanitizeText(value, LIMITS[field], { required: opts.required });
  if (r.ok) return keepAsText(r.value);
  const name = fieldName(errors.lang, field);
  if (r.error.code === 'empty') errors.add(field, 'input.required', { field: name });
  else if (r.error.code === 'too_long') {
    errors.add(field, 'input.tooLong', { field: name, length: value.trim().length, max: LIMITS[field] });
  } else errors.add(field, 'input.control', { field: name });
  return '';
}

/**
 * A link users paste as a result: https only (no javascript: or data: URLs end up in the register), and
 * short enough for a QR code (the e-mails and the task slip show one).
 */
export function cleanLink(errors: InputErrors, raw: unknown): string {
  const link = cleanText(errors, 'link', raw);
  if (link && !(/^https:\/\/[^\s]+$/i.test(link) && fitsQr(link))) {
    errors.add('link', 'input.badLink');
    return '';
  }
  return link;
}

/** A date sent by the sidebar ('yyyy-MM-dd') or typed ('dd/MM/yyyy'). */
export function cleanDate(errors: InputErrors, field: 'deadline' | 'newDeadline', raw: unknown): Day | null {
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    const d = dayFromIso(raw);
    if (d !== null) return d;
  }
  const parsed = parseDateCell(raw);
  if (parsed.ok) return parsed.value;
  errors.add(field, 'input.badDate', {
    field: fieldName(errors.lang, field),
    reason: parsed.error[errors.lang],
  });
  return null;
}

export interface RestDayWarning {
  code: 'restDay';
  message: string;
  deadlineIso: string;
  suggestedIso: string;
}

/** A deadline on a weekend or holiday: the warning, with the next working day suggested. */
export function restDayWarning(
  calendar: WorkingCalendar,
  day: Day,
  toIso: (d: Day) => string,
  lang: Language,
): RestDayWarning | null {
  const check = calendar.checkDeadline(day);
  if (check.ok) return null;
  const reason =
    check.reason === 'weekend'
      ? t(lang, 'input.restDay.weekend')
      : t(lang, 'input.restDay.holiday', { name: check.holidayName ?? '' });
  return {
    code: 'restDay',
    message: t(lang, 'input.restDay', {
      deadline: formatDay(day),
      reason,
      suggested: formatDay(check.suggested),
    }),
    deadlineIso: toIso(day),
    suggestedIso: toIso(check.suggested),
  };
}

export interface DeadlineInput {
  mode: 'date' | 'working_days' | 'none';
  /** 'yyyy-MM-dd' or 'dd/MM/yyyy' when mode is 'date'. */
  date?: string;
  /** When mode is 'working_days': counted from the day after assignment (Civil Code art. 147). */
  workingDays?: number;
}

export function cleanDeadline(
  errors: InputErrors,
  input: DeadlineInput | undefined,
  assigned: Day,
  calendar: WorkingCalendar,
): Day | null {
  if (!input || input.mode === 'none') return null;
  if (input.mode === 'working_days') {
    const n = Number(input.workingDays);
    if (!Number.isInteger(n) || n < 1 || n > MAX_WORKING_DAYS) {
      errors.add('deadline', 'input.badWorkingDays', {
        field: fieldName(errors.lang, 'deadline'),
        max: MAX_WORKING_DAYS,
      });
      return null;
    }
    return calendar.addWorkingDays(assigned, n);
  }
  const day = cleanDate(errors, 'deadline', input.date ?? '');
  if (day !== null && day < assigned) {
    errors.add('deadline', 'input.deadlineBeforeAssigned', {
      deadline: formatDay(day),
      assigned: formatDay(assigned),
    });
    return null;
  }
  return day;
}

/** Assignees must be active people in the staff sheet. */
export function cleanPeople(errors: InputErrors, dir: Directory, raw: unknown): string[] {
  const list = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[,;\s]+/))
    .map((e) => String(e).trim().toLowerCase())
    .filter(Boolean);
  const unique = [...new Set(list)];
  const unknown = unique.filter((e) => !dir.person(e));
  if (unknown.length > 0) errors.add('assignees', 'input.unknownPeople', { emails: unknown.join(', ') });
  if (unique.length === 0) errors.add('assignees', 'input.noAssignees');
  return unique.filter((e) => dir.person(e));
}

/** A unit by code or name; stored by its name, as the register's dropdown shows it. */
export function cleanUnit(errors: InputErrors, dir: Directory, raw: unknown, field = 'leadUnit'): string {
  const text = String(raw ?? '').trim();
  if (!text) return '';
  const unit = dir.unit(text);
  if (!unit) {
    errors.add(field, 'input.unknownUnit', { unit: text });
    return '';
  }
  return unit.name || unit.code;
}
