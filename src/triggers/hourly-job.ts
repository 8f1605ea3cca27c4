/**
 * `hourlyJob`, the handler of the one hourly trigger: it decides what this hour is for (the morning
 * run, sending the notifications queued since, or nothing) and sends.
 *
 * - Daily work, at the first run at or after the reminder hour (Viet Nam time), until it is complete:
 *   the status refresh, then — on send days — the digests, with the queued notifications folded into
 *   them. A run that stops early (quota, time budget, an error) leaves the day incomplete; the next
 *   hourly run plans again from the send log and sends only what is still due today.
 * - Every later hour of a send day: the notification queue is flushed. Notifications queued on a rest
 *   day, or before the reminder hour, wait for the next digest, so nobody gets two e-mails that morning.
 * - Idle hours read no sheet at all: the decision comes from the reminder state and a queue flag.
 *
 * The whole run holds the document lock, sending included: two runs can never overlap, and a sidebar
 * action waiting for the lock gets the "busy" message instead of racing the log. The run is short
 * (about 300 e-mails for a 300-person office) and happens once a day, before office hours by default.
 * The send log is written in `finally`, in one `setValues`, with everything sent up to that point: an
 * error thrown after the k-th e-mail loses no record. The residual risk is a hard kill between an
 * e-mail and that write — only the 6-minute limit does that, and the time budget stops well before it.
 */
import { isoFromDay } from '../core/civil-date';
import { t, UserError } from '../core/messages';
import { planRefresh } from '../core/refresh';
import { buildOutgoing } from '../core/reminders/outgoing';
import { vnHour } from '../core/reminders/schedule';
import type { Day } from '../core/civil-date';
import { withDocumentLock } from '../gas/lock';
import { todayVN } from '../gas/time';
import { readQueue } from '../gas/reminders/queue';
import { readRegister } from '../gas/reminders/register';
import { readTodayLog } from '../gas/reminders/send-log';
import { messageOf } from '../gas/reminders/sender';
import { ensureQueue } from '../gas/reminders/sheets';
import { PENDING_KEY, readState, writeState, type ReminderState } from '../gas/reminders/state';
import { byId, deliver, summary, type JobAction, type JobResult } from './delivery';
import { removeOwnTriggers } from './install';
import { runDaily } from './morning-run';

export type { JobAction, JobResult } from './delivery';

export function hourlyJob(): JobResult {
  const startedAt = Date.now();
  const today = todayVN(startedAt);
  const iso = isoFromDay(today);
  const props = PropertiesService.getDocumentProperties();
  const state = readState(props);
  const result = (action: JobAction, message: string): JobResult => ({
    action,
    message,
    today: iso,
    sent: 0,
    deferred: 0,
    failed: 0,
  });

  const me = (Session.getEffectiveUser().getEmail() || '').trim().toLowerCase();
  if (!state.installer || (me && state.installer !== me)) {
    // Turned off, or replaced by another admin's trigger: this one removes itself (only its owner can).
    removeOwnTriggers();
    return state.installer
      ? result('replaced', t('vi', 'reminders.replaced', { email: state.installer }))
      : result('off', t('vi', 'reminders.off'));
  }

  const doneToday = state.day !== null && state.day.iso === iso && state.day.complete;
  const daily = !doneToday && vnHour(startedAt) >= state.hour;
  const flush =
    !daily &&
    props.getProperty(PENDING_KEY) === '1' &&
    state.day !== null &&
    state.day.iso === iso &&
    state.day.sendDay;
  if (!daily && !flush) return result('idle', t('vi', 'reminders.notYet', { hour: state.hour }));

  // Today already refreshed and no quota left: nothing can go out, so nothing is read.
  const quota = MailApp.getRemainingDailyQuota();
  if (quota <= 0 && (flush || state.day?.iso === iso)) {
    state.lastRun = summary(state.lastRun?.ok ?? false, t('vi', 'reminders.waitingQuota'), null, quota);
    writeState(state, props);
    return result('waiting', state.lastRun.message);
  }

  try {
    return withDocumentLock(() => {
      const fresh = readState(props); // another run may have done the work while this one waited
      if (daily && fresh.day?.iso === iso && fresh.day.complete)
        return result('idle', t('vi', 'reminders.notYet', { hour: fresh.hour }));
      return daily ? runDaily(fresh, today, startedAt, quota) : runFlush(fresh, today, startedAt, quota);
    });
  } catch (e) {
    const busy = e instanceof UserError && e.key === 'lock.busy';
    const message = messageOf(e);
    const after = readState(props);
    after.lastRun = summary(false, message, null, null);
    if (!busy) after.warning = t('vi', 'reminders.warningError', { error: message });
    writeState(after, props);
    return result(busy ? 'busy' : 'error', message);
  }
}

function runFlush(state: ReminderState, today: Day, startedAt: number, quota: number): JobResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const queue = readQueue(ensureQueue(ss));
  const read = readRegister(ss);
  // Parsing only: the statuses were refreshed by today's daily run.
  const tasks = planRefresh({
    rows: read.tasks.rows,
    map: read.tasks.map,
    today,
    calendar: read.calendar,
    settings: read.settings,
    counters: {},
  }).tasks;
  const log = readTodayLog(ss, today, state.logTail);
  const outgoing = buildOutgoing([], queue.entries, byId(tasks), read.directory, log.handled, today);
  return deliver({ ss, read, state, log, queue, outgoing, today, startedAt, quota, daily: false });
}
