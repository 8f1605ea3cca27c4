/**
 * On which days reminders go out.
 *
 * - A send day is a working day (weekends, holidays and compensatory days off are not; a swapped
 *   working Saturday is), or any day when the office allows sending on rest days.
 * - The weekly summary goes out on the first send day of the week (Monday to Sunday): Monday normally;
 *   Tuesday after a Monday holiday; none in a week with no working day at all (Tết 2026: 16–20
 *   February, the weekend around it included). With sending on rest days allowed, always on Monday.
 * - The daily work starts at the first hourly run at or after the reminder hour (Viet Nam time).
 */
import type { WorkingCalendar } from '../calendar';
import { type Day, weekday } from '../civil-date';

export interface SendRules {
  sendOnRestDays: boolean;
}

export function isSendDay(day: Day, calendar: WorkingCalendar, rules: SendRules): boolean {
  return rules.sendOnRestDays || calendar.isWorkingDay(day);
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: Day): Day {
  return day - ((weekday(day) + 6) % 7);
}

export function isSummaryDay(day: Day, calendar: WorkingCalendar, rules: SendRules): boolean {
  if (!isSendDay(day, calendar, rules)) return false;
  for (let d = mondayOf(day); d < day; d++) if (isSendDay(d, calendar, rules)) return false;
  return true;
}

/** The hour of the day (0–23) in Viet Nam (UTC+7, no daylight saving) of an instant. */
export function vnHour(epochMs: number): number {
  const ms = epochMs + 7 * 3_600_000;
  return Math.floor((((ms % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
}
