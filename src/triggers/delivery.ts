/**
 * Sending what a run planned, and recording it, by the protocol at the top of hourly-job.ts:
 * - `prepare`, under the planning lock: claims the planned e-mails (src/gas/reminders/claim.ts), or,
 *   with nothing to send, records the run at once;
 * - `deliver`, without the lock: sends within the quota and time budget, keeps a checkpoint in its claim
 *   every `CHECKPOINT_EVERY` e-mails (src/gas/reminders/claim.ts; the send log, flushed, when the claim
 *   would be too large) and writes the send log at the end (an error thrown after the k-th e-mail loses
 *   no record), then takes the lock briefly to empty the queue of what went out, save the state and the
 *   warning for admins; the claim is released once the lock's release has flushed the log.
 * - `recoverSent`, under the planning lock: what a dead run kept only in its claim goes to the log.
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
import { digestMarker } from '../core/reminders/keys';
import { isSendDay } from '../core/reminders/schedule';
import { withDocumentLock } from '../gas/lock';
import {
  CHECKPOINT_EVERY,
  checkpointClaim,
  dropLapsedClaim,
  interruptedToday,
  releaseClaim,
  writeClaim,
  type SendClaim,
  type SentRecord,
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
  /** This run's claim, once made (`prepare`). */
  claim?: SendClaim;
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
  d.claim = writeClaim(d.run, d.startedAt, isoFromDay(d.today), d.outgoing.length); // replaces a lapsed one
  return d;
}

/**
 * Outside the lock: sends the claimed e-mails, keeping checkpoints in the claim (or the send log); then,
 * under the lock briefly, writes the log and tidies up, and releases the claim once the log is flushed.
 */
export function deliver(d: Delivery): JobResult {
  const { settings } = d.read;
  const lang = settings.language;
  const report = newReport(d.quota);
  const inLog = { sent: 0, failed: 0 }; // what the send log holds
  const kept = { sent: 0, failed: 0 }; // what the send log or the claim holds
  const mark = (m: typeof kept) => {
    m.sent = report.sent.length;
    m.failed = report.failed.length;
  };
  const toLog = (final: boolean) => {
    const entries = logEntries(report, inLog, d.log, d.today, final && whenDeferred(d));
    if (entries.length > 0) appendLog(d.log, entries, lang);
    mark(inLog);
    mark(kept);
  };
  // A checkpoint is durable before the next e-mail goes: a property write is at once; a log write (when
  // the claim would be too large, or the property cannot be written) is flushed.
  const checkpoint = () => {
    const claim = d.claim!;
    const more = logEntries(report, kept, d.log, d.today, false).map(sentRecord);
    const next = { ...claim, sent: [...claim.sent, ...more] };
    let done = false;
    try {
      done = checkpointClaim(next);
    } catch {
      // the properties failed: the log takes this checkpoint
    }
    if (done) {
      d.claim = next;
      mark(kept);
      return;
    }
    toLog(false);
    SpreadsheetApp.flush();
    d.claim = { ...claim, sent: [] }; // all in the log: the claim's list starts again
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
          const unkept = report.sent.length + report.failed.length - kept.sent - kept.failed;
          if (unkept >= CHECKPOINT_EVERY) checkpoint();
        },
      },
      report,
    );
  } catch (e) {
    report.error = messageOf(e); // recorded below; the log still gets written
  }
  // If this write (or the short lock's work) throws, the claim stands until it lapses, and the error
  // reaches the admins; the next run logs what the claim kept.
  toLog(true);
  const wait = Math.min(RECORD_WAIT_MS, d.startedAt + EXECUTION_LIMIT_MS - RECORD_RESERVE_MS - Date.now());
  let result: JobResult;
  try {
    result = withDocumentLock(() => finish(d, report, null), Math.max(0, wait));
  } catch (e) {
    if (!(e instanceof UserError && e.key === 'lock.busy')) throw e;
    // Everything sent is in the log: the claim can go, and the next run tidies the queue and the state.
    SpreadsheetApp.flush();
    result = jobResult(d.daily ? 'daily' : 'flush', outcome(report, d.daily, lang), d.today, report);
  }
  // The lock's release flushed the log: everything this run sent is in it.
  releaseClaim(d.run);
  return result;
}

/** What the claim keeps of a log entry (see `SentRecord`). */
function sentRecord(e: LogEntry): SentRecord {
  const keys = e.keys.filter((k) => k.includes('|notify-'));
  return [e.at, e.to, e.code === 'failed' ? 'failed' : 'sent', e.kind, e.taskIds.join(', '), keys];
}

/**
 * Under the planning lock, before anything is planned: the e-mails a run that died (its claim lapsed)
 * had kept only in its claim go to the send log — those not there already — flushed before the claim is
 * replaced or dropped. Today's only: a key carries its day, so yesterday's cannot be sent again anyway.
 */
export function recoverSent(claim: SendClaim | null, log: TodayLog, lang: Settings['language']): void {
  if (!claim || claim.iso !== isoFromDay(log.today)) return;
  const entries = claim.sent
    .map(([at, to, code, kind, tasks, keys]): LogEntry => ({
      at,
      day: log.today,
      to,
      kind,
      taskIds: tasks ? tasks.split(', ') : [],
      code,
      note: '',
      keys: kind === 'notify' ? keys : [digestMarker(to, log.today), ...keys],
    }))
    .filter((e) => e.keys.some((k) => !log.handled.has(k)));
  if (entries.length === 0) return;
  appendLog(log, entries, lang);
  SpreadsheetApp.flush();
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
