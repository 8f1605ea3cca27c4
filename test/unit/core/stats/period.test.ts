/** Periods as offices write them, their labels, and which tasks each basis puts in a period. */
import { dayFromYmd, isoFromDay } from '../../../../src/core/civil-date';
import {
  basisDay,
  inPeriod,
  isPeriodText,
  parseBasis,
  parsePeriod,
  periodLabel,
  type Period,
} from '../../../../src/core/stats/period';
import { parseSettings } from '../../../../src/core/settings';
import { tasksFromRows } from '../../../helpers/tasks';
import { dateCell } from '../../../helpers/ngu-hanh-son';

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day)!;
const TODAY = d(2026, 11, 23);
const span = (p: Period | null) =>
  p ? [p.kind, p.from === null ? null : isoFromDay(p.from), p.to === null ? null : isoFromDay(p.to)] : null;

describe('parsePeriod', () => {
  it.each([
    ['năm nay', ['year', '2026-01-01', '2026-12-31']],
    ['', ['year', '2026-01-01', '2026-12-31']],
    ['Nam Nay', ['year', '2026-01-01', '2026-12-31']],
    ['năm trước', ['year', '2025-01-01', '2025-12-31']],
    ['quý này', ['quarter', '2026-10-01', '2026-12-31']],
    ['quý trước', ['quarter', '2026-07-01', '2026-09-30']],
    ['tháng này', ['month', '2026-11-01', '2026-11-30']],
    ['tháng trước', ['month', '2026-10-01', '2026-10-31']],
    ['2025', ['year', '2025-01-01', '2025-12-31']],
    ['năm 2024', ['year', '2024-01-01', '2024-12-31']],
    ['quý 3/2026', ['quarter', '2026-07-01', '2026-09-30']],
    ['Quý III/2026', ['quarter', '2026-07-01', '2026-09-30']],
    ['Q1 2027', ['quarter', '2027-01-01', '2027-03-31']],
    ['tháng 2/2028', ['month', '2028-02-01', '2028-02-29']],
    ['10/2026', ['month', '2026-10-01', '2026-10-31']],
    ['01/01/2026 - 30/06/2026', ['custom', '2026-01-01', '2026-06-30']],
    ['từ 01/01/2026 đến 30/06/2026', ['custom', '2026-01-01', '2026-06-30']],
    ['2026-03-01 → 2026-03-31', ['custom', '2026-03-01', '2026-03-31']],
    ['toàn bộ', ['all', null, null]],
    ['last month', ['month', '2026-10-01', '2026-10-31']],
  ])('%s', (text, expected) => {
    expect(span(parsePeriod(text, TODAY))).toEqual(expected);
  });

  it('wraps the previous month and quarter over the new year', () => {
    expect(span(parsePeriod('tháng trước', d(2027, 1, 10)))).toEqual(['month', '2026-12-01', '2026-12-31']);
    expect(span(parsePeriod('quý trước', d(2027, 2, 10)))).toEqual(['quarter', '2026-10-01', '2026-12-31']);
  });

  it.each([
    'quý 5/2026',
    'tháng 13/2026',
    '30/06/2026 - 01/01/2026',
    'hôm qua',
    '1999',
    '31/02/2026 - 01/03/2026',
  ])('refuses %s', (text) => {
    expect(parsePeriod(text, TODAY)).toBeNull();
    expect(isPeriodText(text)).toBe(false);
  });

  it('labels periods the Vietnamese way', () => {
    expect(periodLabel(parsePeriod('quý 3/2026', TODAY)!)).toBe('Quý III/2026');
    expect(periodLabel(parsePeriod('10/2026', TODAY)!)).toBe('Tháng 10/2026');
    expect(periodLabel(parsePeriod('2026', TODAY)!)).toBe('Năm 2026');
    expect(periodLabel(parsePeriod('01/01/2026 - 30/06/2026', TODAY)!)).toBe('Từ 01/01/2026 đến 30/06/2026');
    expect(periodLabel(parsePeriod('toàn bộ', TODAY)!)).toBe('Toàn bộ sổ theo dõi');
    expect(periodLabel(parsePeriod('quý 3/2026', TODAY)!, 'en')).toBe('Q3 2026');
  });
});

describe('the settings carry the period and the basis', () => {
  it('defaults to the Ngũ Hành Sơn report: this year, by assignment date', () => {
    const { settings } = parseSettings(new Map());
    expect(settings.statsPeriod).toBe('năm nay');
    expect(settings.statsBasis).toBe('assigned');
  });
  it('reads what the office types, and reports what it cannot read', () => {
    const { settings, problems } = parseSettings(
      new Map<string, unknown>([
        ['statsPeriod', 'quý 3/2026'],
        ['statsBasis', 'Hạn xử lý'],
      ]),
    );
    expect(settings.statsPeriod).toBe('quý 3/2026');
    expect(settings.statsBasis).toBe('due');
    expect(problems).toEqual([]);
    const bad = parseSettings(
      new Map<string, unknown>([
        ['statsPeriod', 'mai'],
        ['statsBasis', 'ngày mai'],
      ]),
    );
    expect(bad.settings.statsPeriod).toBe('năm nay');
    expect(bad.problems.map((p) => p.key).sort()).toEqual(['statsBasis', 'statsPeriod']);
  });
  it.each([
    ['ngày giao', 'assigned'],
    ['Ngay giao', 'assigned'],
    ['hạn', 'due'],
    ['hoàn thành', 'completed'],
    ['completed', 'completed'],
  ])('basis %s', (text, basis) => expect(parseBasis(text)).toBe(basis));
});

describe('which tasks belong to a period', () => {
  const [task] = tasksFromRows([
    {
      id: 'NV-2026-0001',
      title: 'x',
      assignedDate: dateCell(d(2026, 3, 30)),
      deadline: dateCell(d(2026, 4, 10)),
      extendedDeadline: dateCell(d(2026, 5, 5)),
      reportedDate: dateCell(d(2026, 7, 1)),
      confirmedAt: dateCell(d(2026, 7, 3)),
      confirmedBy: 'a@x.vn',
    },
  ]);
  const month = (m: number) => parsePeriod(`${m}/2026`, TODAY)!;
  it('by assignment date, by the effective (extended) deadline, by the day the result was reported', () => {
    expect(basisDay(task, 'assigned')).toBe(d(2026, 3, 30));
    expect(basisDay(task, 'due')).toBe(d(2026, 5, 5));
    expect(basisDay(task, 'completed')).toBe(d(2026, 7, 1));
    expect([3, 4, 5, 6, 7].filter((m) => inPeriod(task, month(m), 'assigned'))).toEqual([3]);
    expect([3, 4, 5, 6, 7].filter((m) => inPeriod(task, month(m), 'due'))).toEqual([5]);
    expect([3, 4, 5, 6, 7].filter((m) => inPeriod(task, month(m), 'completed'))).toEqual([7]);
  });
  it('an open task has no completion period; the whole register holds every task', () => {
    const [open] = tasksFromRows([{ id: 'NV-2026-0002', title: 'y', assignedDate: dateCell(d(2026, 3, 1)) }]);
    expect(inPeriod(open, parsePeriod('toàn bộ', TODAY)!, 'completed')).toBe(false);
    expect(inPeriod(open, parsePeriod('toàn bộ', TODAY)!, 'assigned')).toBe(true);
    expect(inPeriod(open, parsePeriod('toàn bộ', TODAY)!, 'due')).toBe(true);
    expect(inPeriod(open, parsePeriod('năm nay', TODAY)!, 'due')).toBe(false);
  });
});
