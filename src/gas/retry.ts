/**
 * Google's transient errors (docs/platform.md, "Execution contexts"): a spreadsheet that times out, a
 * server error, an address that is unavailable, too many calls in a short time. A call that fails so
 * may work a moment later: `retrying` tries it again, after 0.5 s then 2 s (`Utilities.sleep`).
 *
 * Only what is safe to repeat goes through it: reads, the lock, properties and cache, and writes that
 * put the same values in the same cells. Never `MailApp.sendEmail` (a send that failed may have gone),
 * and never a daily quota ("too many times for one day"): that one lasts until tomorrow.
 * An append (`appendRow`) is retried too: Google does not say whether a timed-out write happened
 * (_unconfirmed_); if it did, the retry leaves the line twice, which is seen, rather than not at all.
 */
import type { Language } from '../core/language';
import { t, UserError } from '../core/messages';

const TRANSIENT =
  /timed out while accessing document|server error occurred|address unavailable|too many times in a short time|service error|internal error/i;

/** The error's message, for any thrown value. */
function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** True for Google's errors that pass (not a daily quota, not a refusal, not our own `UserError`). */
export function isTransient(e: unknown): boolean {
  if (e instanceof UserError) return false;
  const message = messageOf(e);
  return TRANSIENT.test(message) && !/for one day/i.test(message);
}

/** Google's daily quota ("Service invoked too many times for one day: …"): lasts until tomorrow. */
export function isDailyQuota(e: unknown): boolean {
  return /for one day/i.test(messageOf(e));
}

/**
 * The words for a Google failure that reached the person (not a refusal): what happened, that the
 * action may be incomplete and when to try again — null for any other error.
 */
export function googleFailure(e: unknown, lang: Language): string | null {
  const key = isTransient(e) ? 'error.googleBusy' : isDailyQuota(e) ? 'error.dailyQuota' : null;
  return key && t(lang, key, { detail: messageOf(e) });
}

/** Waits before the 2nd and the 3rd try. */
export const RETRY_DELAYS_MS = [500, 2000];

/** Runs `fn`; on a transient error, waits and runs it again, at most `RETRY_DELAYS_MS.length` times. */
export function retrying<T>(fn: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      if (attempt >= RETRY_DELAYS_MS.length || !isTransient(e)) throw e;
      Utilities.sleep(RETRY_DELAYS_MS[attempt]);
    }
  }
}

/**
 * What the person is told when Google keeps failing: `error.transient` when nothing was written yet,
 * other errors unchanged.
 */
export function asRefusal(e: unknown): unknown {
  return isTransient(e) ? new UserError('error.transient', { detail: messageOf(e) }) : e;
}

/** Runs what comes before an action's first write: Google's failure there is a refusal in words. */
export function beforeWriting<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw asRefusal(e);
  }
}
