import vm from 'node:vm';
import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import {
  dayFromIso,
  dayFromYmd,
  instantOfDayStart,
  isoFromDay,
  ymdFromDay,
} from '../../../src/core/civil-date';
import { formatDay } from '../../../src/core/format';
import { prefillHolidays } from '../../../src/core/holidays';
import {
  dayOfDateCell,
  looksLikeFormula,
  keepAsText,
  parseDateCell,
  parseDeadlineInput,
  parseEmailList,
  parsePercent,
  type ParseResult,
  sanitizeText,
} from '../../../src/core/parse';

const d = (iso: string) => dayFromIso(iso)!;
const cal = WorkingCalendar.fromRows(prefillHolidays(2026));

function value<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.vi}`);
  return r.value;
}
function code<T>(r: ParseResult<T>): string {
  return r.ok ? 'ok' : r.error.code;
}
function message<T>(r: ParseResult<T>): string {
  return r.ok ? 'ok' : r.error.vi;
}

const TIME_ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'];
function inEachTimeZone<T>(fn: () => T): T[] {
  const original = process.env.TZ;
  try {
    return TIME_ZONES.map((tz) => {
      process.env.TZ = tz;
      return fn();
    });
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}

describe('parseDateCell', () => {
  test('dd/MM/yyyy, d/M/yyyy, yyyy-MM-dd, and - or . separators', () => {
    expect(isoFromDay(value(parseDateCell('05/03/2026')))).toBe('2026-03-05');
    expect(isoFromDay(value(parseDateCell('5/3/2026')))).toBe('2026-03-05');
    expect(isoFromDay(value(parseDateCell(' 2026-03-05 ')))).toBe('2026-03-05');
    expect(isoFromDay(value(parseDateCell('05-03-2026')))).toBe('2026-03-05');
    expect(isoFromDay(value(parseDateCell('05.03.2026')))).toBe('2026-03-05');
    expect(isoFromDay(value(parseDateCell('29/02/2028')))).toBe('2028-02-29');
  });

  test('a Date from a cell is read as its day in Viet Nam', () => {
    // Sheets (spreadsheet zone Asia/Ho_Chi_Minh) returns 05/03/2026 as 2026-03-04T17:00Z.
    expect(isoFromDay(value(parseDateCell(new Date('2026-03-04T17:00:00Z'))))).toBe('2026-03-05');
    expect(isoFromDay(value(parseDateCell(new Date('2026-03-05T16:59:59Z'))))).toBe('2026-03-05');
    expect(isoFromDay(value(parseDateCell(new Date('2026-03-05T00:00:00Z'), 0)))).toBe('2026-03-05');
    // A Date from another realm (the Apps Script vm context).
    const foreign: unknown = vm.runInNewContext('new Date(Date.UTC(2026, 2, 4, 17))');
    expect(isoFromDay(value(parseDateCell(foreign)))).toBe('2026-03-05');
    expect(code(parseDateCell(new Date(NaN)))).toBe('not_a_date');
    expect(code(parseDateCell(new Date('1999-06-01T00:00:00Z')))).toBe('year_out_of_range');
  });

  test('rejections, with reasons', () => {
    const bad = parseDateCell('31/02/2026');
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid_date',
        vi: 'Ngày không hợp lệ: "31/02/2026" (tháng 2 không có ngày 31).',
        en: 'Invalid date: "31/02/2026" (month 2 has no day 31).',
      },
    });
    expect(message(bad)).toBe('Ngày không hợp lệ: "31/02/2026" (tháng 2 không có ngày 31).');
    expect(code(parseDateCell('12/13/2026'))).toBe('invalid_date');
    expect(message(parseDateCell('12/13/2026'))).toBe('Ngày không hợp lệ: "12/13/2026" (không có tháng 13).');
    expect(code(parseDateCell('29/02/2026'))).toBe('invalid_date');
    expect(code(parseDateCell('ngày mai'))).toBe('not_a_date');
    expect(code(parseDateCell('abc'))).toBe('not_a_date');
    expect(code(parseDateCell(''))).toBe('empty');
    expect(code(parseDateCell('   '))).toBe('empty');
    expect(code(parseDateCell(null))).toBe('empty');
    expect(code(parseDateCell(undefined))).toBe('empty');
    expect(code(parseDateCell('05/03/26'))).toBe('two_digit_year');
    expect(code(parseDateCell('05/03/1999'))).toBe('year_out_of_range');
    expect(code(parseDateCell('05/03/2101'))).toBe('year_out_of_range');
    expect(code(parseDateCell('05/03/20266'))).toBe('year_out_of_range');
    expect(code(parseDateCell('2101-01-01'))).toBe('year_out_of_range');
    expect(code(parseDateCell(46086))).toBe('bare_number');
    expect(code(parseDateCell('46086'))).toBe('bare_number');
    expect(code(parseDateCell(true))).toBe('not_a_date');
    expect(code(parseDateCell('05/03-2026'))).toBe('not_a_date'); // mixed separators
    expect(code(parseDateCell('2026-03-05T10:00'))).toBe('not_a_date');
  });

  const arbDay = fc.integer({ min: dayFromYmd(2000, 1, 1)!, max: dayFromYmd(2100, 12, 31)! });

  test('property: any valid date formatted as dd/MM/yyyy (or d/M/yyyy, ISO) parses back to itself', () => {
    fc.assert(
      fc.property(arbDay, (day) => {
        const { year, month, day: dd } = ymdFromDay(day);
        expect(value(parseDateCell(formatDay(day)))).toBe(day);
        expect(value(parseDateCell(`${dd}/${month}/${year}`))).toBe(day);
        expect(value(parseDateCell(isoFromDay(day)))).toBe(day);
        expect(value(parseDateCell(new Date(instantOfDayStart(day))))).toBe(day);
      }),
      { numRuns: 1000 },
    );
  });

  test('property: any string either fails or gives a real day in 2000–2100', () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: -5, max: 40 }),
        fc.integer({ min: -2, max: 15 }),
        fc.integer({ min: 0, max: 99999 }),
      )
      .map(([a, b, c]) => `${a}/${b}/${c}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), dateLike), (s) => {
        const r = parseDateCell(s);
        if (r.ok) {
          expect(Number.isInteger(r.value)).toBe(true);
          const { year } = ymdFromDay(r.value);
          expect(year).toBeGreaterThanOrEqual(2000);
          expect(year).toBeLessThanOrEqual(2100);
          // The day's own rendering appears in the input (no silent roll-over, e.g. 31/02 → 03/03).
          const { month, day } = ymdFromDay(r.value);
          const nums = s.match(/\d+/g)!.map(Number);
          expect(nums).toEqual(expect.arrayContaining([year, month, day]));
        } else {
          expect(r.error.vi.length).toBeGreaterThan(0);
          expect(r.error.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('property: parsing does not depend on the process time zone', () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: 0, max: 86_399_999 }), (day, ms) => {
        const instant = instantOfDayStart(day) + ms;
        const results = inEachTimeZone(() => [
          value(parseDateCell(new Date(instant))),
          value(parseDateCell(formatDay(day))),
          value(parseDateCell(isoFromDay(day))),
        ]);
        for (const r of results) expect(r).toEqual([day, day, day]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseDeadlineInput', () => {
  const assigned = d('2026-03-06'); // Friday

  test('a date, checked against the calendar', () => {
    expect(value(parseDeadlineInput('20/03/2026', assigned, cal))).toEqual({
      day: d('2026-03-20'),
      check: { ok: true },
    });
    expect(value(parseDeadlineInput('21/03/2026', assigned, cal))).toEqual({
      day: d('2026-03-21'),
      check: { ok: false, reason: 'weekend', suggested: d('2026-03-23') },
    });
    expect(value(parseDeadlineInput('30/04/2026', assigned, cal)).check).toEqual({
      ok: false,
      reason: 'holiday',
      holidayName: 'Ngày Chiến thắng 30/4',
      suggested: d('2026-05-04'),
    });
    expect(value(parseDeadlineInput(new Date('2026-03-19T17:00:00Z'), assigned, cal)).day).toBe(
      d('2026-03-20'),
    );
    expect(value(parseDeadlineInput('06/03/2026', assigned, cal)).day).toBe(assigned); // same day allowed
  });

  test('a deadline before the assignment is refused', () => {
    const r = parseDeadlineInput('05/03/2026', assigned, cal);
    expect(code(r)).toBe('deadline_before_assignment');
    expect(message(r)).toBe('Hạn "05/03/2026" trước ngày giao 06/03/2026.');
  });

  test('"N ngày làm việc" / "N working days" count from the day after the assignment', () => {
    expect(value(parseDeadlineInput('1 ngày làm việc', assigned, cal))).toEqual({
      day: d('2026-03-09'),
      fromWorkingDays: 1,
      check: { ok: true },
    });
    expect(value(parseDeadlineInput('5 NGÀY LÀM VIỆC', assigned, cal)).day).toBe(d('2026-03-13'));
    expect(value(parseDeadlineInput('10 working days', assigned, cal)).day).toBe(d('2026-03-20'));
    expect(value(parseDeadlineInput('1 working day', assigned, cal)).day).toBe(d('2026-03-09'));
    expect(value(parseDeadlineInput('3 ngày LV', assigned, cal)).day).toBe(d('2026-03-11'));
    expect(value(parseDeadlineInput('3wd', assigned, cal)).day).toBe(d('2026-03-11'));
    // NFD input (macOS keyboards) is normalised.
    expect(value(parseDeadlineInput('2 ngày làm việc'.normalize('NFD'), assigned, cal)).day).toBe(
      d('2026-03-10'),
    );
    // Across Tết 2026.
    expect(value(parseDeadlineInput('3 ngày làm việc', d('2026-02-12'), cal)).day).toBe(d('2026-02-24'));
  });

  test('a bare N with the working-days unit selector', () => {
    expect(value(parseDeadlineInput('5', assigned, cal, 'working_days'))).toEqual({
      day: d('2026-03-13'),
      fromWorkingDays: 5,
      check: { ok: true },
    });
    expect(value(parseDeadlineInput(5, assigned, cal, 'working_days')).day).toBe(d('2026-03-13'));
    expect(code(parseDeadlineInput('5', assigned, cal))).toBe('bare_number'); // unit: date
    expect(code(parseDeadlineInput('2,5', assigned, cal, 'working_days'))).toBe('invalid_working_days');
    expect(code(parseDeadlineInput(2.5, assigned, cal, 'working_days'))).toBe('invalid_working_days');
    expect(value(parseDeadlineInput('20/03/2026', assigned, cal, 'working_days')).day).toBe(d('2026-03-20'));
  });

  test('rejections', () => {
    expect(code(parseDeadlineInput('0 ngày làm việc', assigned, cal))).toBe('invalid_working_days');
    expect(code(parseDeadlineInput('-3 ngày làm việc', assigned, cal))).toBe('invalid_working_days');
    expect(code(parseDeadlineInput('năm ngày làm việc', assigned, cal))).toBe('invalid_working_days');
    expect(code(parseDeadlineInput('9999 ngày làm việc', assigned, cal))).toBe('invalid_working_days');
    expect(code(parseDeadlineInput('5 ngày', assigned, cal))).toBe('ambiguous_days');
    expect(code(parseDeadlineInput('5 days', assigned, cal))).toBe('ambiguous_days');
    expect(code(parseDeadlineInput('ngày mai', assigned, cal))).toBe('not_a_date');
    expect(code(parseDeadlineInput('', assigned, cal))).toBe('empty');
  });

  test('property: N working days lands on a working day N working days later', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d('2026-01-01'), max: d('2026-10-31') }),
        fc.integer({ min: 1, max: 40 }),
        (a, n) => {
          const r = value(parseDeadlineInput(`${n} ngày làm việc`, a, cal));
          expect(r.check).toEqual({ ok: true });
          expect(cal.workingDaysBetween(a, r.day)).toBe(n);
        },
      ),
    );
  });
});

