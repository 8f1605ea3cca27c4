/**
 * Working days: Monday–Friday, minus days off (public holidays, compensatory and swapped days off),
 * plus swap work-days (a Saturday or Sunday the Prime Minister's swap makes a working day).
 *
 * Periods follow the Civil Code 2015:
 * - art. 147.2: when a period is counted in days, the day it is set is not counted; the period
 *   starts the next day. So "1 working day" assigned on a Friday ends on the next working Monday.
 * - art. 148.1 and 148.6: a period in days ends at 24:00 of its last day.
 * - art. 148.5: when the last day is a weekend or a public holiday, the period ends at the end of
 *   the next working day. A deadline typed on a rest day is therefore flagged with that next
 *   working day suggested (`checkDeadline`); it is never silently moved.
 */

import { type Day, isWeekend } from './civil-date';

export interface DayOff {
  day: Day;
  /** e.g. 'Tết Nguyên đán', 'Nghỉ bù'. */
  name: string;
}

export interface CalendarSpec {
  /** Weekdays (or weekend days) that are not working days: holidays, compensatory, swapped off. */
  daysOff: readonly DayOff[];
  /** Saturdays/Sundays declared working days. A day listed in both lists is a day off. */
  swapWorkdays: readonly Day[];
}

/** Rows as produced by `prefillHolidays` / read from the holidays sheet. */
export interface CalendarRow {
  day: Day;
  name: string;
  kind: 'holiday' | 'compensatory' | 'swap_workday';
}

export type DeadlineCheck =
  { ok: true } | { ok: false; reason: 'weekend' | 'holiday'; holidayName?: string; suggested: Day };

/** No calendar has this many rest days in a row; a guard against a corrupt holiday sheet. */
const MAX_SCAN_DAYS = 3660;

/** Monday–Friday days in [MONDAY, x) (negative before it); differences count weekdays in O(1). */
const MONDAY = 4; // 1970-01-05 was a Monday
function weekdaysBefore(x: Day): number {
  const n = x - MONDAY;
  const weeks = Math.floor(n / 7);
  const rest = n - weeks * 7;
  return weeks * 5 + Math.min(rest, 5);
}

/** Count of sorted values v with lo < v <= hi. */
function countInRange(sorted: readonly number[], lo: number, hi: number): number {
  return upperBound(sorted, hi) - upperBound(sorted, lo);
}

/** Index of the first element > x. */
function upperBound(sorted: readonly number[], x: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid] <= x) a = mid + 1;
    else b = mid;
  }
  return a;
}

export class WorkingCalendar {
  private readonly off = new Map<Day, string>();
  private readonly swap = new Set<Day>();
  /** Days off falling on a weekday (each removes one working day). */
  private readonly offWeekdays: number[];
  /** Swap work-days falling on a weekend and not also off (each adds one working day). */
  private readonly extraWorkdays: number[];

  constructor(spec: CalendarSpec = { daysOff: [], swapWorkdays: [] }) {
    for (const d of spec.daysOff) {
      if (!Number.isInteger(d.day)) continue;
      // Two names for one day (a holiday and its compensatory day never coincide, but an admin
      // may type one twice): keep the first, it is the one the sheet shows first.
      if (!this.off.has(d.day)) this.off.set(d.day, d.name);
    }
    for (const d of spec.swapWorkdays) if (Number.isInteger(d)) this.swap.add(d);
    this.offWeekdays = [...this.off.keys()].filter((d) => !isWeekend(d)).sort((a, b) => a - b);
    this.extraWorkdays = [...this.swap].filter((d) => isWeekend(d) && !this.off.has(d)).sort((a, b) => a - b);
  }

  /** Builds a calendar from holiday rows: 'holiday' and 'compensatory' are days off. */
  static fromRows(rows: readonly CalendarRow[]): WorkingCalendar {
    return new WorkingCalendar({
      daysOff: rows.filter((r) => r.kind !== 'swap_workday').map((r) => ({ day: r.day, name: r.name })),
      swapWorkdays: rows.filter((r) => r.kind === 'swap_workday').map((r) => r.day),
    });
  }

  isWorkingDay(day: Day): boolean {
    if (this.off.has(day)) return false;
    if (this.swap.has(day)) return true;
    return !isWeekend(day);
  }

  /** The name of the day off, when `day` is one (weekends have no name). */
  holidayName(day: Day): string | undefined {
    return this.off.get(day);
  }

  /** `day` itself when it is a working day, else the first working day after it. */
  nextWorkingDayOnOrAfter(day: Day): Day {
    return this.scan(day, 1, true);
  }

  /** The first working day strictly after `day`. */
  nextWorkingDayAfter(day: Day): Day {
    return this.scan(day, 1, false);
  }

  /** The last working day strictly before `day`. */
  previousWorkingDayBefore(day: Day): Day {
    return this.scan(day, -1, false);
  }

  /**
   * The day a period of `n` working days set on `from` ends (Civil Code art. 147.2: `from` itself
   * is not counted). n = 0 gives `from`; a negative n counts backwards (the |n|-th working day
   * strictly before `from`), used for "D minus the reminder window".
   */
  addWorkingDays(from: Day, n: number): Day {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    let d = from;
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0; left--) d = this.scan(d, step, false);
    return d;
  }

  /**
   * Signed working-day distance: for b ≥ a, the number of working days in (a, b]; for b < a, minus
   * the number in (b, a]. So `workingDaysBetween(a, addWorkingDays(a, n)) === n` for n ≥ 0, the
   * days left from T to D is `workingDaysBetween(T, D)` (0 on the deadline itself), and the days
   * late is `workingDaysBetween(D, T)` (a Friday deadline is 0 working days late on Saturday and
   * 1 on Monday).
   */
  workingDaysBetween(a: Day, b: Day): number {
    if (b < a) return 0 - this.workingDaysBetween(b, a); // 0 - 0 is +0, not -0
    const weekdays = weekdaysBefore(b + 1) - weekdaysBefore(a + 1);
    return weekdays - countInRange(this.offWeekdays, a, b) + countInRange(this.extraWorkdays, a, b);
  }

  /** A deadline on a rest day is flagged, with the next working day suggested (art. 148.5). */
  checkDeadline(day: Day): DeadlineCheck {
    if (this.isWorkingDay(day)) return { ok: true };
    const suggested = this.nextWorkingDayAfter(day);
    const holidayName = this.off.get(day);
    if (holidayName !== undefined) return { ok: false, reason: 'holiday', holidayName, suggested };
    return { ok: false, reason: 'weekend', suggested };
  }

  private scan(day: Day, step: 1 | -1, includeStart: boolean): Day {
    let d = includeStart ? day : day + step;
    for (let i = 0; i < MAX_SCAN_DAYS; i++, d += step) {
      if (this.isWorkingDay(d)) return d;
    }
    throw new RangeError(`No working day within ${MAX_SCAN_DAYS} days of day ${day}`);
  }
}
