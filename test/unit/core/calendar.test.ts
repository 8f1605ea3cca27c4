import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromIso, isoFromDay, weekday } from '../../../src/core/civil-date';
import { prefillHolidays } from '../../../src/core/holidays';

const d = (iso: string) => dayFromIso(iso)!;
const iso = isoFromDay;

/** 2026 as decided: Tết 16–20/02, swap 02/01 ↔ 10/01, 31/08 ↔ 22/08, Giỗ Tổ on Sunday 26/04 → 27/04 off. */
const cal2026 = WorkingCalendar.fromRows([
  ...prefillHolidays(2025),
  ...prefillHolidays(2026),
  ...prefillHolidays(2027),
]);
const plain = new WorkingCalendar();

describe('WorkingCalendar', () => {
  test('weekends are rest days, weekdays working days, in an empty calendar', () => {
    expect(plain.isWorkingDay(d('2026-03-06'))).toBe(true); // Friday
    expect(plain.isWorkingDay(d('2026-03-07'))).toBe(false); // Saturday
    expect(plain.isWorkingDay(d('2026-03-08'))).toBe(false); // Sunday
    expect(plain.isWorkingDay(d('2026-03-09'))).toBe(true); // Monday
  });

  test('holidays are days off; swap work-days are working days', () => {
    expect(cal2026.isWorkingDay(d('2026-02-17'))).toBe(false); // Tết
    expect(cal2026.holidayName(d('2026-02-17'))).toBe('Tết Nguyên đán');
    expect(cal2026.isWorkingDay(d('2026-01-02'))).toBe(false); // Friday swapped off
    expect(cal2026.isWorkingDay(d('2026-01-10'))).toBe(true); // Saturday worked
    expect(cal2026.isWorkingDay(d('2026-04-27'))).toBe(false); // compensatory Monday
    expect(cal2026.holidayName(d('2026-04-27'))).toBe('Nghỉ bù');
    expect(cal2026.isWorkingDay(d('2026-08-22'))).toBe(true);
    expect(cal2026.holidayName(d('2026-03-07'))).toBeUndefined();
  });

  test('a day listed both off and as a swap work-day is off', () => {
    const c = new WorkingCalendar({
      daysOff: [{ day: d('2026-03-07'), name: 'X' }],
      swapWorkdays: [d('2026-03-07')],
    });
    expect(c.isWorkingDay(d('2026-03-07'))).toBe(false);
    expect(c.workingDaysBetween(d('2026-03-06'), d('2026-03-09'))).toBe(1);
  });

  test('next working day, on-or-after and strictly after', () => {
    expect(iso(cal2026.nextWorkingDayOnOrAfter(d('2026-03-06')))).toBe('2026-03-06');
    expect(iso(cal2026.nextWorkingDayAfter(d('2026-03-06')))).toBe('2026-03-09');
    expect(iso(cal2026.nextWorkingDayOnOrAfter(d('2026-02-14')))).toBe('2026-02-23'); // after the 9-day Tết break
    expect(iso(cal2026.nextWorkingDayOnOrAfter(d('2026-01-10')))).toBe('2026-01-10');
    expect(iso(cal2026.previousWorkingDayBefore(d('2026-02-23')))).toBe('2026-02-13');
  });

  test('Civil Code art. 147: N working days start the day after the assignment', () => {
    // 1 working day from a Friday is the next Monday.
    expect(iso(plain.addWorkingDays(d('2026-03-06'), 1))).toBe('2026-03-09');
    expect(iso(plain.addWorkingDays(d('2026-03-04'), 1))).toBe('2026-03-05');
    expect(iso(plain.addWorkingDays(d('2026-03-07'), 1))).toBe('2026-03-09'); // from a Saturday
    expect(iso(plain.addWorkingDays(d('2026-03-02'), 5))).toBe('2026-03-09'); // Monday + 5 = next Monday
    expect(iso(plain.addWorkingDays(d('2026-03-06'), 0))).toBe('2026-03-06');
    // Across Tết 2026: assigned Thursday 12/02, 3 working days → 13/02, 23/02, 24/02.
    expect(iso(cal2026.addWorkingDays(d('2026-02-12'), 3))).toBe('2026-02-24');
    // Across the 30/4–1/5 2026 bridge and the Giỗ Tổ compensatory Monday.
    expect(iso(cal2026.addWorkingDays(d('2026-04-24'), 3))).toBe('2026-05-04'); // 28/04, 29/04, 04/05
    // Swap: Saturday 10/01/2026 counts; Friday 02/01 does not.
    expect(iso(cal2026.addWorkingDays(d('2025-12-31'), 1))).toBe('2026-01-05');
    expect(iso(cal2026.addWorkingDays(d('2026-01-09'), 1))).toBe('2026-01-10');
  });

  test('negative counts go backwards', () => {
    expect(iso(plain.addWorkingDays(d('2026-03-06'), -2))).toBe('2026-03-04');
    expect(iso(plain.addWorkingDays(d('2026-03-09'), -1))).toBe('2026-03-06');
    expect(iso(plain.addWorkingDays(d('2026-03-08'), -2))).toBe('2026-03-05'); // from a Sunday
    expect(() => plain.addWorkingDays(0, 1.5)).toThrow(RangeError);
  });

  test('workingDaysBetween is signed and counts (a, b]', () => {
    expect(plain.workingDaysBetween(d('2026-03-06'), d('2026-03-06'))).toBe(0);
    expect(plain.workingDaysBetween(d('2026-03-06'), d('2026-03-07'))).toBe(0); // Fri → Sat
    expect(plain.workingDaysBetween(d('2026-03-06'), d('2026-03-09'))).toBe(1); // Fri → Mon
    expect(plain.workingDaysBetween(d('2026-03-09'), d('2026-03-06'))).toBe(-1);
    expect(plain.workingDaysBetween(d('2026-03-02'), d('2026-03-31'))).toBe(21);
    expect(cal2026.workingDaysBetween(d('2026-02-13'), d('2026-02-23'))).toBe(1); // Tết break
    expect(cal2026.workingDaysBetween(d('2026-01-01'), d('2026-01-31'))).toBe(21); // 22 weekdays − 02/01 (01/01 excluded) + 10/01
  });

  test('checkDeadline flags rest days with the next working day (art. 148.5), never moves them', () => {
    expect(cal2026.checkDeadline(d('2026-03-06'))).toEqual({ ok: true });
    expect(cal2026.checkDeadline(d('2026-03-07'))).toEqual({
      ok: false,
      reason: 'weekend',
      suggested: d('2026-03-09'),
    });
    expect(cal2026.checkDeadline(d('2026-02-18'))).toEqual({
      ok: false,
      reason: 'holiday',
      holidayName: 'Tết Nguyên đán',
      suggested: d('2026-02-23'),
    });
    expect(cal2026.checkDeadline(d('2026-04-26'))).toMatchObject({
      reason: 'holiday',
      suggested: d('2026-04-28'),
    });
    expect(cal2026.checkDeadline(d('2026-01-10'))).toEqual({ ok: true }); // a swap Saturday is a working day
  });

  test('a calendar with no working days in reach throws instead of looping', () => {
    const daysOff = Array.from({ length: 4000 }, (_, i) => ({ day: 20000 + i, name: 'x' }));
    const c = new WorkingCalendar({ daysOff, swapWorkdays: [] });
    expect(() => c.nextWorkingDayAfter(19999)).toThrow(RangeError);
  });

  // ---- properties, on random calendars ----
  const arbCalendar = fc
    .record({
      off: fc.array(fc.integer({ min: 20000, max: 20400 }), { maxLength: 60 }),
      swap: fc.array(fc.integer({ min: 20000, max: 20400 }), { maxLength: 20 }),
    })
    .map(
      ({ off, swap }) =>
        new WorkingCalendar({ daysOff: off.map((day) => ({ day, name: 'Lễ' })), swapWorkdays: swap }),
    );
  const arbDay = fc.integer({ min: 19900, max: 20500 });

  test('property: addWorkingDays never lands on a rest day (n ≠ 0) and moves forward', () => {
    fc.assert(
      fc.property(arbCalendar, arbDay, fc.integer({ min: 1, max: 120 }), (cal, from, n) => {
        const r = cal.addWorkingDays(from, n);
        expect(cal.isWorkingDay(r)).toBe(true);
        expect(r).toBeGreaterThan(from);
        const back = cal.addWorkingDays(from, -n);
        expect(cal.isWorkingDay(back)).toBe(true);
        expect(back).toBeLessThan(from);
      }),
    );
  });

  test('property: workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(
      fc.property(arbCalendar, arbDay, fc.integer({ min: 0, max: 120 }), (cal, from, n) => {
        expect(cal.workingDaysBetween(from, cal.addWorkingDays(from, n))).toBe(n);
      }),
    );
  });

  test('property: backwards too, from a working day', () => {
    fc.assert(
      fc.property(arbCalendar, arbDay, fc.integer({ min: 0, max: 120 }), (cal, day, n) => {
        const from = cal.nextWorkingDayOnOrAfter(day);
        expect(cal.workingDaysBetween(from, cal.addWorkingDays(from, -n))).toBe(0 - n);
      }),
    );
  });

  test('property: workingDaysBetween equals a day-by-day count and is antisymmetric', () => {
    fc.assert(
      fc.property(arbCalendar, arbDay, arbDay, (cal, a, b) => {
        let count = 0;
        for (let x = Math.min(a, b) + 1; x <= Math.max(a, b); x++) if (cal.isWorkingDay(x)) count++;
        expect(cal.workingDaysBetween(a, b)).toBe(a <= b ? count : 0 - count);
        expect(cal.workingDaysBetween(b, a) + cal.workingDaysBetween(a, b)).toBe(0);
      }),
    );
  });

  test('property: next working day is a working day, ≥ the input, with only rest days between', () => {
    fc.assert(
      fc.property(arbCalendar, arbDay, (cal, day) => {
        const n = cal.nextWorkingDayOnOrAfter(day);
        expect(cal.isWorkingDay(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(day);
        for (let x = day; x < n; x++) expect(cal.isWorkingDay(x)).toBe(false);
        const after = cal.nextWorkingDayAfter(day);
        expect(after).toBeGreaterThan(day);
        expect(after).toBe(cal.nextWorkingDayOnOrAfter(day + 1));
      }),
    );
  });

  test('property: checkDeadline is ok exactly on working days, and suggests the next one', () => {
    fc.assert(
      fc.property(arbCalendar, arbDay, (cal, day) => {
        const c = cal.checkDeadline(day);
        expect(c.ok).toBe(cal.isWorkingDay(day));
        if (!c.ok) {
          expect(c.suggested).toBe(cal.nextWorkingDayAfter(day));
          expect(c.reason).toBe(cal.holidayName(day) !== undefined ? 'holiday' : 'weekend');
          if (c.reason === 'weekend') expect([0, 6]).toContain(weekday(day));
        }
      }),
    );
  });
});
