import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromIso } from '../../../src/core/civil-date';
import { prefillHolidays } from '../../../src/core/holidays';
import {
  computeStatus,
  daysLate,
  daysLeft,
  DEFAULT_REMINDER_WINDOW,
  effectiveDeadline,
  isDone,
  STATUS_COLOURS,
  STATUS_LABELS_EN,
  STATUS_LABELS_VI,
  statusFromLabel,
  statusLabel,
  type StatusInput,
  TASK_STATUSES,
  type TaskStatus,
  urgencyRank,
} from '../../../src/core/status';

const d = (iso: string) => dayFromIso(iso)!;
const cal = WorkingCalendar.fromRows(prefillHolidays(2026));
const open = (deadline: string | null, extra: Partial<StatusInput> = {}): StatusInput => ({
  deadline: deadline === null ? null : d(deadline),
  extendedDeadline: null,
  reportedDay: null,
  confirmed: false,
  archived: false,
  ...extra,
});
const at = (input: StatusInput, today: string, window?: number) =>
  computeStatus(input, d(today), cal, window);

describe('computeStatus', () => {
  // Deadline Friday 13/03/2026; D − 2 working days = Wednesday 11/03.
  const task = open('2026-03-13');

  test('in progress until D − 2 working days, due soon from then to D, overdue after D', () => {
    expect(at(task, '2026-03-09')).toBe('in_progress');
    expect(at(task, '2026-03-10')).toBe('in_progress');
    expect(at(task, '2026-03-11')).toBe('due_soon');
    expect(at(task, '2026-03-12')).toBe('due_soon');
    expect(at(task, '2026-03-13')).toBe('due_soon'); // T = D is not overdue
    expect(at(task, '2026-03-14')).toBe('overdue'); // the Saturday after
    expect(at(task, '2026-04-01')).toBe('overdue');
  });

  test('the window is counted in working days: weekends and holidays stretch it', () => {
    // Deadline Tuesday 17/03: D − 2 working days = Friday 13/03.
    const tue = open('2026-03-17');
    expect(at(tue, '2026-03-12')).toBe('in_progress');
    expect(at(tue, '2026-03-13')).toBe('due_soon');
    expect(at(tue, '2026-03-14')).toBe('due_soon'); // Saturday
    // Deadline Tuesday 24/02/2026, right after the Tết break: D − 2 = Friday 13/02.
    const afterTet = open('2026-02-24');
    expect(at(afterTet, '2026-02-12')).toBe('in_progress');
    expect(at(afterTet, '2026-02-13')).toBe('due_soon');
    expect(at(afterTet, '2026-02-18')).toBe('due_soon');
  });

  test('custom windows', () => {
    expect(at(task, '2026-03-10', 3)).toBe('due_soon');
    expect(at(task, '2026-03-12', 0)).toBe('in_progress');
    expect(at(task, '2026-03-13', 0)).toBe('due_soon');
    expect(at(task, '2026-03-12', -5)).toBe('in_progress'); // negative = 0
    expect(DEFAULT_REMINDER_WINDOW).toBe(2);
  });

  test('the approved extension is the effective deadline', () => {
    const ext = open('2026-03-13', { extendedDeadline: d('2026-03-27') });
    expect(effectiveDeadline(ext)).toBe(d('2026-03-27'));
    expect(at(ext, '2026-03-16')).toBe('in_progress');
    expect(effectiveDeadline(open(null))).toBeNull();
  });

  test('reported but not confirmed: awaiting confirmation, late or not, with or without a deadline', () => {
    expect(at(open('2026-03-13', { reportedDay: d('2026-03-10') }), '2026-03-20')).toBe(
      'awaiting_confirmation',
    );
    expect(at(open('2026-03-13', { reportedDay: d('2026-03-20') }), '2026-03-20')).toBe(
      'awaiting_confirmation',
    );
    expect(at(open(null, { reportedDay: d('2026-03-20') }), '2026-03-20')).toBe('awaiting_confirmation');
  });

  test('confirmed: C vs D decides early / on time / late; C is the reported day, not the confirmation day', () => {
    const done = (reported: string, confirmedDay?: string) =>
      open('2026-03-13', {
        reportedDay: d(reported),
        confirmed: true,
        confirmedDay: confirmedDay ? d(confirmedDay) : null,
      });
    expect(at(done('2026-03-12'), '2026-03-30')).toBe('done_early');
    expect(at(done('2026-03-13', '2026-03-25'), '2026-03-30')).toBe('done_on_time'); // slow confirmer
    expect(at(done('2026-03-14'), '2026-03-30')).toBe('done_late'); // Saturday after a Friday deadline
    expect(
      at(
        open('2026-03-13', {
          extendedDeadline: d('2026-03-20'),
          reportedDay: d('2026-03-16'),
          confirmed: true,
        }),
        '2026-03-30',
      ),
    ).toBe('done_early');
  });

  test('confirmed without a reported day: the confirmation day, else today, is C', () => {
    expect(at(open('2026-03-13', { confirmed: true, confirmedDay: d('2026-03-16') }), '2026-03-30')).toBe(
      'done_late',
    );
    expect(at(open('2026-03-13', { confirmed: true }), '2026-03-13')).toBe('done_on_time');
    expect(at(open('2026-03-13', { confirmed: true }), '2026-03-12')).toBe('done_early');
  });

  test('no deadline: ongoing; confirmed ongoing task counts as done on time', () => {
    expect(at(open(null), '2026-03-13')).toBe('ongoing');
    expect(at(open(null, { confirmed: true, reportedDay: d('2026-03-01') }), '2026-03-13')).toBe(
      'done_on_time',
    );
  });

  test('archived wins over everything', () => {
    expect(at(open('2026-03-01', { archived: true }), '2026-03-13')).toBe('archived');
    expect(
      at(open(null, { archived: true, confirmed: true, reportedDay: d('2026-03-20') }), '2026-03-13'),
    ).toBe('archived');
  });

  test('daysLeft and daysLate in working days', () => {
    expect(daysLeft(task, d('2026-03-11'), cal)).toBe(2);
    expect(daysLeft(task, d('2026-03-13'), cal)).toBe(0);
    expect(daysLeft(task, d('2026-03-16'), cal)).toBe(-1);
    expect(daysLeft(open(null), d('2026-03-16'), cal)).toBeNull();
    expect(daysLate(task, d('2026-03-13'), cal)).toBe(0);
    expect(daysLate(task, d('2026-03-14'), cal)).toBe(0); // overdue, but no working day lost yet
    expect(daysLate(task, d('2026-03-16'), cal)).toBe(1);
    expect(daysLate(task, d('2026-03-18'), cal)).toBe(3);
    // A done task is late by C − D, however late the confirmation.
    expect(
      daysLate(open('2026-03-13', { reportedDay: d('2026-03-17'), confirmed: true }), d('2026-05-01'), cal),
    ).toBe(2);
    expect(daysLate(open('2026-03-13', { reportedDay: d('2026-03-17') }), d('2026-05-01'), cal)).toBe(2);
    expect(daysLate(open('2026-03-13', { archived: true }), d('2026-05-01'), cal)).toBe(0);
    // Across Tết 2026: deadline Friday 13/02, today Monday 23/02 → 1 working day late.
    expect(daysLate(open('2026-02-13'), d('2026-02-23'), cal)).toBe(1);
  });

  // ---- properties ----
  const arbDay = fc.integer({ min: d('2026-01-01'), max: d('2026-12-31') });
  const arbMaybe = fc.option(arbDay, { nil: null });
  const arbInput = fc.record({
    deadline: arbMaybe,
    extendedDeadline: arbMaybe,
    reportedDay: arbMaybe,
    confirmed: fc.boolean(),
    archived: fc.boolean(),
    confirmedDay: arbMaybe,
  });

  test('property: archived is always archived; a confirmed task is exactly one of early / on time / late by C vs D', () => {
    fc.assert(
      fc.property(arbInput, arbDay, fc.integer({ min: 0, max: 5 }), (input, today, window) => {
        const s = computeStatus(input, today, cal, window);
        if (input.archived) {
          expect(s).toBe('archived');
          return;
        }
        expect(s).not.toBe('archived');
        if (input.confirmed) {
          expect(isDone(s)).toBe(true);
          const D = input.extendedDeadline ?? input.deadline;
          const C = input.reportedDay ?? input.confirmedDay ?? today;
          if (D !== null) expect(s).toBe(C < D ? 'done_early' : C === D ? 'done_on_time' : 'done_late');
        } else {
          expect(isDone(s)).toBe(false);
          if (input.reportedDay !== null) expect(s).toBe('awaiting_confirmation');
        }
      }),
    );
  });

  test('property: an open task with a deadline is overdue iff T > D, and due soon ⇒ few working days left', () => {
    fc.assert(
      fc.property(arbDay, arbDay, fc.integer({ min: 0, max: 5 }), (deadline, today, window) => {
        const s = computeStatus(open(null, { deadline }), today, cal, window);
        expect(['in_progress', 'due_soon', 'overdue']).toContain(s);
        expect(s === 'overdue').toBe(today > deadline);
        const left = cal.workingDaysBetween(today, deadline);
        if (s === 'due_soon') expect(left).toBeLessThanOrEqual(window);
        if (s === 'in_progress') expect(left).toBeGreaterThanOrEqual(window);
      }),
    );
  });

  test('property: the status does not depend on the process time zone', () => {
    const original = process.env.TZ;
    try {
      fc.assert(
        fc.property(arbInput, arbDay, (input, today) => {
          const results = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'].map(
            (tz) => {
              process.env.TZ = tz;
              return computeStatus(input, today, cal);
            },
          );
          expect(new Set(results).size).toBe(1);
        }),
        { numRuns: 50 },
      );
    } finally {
      process.env.TZ = original;
      if (original === undefined) delete process.env.TZ;
    }
  });
});

