/**
 * The one time-driven trigger. An editor add-on may have one trigger of each type per user per
 * document, time-driven at most hourly; so there is a single hourly trigger (`hourlyJob`) that does the
 * daily work once, at the first run past the reminder hour, and flushes notifications every hour. The
 * same code works in a container-bound script (template copy), which has no such limits.
 *
 * Installing deletes this user's earlier time-driven triggers of ours in this document first, so
 * installing twice replaces, never duplicates (and never trips the add-on's one-trigger limit).
 * Another user's trigger cannot be deleted by this user: it removes itself at its next run once the
 * recorded installer is someone else (see hourly-job.ts).
 */
export const HANDLER = 'hourlyJob';
/** Handlers of ours that a time-driven trigger may name ('dailyJob' is the plain status refresh). */
const OUR_CLOCK_HANDLERS = [HANDLER, 'dailyJob'];

function ownClockTriggers(): GoogleAppsScript.Script.Trigger[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return ScriptApp.getUserTriggers(ss).filter(
    (t) =>
      t.getEventType() === ScriptApp.EventType.CLOCK && OUR_CLOCK_HANDLERS.includes(t.getHandlerFunction()),
  );
}

export function installHourlyTrigger(): void {
  removeOwnTriggers();
  ScriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create();
}

/** Deletes this user's time-driven triggers of ours in this document; returns how many. */
export function removeOwnTriggers(): number {
  const mine = ownClockTriggers();
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}

export function hasOwnTrigger(): boolean {
  return ownClockTriggers().some((t) => t.getHandlerFunction() === HANDLER);
}
