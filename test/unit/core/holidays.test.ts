import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromYmd, isoFromDay, isWeekend, ymdFromDay } from '../../../src/core/civil-date';
import {
  compensatoryDays,
  DECIDED_YEARS,
  HOLIDAY_NAMES,
  legalHolidays,
  prefillHolidays,
} from '../../../src/core/holidays';
import { hungKingsDay, lunarNewYearsEve, tetDay } from '../../../src/core/lunar';

const rowsOf = (year: number, includeCultureDay = false) =>
  prefillHolidays(year, { includeCultureDay }).map((r) => `${isoFromDay(r.day)} ${r.kind} ${r.name}`);

describe('prefillHolidays — published decisions', () => {
  test('2026 as decided (Tết 16–20/02, swaps 02/01↔10/01 and 31/08↔22/08, Giỗ Tổ on Sunday)', () => {
    expect(rowsOf(2026)).toEqual([
      '2026-01-01 holiday Tết Dương lịch',
      '2026-01-02 compensatory Nghỉ hoán đổi',
      '2026-01-10 swap_workday Làm bù',
      '2026-02-16 holiday Tết Nguyên đán',
      '2026-02-17 holiday Tết Nguyên đán',
      '2026-02-18 holiday Tết Nguyên đán',
      '2026-02-19 holiday Tết Nguyên đán',
      '2026-02-20 holiday Tết Nguyên đán',
      '2026-04-26 holiday Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      '2026-04-27 compensatory Nghỉ bù',
      '2026-04-30 holiday Ngày Chiến thắng 30/4',
      '2026-05-01 holiday Quốc tế Lao động 1/5',
      '2026-08-22 swap_workday Làm bù',
      '2026-08-31 compensatory Nghỉ hoán đổi',
      '2026-09-01 holiday Quốc khánh 2/9',
      '2026-09-02 holiday Quốc khánh 2/9',
    ]);
    for (const r of prefillHolidays(2026)) {
      expect(r.provisional).toBe(false);
      expect(r.source).toBeTruthy();
    }
  });

  test('2025 as decided (Tết 27–31/01, 02/05 swapped with Saturday 26/04, Quốc khánh 01–02/09)', () => {
    expect(rowsOf(2025)).toEqual([
      '2025-01-01 holiday Tết Dương lịch',
      '2025-01-27 holiday Tết Nguyên đán',
      '2025-01-28 holiday Tết Nguyên đán',
      '2025-01-29 holiday Tết Nguyên đán',
      '2025-01-30 holiday Tết Nguyên đán',
      '2025-01-31 holiday Tết Nguyên đán',
      '2025-04-07 holiday Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      '2025-04-26 swap_workday Làm bù',
      '2025-04-30 holiday Ngày Chiến thắng 30/4',
      '2025-05-01 holiday Quốc tế Lao động 1/5',
      '2025-05-02 compensatory Nghỉ hoán đổi',
      '2025-09-01 holiday Quốc khánh 2/9',
      '2025-09-02 holiday Quốc khánh 2/9',
    ]);
    expect(DECIDED_YEARS).toEqual([2025, 2026]);
  });

  test('decided years agree with the lunar computation', () => {
    for (const year of DECIDED_YEARS) {
      const rows = prefillHolidays(year);
      const tet = rows.filter((r) => r.name === HOLIDAY_NAMES.tet).map((r) => r.day);
      expect(tet).toContain(tetDay(year));
      expect(tet).toContain(lunarNewYearsEve(year - 1));
      expect(rows.find((r) => r.name === HOLIDAY_NAMES.hungKings)!.day).toBe(hungKingsDay(year));
      // Swaps keep the number of working days: one swapped day off per Saturday worked.
      const swaps = rows.filter((r) => r.kind === 'swap_workday');
      expect(rows.filter((r) => r.name === HOLIDAY_NAMES.swapDayOff)).toHaveLength(swaps.length);
      for (const s of swaps) expect(isWeekend(s.day)).toBe(true);
    }
  });

  test('the 2026 calendar: the 9-day Tết break and the 5-day Quốc khánh break', () => {
    const cal = WorkingCalendar.fromRows(prefillHolidays(2026));
    const off = (from: string, to: string) => {
      const out: string[] = [];
      for (let d = Date.parse(from) / 864e5; d <= Date.parse(to) / 864e5; d++)
        if (!cal.isWorkingDay(d)) out.push(isoFromDay(d));
      return out;
    };
    expect(off('2026-02-13', '2026-02-23')).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(off('2026-08-28', '2026-09-03')).toEqual([
      '2026-08-29',
      '2026-08-30',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(off('2025-12-31', '2026-01-11')).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
      '2026-01-11',
    ]);
  });
});

