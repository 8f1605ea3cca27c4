/**
 * `hourlyJob`, the handler of the one hourly trigger: it decides what this hour is for (the morning
 * run, sending the notifications queued since, or nothing), plans under the document lock and sends
 * outside it.
 *
 * - Daily work, at the first run at or after the reminder hour (Viet Nam time), until it is complete:
 *   the status refresh and the statistics (once, by the day's first run), then — on send days — the
 *   digests, with the queued notifications folded into them. A run that stops early (quota, time budget,
 *   an error) leaves the day incomplete; later runs that day go straight to what the send log says is
 *   still due (morning-run.ts).
 * - Every later hour of a send day: the notification queue is flushed. Notifications queued on a rest
 *   day, or before the reminder hour, wait for the next digest, so nobody gets two e-mails that morning.
 * - Idle hours read no sheet at all: the decision comes from the reminder state and a queue flag.
 *
 * Short locks. Sending takes minutes on a large register, and a sidebar action waits at most 10 s for
 * the document lock before it says "busy", so the run holds the lock only to plan and to tidy up:
 * 1. Under the lock (one `withDocumentLock`): the refresh and the statistics (first run of the day),
 *    the reminder state, the send log's rows of today, the queue, the plan — and the claim: this run's
 *    id in a document property (src/gas/reminders/claim.ts) covering every e-mail it planned, made only
 *    when no other run's claim stands. A run that finds one standing reads no send log, plans and sends
 *    nothing ('busy'; the day's first run has still refreshed). The day is recorded as begun before the
 *    lock is released. A claim found lapsed is replaced (or dropped when nothing is to be sent).
 * 2. Without the lock: the e-mails — those the quota deferred last time first, then the most urgent —
 *    within the quota and the time budget (4½ min after the run began). After every `CHECKPOINT_EVERY`
 *    (20) e-mails a checkpoint records them in the claim (one property write, durable at once; when the
 *    claim would outgrow a property, the send log is appended and flushed instead). The send log is
 *    appended (one `setValues`) at the end, with the deferred rows; the claim makes this run the send
 *    log's only writer, so these writes need no lock.
 * 3. Under the lock again, briefly (waiting up to a minute, never past the 6-minute limit): the queue is
 *    read again (sidebar actions queue while the run sends) and rewritten without what went out, the
 *    state, the last run and the warning are saved; the lock's release flushes the last log rows, and
 *    the claim is released just after. If the lock cannot be had, the rows are flushed and the claim
 *    released all the same: the log is complete, and the next run tidies the queue and the state.
 *
 * Invariants (exactly once): an e-mail is sent only by the holder of a standing claim, planned under
 * the lock from a send log holding every e-mail sent before that claim — a lapsed claim's checkpoints
 * are put in the log (flushed) before planning (`recoverSent`); a claim is released only after
 * everything its run sent is in the log. A claim lapses 6 minutes after its run began, plus a minute
 * (`until`): Apps Script has killed the run by then, so a lapsed claim never belongs to a live run.
 *
 * Residual risk: a run killed (the 6-minute limit, a platform failure) after sending an e-mail and
 * before the next checkpoint. Its claim lapses; the next run after that sends those e-mails again — at
 * most `CHECKPOINT_EVERY` (20) of them, the ones sent just before the kill — and warns the admins. The
 * time budget stops sending a minute and a half before the limit, so in practice only a platform
 * failure does this. A failing checkpoint stops sending at once, with the same bound.
 */
import { documentProperties, orNull } from '../gas/properties';
import { isoFromDay } from '../core/civil-date';
import { t, UserError } from '../core/messages';
import { buildOutgoing } from '../core/reminders/outgoing';
import { vnHour } from '../core/reminders/schedule';
import { vnTime } from '../core/reminders/health';
import { withDocumentLock } from '../gas/lock';
import { hasPendingAudit, moveToSheet } from '../gas/audit-pending';
import { todayVN } from '../gas/time';
import { claimedByOther, readClaim } from '../gas/reminders/claim';
import { readQueue } from '../gas/reminders/queue';
import { currentTasks, readRegister } from '../gas/reminders/register';
import { readTodayLog } from '../gas/reminders/send-log';
import { messageOf } from '../gas/reminders/sender';
import { ensureQueue } from '../gas/reminders/sheets';
import {
  PENDING_KEY,
  readState,
  recordNoDocument,
  updateState,
  type ReminderState,
} from '../gas/reminders/state';
import {
  byId,
  deliver,
  isDelivery,
  prepare,
  recoverSent,
  sendingElsewhere,
  summary,
  type Delivery,
  type JobAction,
  type JobResult,
  type JobRun,
} from './delivery';
import { removeOwnTriggers, removeTriggerById } from './install';
import { planDaily } from './morning-run';
import { refreshOwnReports } from '../server/report';

export type { JobAction, JobResult } from './delivery';

