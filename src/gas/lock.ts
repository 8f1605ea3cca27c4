/**
 * Serialises changes to one register. The document lock is per spreadsheet: two leaders assigning at
 * the same moment wait for each other instead of writing the same row. (The script lock would serialise
 * every agency using the published add-on.)
 */
import { UserError } from '../core/messages';
import { forgetReads } from './properties';
import { retrying } from './retry';

/** True while this execution holds the lock through `withDocumentLock` (saves asking Google). */
let held = false;
export const holdsDocumentLock = () => held;

/** True when the execution's last spreadsheet call under the lock was a read made after its writes. */
let settled = false;

/**
 * Says that the call just made was a read after every write of the execution: Google applies pending
 * writes before it answers a read, so the lock can be released without `flush` (a data call, 100 ms).
 * Only the action endpoints say it, right after their column check, with nothing written after it.
 */
export function settledByRead(): void {
  settled = true;
}

/**
 * Google's transient errors are retried where they happen (`retry.ts`): taking the lock too.
 * `endsWithExecution`: the caller returns as soon as `fn` does (a sidebar action answering), so the
 * lock is left to end with the execution, as Google releases it then, rather than released by a call
 * of its own (15 ms); the pending writes have been applied before (`flush`, or `settledByRead`).
 */
export function withDocumentLock<T>(fn: () => T, timeoutMs = 10000, endsWithExecution = false): T {
  const lock = retrying(() => LockService.getDocumentLock());
  if (!retrying(() => lock.tryLock(timeoutMs))) throw new UserError('lock.busy');
  held = true;
  settled = false;
  // What was read before the lock may have changed since: read it again under the lock.
  forgetReads();
  try {
    const result = fn();
    // Pending writes must reach the sheet before another execution can read it.
    if (!settled) retrying(() => SpreadsheetApp.flush());
    return result;
  } finally {
    held = false; // releasing frees the lock whoever took it first (locks are not counted)
    settled = false;
    try {
      if (!endsWithExecution) lock.releaseLock();
    } catch {
      // The lock ends with the execution anyway.
    }
  }
}
