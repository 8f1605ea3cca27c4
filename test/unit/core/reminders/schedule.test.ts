/** When the reminders go out: send days, the weekly summary's day, the Viet Nam hour. */
import { WorkingCalendar } from '../../../../src/core/calendar';
import { dayFromIso, isoFromDay } from '../../../../src/core/civil-date';
import { prefillHolidays } from '../../../../src/core/holidays';
import { isSendDay, isSummaryDay, mondayOf, vnHour } from '../../../../src/core/reminders/schedule';

const d = (iso: string) => dayFromIso(iso)!;
const cal = WorkingCalendar.fromRows(prefillHolidays(2026));

test('send days: working days, the swapped Saturday, not Tết; rest days only with the setting', () => {
  const rules = { sendOnRestDays: false };
  expect(isSendDay(d('2026-01-09'), cal, rules)).toBe(true); // Friday
  expect(isSendDay(d('2026-01-10'), cal, rules)).toBe(true); // Saturday worked (swap)
  expect(isSendDay(d('2026-01-02'), cal, rules)).toBe(false); // Friday off (swap)
  expect(isSendDay(d('2026-01-17'), cal, rules)).toBe(false); // Saturday
  expect(isSendDay(d('2026-02-17'), cal, rules)).toBe(false); // Mùng 1 Tết
  expect(isSendDay(d('2026-02-17'), cal, { sendOnRestDays: true })).toBe(true);
});

test('the weekly summary: Monday, Tuesday after a Monday off, none in a week without working days', () => {
  const rules = { sendOnRestDays: false };
  const summaryDays = [];
  for (let day = d('2026-01-01'); day <= d('2026-05-10'); day++)
    if (isSummaryDay(day, cal, rules)) summaryDays.push(isoFromDay(day));
  expect(summaryDays).toContain('2026-01-05');
  expect(summaryDays).toContain('2026-02-09');
  expect(summaryDays.filter((x) => x >= '2026-02-14' && x <= '2026-02-22')).toEqual([]); // Tết week
  expect(summaryDays).toContain('2026-02-23');
  expect(summaryDays).toContain('2026-04-28'); // Monday 27/04 is the Hùng Kings compensatory day
  expect(summaryDays).not.toContain('2026-04-27');
  // Exactly one per week that has a working day.
  const weeks = new Set(summaryDays.map((x) => mondayOf(d(x))));
  expect(weeks.size).toBe(summaryDays.length);
  expect(isSummaryDay(d('2026-02-16'), cal, { sendOnRestDays: true })).toBe(true);
});

test('vnHour reads the Viet Nam hour of an instant', () => {
  expect(vnHour(Date.parse('2026-03-02T07:30:00+07:00'))).toBe(7);
  expect(vnHour(Date.parse('2026-03-01T23:30:00Z'))).toBe(6);
  expect(vnHour(Date.parse('2026-03-02T17:00:00Z'))).toBe(0);
});