export function hourlyJob(e?: { triggerUid?: unknown }): JobResult {
  const startedAt = Date.now();
  const today = todayVN(startedAt);
  const iso = isoFromDay(today);
  const result = (action: JobAction, message: string): JobResult => ({
    action,
    message,
    today: iso,
    sent: 0,
    deferred: 0,
    failed: 0,
  });
  const props = documentProperties();
  if (!props) {
    // No document (an add-on's time trigger, if Google gives it none): nothing can be read or sent.
    // Said in the owner's sidebar and, once a day, by e-mail to them (recordNoDocument).
    const message = t('vi', 'reminders.noDocument', { at: vnTime(new Date(startedAt).toISOString()) });
    recordNoDocument(message, iso);
    return result('error', message);
  }
  const state = readState(props);
  const uid = typeof e?.triggerUid === 'string' ? e.triggerUid : '';
  if (uid && state.triggerId && uid !== state.triggerId) {
    // Not the trigger recorded (an orphan, or replaced by another admin's): it removes itself.
    removeTriggerById(uid);
    return result('replaced', t('vi', 'reminders.replaced', { email: state.installer || '—' }));
  }

  const me = (Session.getEffectiveUser().getEmail() || '').trim().toLowerCase();
  if (state.installer && !me) {
    // Nobody known runs this trigger: refuse, and say so where the admins look (the Admin tab).
    const message = t('vi', 'reminders.noEffectiveUser');
    updateState((s) => {
      s.lastRun = summary(false, message, null, null);
      s.warning = message;
    }, props);
    return result('error', message);
  }
  if (!state.installer || state.installer !== me) {
    // Turned off, or replaced by another admin's trigger: this one removes itself (only its owner can).
    removeOwnTriggers();
    return state.installer
      ? result('replaced', t('vi', 'reminders.replaced', { email: state.installer }))
      : result('off', t('vi', 'reminders.off'));
  }

  const doneToday = state.day !== null && state.day.iso === iso && state.day.complete;
  const daily = !doneToday && vnHour(startedAt) >= state.hour;
  // The recorded trigger, once a day: this owner's orphans in this document go.
  if (daily && state.triggerId && uid === state.triggerId) removeOwnTriggers(uid);
  const flush =
    !daily &&
    props.getProperty(PENDING_KEY) === '1' &&
    state.day !== null &&
    state.day.iso === iso &&
    state.day.sendDay;
  if (!daily && !flush) {
    // Audit lines (and notices for later) waiting in the properties go to their sheets every hour;
    // when the lock is busy or Google fails, they wait for the next hour (a move is safe to repeat).
    if (hasPendingAudit(props.getProperties()))
      orNull(() => withDocumentLock(() => moveToSheet(SpreadsheetApp.getActiveSpreadsheet())));
    return result('idle', t('vi', 'reminders.notYet', { hour: state.hour }));
  }

  // Today already refreshed and no quota left: nothing can go out, so nothing is read.
  const quota = MailApp.getRemainingDailyQuota();
  if (quota <= 0 && (flush || state.day?.iso === iso)) {
    const message = t('vi', 'reminders.waitingQuota');
    updateState((s) => (s.lastRun = summary(s.lastRun?.ok ?? false, message, null, quota)), props);
    return result('waiting', message);
  }

  const run = Utilities.getUuid();
  try {
    // 1. Plan and claim under the lock; 2. send without it; 3. tidy up under it again (see above).
    const planned = withDocumentLock(() => {
      // The audit lines waiting in the properties, and their notices into the queue, before planning.
      moveToSheet(SpreadsheetApp.getActiveSpreadsheet());
      const fresh = readState(props); // another run may have done the work while this one waited
      if (daily && fresh.day?.iso === iso && fresh.day.complete)
        return result('idle', t('vi', 'reminders.notYet', { hour: fresh.hour }));
      return daily
        ? planDaily(fresh, { today, startedAt, quota, run })
        : planFlush(fresh, { today, startedAt, quota, run });
    });
    const done = isDelivery(planned) ? deliver(planned) : planned;
    // Shared reports this account made (only it reads their Docs under drive.file): their progress is
    // read once the day's e-mails are out, never eating into the sending's time budget.
    if (daily && !done.deferred) refreshOwnReports();
    return done;
  } catch (e) {
    const busy = e instanceof UserError && e.key === 'lock.busy';
    const message = messageOf(e);
    updateState((after) => {
      // Busy: another run holds the lock and does the work; no failure to tell the admins of.
      after.lastRun = summary(busy && (after.lastRun?.ok ?? true), message, null, null);
      if (!busy) after.warning = t('vi', 'reminders.warningError', { error: message });
    }, props);
    return result(busy ? 'busy' : 'error', message);
  }
}

/** Under the lock: the notifications queued since the morning, for the delivery to claim and send. */
function planFlush(state: ReminderState, job: JobRun): Delivery | JobResult {
  const { today, run } = job;
  const claim = readClaim();
  if (claimedByOther(claim, run, Date.now())) return sendingElsewhere(today);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const queue = readQueue(ensureQueue(ss));
  const read = readRegister(ss);
  // Parsing only: the statuses were refreshed by today's daily run.
  const { tasks } = currentTasks(read, today);
  const log = readTodayLog(ss, today, state.logTail);
  recoverSent(claim, log, read.settings.language);
  const outgoing = buildOutgoing([], queue.entries, byId(tasks), read.directory, log.handled, today);
  const sheets = { ss, read, log, queue };
  return prepare({ ...job, ...sheets, outgoing, daily: false, lapsed: claim });
}