describe('prefillHolidays — computed years (provisional)', () => {
  test('2027: Tết on Saturday 06/02 gives two compensatory days; 1/5 on Saturday gives Monday 03/05', () => {
    expect(rowsOf(2027)).toEqual([
      '2027-01-01 holiday Tết Dương lịch',
      '2027-02-05 holiday Tết Nguyên đán', // 29 tháng Chạp Bính Ngọ
      '2027-02-06 holiday Tết Nguyên đán',
      '2027-02-07 holiday Tết Nguyên đán',
      '2027-02-08 holiday Tết Nguyên đán',
      '2027-02-09 holiday Tết Nguyên đán',
      '2027-02-10 compensatory Nghỉ bù',
      '2027-02-11 compensatory Nghỉ bù',
      '2027-04-16 holiday Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      '2027-04-30 holiday Ngày Chiến thắng 30/4',
      '2027-05-01 holiday Quốc tế Lao động 1/5',
      '2027-05-03 compensatory Nghỉ bù',
      '2027-09-02 holiday Quốc khánh 2/9',
      '2027-09-03 holiday Quốc khánh 2/9',
    ]);
    const rows = prefillHolidays(2027);
    for (const r of rows) expect(r.provisional).toBe(true);
    expect(rows[1].note).toBe('29 tháng Chạp Bính Ngọ');
    expect(rows[2].note).toBe('Mùng 1 Tết Đinh Mùi');
    expect(rows.find((r) => r.day === dayFromYmd(2027, 5, 3))!.note).toBe(
      'Nghỉ bù cho Quốc tế Lao động 1/5 trùng thứ Bảy 01/05/2027',
    );
  });

  test('2028: 30/4 on Sunday → Tuesday 02/05 (1/5 is itself a holiday); 2/9 on Saturday → 01/09 and Monday 04/09', () => {
    const rows = rowsOf(2028);
    expect(rows).toContain('2028-01-03 compensatory Nghỉ bù'); // 1/1/2028 is a Saturday
    expect(rows).toContain('2028-05-02 compensatory Nghỉ bù');
    expect(rows).toContain('2028-09-01 holiday Quốc khánh 2/9');
    expect(rows).toContain('2028-09-04 compensatory Nghỉ bù');
  });

  test('the Quốc khánh adjacent day follows recent practice for each weekday', () => {
    // 2024 Mon → 3/9; 2025 Tue → 1/9; 2026 Wed → 1/9; 2021 Thu → 3/9; 2022 Fri → 1/9; 2023 Sat → 1/9; 2030 Mon; 2029 Sun → 3/9.
    const adjacent = (y: number) =>
      legalHolidays(y)
        .filter((r) => r.name === HOLIDAY_NAMES.national && r.note === 'ngày liền kề')
        .map((r) => isoFromDay(r.day));
    expect(adjacent(2021)).toEqual(['2021-09-03']);
    expect(adjacent(2022)).toEqual(['2022-09-01']);
    expect(adjacent(2023)).toEqual(['2023-09-01']);
    expect(adjacent(2024)).toEqual(['2024-09-03']);
    expect(adjacent(2025)).toEqual(['2025-09-01']);
    expect(adjacent(2026)).toEqual(['2026-09-01']);
    expect(adjacent(2029)).toEqual(['2029-09-03']);
  });

  test('24/11 Ngày Văn hóa Việt Nam only on request, provisional, with its compensatory day', () => {
    expect(rowsOf(2029).some((r) => r.includes('Văn hóa'))).toBe(false);
    const rows = rowsOf(2029, true); // 24/11/2029 is a Saturday
    expect(rows).toContain('2029-11-24 holiday Ngày Văn hóa Việt Nam 24/11');
    expect(rows).toContain('2029-11-26 compensatory Nghỉ bù');
    expect(rows.filter((r) => r.includes('compensatory'))).toHaveLength(
      rowsOf(2029).filter((r) => r.includes('compensatory')).length + 1,
    );
    expect(rowsOf(2025, true).some((r) => r.includes('Văn hóa'))).toBe(false);
    expect(
      prefillHolidays(2026, { includeCultureDay: true }).find((r) => r.name === HOLIDAY_NAMES.cultureDay)!
        .provisional,
    ).toBe(true);
  });

  test('compensatoryDays skips weekends and other holidays, one day per holiday', () => {
    const legal = legalHolidays(2028);
    const twice = compensatoryDays([...legal, ...legal]);
    expect(twice).toEqual(compensatoryDays(legal));
  });

  test('property: for any year 2000–2150, 11 legal days, each weekend holiday compensated on a free weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2027, max: 2150 }), (year) => {
        const rows = prefillHolidays(year);
        const holidays = rows.filter((r) => r.kind === 'holiday');
        const comp = rows.filter((r) => r.kind === 'compensatory');
        expect(holidays).toHaveLength(11); // art. 112.1: 1 + 5 + 1 + 1 + 1 + 2
        expect(new Set(rows.map((r) => r.day)).size).toBe(rows.length);
        expect(comp).toHaveLength(holidays.filter((h) => isWeekend(h.day)).length);
        for (const c of comp) expect(isWeekend(c.day)).toBe(false);
        for (const r of rows) {
          expect(ymdFromDay(r.day).year).toBe(year);
          expect(r.provisional).toBe(true);
        }
        const tet = holidays.filter((h) => h.name === HOLIDAY_NAMES.tet).map((h) => h.day);
        expect(tet).toEqual([0, 1, 2, 3, 4].map((i) => tetDay(year) - 1 + i));
      }),
      { numRuns: 60 },
    );
  });
});
