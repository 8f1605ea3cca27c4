import fc from 'fast-check';
import { dayFromIso, dayFromYmd, ymdFromDay } from '../../../src/core/civil-date';
import {
  changeText,
  formatDay,
  formatNumberVi,
  formatPercentVi,
  PERCENT_SEPARATOR,
  percentVi,
  vnMoment,
} from '../../../src/core/format';

describe('formatDay', () => {
  test('dd/MM/yyyy', () => {
    expect(formatDay(dayFromIso('2026-03-05')!)).toBe('05/03/2026');
    expect(formatDay(dayFromIso('2026-12-31')!)).toBe('31/12/2026');
    expect(formatDay(0)).toBe('01/01/1970');
  });

  test('property: matches the day, month and year', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1000, 1, 1)!, max: dayFromYmd(9999, 12, 31)! }), (d) => {
        const { year, month, day } = ymdFromDay(d);
        const [dd, mm, yyyy] = formatDay(d).split('/');
        expect([dd.length, mm.length, yyyy.length]).toEqual([2, 2, 4]);
        expect([Number(dd), Number(mm), Number(yyyy)]).toEqual([day, month, year]);
      }),
    );
  });
});

describe('formatPercentVi', () => {
  test('the Ngũ Hành Sơn figures print exactly as the dashboard must show them', () => {
    const assigned = 901;
    const rows = [
      [604, '67 %'], // completed on time
      [173, '19 %'], // completed late
      [57, '6 %'], // archived
      [64, '7 %'], // in progress within the deadline
      [3, '0,3 %'], // in progress, overdue
      [878, '97 %'], // update rate
      [834, '93 %'], // handled (604 + 173 + 57), as the article says
    ] as const;
    for (const [n, text] of rows) expect(formatPercentVi(n, assigned)).toBe(text);
    expect(percentVi(604, 901)).toEqual({ value: 67, text: '67 %' });
    expect(percentVi(3, 901)).toEqual({ value: 0.3, text: '0,3 %' });
    expect(PERCENT_SEPARATOR).toBe(' ');
  });

  test('the edges: 0, all, tiny and almost-all shares, no denominator', () => {
    expect(formatPercentVi(0, 901)).toBe('0 %');
    expect(formatPercentVi(901, 901)).toBe('100 %');
    expect(formatPercentVi(1, 2000)).toBe('0,1 %'); // 0.05 %
    expect(formatPercentVi(1, 100000)).toBe('0,1 %'); // never "0 %" or "0,0 %" when non-zero
    expect(formatPercentVi(1999, 2000)).toBe('99,9 %'); // 99.95 % never "100 %"
    expect(formatPercentVi(99999, 100000)).toBe('99,9 %');
    expect(formatPercentVi(99, 100)).toBe('99 %');
    expect(formatPercentVi(1, 100)).toBe('1 %');
    expect(formatPercentVi(1, 8)).toBe('13 %'); // 12.5 rounds half up
    expect(formatPercentVi(5, 0)).toBe('—');
    expect(percentVi(0, 0)).toEqual({ value: null, text: '—' });
  });

  test('explicit decimals', () => {
    expect(formatPercentVi(604, 901, 1)).toBe('67,0 %');
    expect(formatPercentVi(173, 901, 2)).toBe('19,20 %');
    expect(formatPercentVi(1, 8, 1)).toBe('12,5 %');
    expect(formatPercentVi(1, 3, 0)).toBe('33 %');
  });

  test('property: whole percents between 1 and 99 are the nearest integer, half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (den, k) => {
        const num = k % (den + 1);
        const { value, text } = percentVi(num, den);
        const exact = (num * 100) / den;
        expect(value).not.toBeNull();
        if (num === 0) expect(text).toBe('0 %');
        else if (num === den) expect(text).toBe('100 %');
        else {
          expect(value!).toBeGreaterThan(0);
          expect(value!).toBeLessThan(100);
          expect(Math.abs(value! - exact)).toBeLessThanOrEqual(exact < 1 || exact > 99 ? 0.1 : 0.5);
        }
        expect(text.endsWith(' %')).toBe(true);
        expect(text).not.toContain('.');
      }),
    );
  });
});

describe('formatNumberVi', () => {
  test('thousands with dots, decimal comma', () => {
    expect(formatNumberVi(0)).toBe('0');
    expect(formatNumberVi(901)).toBe('901');
    expect(formatNumberVi(1234)).toBe('1.234');
    expect(formatNumberVi(8400)).toBe('8.400');
    expect(formatNumberVi(1234567.5)).toBe('1.234.567,5');
    expect(formatNumberVi(-1234.25)).toBe('-1.234,25');
    expect(formatNumberVi(0.333333)).toBe('0,33');
    expect(formatNumberVi(2.5, 0)).toBe('3');
    expect(formatNumberVi(1.005, 2)).toBe('1,01');
    expect(formatNumberVi(1000000, 1)).toBe('1.000.000,0');
    expect(formatNumberVi(-0.001, 1)).toBe('0,0');
    expect(formatNumberVi(NaN)).toBe('NaN');
  });

  test('property: integers round-trip through the Vietnamese grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const s = formatNumberVi(n);
        expect(s).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
        expect(Number(s.replace(/\./g, ''))).toBe(n);
      }),
    );
  });
});

describe('history wording (issue 14)', () => {
  it('a time reads "09:00" and "08/12/2026" in Viet Nam, seconds dropped, whatever the machine zone', () => {
    expect(vnMoment(Date.parse('2026-12-08T02:00:59Z'))).toEqual({ time: '09:00', date: '08/12/2026' });
    expect(vnMoment(Date.parse('2026-12-08T17:05:00Z'))).toEqual({ time: '00:05', date: '09/12/2026' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), (ms) => {
        const { time, date } = vnMoment(ms);
        const vn = new Date(ms + 7 * 3_600_000).toISOString();
        return time === vn.slice(11, 16) && date === `${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)}`;
      }),
    );
  });

  it('a change that changes nothing is not shown; a first value stands alone', () => {
    expect(changeText('08/12/2026', '08/12/2026')).toBe('');
    expect(changeText('', '')).toBe('');
    expect(changeText('40 %', '60 %')).toBe('40 % → 60 %');
    expect(changeText('', '09/03/2026')).toBe('09/03/2026');
    expect(changeText('09/03/2026', '')).toBe('09/03/2026 → —');
  });
});
