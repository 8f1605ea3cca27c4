import vm from 'node:vm';
import fc from 'fast-check';
import {
  dayFromIso,
  dayFromYmd,
  dayOfInstant,
  daysInMonth,
  instantOfDayStart,
  isDateObject,
  isoFromDay,
  MS_PER_DAY,
  VN_OFFSET_MINUTES,
  vnToday,
  weekday,
  ymdFromDay,
} from '../../../src/core/civil-date';

describe('civil-date', () => {
  test('day 0 is 1970-01-01, a Thursday', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(isoFromDay(0)).toBe('1970-01-01');
    expect(weekday(0)).toBe(4);
  });

  test('known days and weekdays', () => {
    expect(dayFromIso('2026-02-17')).toBe(20501);
    expect(weekday(dayFromIso('2026-02-17')!)).toBe(2); // Tuesday, Tết Bính Ngọ
    expect(weekday(dayFromIso('2026-04-26')!)).toBe(0); // Sunday, Giỗ Tổ 2026
    expect(weekday(dayFromIso('1969-12-31')!)).toBe(3); // negative days too
    expect(isoFromDay(-1)).toBe('1969-12-31');
    expect(dayFromYmd(2000, 3, 1)! - dayFromYmd(2000, 2, 28)!).toBe(2); // 2000 is a leap year
    expect(dayFromYmd(2100, 3, 1)! - dayFromYmd(2100, 2, 28)!).toBe(1); // 2100 is not
  });

  test('dayFromYmd validates', () => {
    expect(dayFromYmd(2026, 2, 31)).toBeNull();
    expect(dayFromYmd(2026, 2, 29)).toBeNull();
    expect(dayFromYmd(2028, 2, 29)).not.toBeNull();
    expect(dayFromYmd(2026, 4, 31)).toBeNull();
    expect(dayFromYmd(2026, 13, 1)).toBeNull();
    expect(dayFromYmd(2026, 0, 1)).toBeNull();
    expect(dayFromYmd(2026, 1, 0)).toBeNull();
    expect(dayFromYmd(2026, 1, 1.5)).toBeNull();
    expect(dayFromYmd(NaN, 1, 1)).toBeNull();
  });

  test('years below 100 are not shifted to the 1900s (unlike Date.UTC)', () => {
    expect(isoFromDay(dayFromYmd(26, 3, 5)!)).toBe('0026-03-05');
  });

  test('dayFromIso is strict', () => {
    expect(dayFromIso('2026-2-3')).toBeNull();
    expect(dayFromIso('2026-02-30')).toBeNull();
    expect(dayFromIso(' 2026-02-03')).toBeNull();
    expect(dayFromIso('2026-02-03T00:00')).toBeNull();
    expect(dayFromIso('26-02-03')).toBeNull();
  });

  test('daysInMonth', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  test('instants map to the Viet Nam day at UTC+7', () => {
    // 2026-03-04T17:00Z is 2026-03-05 00:00 in Hà Nội.
    expect(isoFromDay(dayOfInstant(Date.parse('2026-03-04T17:00:00Z'), VN_OFFSET_MINUTES))).toBe(
      '2026-03-05',
    );
    expect(isoFromDay(dayOfInstant(Date.parse('2026-03-04T16:59:59.999Z')))).toBe('2026-03-04');
    expect(isoFromDay(dayOfInstant(Date.parse('2026-03-04T16:59:59.999Z'), 0))).toBe('2026-03-04');
    expect(isoFromDay(vnToday(Date.parse('2026-12-31T20:00:00Z')))).toBe('2027-01-01');
    expect(instantOfDayStart(dayFromIso('2026-03-05')!)).toBe(Date.parse('2026-03-04T17:00:00Z'));
    expect(instantOfDayStart(dayFromIso('2026-03-05')!, 0)).toBe(Date.parse('2026-03-05T00:00:00Z'));
  });

  test('isDateObject accepts Dates, also from another realm, and nothing else', () => {
    expect(isDateObject(new Date())).toBe(true);
    expect(isDateObject(vm.runInNewContext('new Date(0)'))).toBe(true);
    expect(isDateObject('2026-01-01')).toBe(false);
    expect(isDateObject(0)).toBe(false);
    expect(isDateObject({ getTime: () => 0 })).toBe(false);
  });

  const anyDay = fc.integer({ min: dayFromYmd(1, 1, 1)!, max: dayFromYmd(9999, 12, 31)! });

  test('property: ymd and ISO round-trip for every day in years 1–9999', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const { year, month, day } = ymdFromDay(d);
        expect(dayFromYmd(year, month, day)).toBe(d);
        expect(dayFromIso(isoFromDay(d))).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: agrees with the UTC methods of Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 200000 }), (d) => {
        const date = new Date(d * MS_PER_DAY);
        expect(ymdFromDay(d)).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
        expect(weekday(d)).toBe(date.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  test('property: consecutive days follow each other', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const a = ymdFromDay(d);
        const b = ymdFromDay(d + 1);
        if (a.day < daysInMonth(a.year, a.month)) expect(b).toEqual({ ...a, day: a.day + 1 });
        else expect(b.day).toBe(1);
        expect(weekday(d + 1)).toBe((weekday(d) + 1) % 7);
      }),
    );
  });

  test('property: every instant of a VN day maps to that day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60000 }),
        fc.integer({ min: 0, max: MS_PER_DAY - 1 }),
        (d, ms) => {
          expect(dayOfInstant(instantOfDayStart(d) + ms)).toBe(d);
        },
      ),
    );
  });
});