describe('parsePercent', () => {
  test('text', () => {
    expect(value(parsePercent('50'))).toBe(50);
    expect(value(parsePercent('50%'))).toBe(50);
    expect(value(parsePercent(' 50 % '))).toBe(50);
    expect(value(parsePercent('12,5%'))).toBe(12.5);
    expect(value(parsePercent('12.5'))).toBe(12.5);
    expect(value(parsePercent('0'))).toBe(0);
    expect(value(parsePercent('100%'))).toBe(100);
  });

  test('numbers from a percent-formatted cell are fractions (0.5 is 50 %)', () => {
    expect(value(parsePercent(0.5))).toBe(50);
    expect(value(parsePercent(0.07))).toBe(7);
    expect(value(parsePercent(1))).toBe(100);
    expect(value(parsePercent(0))).toBe(0);
    expect(code(parsePercent(50))).toBe('percent_out_of_range');
    expect(value(parsePercent(50, { numberIsFraction: false }))).toBe(50);
  });

  test('rejections', () => {
    expect(code(parsePercent('101'))).toBe('percent_out_of_range');
    expect(code(parsePercent('-1%'))).toBe('percent_out_of_range');
    expect(code(parsePercent(-0.1))).toBe('percent_out_of_range');
    expect(code(parsePercent('một nửa'))).toBe('invalid_percent');
    expect(code(parsePercent('50%%'))).toBe('invalid_percent');
    expect(code(parsePercent(NaN))).toBe('invalid_percent');
    expect(code(parsePercent(''))).toBe('empty');
    expect(code(parsePercent(null))).toBe('empty');
    expect(code(parsePercent(new Date()))).toBe('invalid_percent');
  });

  test('property: 0–100 written as text parses back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const text = `${Math.floor(tenths / 10)},${tenths % 10}%`;
        expect(value(parsePercent(text))).toBeCloseTo(tenths / 10, 9);
      }),
    );
  });
});

