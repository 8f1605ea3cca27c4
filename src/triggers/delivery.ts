/**
 * Sending what a run planned, and recording it, by the protocol at the top of hourly-job.ts:
 * - `prepare`, under the planning lock: claims the planned e-mails (src/gas/reminders/claim.ts), or,
 *   with nothing to send, records the run at once;
 * - `deliver`, without the lock: sends within the quota and time budget and writes the send log every
 *   `CHECKPOINT_EVERY` e-mails (flushed) and at the end (an error thrown after the k-th e-mail loses no
 *   record), then takes the lock briefly to empty the queue of what went out, save the state and the
 *   warning for admins, and release the claim.
 */
import { isoFromDay, type Day } from '../core/civil-date';
import { formatDay } from '../core/format';
import { t, UserError, type MessageKey, type MessageParams } from '../core/messages';
import { SHEETS } from '../core/schema';
import type { Settings } from '../core/settings';
import type { Task } from '../core/task';
import { compose, registerUrl, type Outgoing } from '../core/reminders/compose';
import { carriedEntries } from '../core/reminders/outgoing';
import { notificationKey } from '../core/reminders/notifications';
import { isSendDay } from '../core/reminders/schedule';
import { withDocumentLock } from '../gas/lock';
import {
  CHECKPOINT_EVERY,
  dropLapsedClaim,
  interruptedToday,
  releaseClaim,
  writeClaim,
  type SendClaim,
} from '../gas/reminders/claim';
import { readQueue, rewriteQueue, type QueueRead } from '../gas/reminders/queue';
import type { RegisterRead } from '../gas/reminders/register';
import { appendLog, logSheet, tailOf, type LogEntry, type TodayLog } from '../gas/reminders/send-log';
import { EXECUTION_LIMIT_MS, messageOf, newReport, sendAll, type SendReport } from '../gas/reminders/sender';
import { readState, writeState, type ReminderState } from '../gas/reminders/state';

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

/** The longest the trigger waits for the lock to record its run (sidebar actions hold it seconds). */
const RECORD_WAIT_MS = 60_000;
/** Time kept, before the 6-minute limit, for the queue and the state once the lock is taken. */
const RECORD_RESERVE_MS = 20_000;

/** One hourly run: its day, when it started, the e-mail quota it found, and its id (its claim). */
export interface JobRun {
  today: Day;
  startedAt: number;
  quota: number;
  /** This run's id: its claim. */
  run: string;
}

export interface Delivery extends JobRun {
  ss: Spreadsheet;
  read: RegisterRead;
  log: TodayLog;
  /** The queue as read under the planning lock; null when it was not read (nothing pending). */
  queue: QueueRead | null;
  outgoing: Outgoing[];
  daily: boolean;
  /** The claim found when planning (another run's, lapsed), or null. */
  lapsed: SendClaim | null;
  /** Rows the reminders could not use (src/core/reminders/row-issues.ts), for the admins' warning. */
  issues?: string[];
}

export function isDelivery(x: Delivery | JobResult): x is Delivery {
  return 'outgoing' in x;
}

/**
 * Under the planning lock: claims the planned e-mails and hands them back to be sent after the lock is
 * released; with nothing to send, records the run at once (no second lock).
 */
export function prepare(d: Delivery): Delivery | JobResult {
  if (d.outgoing.length === 0) {
    dropLapsedClaim(d.lapsed, Date.now());
    return finish(d, newReport(d.quota), d.queue);
  }
  logSheet(d.log); // created now if missing: the checkpoints write it without the lock
  writeClaim(d.run, d.startedAt, isoFromDay(d.today), d.outgoing.length); // replaces a lapsed one
  return d;
}

/**
 * Outside the lock: sends the claimed e-mails and writes the send log as they go (the claim makes this
 * run its only writer); then, under the lock briefly, tidies up and releases the claim — once everything
 * sent is in the log.
 */
export function deliver(d: Delivery): JobResult {
  const { settings } = d.read;
  const lang = settings.language;
  const report = newReport(d.quota);
  const recorded = { sent: 0, failed: 0 };
  const record = (final: boolean) => {
    const entries = logEntries(report, recorded, d.log, d.today, final && whenDeferred(d));
    if (entries.length > 0) {
      appendLog(d.log, entries, lang);
      // A checkpoint reaches the sheet before the next e-mail goes: a kill must not undo it. The last
      // write is flushed with the short lock's work, or just below when the lock cannot be had.
      if (!final) SpreadsheetApp.flush();
    }
    recorded.sent = report.sent.length;
    recorded.failed = report.failed.length;
  };
  // Each task links to its row of the task sheet (read once: two cheap calls, not one per e-mail).
  const register = registerUrl(d.ss.getId(), d.read.tasks.sheet.getSheetId());
  try {
    sendAll(
      d.outgoing,
      {
        compose: (out) => compose(out, { lang, agencyName: settings.agencyName, today: d.today, register }),
        senderName: t(lang, 'reminder.senderName'),
        startedAt: d.startedAt,
        afterEach: () => {
          const unrecorded = report.sent.length + report.failed.length - recorded.sent - recorded.failed;
          if (unrecorded >= CHECKPOINT_EVERY) record(false);
        },
      },
      report,
    );
  } catch (e) {
    report.error = messageOf(e); // recorded below; the log still gets written
  }
  // If this write (or the short lock's work) throws, the claim stands until it lapses, and the error
  // reaches the admins.
  record(true);
  const wait = Math.min(RECORD_WAIT_MS, d.startedAt + EXECUTION_LIMIT_MS - RECORD_RESERVE_MS - Date.now());
  try {
    return withDocumentLock(
      () => {
        const result = finish(d, report, null);
        releaseClaim(d.run); // the log is flushed before the lock is released, so before anyone plans
        return result;
      },
      Math.max(0, wait),
    );
  } catch (e) {
    if (!(e instanceof UserError && e.key === 'lock.busy')) throw e;
    // Everything sent is in the log: the claim can go, and the next run tidies the queue and the state.
    SpreadsheetApp.flush();
    releaseClaim(d.run);
    return jobResult(d.daily ? 'daily' : 'flush', outcome(report, d.daily, lang), d.today, report);
  }
}

