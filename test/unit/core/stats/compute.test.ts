/** The statistics' timeline: weeks for a month, months for a year, years beyond. */
import { dayFromYmd, isoFromDay, type Day } from '../../../../src/core/civil-date';
import { buckets, granularityOf } from '../../../../src/core/stats/compute';
import { parsePeriod } from '../../../../src/core/stats/period';

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day)!;
const TODAY = d(2026, 11, 23);

test('weeks for a month (Monday to Sunday, the first partial), months for a year, years beyond', () => {
  const nov = parsePeriod('11/2026', TODAY)!;
  expect(granularityOf(nov.from!, nov.to!)).toBe('week');
  const weeks = buckets(nov.from!, nov.to!, 'week').map((b) => [isoFromDay(b.from), isoFromDay(b.to)]);
  expect(weeks[0]).toEqual(['2026-11-01', '2026-11-01']); // a Sunday
  expect(weeks[1]).toEqual(['2026-11-02', '2026-11-08']);
  expect(weeks[weeks.length - 1]).toEqual(['2026-11-30', '2026-11-30']);
  const year = parsePeriod('2024', TODAY)!;
  const months = buckets(year.from!, year.to!, granularityOf(year.from!, year.to!));
  expect(months).toHaveLength(12);
  expect(isoFromDay(months[1].to)).toBe('2024-02-29');
  expect(granularityOf(d(2020, 1, 1), d(2026, 1, 1) as Day)).toBe('year');
});
