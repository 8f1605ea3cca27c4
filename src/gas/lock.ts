/**
 * Serialises changes to one register. The document lock is per spreadsheet: two leaders assigning at
 * the same moment wait for each other instead of writing the same row. (The script lock would serialise
 * every agency using the published add-on.)
 */
import { UserError } from '../core/messages';

export function withDocumentLock<T>(fn: () => T, timeoutMs = 10000): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(timeoutMs)) throw new UserError('lock.busy');
  try {
    const result = fn();
    // Pending writes must reach the sheet before another execution can read it.
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
