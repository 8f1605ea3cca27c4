/**
 * The morning run: once a day, at the first hourly run at or after the reminder hour (Viet Nam time),
 * until it is complete. It refreshes the statuses, the `Thống kê` sheet, and — on send days — plans
 * each person's digest with the queued notifications folded in, then hands them to the delivery.
 */
import { isoFromDay, type Day } from '../core/civil-date';
import { t } from '../core/messages';
import { buildOutgoing } from '../core/reminders/outgoing';
import { planDigests } from '../core/reminders/planner';
import { isSendDay, vnHour } from '../core/reminders/schedule';
import { readQueue } from '../gas/reminders/queue';
import { readRegister, refreshTasks } from '../gas/reminders/register';
import { readTodayLog } from '../gas/reminders/send-log';
import { ensureQueue } from '../gas/reminders/sheets';
import { PENDING_KEY, writeState, type ReminderState } from '../gas/reminders/state';
import { statisticsAfterRefresh } from '../gas/stats/statistics';
import { byId, deliver, jobResult, summary, type JobResult } from './delivery';

export function runDaily(state: ReminderState, today: Day, startedAt: number, quota: number): JobResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const read = readRegister(ss);
  const refresh = refreshTasks(ss, read, today);
  // The Thống kê sheet, on the tasks just refreshed (issue 7; about four calls, never throws).
  statisticsAfterRefresh(ss, {
    tasks: refresh.tasks,
    settings: read.settings,
    directory: read.directory,
    today,
  });
  const { settings, calendar } = read;
  if (settings.reminderHour !== state.hour) {
    // The office changed the hour in the settings sheet: follow it from now on, today included.
    state.hour = settings.reminderHour;
    if (vnHour(startedAt) < state.hour) {
      writeState(state);
      return jobResult('idle', t(settings.language, 'reminders.notYet', { hour: state.hour }), today, null);
    }
  }
  const sendDay = isSendDay(today, calendar, settings);
  state.day = { iso: isoFromDay(today), sendDay, complete: !sendDay };
  if (!sendDay) {
    state.lastRun = summary(true, t(settings.language, 'reminders.restDay'), null, quota);
    writeState(state);
    return jobResult('daily', state.lastRun.message, today, null);
  }
  const log = readTodayLog(ss, today, state.logTail);
  const plan = planDigests({
    tasks: refresh.tasks,
    directory: read.directory,
    calendar,
    settings,
    today,
    handled: log.handled,
  });
  const pending = PropertiesService.getDocumentProperties().getProperty(PENDING_KEY) === '1';
  const queue = pending ? readQueue(ensureQueue(ss)) : null;
  const outgoing = buildOutgoing(
    plan.digests,
    queue?.entries ?? [],
    byId(refresh.tasks),
    read.directory,
    log.handled,
    today,
  );
  return deliver({ ss, read, state, log, queue, outgoing, today, startedAt, quota, daily: true });
}
