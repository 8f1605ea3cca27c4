import { dayFromYmd } from '../../../../src/core/civil-date';
import {
  keepFrom,
  monthOf,
  planLogRotation,
  type LogRowBrief,
} from '../../../../src/core/reminders/log-rotation';

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day)!;
const row = (day: number | null, code = 'sent', at = 0): LogRowBrief => ({ day, code, at });

describe('the send log rotation', () => {
  it('keeps this month and the last', () => {
    expect(keepFrom(d(2026, 3, 2))).toBe(d(2026, 2, 1));
    expect(keepFrom(d(2026, 1, 31))).toBe(d(2025, 12, 1));
    expect(monthOf(d(2026, 1, 5))).toBe('2026-01');
  });

  it('folds the rows older than that into one line per day, after the summary lines already there', () => {
    const plan = planLogRotation(
      [
        row(d(2025, 11, 3), 'summary'),
        row(d(2025, 12, 1), 'sent', 5),
        row(d(2025, 12, 1), 'deferred', 9),
        row(d(2025, 12, 2), 'failed', 7),
        row(d(2026, 1, 5)),
        row(d(2026, 3, 2)),
      ],
      d(2026, 3, 2),
    );
    expect(plan).toEqual({
      summaries: 1,
      folded: 4,
      lines: [
        { day: d(2025, 12, 1), at: 9, sent: 1, deferred: 1, failed: 0 },
        { day: d(2025, 12, 2), at: 7, sent: 0, deferred: 0, failed: 1 },
        { day: d(2026, 1, 5), at: 0, sent: 1, deferred: 0, failed: 0 },
      ],
    });
  });

  it("never folds today's rows, nor past a row it cannot read", () => {
    expect(planLogRotation([row(d(2026, 3, 2)), row(d(2026, 3, 2))], d(2026, 3, 2)).folded).toBe(0);
    expect(planLogRotation([row(d(2025, 1, 2)), row(null), row(d(2025, 1, 3))], d(2026, 3, 2)).folded).toBe(
      1,
    );
  });
});
