/**
 * Calendar days ("civil dates") without time zones.
 *
 * A day is an integer: the number of days since 1970-01-01 (day 0). All arithmetic is plain
 * integer arithmetic (Howard Hinnant's days-from-civil algorithms), so nothing here depends on the
 * machine's local time zone: no `getDate()`, no `new Date(y, m, d)`, no `Date.UTC` (which maps
 * years 0–99 to 1900–1999). Instants (epoch milliseconds) are turned into days with an explicit
 * UTC offset; Viet Nam is UTC+7 all year.
 */

/** Days since 1970-01-01. Always an integer. */
export type Day = number;

/** 'yyyy-MM-dd'. */
export type IsoDate = string;

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Asia/Ho_Chi_Minh has been UTC+7 with no daylight saving time since 1975. */
export const VN_OFFSET_MINUTES = 420;

export const MS_PER_DAY = 86_400_000;

/** Smallest and largest year this module formats or parses (ISO strings need four digits). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Validating constructor: 31/02 or 29/02 of a common year give null. */
export function dayFromYmd(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  // Hinnant, days_from_civil: eras of 400 years starting on 1 March.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromDay(d: Day): Ymd {
  // Hinnant, civil_from_days.
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

/** Registers hold a few hundred distinct days for tens of thousands of cells: remember the strings. */
const isoCache = new Map<Day, IsoDate>();

export function isoFromDay(d: Day): IsoDate {
  let iso = isoCache.get(d);
  if (iso === undefined) {
    const { year, month, day } = ymdFromDay(d);
    iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (isoCache.size < 20000) isoCache.set(d, iso);
  }
  return iso;
}

/** Strict 'yyyy-MM-dd' (four-digit year, two-digit month and day), validated; otherwise null. */
export function dayFromIso(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

export function isWeekend(d: Day): boolean {
  const w = weekday(d);
  return w === 0 || w === 6;
}

export function addDays(d: Day, n: number): Day {
  return d + n;
}

/** The calendar day, at the given UTC offset, that contains the instant `epochMs`. */
export function dayOfInstant(epochMs: number, utcOffsetMinutes: number = VN_OFFSET_MINUTES): Day {
  return Math.floor((epochMs + utcOffsetMinutes * 60_000) / MS_PER_DAY);
}

/** Epoch milliseconds of 00:00 local time of `d` at the given UTC offset. */
export function instantOfDayStart(d: Day, utcOffsetMinutes: number = VN_OFFSET_MINUTES): number {
  return d * MS_PER_DAY - utcOffsetMinutes * 60_000;
}

/** Today in Viet Nam for a clock reading (epoch ms). */
export function vnToday(nowMs: number): Day {
  return dayOfInstant(nowMs, VN_OFFSET_MINUTES);
}

/** True for a real Date from any realm (Apps Script values may come from another vm context). */
export function isDateObject(v: unknown): v is Date {
  // Cheap checks first: this runs for every date cell of the register.
  if (v instanceof Date) return true;
  if (typeof v !== 'object' || v === null) return false;
  return Object.prototype.toString.call(v) === '[object Date]';
}
