/**
 * The small sheets every operation needs — settings, holidays, staff, units — kept in the document
 * cache between executions, so that an action pays two light calls for them instead of four data calls
 * (about 400 ms of Google's time at any register size).
 *
 * When the cached copy is the sheets' copy:
 * - Every change the add-on makes to those sheets (setup, the reminder hour, the document template)
 *   calls `contextChanged()`, which gives the context a new version; a copy is kept under its version,
 *   so an older copy is never read again.
 * - A person editing one of those sheets by hand fires the add-on's simple trigger `onEdit`, which
 *   does the same (`src/triggers/index.ts`).
 * - Edits that fire no `onEdit` (deleting or inserting rows, another script, the Sheets API) are
 *   caught by the copy's short life: `TTL_SECONDS`. Retiring someone is done by unticking their
 *   "active" cell (an edit), and an administrator can apply any change at once from the sidebar
 *   (setting the register up again renews the version).
 * - No cache (a context without a document) or a copy that cannot be parsed: the sheets are read.
 */
import {
  CACHE_LONGEST_S,
  documentCache as memoCache,
  documentProperties as memoProperties,
  orNull,
} from './properties';
import { Directory, type Person, type Unit } from '../core/directory';
import { WorkingCalendar, type CalendarSpec } from '../core/calendar';
import type { Settings } from '../core/settings';
import { fromParts, toParts } from './cache-parts';
import { readPeople, readUnits } from './identity';
import { readCalendarSpec, readSettings } from './register-context';
import { retrying } from './retry';
import { isoFromDay } from '../core/civil-date';
import { todayVN } from './time';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const VERSION_KEY = 'nhacviec.contextVersion';
const CACHE_PREFIX = 'nhacviec.context.';
/** A hand edit that fires no `onEdit` is seen within this time. */
export const TTL_SECONDS = 300;
/**
 * CacheService refuses values over 100 KB: a copy is kept in parts (`cache-parts.ts`), read in one
 * `getAll` and written in one `putAll`. A staff list beyond `MAX_PARTS` parts is simply read each time.
 */
const MAX_PARTS = 16;

export interface ContextParts {
  settings: Settings;
  calendar: WorkingCalendar;
  dir: Directory;
  /** The version and content of this copy, hashed: what a kept first screen was computed under. */
  fingerprint: string;
}

interface Stored {
  settings: Settings;
  calendar: CalendarSpec;
  people: Person[];
  units: Unit[];
}

/** The settings, calendar and directory: from the cache when its copy is current, else from the sheets. */
export function loadContextParts(ss: Spreadsheet): ContextParts {
  // Once per execution: every reader of the register shares it (an execution starts afresh).
  if (memo) return memo;
  const version = retrying(() => documentProperties()?.getProperty(VERSION_KEY)) ?? '0';
  const cache = version === '0' && !documentProperties() ? null : documentCache();
  const key = CACHE_PREFIX + version;
  // The cache is a shortcut: when Google fails on it, the sheets are read, and nothing is kept.
  const hit = cache ? parseStored(orNull(() => getParts(cache, key))) : null;
  const stored = hit ?? readStored(ss);
  const json = JSON.stringify(stored);
  if (!hit && cache) orNull(() => putParts(cache, key, json));
  memo = {
    settings: stored.settings,
    calendar: new WorkingCalendar(stored.calendar),
    dir: new Directory(stored.people, stored.units),
    fingerprint: `${version}.${hash(json)}`,
  };
  return memo;
}

let memo: ContextParts | null = null;

/** The add-on changed, or a person edited, one of the context's sheets: no copy made before is read again. */
export function contextChanged(): void {
  memo = null;
  memoProperties().setProperty(
    VERSION_KEY,
    `${Date.now().toString(36)}.${Math.floor(Math.random() * 1e6).toString(36)}`,
  );
  // The kept first screens were computed under the old copy: none is read again today.
  askScreensRebuilt();
}

/**
 * Set for the day when every kept first screen became unusable — the context changed, rows were
 * inserted or deleted by hand, an edit could not be followed — so that the next hourly run that sends
 * nothing builds them all again (src/triggers/index.ts) rather than everyone opening cold until the
 * next morning.
 */
export const SCREENS_REBUILD_KEY = 'nhacviec.screen.rebuild';

export function askScreensRebuilt(): void {
  orNull(() => documentCache()?.putAll(screensRebuildAsked(), CACHE_LONGEST_S));
}

/** The cache value that asks for the rebuild today, for a writer to put with its own values. */
export const screensRebuildAsked = (): Record<string, string> => ({
  [SCREENS_REBUILD_KEY]: isoFromDay(todayVN()),
});

/** FNV-1a, 32 bits, in base 36: two strings that differ hash apart but for a chance in four billion. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const partKeys = (key: string) => Array.from({ length: MAX_PARTS }, (_, i) => `${key}.${i}`);

/** The copy from its parts (the first says how many), or null unless every part is there. */
function getParts(cache: GoogleAppsScript.Cache.Cache, key: string): string | null {
  const keys = partKeys(key);
  const got = cache.getAll(keys);
  return fromParts(keys.map((k) => got[k]));
}

function putParts(cache: GoogleAppsScript.Cache.Cache, key: string, json: string): void {
  const chunks = toParts(json, MAX_PARTS);
  if (!chunks) return;
  const keys = partKeys(key);
  const parts: Record<string, string> = {};
  chunks.forEach((c, i) => (parts[keys[i]] = c));
  cache.putAll(parts, TTL_SECONDS);
}

function readStored(ss: Spreadsheet): Stored {
  const { settings } = readSettings(ss);
  return {
    settings,
    calendar: readCalendarSpec(ss),
    people: readPeople(ss),
    units: readUnits(ss),
  };
}

function parseStored(raw: string | null): Stored | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Stored;
    const ok =
      v &&
      typeof v.settings === 'object' &&
      Array.isArray(v.people) &&
      Array.isArray(v.units) &&
      Array.isArray(v.calendar?.daysOff) &&
      Array.isArray(v.calendar?.swapWorkdays);
    return ok ? v : null;
  } catch {
    return null;
  }
}

/** Document properties, or null where there is no document (a web app, some add-on triggers). */
function documentProperties(): GoogleAppsScript.Properties.Properties | null {
  try {
    return memoProperties();
  } catch {
    return null;
  }
}

/** The document cache, or null where there is no document (a web app, some add-on triggers). */
function documentCache(): GoogleAppsScript.Cache.Cache | null {
  return memoCache();
}
