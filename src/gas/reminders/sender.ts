/**
 * Sends the day's e-mails, most urgent first, within the quota and the time budget.
 *
 * - Quota: the remaining recipients are asked once (`MailApp.getRemainingDailyQuota`) and counted down;
 *   an e-mail that does not fit is deferred, and so is everything after a "too many times" refusal.
 * - Time: Apps Script kills an execution at 6 minutes. The sender stops at `budgetMs` after the run
 *   started, leaving time to write the log; the next hourly run sends the rest.
 * - Failures: an address Apps Script refuses (or a message it finds too large) fails for that e-mail
 *   only and is recorded; any other error stops the run, after the log of what was sent is written by
 *   the caller (the report is filled as e-mails go out, so nothing sent is ever forgotten).
 * - Checkpoints: `afterEach` lets the caller write the send log while sending (every 20 e-mails), so
 *   an execution killed in the middle leaves few e-mails unrecorded.
 * At most 50 recipients per message: longer lists are split, each part counting against the quota.
 */
import { qrGifBase64 } from '../../core/reminders/qr';
import type { Composed, Outgoing } from '../../core/reminders/compose';

export const MAX_RECIPIENTS_PER_MESSAGE = 50;
/** Apps Script kills an execution 6 minutes after it began. */
export const EXECUTION_LIMIT_MS = 360_000;
/**
 * Stop sending 4½ minutes after the run began: the last log write takes seconds, and the short lock
 * that follows (the queue, the state) may wait up to a minute for a sidebar action.
 */
export const SEND_BUDGET_MS = 270_000;

export interface SendReport {
  sent: { out: Outgoing; at: number }[];
  failed: { out: Outgoing; error: string }[];
  deferredQuota: Outgoing[];
  deferredTime: Outgoing[];
  /** Not attempted because the run stopped on an unexpected error. */
  notAttempted: Outgoing[];
  error: string | null;
  recipients: number;
  quotaLeft: number;
}

export function newReport(quota: number): SendReport {
  return {
    sent: [],
    failed: [],
    deferredQuota: [],
    deferredTime: [],
    notAttempted: [],
    error: null,
    recipients: 0,
    quotaLeft: quota,
  };
}

export interface SendOptions {
  compose: (out: Outgoing) => Composed;
  senderName: string;
  startedAt: number;
  budgetMs?: number;
  /**
   * Called after each e-mail attempted (the send log's checkpoints). If it throws, sending stops as on
   * an unexpected error: the rest is not attempted.
   */
  afterEach?: (report: SendReport) => void;
}

type Failure = 'quota' | 'message' | 'stop';

/** Apps Script's wording: "Service invoked too many times for one day: email.", "Invalid email: x". */
export function classifyMailError(message: string): Failure {
  if (/too many times|recipients per day|quota/i.test(message)) return 'quota';
  if (
    /invalid email|invalid argument|no recipient|body size|recipients per message|attachments/i.test(message)
  )
    return 'message';
  return 'stop';
}

export function sendAll(list: readonly Outgoing[], opts: SendOptions, report: SendReport): SendReport {
  const budget = opts.budgetMs ?? SEND_BUDGET_MS;
  for (let i = 0; i < list.length; i++) {
    const out = list[i];
    if (Date.now() - opts.startedAt > budget) {
      report.deferredTime.push(...list.slice(i));
      break;
    }
    const batches = recipientBatches([out.to]);
    const needed = batches.reduce((n, b) => n + b.length, 0);
    if (needed > report.quotaLeft) {
      report.deferredQuota.push(out);
      continue;
    }
    let written = false;
    try {
      const composed = opts.compose(out);
      const inlineImages = qrImages(composed);
      written = true;
      for (const to of batches) {
        MailApp.sendEmail({
          to: to.join(','),
          subject: composed.subject,
          htmlBody: composed.htmlBody,
          body: composed.body,
          name: opts.senderName,
          inlineImages,
        });
        report.quotaLeft -= to.length;
        report.recipients += to.length;
      }
      report.sent.push({ out, at: Date.now() });
    } catch (e) {
      const message = messageOf(e);
      // A message that cannot be written (its rows are no other message's) fails alone.
      const kind = written ? classifyMailError(message) : 'message';
      if (kind === 'quota') {
        report.quotaLeft = 0;
        report.deferredQuota.push(out);
      } else if (kind === 'message') {
        report.failed.push({ out, error: message });
      } else {
        report.error = message;
        report.notAttempted.push(...list.slice(i));
        break;
      }
    }
    if (opts.afterEach) {
      try {
        opts.afterEach(report);
      } catch (e) {
        report.error = messageOf(e);
        report.notAttempted.push(...list.slice(i + 1));
        break;
      }
    }
  }
  return report;
}

/** Splits a recipient list into messages of at most 50. */
export function recipientBatches(to: readonly string[], max = MAX_RECIPIENTS_PER_MESSAGE): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < to.length; i += max) out.push(to.slice(i, i + max));
  return out;
}

function qrImages(c: Composed): Record<string, GoogleAppsScript.Base.Blob> {
  const images: Record<string, GoogleAppsScript.Base.Blob> = {};
  for (const q of c.qr) {
    const bytes = Utilities.base64Decode(qrGifBase64(q.text));
    images[q.cid] = Utilities.newBlob(bytes, 'image/gif', `${q.cid}.gif`);
  }
  return images;
}

/** An error's message, whatever threw it (a service error, a plain Error, a string). */
export function messageOf(e: unknown): string {
  return e !== null && typeof e === 'object' && 'message' in e
    ? String((e as { message: unknown }).message)
    : String(e);
}
