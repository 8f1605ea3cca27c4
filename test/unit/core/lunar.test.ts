import fc from 'fast-check';
import { dayFromIso, dayFromYmd, isoFromDay, ymdFromDay } from '../../../src/core/civil-date';
import {
  canChiOfYear,
  hungKingsDay,
  leapMonthOf,
  lunarNewYearsEve,
  lunarToSolar,
  lunarYearMonths,
  solarToLunar,
  tetDay,
} from '../../../src/core/lunar';

const d = (iso: string) => dayFromIso(iso)!;

describe('Vietnamese lunar calendar (UTC+7)', () => {
  test.each([
    // The famous difference: China (UTC+8) had Tết on 20 February 1985.
    [1985, '1985-01-21'],
    // North Viet Nam switched to UTC+7 in 1967 and celebrated Tết Mậu Thân on 29 January 1968
    // (the South, still on UTC+8, on the 30th).
    [1968, '1968-01-29'],
    // China: 18 February 2007.
    [2007, '2007-02-17'],
    // 2020: the 2020 decision gives 23/01/2020 = 29 tháng Chạp Kỷ Hợi … 29/01/2020 = mùng 5.
    [2020, '2020-01-25'],
    [2024, '2024-02-10'],
    // Verified with the 2025 and 2026 holiday decisions (25/01/2025 = 26 Chạp; 16/02/2026 = 29 Chạp).
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    // The new moon is at 23:08 on 2 February in Hà Nội, 00:08 on 3 February in Beijing: Tết 2030 is
    // 2 February in Viet Nam, 3 February in China (one of the next years where they differ).
    [2030, '2030-02-02'],
    // And 2053: 18 February in Viet Nam, 19 February in China.
    [2053, '2053-02-18'],
  ])('Tết %i is %s', (year, iso) => {
    expect(isoFromDay(tetDay(year))).toBe(iso);
    expect(solarToLunar(d(iso))).toEqual({ day: 1, month: 1, year, isLeapMonth: false });
  });

  test.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'], // Monday (2025 holiday schedule)
    [2026, '2026-04-26'], // Sunday, compensatory Monday 27/04 (Thanh Niên, 23/02/2026)
  ])('Giỗ Tổ Hùng Vương %i is %s', (year, iso) => {
    expect(isoFromDay(hungKingsDay(year))).toBe(iso);
  });

  test('dates quoted in the holiday decisions', () => {
    expect(solarToLunar(d('2025-01-25'))).toEqual({ day: 26, month: 12, year: 2024, isLeapMonth: false });
    expect(solarToLunar(d('2025-02-02'))).toEqual({ day: 5, month: 1, year: 2025, isLeapMonth: false });
    expect(solarToLunar(d('2026-02-14'))).toEqual({ day: 27, month: 12, year: 2025, isLeapMonth: false });
    expect(solarToLunar(d('2026-02-22'))).toEqual({ day: 6, month: 1, year: 2026, isLeapMonth: false });
    expect(solarToLunar(d('2020-01-23'))).toEqual({ day: 29, month: 12, year: 2019, isLeapMonth: false });
    expect(solarToLunar(d('2020-01-29'))).toEqual({ day: 5, month: 1, year: 2020, isLeapMonth: false });
    // Giáp Thìn's tháng Chạp had 29 days, Kỷ Hợi's 30.
    expect(isoFromDay(lunarNewYearsEve(2024))).toBe('2025-01-28');
    expect(isoFromDay(lunarNewYearsEve(2019))).toBe('2020-01-24');
    expect(isoFromDay(lunarNewYearsEve(2025))).toBe('2026-02-16');
  });

  test('leap months', () => {
    expect(leapMonthOf(2025)).toBe(6); // Ất Tỵ: tháng 6 nhuận
    expect(leapMonthOf(2023)).toBe(2); // Quý Mão: tháng 2 nhuận
    expect(leapMonthOf(2020)).toBe(4); // Canh Tý: tháng 4 nhuận
    expect(leapMonthOf(2024)).toBe(0);
    expect(leapMonthOf(2026)).toBe(0);
    const months = lunarYearMonths(2025);
    expect(months.map((m) => `${m.month}${m.isLeapMonth ? 'n' : ''}`)).toEqual(
      '1 2 3 4 5 6 6n 7 8 9 10 11 12'.split(' '),
    );
    expect(isoFromDay(lunarToSolar(1, 6, 2025, true)!)).toBe('2025-07-25');
    expect(lunarToSolar(1, 5, 2025, true)).toBeNull(); // 2025 has no leap month 5
  });

  test('invalid lunar dates give null', () => {
    const short = lunarYearMonths(2026).find((m) => m.length === 29)!;
    expect(lunarToSolar(30, short.month, 2026, short.isLeapMonth)).toBeNull();
    expect(lunarToSolar(29, short.month, 2026, short.isLeapMonth)).not.toBeNull();
    expect(lunarToSolar(31, 1, 2026)).toBeNull();
    expect(lunarToSolar(0, 1, 2026)).toBeNull();
    expect(lunarToSolar(1, 13, 2026)).toBeNull();
    expect(lunarToSolar(1, 1, 1700)).toBeNull();
    expect(lunarToSolar(1.5, 1, 2026)).toBeNull();
    expect(() => solarToLunar(dayFromYmd(1700, 1, 1)!)).toThrow(RangeError);
    expect(() => tetDay(2300)).toThrow(RangeError);
  });

  test('can chi names', () => {
    expect(canChiOfYear(2026)).toBe('Bính Ngọ');
    expect(canChiOfYear(2025)).toBe('Ất Tỵ');
    expect(canChiOfYear(2024)).toBe('Giáp Thìn');
    expect(canChiOfYear(1985)).toBe('Ất Sửu');
    expect(canChiOfYear(1968)).toBe('Mậu Thân');
  });

  test('exhaustive 1900–2100: days run 1, 2, … within months of 29 or 30 days, months and years in order', () => {
    // Plain checks collected into one list: 73 000 days × several expect() calls would take seconds.
    const errors: string[] = [];
    const check = (cond: boolean, day: number, what: string) => {
      if (!cond && errors.length < 20) errors.push(`${isoFromDay(day)}: ${what}`);
    };
    const first = dayFromYmd(1900, 1, 1)!;
    const last = dayFromYmd(2100, 12, 31)!;
    let prev = solarToLunar(first);
    let monthsSeen = 0;
    let monthsInYear = 0;
    let tets = 0;
    for (let day = first + 1; day <= last; day++) {
      const cur = solarToLunar(day);
      if (cur.day === prev.day + 1) {
        check(
          cur.month === prev.month && cur.year === prev.year && cur.isLeapMonth === prev.isLeapMonth,
          day,
          'same month',
        );
      } else {
        check(cur.day === 1, day, 'a new month starts on day 1');
        if (monthsSeen > 0) check(prev.day === 29 || prev.day === 30, day, `month of ${prev.day} days`);
        monthsSeen++;
        if (cur.isLeapMonth) {
          check(
            cur.month === prev.month && cur.year === prev.year && !prev.isLeapMonth,
            day,
            'leap repeats the month',
          );
        } else if (prev.month === 12) {
          check(cur.month === 1 && cur.year === prev.year + 1, day, 'month 12 → month 1 of the next year');
          if (tets > 0)
            check(monthsInYear === 12 || monthsInYear === 13, day, `${monthsInYear} months in a year`);
          monthsInYear = 0;
          tets++;
          // Tết always falls between 21 January and 20 February.
          const { month, day: dd } = ymdFromDay(day);
          check(month * 100 + dd >= 121 && month * 100 + dd <= 220, day, 'Tết between 21/1 and 20/2');
          check(tetDay(cur.year) === day, day, 'tetDay');
        } else {
          check(cur.month === prev.month + 1 && cur.year === prev.year, day, 'next month');
        }
        monthsInYear++;
      }
      check(
        lunarToSolar(cur.day, cur.month, cur.year, cur.isLeapMonth) === day,
        day,
        'lunarToSolar round trip',
      );
      prev = cur;
    }
    expect(errors).toEqual([]);
    expect(tets).toBe(201); // Tết 1900 (31/01/1900) … Tết 2100
  });

  test('property: solarToLunar(lunarToSolar(x)) round-trips for valid lunar dates 1900–2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (year, month, day, leap) => {
          const solar = lunarToSolar(day, month, year, leap);
          const m = lunarYearMonths(year).find((x) => x.month === month && x.isLeapMonth === leap);
          if (!m || day > m.length) {
            expect(solar).toBeNull();
            return;
          }
          expect(solar).not.toBeNull();
          expect(solarToLunar(solar!)).toEqual({ day, month, year, isLeapMonth: leap });
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('property: every lunar month has 29 or 30 days; a year has 12 or 13 months and at most one leap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        const months = lunarYearMonths(year);
        expect([12, 13]).toContain(months.length);
        expect(months.filter((m) => m.isLeapMonth).length).toBe(months.length - 12);
        for (const m of months) expect([29, 30]).toContain(m.length);
        for (let i = 1; i < months.length; i++) {
          expect(months[i].start).toBe(months[i - 1].start + months[i - 1].length);
        }
        expect(months[0].start).toBe(tetDay(year));
        const next = months[months.length - 1];
        expect(next.start + next.length).toBe(tetDay(year + 1));
      }),
      { numRuns: 201 },
    );
  });

  test('property: Tết falls between 21 January and 20 February and Giỗ Tổ between March and May', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const tet = tetDay(year);
        expect(tet).toBeGreaterThanOrEqual(dayFromYmd(year, 1, 21)!);
        expect(tet).toBeLessThanOrEqual(dayFromYmd(year, 2, 20)!);
        const hk = hungKingsDay(year);
        expect(ymdFromDay(hk).year).toBe(year);
        expect([3, 4, 5]).toContain(ymdFromDay(hk).month);
      }),
      { numRuns: 300 },
    );
  });
});