describe('parseEmailList', () => {
  test('separators, case, duplicates, names', () => {
    expect(parseEmailList('a@x.vn, B@Y.vn; c@z.vn')).toEqual({
      emails: ['a@x.vn', 'b@y.vn', 'c@z.vn'],
      invalid: [],
      errors: [],
    });
    expect(parseEmailList('a@x.vn\nA@X.VN  d.e+tag@gmail.com').emails).toEqual([
      'a@x.vn',
      'd.e+tag@gmail.com',
    ]);
    expect(parseEmailList('Nguyễn Văn A <nva@hanoi.gov.vn>, "Trần B" <tb@gmail.com>').emails).toEqual([
      'nva@hanoi.gov.vn',
      'tb@gmail.com',
    ]);
    expect(parseEmailList('').emails).toEqual([]);
    expect(parseEmailList(' ,; ').invalid).toEqual([]);
  });

  test('invalid addresses are reported, valid ones kept', () => {
    const r = parseEmailList('a@x.vn, not-an-email, b@, @c.vn, d@e, f..g@h.vn, .i@j.vn, k@l.vn');
    expect(r.emails).toEqual(['a@x.vn', 'k@l.vn']);
    expect(r.invalid).toEqual(['not-an-email', 'b@', '@c.vn', 'd@e', 'f..g@h.vn', '.i@j.vn']);
    expect(r.errors[0]).toEqual({
      code: 'invalid_email',
      vi: 'Địa chỉ email không hợp lệ: "not-an-email".',
      en: 'Invalid email address: "not-an-email".',
    });
  });
});

