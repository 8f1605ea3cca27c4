/**
 * Where a task's row was last seen: a hint in the document cache, so that an action reads the task's
 * row (and its sub-tasks' rows) at once instead of searching the register (a `TextFinder`, one data
 * call and half a dozen light ones). A hint is never trusted: the rows it names are read and must hold
 * the id (and, for a sub-task, the parent's id), or the register is searched as before and the hint
 * renewed (docs/register-access.md, "The row index").
 *
 * The document cache keeps about 1,000 items (older ones are evicted), so hints are packed: the id's
 * hash picks one of `BUCKETS` entries `nhacviec.rows.<b>`, each holding lines `id<TAB>row[:sub,sub…]`
 * (sheet rows), kept six hours (the cache's longest). Written only under the document lock, from rows
 * just read or written: the morning refresh (every open task, all buckets anew), an action that had to
 * search, a new task and its parent. A cache that fails is a miss.
 */
import { CACHE_LONGEST_S, documentCache, prefetchCache } from './properties';

export interface RowHint {
  row: number;
  children: number[];
}

const PREFIX = 'nhacviec.rows.';
const BUCKETS = 32;
/** A bucket past this size (far beyond 50,000 open tasks) is not kept: its tasks are searched. */
const MAX_CHARS = 90_000;

function bucketOf(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  return PREFIX + (Math.abs(h) % BUCKETS);
}

/** Buckets read in this execution (each read once, then kept up to date by `keepRowHints`). */
const read = new Map<string, Map<string, string>>();

function bucket(key: string): Map<string, string> {
  let b = read.get(key);
  if (!b) {
    b = new Map();
    try {
      for (const line of (documentCache()?.get(key) ?? '').split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) b.set(line.slice(0, tab), line.slice(tab + 1));
      }
    } catch {
      // a miss
    }
    read.set(key, b);
  }
  return b;
}

const format = (h: RowHint) => (h.children.length > 0 ? `${h.row}:${h.children.join(',')}` : String(h.row));

/** Announces the hint an action will read: it then comes with the context's own `getAll` (no call of its own). */
export function prefetchRowHint(id: string): void {
  if (!read.has(bucketOf(id))) prefetchCache([bucketOf(id)]);
}

export function readRowHint(id: string): RowHint | null {
  const m = /^(\d+)(?::([\d,]+))?$/.exec(bucket(bucketOf(id)).get(id) ?? '');
  return m ? { row: Number(m[1]), children: m[2] ? m[2].split(',').map(Number) : [] } : null;
}

/**
 * Keeps the hints: added to their buckets (`fresh`: the buckets start empty, as after reading the whole
 * register). One `putAll`; never throws: a hint lost is a search later.
 */
export function keepRowHints(hints: ReadonlyMap<string, RowHint>, fresh = false): void {
  try {
    const cache = documentCache();
    if (!cache || (hints.size === 0 && !fresh)) return;
    if (fresh) for (let b = 0; b < BUCKETS; b++) read.set(PREFIX + b, new Map());
    const touched = new Set<string>();
    for (const [id, h] of hints) {
      const key = bucketOf(id);
      bucket(key).set(id, format(h));
      touched.add(key);
    }
    const out: Record<string, string> = {};
    for (const key of fresh ? read.keys() : touched) {
      const text = [...bucket(key)].map(([id, v]) => `${id}\t${v}`).join('\n');
      if (text.length <= MAX_CHARS) out[key] = text;
    }
    cache.putAll(out, CACHE_LONGEST_S);
  } catch {
    // the next action searches
  }
}

/**
 * The hints of every open task (not archived, not confirmed) of a register read whole, the first row
 * of an id winning as everywhere; a sub-task is listed under its parent whatever its state.
 */
export function hintsOf(
  tasks: readonly { id: string; row: number; parentId: string; archived: boolean; confirmedBy: string }[],
): Map<string, RowHint> {
  const all = new Map<string, RowHint>();
  for (const t of tasks) if (t.id && !all.has(t.id)) all.set(t.id, { row: t.row, children: [] });
  for (const t of tasks)
    if (t.parentId && all.get(t.id)?.row === t.row) all.get(t.parentId)?.children.push(t.row);
  const open = new Map<string, RowHint>();
  for (const t of tasks)
    if (!t.archived && !t.confirmedBy && all.get(t.id)?.row === t.row) open.set(t.id, all.get(t.id)!);
  return open;
}
