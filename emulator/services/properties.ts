/**
 * `PropertiesService`: three string key–value stores that outlive executions.
 *
 * - script properties: one store for the project, shared by every user (and, for a published add-on,
 *   by every customer);
 * - document properties: one store per document the script runs in (null with no document);
 * - user properties: one store per user — the effective user, so a trigger sees its installer's.
 *
 * Quotas ("Quotas for Google Services"): 9 KB per value, 500 KB per store. Too large a value throws
 * "Argument too large: value"; a store over its total throws the storage-quota exception.
 */
import type { Models } from '../models';
import { appsScriptError, markEmulated, tagEmulated, type Execution } from '../runtime';
import { documentOf, type ServiceContext } from '../world';
import { denyWithoutAuthorization } from './session';

export type PropertyStore = Record<string, string>;

export interface PropertiesState {
  script: PropertyStore;
  /** By document (spreadsheet) id. */
  documents: Record<string, PropertyStore>;
  /** By user e-mail (lower case). */
  users: Record<string, PropertyStore>;
}

export function createPropertiesState(): PropertiesState {
  return { script: {}, documents: {}, users: {} };
}

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
const QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function storeSize(store: PropertyStore): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += bytes(k) + bytes(v);
  return n;
}

export class Properties implements Models<
  GoogleAppsScript.Properties.Properties,
  | 'deleteAllProperties'
  | 'deleteProperty'
  | 'getKeys'
  | 'getProperties'
  | 'getProperty'
  | 'setProperties'
  | 'setProperty'
> {
  /** `load` re-reads the store from the world on every call: another execution may have replaced it. */
  constructor(
    private readonly exec: Execution,
    private readonly _load: () => PropertyStore,
    private readonly _save: (store: PropertyStore) => void,
  ) {}

  getProperty(key: string): string | null {
    const store = this._load();
    return Object.prototype.hasOwnProperty.call(store, String(key)) ? store[String(key)] : null;
  }
  getProperties(): Record<string, string> {
    return Object.assign({}, this._load());
  }
  getKeys(): string[] {
    return this.exec.realm.Array.from(Object.keys(this._load()));
  }
  setProperty(key: string, value: string): Properties {
    this._write({ [String(key)]: value }, false);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): Properties {
    this._write(properties, deleteAllOthers === true);
    return this;
  }
  deleteProperty(key: string): Properties {
    const store = { ...this._load() };
    delete store[String(key)];
    this._save(store);
    return this;
  }
  deleteAllProperties(): Properties {
    this._save({});
    return this;
  }

  /** All or nothing: a write that breaks a quota leaves the store as it was. */
  private _write(entries: Record<string, unknown>, replace: boolean): void {
    if (entries === null || typeof entries !== 'object')
      throw appsScriptError(this.exec, 'Invalid argument: properties');
    const next: PropertyStore = replace ? {} : { ...this._load() };
    for (const [k, v] of Object.entries(entries)) {
      if (v === null || v === undefined) throw appsScriptError(this.exec, `Invalid argument: value`);
      const value = String(v);
      if (bytes(value) > MAX_VALUE_BYTES) throw appsScriptError(this.exec, 'Argument too large: value');
      next[k] = value;
    }
    if (storeSize(next) > MAX_STORE_BYTES) throw appsScriptError(this.exec, QUOTA_MESSAGE);
    this._save(next);
  }
}
markEmulated(Properties, 'Properties', 'properties');

export function createPropertiesService(ctx: ServiceContext) {
  const { exec, world } = ctx;
  const userKey = (exec.effectiveUser || exec.activeUser).toLowerCase();
  const service = {
    getScriptProperties(): Properties {
      denyWithoutAuthorization(exec, 'PropertiesService.getScriptProperties');
      return new Properties(
        exec,
        () => world.properties.script,
        (s) => (world.properties.script = s),
      );
    },
    /** Per document; null when the script runs outside a document, as in Apps Script. */
    getDocumentProperties(): Properties | null {
      denyWithoutAuthorization(exec, 'PropertiesService.getDocumentProperties');
      const docId = documentOf(ctx);
      if (!docId) return null;
      return new Properties(
        exec,
        () => world.properties.documents[docId] ?? {},
        (s) => (world.properties.documents[docId] = s),
      );
    },
    getUserProperties(): Properties {
      denyWithoutAuthorization(exec, 'PropertiesService.getUserProperties');
      return new Properties(
        exec,
        () => world.properties.users[userKey] ?? {},
        (s) => (world.properties.users[userKey] = s),
      );
    },
  };
  return tagEmulated(
    service satisfies Models<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties',
      'getDocumentProperties'
    >,
    'PropertiesService',
    'properties',
  );
}
