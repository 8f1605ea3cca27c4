/**
 * Serialises changes to one register. The document lock is per spreadsheet: two leaders assigning at
 * the same moment wait for each other instead of writing the same row. (The script lock would serialise
 * every agency using the published add-on.)
 */
import { UserError } from '../core/messages';
import { retrying } from './retry';

/** True while this execution holds the lock through `withDocumentLock` (saves asking Google). */
let held = false;
export const holdsDocumentLock = () => held;

/** Google's transient errors are retried where they happen (`retry.ts`): taking the lock too. */
export function withDocumentLock<T>(fn: () => T, timeoutMs = 10000): T {
  const lock = retrying(() => LockService.getDocumentLock());
  if (!retrying(() => lock.tryLock(timeoutMs))) throw new UserError('lock.busy');
  held = true;
  try {
    const result = fn();
    // Pending writes must reach the sheet before another execution can read it.
    retrying(() => SpreadsheetApp.flush());
    return result;
  } finally {
    held = false; // releasing frees the lock whoever took it first (locks are not counted)
    try {
      lock.releaseLock();
    } catch {
      // The lock ends with the execution anyway.
    }
  }
}