describe('keeping text as text, and text sanitising', () => {
  test('keepAsText', () => {
    expect(keepAsText('=IMPORTXML("http://x")')).toBe('\'=IMPORTXML("http://x")');
    expect(keepAsText('+84 912 345 678')).toBe("'+84 912 345 678");
    expect(keepAsText('-5 ngày')).toBe("'-5 ngày");
    expect(keepAsText('@mention')).toBe("'@mention");
    expect(keepAsText('  =1+1')).toBe("'  =1+1");
    expect(keepAsText('\t=1+1')).toBe("'\t=1+1");
    expect(keepAsText('Báo cáo = xong')).toBe('Báo cáo = xong');
    // Text Sheets would turn into numbers, dates, percentages or booleans stays text too.
    expect(keepAsText('007')).toBe("'007");
    expect(keepAsText('1/2')).toBe("'1/2");
    expect(keepAsText('30 %')).toBe("'30 %");
    expect(keepAsText('true')).toBe("'true");
    expect(keepAsText('Quý 1/2026')).toBe('Quý 1/2026');
    expect(keepAsText('')).toBe('');
    expect(looksLikeFormula('=A1')).toBe(true);
    expect(looksLikeFormula('A1')).toBe(false);
  });

  test('property: the output never starts (after spaces) with = + - @, and keeps the text', () => {
    const risky = fc.tuple(
      fc.constantFrom('', ' ', '  ', '\t', '\n'),
      fc.constantFrom('=', '+', '-', '@', ''),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          risky.map((p) => p.join('')),
        ),
        (s) => {
          const out = keepAsText(s);
          expect(out).not.toMatch(/^\s*[=+\-@]/);
          expect(out === s || out === "'" + s).toBe(true);
          expect(looksLikeFormula(out)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('sanitizeText trims, normalises and limits', () => {
    expect(value(sanitizeText('  Báo cáo quý I  ', 100))).toBe('Báo cáo quý I');
    expect(value(sanitizeText('dòng 1\r\ndòng 2\tx', 100))).toBe('dòng 1\ndòng 2\tx');
    expect(value(sanitizeText('Vie\u0302\u0323t', 100))).toBe('Việt'); // NFD → NFC
    expect(value(sanitizeText('', 10))).toBe('');
    expect(code(sanitizeText('   ', 10, { required: true }))).toBe('empty');
    expect(code(sanitizeText('a\nb', 10, { multiline: false }))).toBe('control_characters');
    expect(code(sanitizeText('a\u0000b', 10))).toBe('control_characters');
    expect(code(sanitizeText('a\u0007b', 10))).toBe('control_characters');
    expect(code(sanitizeText('a\u202Eb', 10))).toBe('control_characters');
    expect(code(sanitizeText('a\u0085b', 10))).toBe('control_characters');
    const long = sanitizeText('x'.repeat(11), 10);
    expect(long).toEqual({
      ok: false,
      error: {
        code: 'too_long',
        vi: 'Nội dung quá dài (11 ký tự, tối đa 10).',
        en: 'Text too long (11 characters, at most 10).',
      },
    });
    expect(value(sanitizeText('x'.repeat(10), 10))).toHaveLength(10);
  });

  test('property: sanitized text is trimmed, within the limit, without forbidden controls', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: 0, max: 60 }), (s, max) => {
        const r = sanitizeText(s, max);
        if (r.ok) {
          expect(r.value.length).toBeLessThanOrEqual(max);
          expect(r.value).toBe(r.value.trim());
          expect(r.value).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the fast path for date cells', () => {
  it('agrees with parseDateCell on every Date: the same day, or null where it refuses', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2110, 0, 1) }), (ms) => {
        const d = new Date(ms);
        const full = parseDateCell(d);
        return dayOfDateCell(d) === (full.ok ? full.value : null);
      }),
      { numRuns: 3000 },
    );
    expect(dayOfDateCell('10/03/2026')).toBeNull();
    expect(dayOfDateCell(new Date(NaN))).toBeNull();
  });
});
