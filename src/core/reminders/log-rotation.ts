/**
 * Keeping the send log bounded. One row per person reminded per day (about 1,250 rows, 11,000 cells a
 * day at 50,000 tasks) would take a register to Google's 10-million-cell limit within a few years, on
 * its own. So the log keeps the rows of this month and the last; older rows are folded into one line
 * per day (what was sent, deferred, failed) at the top of the sheet, and deleted.
 *
 * Why this is safe for "once": a reminder's key carries its day, and only today's rows are read to
 * know what was sent (send-log.ts). Rows folded away are at least a month old, never today's. The
 * summary lines carry the code `summary`, which no reading takes for a sent, failed or deferred row.
 *
 * Layout of the log: summary lines first (oldest day first), then the rows, in the order written. The
 * rows folded are the longest run of rows older than the cut-off right after the summary lines: a row
 * that is not (moved by hand, unreadable day) stops the fold there, and later rows are left as they are.
 *
 * Growth: a register keeps at most about two months of rows (≈ 44 working days × one row per person)
 * plus 9 cells per past working day (≈ 2,250 cells a year).
 */
import { dayFromYmd, ymdFromDay, type Day } from '../civil-date';

export const SUMMARY_CODE = 'summary';

export interface LogRowBrief {
  /** Epoch ms of the row's time cell; 0 when unreadable. */
  at: number;
  day: Day | null;
  code: string;
}

export interface DaySummary {
  day: Day;
  /** The day's last time. */
  at: number;
  sent: number;
  deferred: number;
  failed: number;
}

export interface LogRotation {
  /** Summary lines already at the top (data rows). */
  summaries: number;
  /** Rows folded, right after those lines. */
  folded: number;
  /** The new summary lines, one per day, in order. */
  lines: DaySummary[];
}

/** The first day of the month before `today`'s: rows from that day on are kept. */
export function keepFrom(today: Day): Day {
  const { year, month } = ymdFromDay(today);
  return month === 1 ? dayFromYmd(year - 1, 12, 1)! : dayFromYmd(year, month - 1, 1)!;
}

/** 'yyyy-MM' of a day: the rotation runs once a month. */
export function monthOf(day: Day): string {
  const { year, month } = ymdFromDay(day);
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function planLogRotation(rows: readonly LogRowBrief[], today: Day): LogRotation {
  const from = keepFrom(today);
  let s = 0;
  while (s < rows.length && rows[s].code === SUMMARY_CODE) s++;
  let k = s;
  while (k < rows.length && rows[k].code !== SUMMARY_CODE && rows[k].day !== null && rows[k].day! < from) k++;
  const lines: DaySummary[] = [];
  for (let i = s; i < k; i++) {
    const r = rows[i];
    let line = lines[lines.length - 1];
    if (!line || line.day !== r.day)
      lines.push((line = { day: r.day!, at: 0, sent: 0, deferred: 0, failed: 0 }));
    line.at = Math.max(line.at, r.at);
    if (r.code === 'sent') line.sent++;
    else if (r.code === 'deferred') line.deferred++;
    else if (r.code === 'failed') line.failed++;
  }
  return { summaries: s, folded: k - s, lines };
}
