/**
 * The morning run's planning: once a day, at the first hourly run at or after the reminder hour (Viet
 * Nam time), until it is complete. Called under the document lock (see hourly-job.ts).
 *
 * - The day's first run refreshes the statuses and the `Thống kê` sheet, and records the day as begun.
 * - On send days it plans each person's digest, with the queued notifications folded in, from what the
 *   send log says is still due today, and hands the e-mails to the delivery to claim and send: those
 *   the quota deferred on the last day logged first, then the most urgent. Rows the reminders cannot
 *   use (src/core/reminders/row-issues.ts) are skipped and named to their assigners and the admins.
 * - A later run of a begun day (stopped by the quota, the time budget, an error) goes straight to what
 *   is left: the register is read, not refreshed again, and the statistics are not rewritten.
 */
import { documentProperties } from '../gas/properties';
import { isoFromDay } from '../core/civil-date';
import { t } from '../core/messages';
import { buildOutgoing } from '../core/reminders/outgoing';
import { planDigests } from '../core/reminders/planner';
import { healthAtMorning } from '../core/reminders/health';
import { rowIssues } from '../core/reminders/row-issues';
import type { RefreshPlan } from '../core/refresh';
import { isSendDay, vnHour } from '../core/reminders/schedule';
import { claimedByOther, readClaim, type SendClaim } from '../gas/reminders/claim';
import { readQueue } from '../gas/reminders/queue';
import { currentTasks, readRegister, refreshTasks } from '../gas/reminders/register';
import { readTodayLog } from '../gas/reminders/send-log';
import { ensureQueue } from '../gas/reminders/sheets';
import { PENDING_KEY, writeState, type ReminderState } from '../gas/reminders/state';
import { statisticsAfterRefresh } from '../gas/stats/statistics';
import { evaluationsAfterRefresh } from '../gas/evaluation';
import { planReminders, yearReminders } from '../gas/plans';
import {
  byId,
  jobResult,
  prepare,
  recoverSent,
  sendingElsewhere,
  summary,
  type Delivery,
  type JobResult,
  type JobRun,
} from './delivery';

export function planDaily(state: ReminderState, job: JobRun): Delivery | JobResult {
  const { today, startedAt, quota, run } = job;
  const before = { ...state };
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = documentProperties();
  const iso = isoFromDay(today);
  // Begun earlier today (complete days never get here): only what is left is sent.
  const resumed = state.day !== null && state.day.iso === iso;
  let claim: SendClaim | null = null;
  if (resumed) {
    claim = readClaim(props);
    if (claimedByOther(claim, run, Date.now())) return sendingElsewhere(today);
  }
  const read = readRegister(ss);
  const { settings, calendar } = read;
  let refresh: RefreshPlan;
  if (resumed) {
    refresh = currentTasks(read, today);
  } else {
    refresh = refreshTasks(ss, read, today);
    // The Thống kê sheet, on the tasks just refreshed (issue 7; about four calls, never throws).
    statisticsAfterRefresh(ss, { tasks: refresh.tasks, settings, directory: read.directory, today });
    // Last month's evaluation forms, on this month's first working day (issue 16; never throws).
    evaluationsAfterRefresh(ss, {
      tasks: refresh.tasks,
      settings,
      directory: read.directory,
      today,
      calendar,
    });
    if (settings.reminderHour !== state.hour) {
      // The office changed the hour in the settings sheet: follow it from now on, today included.
      state.hour = settings.reminderHour;
      if (vnHour(startedAt) < state.hour) {
        writeState(state);
        return jobResult('idle', t(settings.language, 'reminders.notYet', { hour: state.hour }), today, null);
      }
    }
    const sendDay = isSendDay(today, calendar, settings);
    state.day = { iso, sendDay, complete: !sendDay };
    // No silent stops: what the admins are told today (a late start, send days with no run, a failed
    // last run), kept for the runs that finish the day.
    state.health = sendDay
      ? healthAtMorning(before, startedAt, today, (d) => isSendDay(d, calendar, settings), settings.language)
      : [];
    if (!sendDay) {
      state.lastRun = summary(true, t(settings.language, 'reminders.restDay'), null, quota);
      writeState(state);
      return jobResult('daily', state.lastRun.message, today, null);
    }
    writeState(state); // begun: later runs today send what is left, without refreshing again
    claim = readClaim(props);
    if (claimedByOther(claim, run, Date.now())) return sendingElsewhere(today);
  }
  const { tasks } = refresh;
  // Rows the reminders cannot use: told to their assigners and the admins, and skipped (issue 12).
  const issues = rowIssues(refresh.problems, tasks, settings.language);
  const log = readTodayLog(ss, today, state.logTail);
  recoverSent(claim, log, settings.language); // what a run that died kept only in its claim
  // Told to every admin (in a digest of its own when they have nothing else today), once a day; not
  // when the day's state was lost after it began (today's rows already in the log).
  const health = !resumed && log.handled.size > 0 ? [] : (state.health ?? []);
  const plan = planDigests({
    tasks,
    directory: read.directory,
    calendar,
    settings,
    today,
    handled: log.handled,
    issues,
    health,
    // The weekly plans' due day: who has not handed in next week's plan; in December, the leaders whose
    // officials' yearly rating is not done (issue 16).
    notes: [
      ...planReminders(ss, { directory: read.directory, settings, today }),
      ...yearReminders(ss, { directory: read.directory, calendar, settings, today }),
    ],
  });
  const pending = props.getProperty(PENDING_KEY) === '1';
  const queue = pending ? readQueue(ensureQueue(ss)) : null;
  const outgoing = buildOutgoing(
    plan.digests,
    queue?.entries ?? [],
    byId(tasks),
    read.directory,
    log.handled,
    today,
  );
  // Those deferred by the quota on the last send day go first, in the order they were deferred: nobody
  // is deferred day after day while others are served.
  const first = (to: string) => log.before.get(to) ?? 1e9;
  outgoing.sort((a, b) => first(a.to) - first(b.to));
  const sheets = { ss, read, log, queue };
  return prepare({
    ...job,
    ...sheets,
    outgoing,
    daily: true,
    lapsed: claim,
    issues: issues.map((i) => i.text),
  });
}
