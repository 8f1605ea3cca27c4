/**
 * Reminder keys: `person|task|kind|day` (day as yyyy-MM-dd). A key names one thing said to one person on
 * one day; the send log stores the keys of every message sent, and a key in the log is never sent again.
 *
 * Each digest also carries a marker key `person|*|digest|day`: a person has their daily digest once a
 * day, even if new tasks fall due after it went out (they are in the next day's digest).
 *
 * The parts are escaped ('%' and '|'), since e-mail addresses and hand-typed task ids may hold a '|'.
 */
import { type Day, isoFromDay } from '../civil-date';

const escapePart = (s: string) => s.replace(/%/g, '%25').replace(/\|/g, '%7C');
const unescapePart = (s: string) => s.replace(/%7C/g, '|').replace(/%25/g, '%');

export const DIGEST_MARKER = 'digest';
const ANY_TASK = '*';

export function reminderKey(person: string, taskId: string, kind: string, day: Day): string {
  return [person, taskId, kind].map(escapePart).join('|') + '|' + isoFromDay(day);
}

export function digestMarker(person: string, day: Day): string {
  return reminderKey(person, ANY_TASK, DIGEST_MARKER, day);
}

export interface ParsedKey {
  person: string;
  taskId: string;
  kind: string;
  /** yyyy-MM-dd */
  iso: string;
}

export function parseReminderKey(key: string): ParsedKey | null {
  const parts = key.split('|');
  if (parts.length !== 4 || !/^\d{4}-\d{2}-\d{2}$/.test(parts[3])) return null;
  const [person, taskId, kind] = parts.slice(0, 3).map(unescapePart);
  return { person, taskId, kind, iso: parts[3] };
}

/** The keys of a log cell: one per line. */
export function splitKeys(cell: unknown): string[] {
  return String(cell ?? '')
    .split('\n')
    .map((k) => k.trim())
    .filter(Boolean);
}
