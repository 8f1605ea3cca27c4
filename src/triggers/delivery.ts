/**
 * Sending what a run planned, and recording it: the e-mails within the quota and time budget, the send
 * log (written in `finally`, in one `setValues`, with everything sent up to that point: an error thrown
 * after the k-th e-mail loses no record), the queue emptied of what went out, the warning for admins.
 */
import { isoFromDay, type Day } from '../core/civil-date';
import { t, type MessageKey, type MessageParams } from '../core/messages';
import { SHEETS } from '../core/schema';
import type { Settings } from '../core/settings';
import type { Task } from '../core/task';
import { compose, type Outgoing } from '../core/reminders/compose';
import { carriedEntries } from '../core/reminders/outgoing';
import { rewriteQueue, type QueueRead } from '../gas/reminders/queue';
import type { RegisterRead } from '../gas/reminders/register';
import { appendLog, logSheet, tailOf, type LogEntry, type TodayLog } from '../gas/reminders/send-log';
import { messageOf, newReport, sendAll, type SendReport } from '../gas/reminders/sender';
import { writeState, type ReminderState } from '../gas/reminders/state';

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

export interface Delivery {
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

export function deliver(d: Delivery): JobResult {
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

export function summary(ok: boolean, message: string, report: SendReport | null, quotaLeft: number | null) {
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

export function jobResult(
  action: JobAction,
  message: string,
  today: Day,
  report: SendReport | null,
): JobResult {
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

export function byId(tasks: readonly Task[]): Map<string, Task> {
  return new Map(tasks.map((task) => [task.id, task]));
}
