/**
 * Date serials and time zones. Sheets stores a date as a serial number of days since 1899-12-30 that
 * describes a wall-clock date and time in the spreadsheet's time zone; Apps Script turns it into the
 * instant at which that wall clock shows that time. Offsets come from Intl, so any IANA zone works,
 * DST included. Offsets are cached per zone and quarter hour: reading 50,000 dates stays cheap.
 */

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the zone (Apps Script rejects unknown zones too). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds to add to UTC to get the zone's wall clock at instant `ms`. */
export function zoneOffsetMs(timeZone: string, ms: number): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(ms / QUARTER_HOUR_MS);
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  // Evaluate at the start of the bucket: zone transitions happen on quarter hours.
  const at = bucket * QUARTER_HOUR_MS;
  const parts = formatterFor(timeZone).formatToParts(new Date(at));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  const wall = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = wall - at;
  if (cache.size > 100_000) cache.clear();
  cache.set(bucket, offset);
  return offset;
}

/** Wall-clock milliseconds (as if UTC) of instant `ms` in the zone. */
export function wallClockOf(ms: number, timeZone: string): number {
  return ms + zoneOffsetMs(timeZone, ms);
}

/** The instant at which the zone's wall clock shows `wallMs` (earlier instant when ambiguous). */
export function instantOfWallClock(wallMs: number, timeZone: string): number {
  let guess = wallMs - zoneOffsetMs(timeZone, wallMs);
  const second = wallMs - zoneOffsetMs(timeZone, guess);
  if (second !== guess) guess = second;
  // In a DST gap the wall time does not exist: move forward as clocks do.
  return guess;
}

export function serialFromWallClock(wallMs: number): number {
  return (wallMs - SERIAL_EPOCH_MS) / DAY_MS;
}
export function wallClockFromSerial(serial: number): number {
  // Round to the millisecond: serials are floating point.
  return Math.round(SERIAL_EPOCH_MS + serial * DAY_MS);
}

/** The serial Sheets stores for a script `Date` written to a spreadsheet in `timeZone`. */
export function serialFromInstant(ms: number, timeZone: string): number {
  return serialFromWallClock(wallClockOf(ms, timeZone));
}
/** The instant a script receives for a date serial read from a spreadsheet in `timeZone`. */
export function instantFromSerial(serial: number, timeZone: string): number {
  return instantOfWallClock(wallClockFromSerial(serial), timeZone);
}

/** Calendar fields of a date serial (the wall clock). */
export function fieldsOfSerial(serial: number): {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  weekday: number;
} {
  const t = new Date(wallClockFromSerial(serial));
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
    ms: t.getUTCMilliseconds(),
    weekday: t.getUTCDay(),
  };
}

/** Serial of a calendar date (and optional time), or null when the date does not exist (31/02). */
export function serialOf(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const t = new Date(Date.UTC(y, m - 1, d, h, mi, s));
  t.setUTCFullYear(y);
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return serialFromWallClock(t.getTime());
}

/** Today's serial (midnight) in the zone. */
export function todaySerial(nowMs: number, timeZone: string): number {
  return Math.floor(serialFromInstant(nowMs, timeZone));
}
