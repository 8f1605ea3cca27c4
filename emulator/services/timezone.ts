/**
 * Wall-clock arithmetic in any IANA time zone, on top of `Intl` (Node's full ICU). Used by
 * `Utilities.formatDate` and by the trigger scheduler ("every day at 9 in Asia/Ho_Chi_Minh").
 *
 * Zones are resolved as Java's `TimeZone.getTimeZone` does, since Apps Script is Java underneath:
 * an IANA id, a custom "GMT+07:00" id, or — for anything else — GMT (Java falls back silently).
 */

export interface ZonedFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes east of UTC at this instant (ICT: +420). */
  offsetMinutes: number;
}

type Zone =
  { kind: 'iana'; id: string; fmt: Intl.DateTimeFormat } | { kind: 'fixed'; id: string; offset: number };

const zones = new Map<string, Zone>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export function resolveZone(timeZone: string): Zone {
  let z = zones.get(timeZone);
  if (z) return z;
  const custom = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (custom) {
    const sign = custom[1] === '-' ? -1 : 1;
    z = { kind: 'fixed', id: timeZone, offset: sign * (Number(custom[2]) * 60 + Number(custom[3] ?? 0)) };
  } else {
    try {
      const fmt = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
        era: 'short',
      });
      z = { kind: 'iana', id: fmt.resolvedOptions().timeZone, fmt };
    } catch {
      z = { kind: 'fixed', id: 'GMT', offset: 0 }; // java.util.TimeZone: unknown ids mean GMT
    }
  }
  zones.set(timeZone, z);
  return z;
}

export function zonedFields(ms: number, timeZone: string): ZonedFields {
  const zone = resolveZone(timeZone);
  const millisecond = ((ms % 1000) + 1000) % 1000;
  if (zone.kind === 'fixed') {
    const d = new Date(ms + zone.offset * 60000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond,
      weekday: d.getUTCDay(),
      offsetMinutes: zone.offset,
    };
  }
  const parts: Record<string, string> = {};
  for (const p of zone.fmt.formatToParts(ms)) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC') year = 1 - year;
  const f = {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond,
    weekday: WEEKDAYS[parts.weekday] ?? 0,
    offsetMinutes: 0,
  };
  const asUtc = utc(f.year, f.month, f.day, f.hour, f.minute, f.second);
  f.offsetMinutes = Math.round((asUtc - (ms - millisecond)) / 60000);
  return f;
}

/** The instant at which the wall clock in `timeZone` shows the given local time (a time inside a DST gap resolves to an adjacent valid instant). */
export function zonedTimeToUtc(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const guess = utc(year, month, day, hour, minute, second);
  const first = guess - zonedFields(guess, timeZone).offsetMinutes * 60000;
  return guess - zonedFields(first, timeZone).offsetMinutes * 60000;
}

/** The canonical id of the zone (for `Session.getScriptTimeZone`-like answers and 'z' names). */
export function zoneId(timeZone: string): string {
  return resolveZone(timeZone).id;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, s, 0);
  return t.getTime();
}

/** Local calendar day number (days since 1970-01-01 on the local calendar) — for "every n days". */
export function localDayNumber(f: Pick<ZonedFields, 'year' | 'month' | 'day'>): number {
  return Math.floor(utc(f.year, f.month, f.day, 0, 0, 0) / 86400000);
}

/** The local calendar date of a day number from `localDayNumber`. */
export function dateOfDayNumber(n: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(n * 86400000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** Java's short and long zone names ('z' and 'zzzz'). Intl has no short name for zones like ICT. */
const JAVA_SHORT_NAMES: Record<string, string> = {
  'Asia/Ho_Chi_Minh': 'ICT',
  'Asia/Saigon': 'ICT',
  'Asia/Bangkok': 'ICT',
  'Asia/Phnom_Penh': 'ICT',
  'Asia/Vientiane': 'ICT',
};
export function zoneName(ms: number, timeZone: string, long: boolean): string {
  const zone = resolveZone(timeZone);
  const offset = zonedFields(ms, timeZone).offsetMinutes;
  if (zone.kind === 'fixed') return zone.id === 'GMT' ? 'GMT' : gmtOffsetName(offset);
  if (!long && JAVA_SHORT_NAMES[zone.id]) return JAVA_SHORT_NAMES[zone.id];
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone.id, timeZoneName: long ? 'long' : 'short' })
      .formatToParts(ms)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return /^GMT[+-]/.test(name) || name === '' ? gmtOffsetName(offset) : name;
}

function gmtOffsetName(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const a = Math.abs(offsetMinutes);
  return `GMT${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