/**
 * Under the lock: the queue without what went out (read again unless `queue` is this lock's read:
 * sidebar actions may have queued more while the run was sending), the state, the warning.
 */
function finish(d: Delivery, report: SendReport, queue: QueueRead | null): JobResult {
  const { settings } = d.read;
  const lang = settings.language;
  if (d.queue) {
    const now = queue ?? readQueue(d.queue.sheet);
    const gone = carriedEntries([...report.sent.map((s) => s.out), ...report.failed.map((f) => f.out)]);
    // Entries handled today by a run that could not tidy the queue leave it too.
    const keep = now.entries.filter(
      (n) => !gone.has(n.id) && !d.log.handled.has(notificationKey(n, d.today)),
    );
    if (keep.length === 0 || keep.length < now.rowCount) rewriteQueue(now, keep);
  }
  const state = readState();
  const left = report.deferredQuota.length + report.deferredTime.length + report.notAttempted.length;
  if (d.daily && state.day && state.day.iso === isoFromDay(d.today))
    state.day.complete = left === 0 && report.error === null;
  const message = outcome(report, d.daily, lang);
  const interrupted = interruptedToday(d.lapsed, isoFromDay(d.today), Date.now());
  const warning = warningOf(report, state.installer, settings, interrupted, d.issues ?? [], whenDeferred(d));
  state.logTail = tailOf(d.log);
  state.lastRun = summary(
    report.error === null && report.failed.length === 0,
    message,
    report,
    report.quotaLeft,
  );
  // A clean flush does not clear the morning's warning; the next daily run decides.
  if (d.daily || warning) state.warning = warning;
  setTabWarning(d.log, state, state.warning !== null);
  writeState(state);
  return jobResult(d.daily ? 'daily' : 'flush', message, d.today, report);
}

function outcome(report: SendReport, daily: boolean, lang: Settings['language']): string {
  const left = report.deferredQuota.length + report.deferredTime.length + report.notAttempted.length;
  return left > 0
    ? t(lang, 'reminders.partial', { sent: report.sent.length, left })
    : t(lang, daily ? 'reminders.done' : 'reminders.flushed', { sent: report.sent.length });
}

/** Another run holds the claim: this one sends nothing (its refresh, if any, is done). */
export function sendingElsewhere(today: Day): JobResult {
  return jobResult('busy', t('vi', 'reminders.sendingElsewhere'), today, null);
}

/**
 * Log rows for what was sent or failed since the last write; the final write (`when` the deferred go,
 * their note) adds the deferred.
 */
function logEntries(
  report: SendReport,
  recorded: { sent: number; failed: number },
  log: TodayLog,
  today: Day,
  when: string | false,
): LogEntry[] {
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
    ...report.sent.slice(recorded.sent).map((s) => entry(s.out, 'sent', s.at, '')),
    ...report.failed.slice(recorded.failed).map((f) => entry(f.out, 'failed', now, f.error)),
    // Once per person per day: hourly retries do not repeat the row.
    ...(when !== false ? report.deferredQuota : [])
      .filter((o) => !log.deferred.has(o.to))
      .map((o) => entry(o, 'deferred', now, when || '')),
  ];
}

function warningOf(
  report: SendReport,
  installer: string,
  settings: Settings,
  interrupted: boolean,
  issues: string[],
  when: string,
): string | null {
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
        when,
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
  if (interrupted) parts.push(m('reminders.warningInterrupted', { max: CHECKPOINT_EVERY }));
  if (issues.length > 0)
    parts.push(m('refresh.badRows', { count: issues.length, rows: issues.slice(0, 5).join(' | ') }));
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

/** When the e-mails the quota deferred go: first, at the next send day's morning run. */
function whenDeferred(d: Delivery): string {
  const { settings, calendar } = d.read;
  let day = d.today + 1;
  while (!isSendDay(day, calendar, settings) && day < d.today + 30) day++;
  return day === d.today + 1
    ? t(settings.language, 'reminders.whenTomorrow')
    : t(settings.language, 'reminders.whenDay', { date: formatDay(day) });
}

export function byId(tasks: readonly Task[]): Map<string, Task> {
  return new Map(tasks.map((task) => [task.id, task]));
}
