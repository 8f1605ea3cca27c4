/**
 * The document's properties and cache, one handle per execution, each read at most once.
 *
 * Every call on them is a round trip Google charges (≈ 15 ms), and one action used to ask the
 * properties four times (the context's version, the column map, the id counter, the audit's chain) and
 * the cache three. So:
 * - the properties are read whole on first use (`getProperties`, one call) and every later read is
 *   answered from that copy; writes go to Google first and then to the copy;
 * - cache keys an execution will need can be announced (`prefetchCache`) so that the next `getAll`
 *   fetches them too; what was fetched (found or not) is answered from memory afterwards, and writes
 *   go through.
 * Both copies are dropped when the document lock is taken (`forgetReads`, from `withDocumentLock`):
 * another execution may have written meanwhile, and what is decided under the lock (the audit's chain,
 * the reminders' claim) must be read under it. An execution starts afresh, so nothing outlives it.
 * Null handles where there is no document (a web app, some triggers).
 */
type Props = GoogleAppsScript.Properties.Properties;
type Cache = GoogleAppsScript.Cache.Cache;

let props: Props | null = null;
/** The store as last read whole (and written since), or null until read. */
let snapshot: Record<string, string> | null = null;

function raw(): Props {
  return (props ??= PropertiesService.getDocumentProperties());
}

function all(): Record<string, string> {
  return (snapshot ??= { ...raw().getProperties() });
}

/** The document properties: read once per execution (and once more after taking the lock). */
const memoProperties: Props = {
  getProperty: (key: string) => all()[key] ?? null,
  getProperties: () => ({ ...all() }),
  getKeys: () => Object.keys(all()),
  setProperty(key: string, value: string) {
    raw().setProperty(key, value);
    if (snapshot) snapshot[key] = String(value);
    return memoProperties;
  },
  setProperties(values: Record<string, string>, deleteAllOthers?: boolean) {
    if (deleteAllOthers === undefined) raw().setProperties(values);
    else raw().setProperties(values, deleteAllOthers);
    if (snapshot && deleteAllOthers) snapshot = null;
    else if (snapshot) for (const [k, v] of Object.entries(values)) snapshot[k] = String(v);
    return memoProperties;
  },
  deleteProperty(key: string) {
    raw().deleteProperty(key);
    if (snapshot) delete snapshot[key];
    return memoProperties;
  },
  deleteAllProperties() {
    raw().deleteAllProperties();
    snapshot = {};
    return memoProperties;
  },
};

export function documentProperties(): Props {
  // Null where there is no document (Google's own call answers null there): callers check.
  return raw() ? memoProperties : (null as unknown as Props);
}

/** The longest a cache value may live (6 h, Google's limit): what every kept value asks for. */
export const CACHE_LONGEST_S = 21600;

let cache: Cache | null | undefined;
/** Keys fetched this execution: their value, or null when the cache had none. */
const fetched = new Map<string, string | null>();
/** Keys announced for the next `getAll`. */
const wanted = new Set<string>();

/** The document cache, one handle per execution; null where there is none (or Google failed on it). */
export function documentCache(): Cache | null {
  if (cache === undefined) {
    try {
      const real = CacheService.getDocumentCache();
      cache = real ? memoCache(real) : null;
    } catch {
      cache = null;
    }
  }
  return cache;
}

/** Announces keys the execution will read: the next `getAll` on the cache fetches them as well. */
export function prefetchCache(keys: readonly string[]): void {
  for (const k of keys) if (!fetched.has(k)) wanted.add(k);
}

function memoCache(real: Cache): Cache {
  const remember = (keys: readonly string[], got: Record<string, string>) => {
    for (const k of keys) fetched.set(k, got[k] ?? null);
  };
  const getAll = (keys: string[]) => {
    const missing = [...new Set([...keys.filter((k) => !fetched.has(k)), ...wanted])];
    if (missing.length > 0) {
      remember(missing, real.getAll(missing));
      wanted.clear();
    }
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = fetched.get(k);
      if (v !== null && v !== undefined) out[k] = v;
    }
    return out;
  };
  const self: Cache = {
    get: (key: string) => getAll([key])[key] ?? null,
    getAll,
    put(key: string, value: string, expiration?: number) {
      if (expiration === undefined) real.put(key, value);
      else real.put(key, value, expiration);
      fetched.set(key, value);
    },
    putAll(values: Record<string, string>, expiration?: number) {
      if (expiration === undefined) real.putAll(values);
      else real.putAll(values, expiration);
      for (const [k, v] of Object.entries(values)) fetched.set(k, v);
    },
    remove(key: string) {
      real.remove(key);
      fetched.set(key, null);
    },
    removeAll(keys: string[]) {
      real.removeAll(keys);
      for (const k of keys) fetched.set(k, null);
    },
  };
  return self;
}

/** Forgets what was read: the next reads ask Google again (called on taking the document lock). */
export function forgetReads(): void {
  snapshot = null;
  fetched.clear();
}

/** A call on the cache or the properties that Google may fail: its value, or null (the caller reads the sheets). */
export function orNull<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
