/**
 * No silent stops (issue 13): what the administrators are told when the reminders did not run as
 * they should — in the sidebar's status, and in the admins' next digest.
 *
 * - Stalled: on a send day, more than `LATE_HOURS` past the reminder hour, today's work has not begun
 *   (no successful run).
 * - The last run failed.
 * - At the day's first run: it is late (past the same bound), or send days went by with no run.
 */
import { t } from '../messages';
import type { Language } from '../language';
import { type Day, dayFromIso, dayOfInstant, isoFromDay } from '../civil-date';
import { vnHour } from './schedule';
import { vnMoment } from '../format';

export const LATE_HOURS = 2;

export interface RunRecord {
  hour: number;
  day: { iso: string } | null;
  /** ISO instant ('' when off): before the first run, send days count from the day of installing. */
  installedAt?: string;
  lastRun: { at: string; ok: boolean; message: string } | null;
  /** ISO instant of the last successful run. */
  lastOk?: string;
}

/** An ISO instant as Viet Nam time, "HH:mm dd/MM/yyyy" ('—' for none). */
export function vnTime(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (!Number.isFinite(ms)) return '—';
  const { time, date } = vnMoment(ms);
  return `${time} ${date}`;
}

/** For the sidebar: what stands now (several lines, or none). */
export function healthNow(
  state: RunRecord,
  now: number,
  today: Day,
  sendDay: boolean,
  lang: Language,
): string[] {
  const out: string[] = [];
  if (sendDay && vnHour(now) >= state.hour + LATE_HOURS && state.day?.iso !== isoFromDay(today))
    out.push(
      t(lang, 'reminders.stalled', {
        hour: state.hour,
        last: vnTime(state.lastOk ?? (state.lastRun?.ok ? state.lastRun.at : '')),
      }),
    );
  if (state.lastRun && !state.lastRun.ok)
    out.push(
      t(lang, 'reminders.lastFailed', { at: vnTime(state.lastRun.at), message: state.lastRun.message }),
    );
  return out;
}

/**
 * For the admins' digest, at the first run of a send day (`state` as it was before it): the failed last
 * run, a late start, and the send days before today on which no run began (looking back 14 days).
 */
export function healthAtMorning(
  state: RunRecord,
  now: number,
  today: Day,
  isSendDay: (d: Day) => boolean,
  lang: Language,
): string[] {
  const out: string[] = [];
  const installed = state.installedAt ? Date.parse(state.installedAt) : NaN;
  const last = state.day
    ? dayFromIso(state.day.iso)
    : Number.isFinite(installed)
      ? dayOfInstant(installed) - 1
      : null;
  if (last !== null) {
    const missed: string[] = [];
    for (let d = Math.max(last + 1, today - 14); d < today; d++) if (isSendDay(d)) missed.push(isoFromDay(d));
    if (missed.length > 0) out.push(t(lang, 'reminders.missedDays', { days: missed.join(', ') }));
  }
  if (vnHour(now) >= state.hour + LATE_HOURS)
    out.push(t(lang, 'reminders.late', { time: vnTime(new Date(now).toISOString()), hour: state.hour }));
  if (state.lastRun && !state.lastRun.ok)
    out.push(
      t(lang, 'reminders.lastFailed', { at: vnTime(state.lastRun.at), message: state.lastRun.message }),
    );
  return out;
}
