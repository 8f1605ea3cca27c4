/**
 * `hourlyJob`, the handler of the one hourly trigger.
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
import { isoFromDay, type Day } from '../../core/civil-date';
import { t, UserError, type MessageKey, type MessageParams } from '../../core/messages';
import { planRefresh } from '../../core/refresh';
import { SHEETS } from '../../core/schema';
import type { Settings } from '../../core/settings';
import type { Task } from '../../core/task';
import { compose, type Outgoing } from '../../core/reminders/compose';
import { buildOutgoing, carriedEntries } from '../../core/reminders/outgoing';
import { planDigests } from '../../core/reminders/planner';
import { isSendDay, vnHour } from '../../core/reminders/schedule';
import { withDocumentLock } from '../lock';
import { todayVN } from '../time';
import { readQueue, rewriteQueue, type QueueRead } from './queue';
import { readRegister, refreshTasks, type RegisterRead } from './register';
import { appendLog, logSheet, readTodayLog, tailOf, type LogEntry, type TodayLog } from './send-log';
import { messageOf, newReport, sendAll, type SendReport } from './sender';
import { ensureQueue } from './sheets';
import { PENDING_KEY, readState, writeState, type ReminderState } from './state';
import { removeOwnTriggers } from './triggers';
import { statisticsAfterRefresh } from '../stats/statistics';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type JobAction = 'daily' | 'flush' | 'idle' | 'waiting' | 'off' | 'replaced' | 'busy' | 'error';

export interface JobResult {
  action: JobAction;
  message: string;
  /** yyyy-MM-dd, Viet Nam. */
  today: string;
  sent: number;
  deferred: number;
  failed: number;
}

/** The tab colour of the send log while a warning stands (the register's visible signal). */
const WARNING_TAB = '#DC2626';

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

function runDaily(state: ReminderState, today: Day, startedAt: number, quota: number): JobResult {
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

interface Delivery {
  ss: Spreadsheet;
  read: RegisterRead;
  state: ReminderState;
  log: TodayLog;
  queue: QueueRead | null;
  outgoing: Outgoing[];
  today: Day;
  startedAt: number;
  quota: number;
  daily: boolean;
}

function deliver(d: Delivery): JobResult {
  const { settings } = d.read;
  const lang = settings.language;
  const report = newReport(d.quota);
  try {
    sendAll(
      d.outgoing,
      {
        compose: (out) => compose(out, { lang, agencyName: settings.agencyName, today: d.today }),
        senderName: t(lang, 'reminder.senderName'),
        startedAt: d.startedAt,
      },
      report,
    );
  } catch (e) {
    report.error = messageOf(e); // recorded below; the log still gets written
  } finally {
    appendLog(d.log, logEntries(report, d.log, d.today), lang);
    d.state.logTail = tailOf(d.log);
    if (d.queue) {
      const gone = carriedEntries([...report.sent.map((s) => s.out), ...report.failed.map((f) => f.out)]);
      rewriteQueue(
        d.queue,
        d.queue.entries.filter((n) => !gone.has(n.id)),
      );
    }
  }
  const left = report.deferredQuota.length + report.deferredTime.length + report.notAttempted.length;
  if (d.daily && d.state.day) d.state.day.complete = left === 0 && report.error === null;
  const message =
    left > 0
      ? t(lang, 'reminders.partial', { sent: report.sent.length, left })
      : t(lang, d.daily ? 'reminders.done' : 'reminders.flushed', { sent: report.sent.length });
  const warning = warningOf(report, d.state.installer, settings);
  d.state.lastRun = summary(
    report.error === null && report.failed.length === 0,
    message,
    report,
    report.quotaLeft,
  );
  // A clean flush does not clear the morning's warning; the next daily run decides.
  if (d.daily || warning) d.state.warning = warning;
  setTabWarning(d.log, d.state, d.state.warning !== null);
  writeState(d.state);
  return jobResult(d.daily ? 'daily' : 'flush', message, d.today, report);
}

function logEntries(report: SendReport, log: TodayLog, today: Day): LogEntry[] {
  const entry = (out: Outgoing, code: LogEntry['code'], at: number, note: string): LogEntry => ({
    at,
    day: today,
    to: out.to,
    kind: out.digest && out.notifications.length ? 'both' : out.digest ? 'digest' : 'notify',
    taskIds: [
      ...(out.digest?.items.map((it) => it.task.id) ?? []),
      ...out.notifications.map((n) => n.entry.taskId),
    ],
    code,
    note,
    keys: out.keys,
  });
  const now = Date.now();
  return [
    ...report.sent.map((s) => entry(s.out, 'sent', s.at, '')),
    ...report.failed.map((f) => entry(f.out, 'failed', now, f.error)),
    // Once per person per day: hourly retries do not repeat the row.
    ...report.deferredQuota.filter((o) => !log.deferred.has(o.to)).map((o) => entry(o, 'deferred', now, '')),
  ];
}

function warningOf(report: SendReport, installer: string, settings: Settings): string | null {
  const lang = settings.language;
  const m = (key: MessageKey, params: MessageParams) => t(lang, key, params);
  const sheet = lang === 'en' ? SHEETS.sendLog.en : SHEETS.sendLog.vi;
  const parts: string[] = [];
  if (report.deferredQuota.length > 0)
    parts.push(
      m('reminders.warningQuota', {
        installer,
        deferred: report.deferredQuota.length,
        remaining: report.quotaLeft,
        sheet,
      }),
    );
  if (report.deferredTime.length > 0)
    parts.push(m('reminders.warningTime', { deferred: report.deferredTime.length }));
  if (report.failed.length > 0) {
    const emails =
      report.failed
        .slice(0, 5)
        .map((f) => f.out.to)
        .join(', ') + (report.failed.length > 5 ? ', …' : '');
    parts.push(m('reminders.warningFailed', { count: report.failed.length, emails, sheet }));
  }
  if (report.error !== null) parts.push(m('reminders.warningError', { error: report.error }));
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Colours the send log's tab while a warning stands; one call, only when it changes. */
function setTabWarning(log: TodayLog, state: ReminderState, warn: boolean): void {
  if (state.tabWarned === warn) return;
  logSheet(log).setTabColor(warn ? WARNING_TAB : null);
  state.tabWarned = warn;
}

function summary(ok: boolean, message: string, report: SendReport | null, quotaLeft: number | null) {
  return {
    at: new Date().toISOString(),
    ok,
    message,
    sent: report?.sent.length ?? 0,
    deferred: report
      ? report.deferredQuota.length + report.deferredTime.length + report.notAttempted.length
      : 0,
    failed: report?.failed.length ?? 0,
    quotaLeft,
  };
}

function jobResult(action: JobAction, message: string, today: Day, report: SendReport | null): JobResult {
  return {
    action,
    message,
    today: isoFromDay(today),
    sent: report?.sent.length ?? 0,
    deferred: report
      ? report.deferredQuota.length + report.deferredTime.length + report.notAttempted.length
      : 0,
    failed: report?.failed.length ?? 0,
  };
}

function byId(tasks: readonly Task[]): Map<string, Task> {
  return new Map(tasks.map((task) => [task.id, task]));
}
