/**
 * `CacheService`: short-lived string values (script, document and user caches).
 *
 * Modelled limits: values up to 100 KB ("Argument too large: value"), keys up to 250 characters
 * ("Argument too large: key"), expiry from 1 s to 6 h (default 600 s) measured on the emulated clock,
 * and at most 1,000 items per cache — past that the oldest ~10 % are evicted, first in first out
 * (J. Poehnelt, "Exploring Apps Script CacheService limits", measured). The cache "may be evicted at
 * any time": tests model that with `evictAll`.
 */
import type { Models } from '../models';
import { appsScriptError, markEmulated, tagEmulated, type Execution } from '../runtime';
import { documentOf, type ServiceContext } from '../world';
import { denyWithoutAuthorization } from './session';

export interface CacheEntry {
  value: string;
  /** Epoch ms after which the entry is gone. */
  expiresAt: number;
  /** Epoch ms of the put: eviction removes the oldest puts first. */
  putAt: number;
}
export type CacheStore = Record<string, CacheEntry>;

export interface CacheState {
  script: CacheStore;
  documents: Record<string, CacheStore>;
  users: Record<string, CacheStore>;
}

export function createCacheState(): CacheState {
  return { script: {}, documents: {}, users: {} };
}

/** Google may drop cached values whenever it likes: this drops them all, in every cache. */
export function evictAll(state: CacheState): void {
  state.script = {};
  state.documents = {};
  state.users = {};
}

export const MAX_VALUE_BYTES = 100 * 1024;
export const MAX_KEY_LENGTH = 250;
export const MAX_EXPIRATION_S = 21600;
export const DEFAULT_EXPIRATION_S = 600;
export const MAX_ITEMS = 1000;
const EVICT_BATCH = 100;

export class Cache implements Models<
  GoogleAppsScript.Cache.Cache,
  'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'
> {
  constructor(
    private readonly exec: Execution,
    private readonly _store: () => CacheStore,
  ) {}

  get(key: string): string | null {
    const k = this._checkKey(key);
    const entry = this._live()[k];
    return entry ? entry.value : null;
  }
  getAll(keys: string[]): Record<string, string> {
    const live = this._live();
    const out: Record<string, string> = {};
    for (const key of keys) {
      const k = this._checkKey(key);
      if (live[k]) out[k] = live[k].value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this._putEntries({ [this._checkKey(key)]: value }, expirationInSeconds);
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const k of Object.keys(values)) this._checkKey(k);
    this._putEntries(values, expirationInSeconds);
  }
  remove(key: string): void {
    delete this._store()[this._checkKey(key)];
  }
  removeAll(keys: string[]): void {
    const store = this._store();
    for (const key of keys) delete store[this._checkKey(key)];
  }

  private _checkKey(key: unknown): string {
    const k = String(key);
    if (k.length > MAX_KEY_LENGTH) throw appsScriptError(this.exec, 'Argument too large: key');
    return k;
  }

  /** The store without expired entries (they are deleted as they are found). */
  private _live(): CacheStore {
    const store = this._store();
    const now = this.exec.clock.now();
    for (const [k, e] of Object.entries(store)) if (e.expiresAt <= now) delete store[k];
    return store;
  }

  private _putEntries(values: Record<string, unknown>, expirationInSeconds?: number): void {
    let seconds = expirationInSeconds === undefined ? DEFAULT_EXPIRATION_S : Number(expirationInSeconds);
    // The reference gives 1 s … 21,600 s; longer requests are held for the maximum.
    if (!Number.isFinite(seconds) || seconds < 1) seconds = 1;
    if (seconds > MAX_EXPIRATION_S) seconds = MAX_EXPIRATION_S;
    const entries = Object.entries(values).map(([k, v]) => {
      const value = String(v);
      if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES)
        throw appsScriptError(this.exec, 'Argument too large: value');
      return [k, value] as const;
    });
    const store = this._live();
    const now = this.exec.clock.now();
    for (const [k, value] of entries) {
      delete store[k]; // a re-put counts as new for eviction order
      store[k] = { value, expiresAt: now + seconds * 1000, putAt: now };
    }
    const keys = Object.keys(store);
    if (keys.length > MAX_ITEMS) {
      const oldest = keys.sort((a, b) => store[a].putAt - store[b].putAt);
      for (const k of oldest.slice(0, Math.max(EVICT_BATCH, keys.length - MAX_ITEMS))) delete store[k];
    }
  }
}
markEmulated(Cache, 'Cache', 'cache');

export function createCacheService(ctx: ServiceContext) {
  const { exec, world } = ctx;
  const userKey = (exec.effectiveUser || exec.activeUser).toLowerCase();
  const service = {
    getScriptCache(): Cache {
      denyWithoutAuthorization(exec, 'CacheService.getScriptCache');
      return new Cache(exec, () => world.cache.script);
    },
    /** Per document; null outside a document, as in Apps Script. */
    getDocumentCache(): Cache | null {
      denyWithoutAuthorization(exec, 'CacheService.getDocumentCache');
      const docId = documentOf(ctx);
      if (!docId) return null;
      return new Cache(exec, () => (world.cache.documents[docId] ??= {}));
    },
    getUserCache(): Cache {
      denyWithoutAuthorization(exec, 'CacheService.getUserCache');
      return new Cache(exec, () => (world.cache.users[userKey] ??= {}));
    },
  };
  return tagEmulated(
    service satisfies Models<
      GoogleAppsScript.Cache.CacheService,
      'getDocumentCache' | 'getScriptCache' | 'getUserCache'
    >,
    'CacheService',
    'cache',
  );
}
