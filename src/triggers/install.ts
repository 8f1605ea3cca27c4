/**
 * The one time-driven trigger. An editor add-on may have one trigger of each type per user per
 * document, time-driven at most hourly; so there is a single hourly trigger (`hourlyJob`) that does the
 * daily work once, at the first run past the reminder hour, and flushes notifications every hour. The
 * same code works in a container-bound script (template copy), which has no such limits.
 *
 * Bookkeeping by id. Installing records the new trigger's `getUniqueId()` in the reminder state (the
 * document's) and, for its owner, which document it serves (a user property: in an add-on the owner's
 * project triggers span every document they use it in). The triggers are found with
 * `getProjectTriggers()` (the current user's triggers of this project): whether `getUserTriggers(ss)`
 * lists time-driven ones is unconfirmed (docs/platform.md). A time-driven trigger of ours that is not
 * the recorded one is an orphan when it belongs to this document — bound script, listed for this
 * spreadsheet, or mapped to it in the owner's property — and is deleted whenever its owner acts here
 * (install, turn off, the status, the recorded trigger's run). Installing twice replaces, never
 * duplicates. Another user's trigger cannot be deleted by this user: it removes itself at its next run,
 * its id not being the one recorded (see hourly-job.ts).
 */
export const HANDLER = 'hourlyJob';
/** Handlers of ours that a time-driven trigger may name ('dailyJob' is the plain status refresh). */
const OUR_CLOCK_HANDLERS = [HANDLER, 'dailyJob'];
/** Owner's map: trigger id → the spreadsheet id it serves. */
const MAP_KEY = 'nhacviec.triggers';

type Trigger = GoogleAppsScript.Script.Trigger;

function ours(t: Trigger): boolean {
  return (
    t.getEventType() === ScriptApp.EventType.CLOCK && OUR_CLOCK_HANDLERS.includes(t.getHandlerFunction())
  );
}

function readMap(): Record<string, string> {
  try {
    return JSON.parse(PropertiesService.getUserProperties().getProperty(MAP_KEY) || '{}') as Record<
      string,
      string
    >;
  } catch {
    return {};
  }
}

/** Keeps only the entries of triggers that still exist. */
function writeMap(map: Record<string, string>, alive: Trigger[]): void {
  const ids = new Set(alive.map((t) => t.getUniqueId()));
  const kept: Record<string, string> = {};
  for (const [id, doc] of Object.entries(map)) if (ids.has(id)) kept[id] = doc;
  PropertiesService.getUserProperties().setProperty(MAP_KEY, JSON.stringify(kept));
}

/** This user's time-driven triggers of ours serving this document. */
function ownClockTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Trigger[] {
  const all = ScriptApp.getProjectTriggers().filter(ours);
  const bound = ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
  const map = readMap();
  const listed = new Set(ScriptApp.getUserTriggers(ss).map((t) => t.getUniqueId()));
  return all.filter((t) => {
    const id = t.getUniqueId();
    return bound || listed.has(id) || map[id] === ss.getId();
  });
}

/** Deletes this user's triggers of ours in this document but `keep`; returns how many. */
export function removeOwnTriggers(keep = ''): number {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return 0;
  const gone = ownClockTriggers(ss).filter((t) => t.getUniqueId() !== keep);
  for (const t of gone) ScriptApp.deleteTrigger(t);
  if (gone.length > 0) writeMap(readMap(), ScriptApp.getProjectTriggers());
  return gone.length;
}

/** Replaces this user's trigger in this document with a new one; returns its unique id. */
export function installHourlyTrigger(): string {
  removeOwnTriggers();
  const create = () => ScriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create().getUniqueId();
  let id: string;
  try {
    id = create();
  } catch (e) {
    // An add-on's one trigger per document is taken by one this document cannot see (not listed, not
    // mapped: made before the map). Ours with no document mapped go, once; the document they served,
    // if another, shows its trigger missing in the status (src/core/reminders/health.ts).
    const map = readMap();
    const unmapped = ScriptApp.getProjectTriggers().filter((t) => ours(t) && !map[t.getUniqueId()]);
    if (unmapped.length === 0) throw e;
    for (const t of unmapped) ScriptApp.deleteTrigger(t);
    id = create();
  }
  const map = readMap();
  map[id] = SpreadsheetApp.getActiveSpreadsheet().getId();
  writeMap(map, ScriptApp.getProjectTriggers());
  return id;
}

/** Deletes one trigger of this user's by id (a run from a trigger that is not the recorded one). */
export function removeTriggerById(id: string): boolean {
  const t = ScriptApp.getProjectTriggers().find((x) => x.getUniqueId() === id);
  if (t) ScriptApp.deleteTrigger(t);
  return t !== undefined;
}

export function hasTrigger(id: string): boolean {
  return id !== '' && ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === id);
}