describe('labels, colours, ranks', () => {
  test('Vietnamese labels are the exact strings of product.md', () => {
    expect(STATUS_LABELS_VI).toEqual({
      in_progress: 'Đang thực hiện trong hạn',
      due_soon: 'Sắp đến hạn',
      overdue: 'Đang thực hiện quá hạn',
      awaiting_confirmation: 'Chờ xác nhận',
      done_early: 'Hoàn thành trước hạn',
      done_on_time: 'Hoàn thành đúng hạn',
      done_late: 'Hoàn thành quá hạn',
      archived: 'Lưu trữ',
      ongoing: 'Thường xuyên',
    });
    expect(statusLabel('overdue', 'en')).toBe('Overdue');
    expect(statusLabel('overdue')).toBe('Đang thực hiện quá hạn');
  });

  test('statusFromLabel parses vi, en and codes, trimmed and case-insensitive, and NFD input', () => {
    for (const s of TASK_STATUSES) {
      expect(statusFromLabel(STATUS_LABELS_VI[s])).toBe(s);
      expect(statusFromLabel(`  ${STATUS_LABELS_EN[s].toUpperCase()} `)).toBe(s);
      expect(statusFromLabel(s)).toBe(s);
      expect(statusFromLabel(STATUS_LABELS_VI[s].normalize('NFD').toUpperCase())).toBe(s);
    }
    expect(statusFromLabel('hoàn thành   ĐÚNG hạn')).toBe('done_on_time');
    expect(statusFromLabel('Hoàn thành')).toBeNull();
    expect(statusFromLabel('')).toBeNull();
  });

  test('colours follow product.md', () => {
    const names = Object.fromEntries(TASK_STATUSES.map((s) => [s, STATUS_COLOURS[s].name]));
    expect(names).toEqual({
      in_progress: 'blue',
      due_soon: 'yellow',
      overdue: 'red',
      awaiting_confirmation: 'purple',
      done_early: 'green',
      done_on_time: 'green',
      done_late: 'orange',
      archived: 'grey',
      ongoing: 'blue',
    });
  });

  /** WCAG 2 relative luminance contrast. */
  function contrast(a: string, b: string): number {
    const lum = (hex: string) => {
      const [r, g, bl] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  test.each(TASK_STATUSES)('%s: text on background has contrast ≥ 7:1 (and on white ≥ 7:1)', (s) => {
    const c = STATUS_COLOURS[s];
    for (const hex of [c.solid, c.background, c.text]) expect(hex).toMatch(/^#[0-9A-F]{6}$/);
    expect(contrast(c.text, c.background)).toBeGreaterThanOrEqual(7);
    expect(contrast(c.text, '#FFFFFF')).toBeGreaterThanOrEqual(7);
  });

  test('urgencyRank: overdue, due soon, awaiting, in progress, ongoing, then done and archived', () => {
    const sorted = [...TASK_STATUSES].sort((a, b) => urgencyRank(a) - urgencyRank(b));
    expect(sorted.slice(0, 5)).toEqual<TaskStatus[]>([
      'overdue',
      'due_soon',
      'awaiting_confirmation',
      'in_progress',
      'ongoing',
    ]);
    expect(sorted[sorted.length - 1]).toBe('archived');
    expect(new Set(TASK_STATUSES.map(urgencyRank)).size).toBe(TASK_STATUSES.length);
  });
});
