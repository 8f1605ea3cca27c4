/**
 * The shared machinery of the emulator: the clock, the call log, the execution a service call runs in,
 * authorization (scopes from the manifest and the trigger's AuthMode) and the instrumenting proxy that
 * counts every call a script makes on an emulated object.
 *
 * Service implementations are plain classes. They never count or check scopes themselves: they declare
 * their class name and service with `emulated(...)`, and `instrument()` does both for every method the
 * script calls. Calls between emulator classes (on the raw objects) are not counted, exactly as only
 * what the script calls costs time in Apps Script. The same proxy charges each call its modelled cost
 * (`charge.ts` classifies, `cost.ts` prices) and moves the execution's clock by it.
 */
import { scopeRuleFor } from './scopes';
import { chargeBefore, settle } from './charge';
import { CostMeter } from './cost';
import type { Faults } from './faults';

export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** The service a class belongs to, as the benchmark groups calls. */
export type ServiceName =
  | 'spreadsheet'
  | 'drive'
  | 'document'
  | 'mail'
  | 'script'
  | 'lock'
  | 'properties'
  | 'cache'
  | 'utilities'
  | 'html'
  | 'ui'
  | 'session'
  | 'urlfetch'
  | 'base';

export { SCOPE } from './scope-names';

/**
 * A controllable "now". Apps Script has no timers: time moves when a test moves it, by the modelled cost
 * of every call a script makes (`cost.ts`), and by `Utilities.sleep` and lock waits.
 */
export class Clock {
  constructor(private ms: number = Date.UTC(2026, 0, 5, 1, 0, 0)) {}
  /** Whole milliseconds, as `Date.now()` gives them (charges of a fraction of a ms add up inside). */
  now(): number {
    return Math.floor(this.ms);
  }
  set(at: number | string | Date): void {
    const ms = typeof at === 'number' ? at : new Date(at).getTime();
    if (!Number.isFinite(ms)) throw new Error(`Clock.set: not a time: ${String(at)}`);
    this.ms = ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** Counts every call the script makes, by service and by `Class.method`. */
export class CallLog {
  private readonly methods = new Map<string, number>();
  private readonly services = new Map<ServiceName, number>();

  record(service: ServiceName, qualifiedMethod: string): void {
    this.methods.set(qualifiedMethod, (this.methods.get(qualifiedMethod) ?? 0) + 1);
    this.services.set(service, (this.services.get(service) ?? 0) + 1);
  }
  /** Calls on one service, or on all of them. */
  total(service?: ServiceName): number {
    if (service) return this.services.get(service) ?? 0;
    let sum = 0;
    for (const n of this.services.values()) sum += n;
    return sum;
  }
  count(qualifiedMethod: string): number {
    return this.methods.get(qualifiedMethod) ?? 0;
  }
  byService(): Partial<Record<ServiceName, number>> {
    return Object.fromEntries(this.services) as Partial<Record<ServiceName, number>>;
  }
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.methods].sort((a, b) => b[1] - a[1]));
  }
  reset(): void {
    this.methods.clear();
    this.services.clear();
  }
}

/**
 * The built-ins of the realm the script runs in. Values handed to the script must come from its realm
 * (a host `Date` fails the script's `instanceof Date`), so services build Dates and Errors through this.
 */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
}
export const hostRealm: Realm = { Date, Error, Array };

/** One run of a script function: who runs it, with what authorization, when it started. */
export interface Execution {
  readonly id: number;
  readonly clock: Clock;
  readonly calls: CallLog;
  /** What the calls cost in Google's time (`cost.ts`); the clock advances by each charge. */
  readonly cost: CostMeter;
  /** `Session.getActiveUser().getEmail()`; may be '' as in Apps Script. */
  readonly activeUser: string;
  /** Whose authority the script runs under (the trigger's installer for installable triggers). */
  readonly effectiveUser: string;
  readonly authMode: AuthMode;
  /** Scopes granted: those listed in the manifest's `oauthScopes`. */
  readonly scopes: ReadonlySet<string>;
  /** Advanced services enabled in the manifest (`userSymbol`s). */
  readonly advancedServices: ReadonlySet<string>;
  /** The script's time zone (manifest `timeZone`). */
  readonly scriptTimeZone: string;
  /** Epoch ms when the execution began: the 6-minute limit counts from here. */
  readonly startedAt: number;
  /** What started it (`ExecutionKind`; 'call' when not said). */
  readonly kind?: ExecutionKind;
  /**
   * The spreadsheet this execution sees as its document (`getActiveSpreadsheet()`, document properties,
   * lock and cache): '' when it sees none (see `ContextAnswers`); undefined: the world's active one.
   */
  readonly document?: string;
  realm: Realm;
  /** Google's transient errors armed by a test (`faults.ts`); none when absent. */
  readonly faults?: Faults;
}

/**
 * What started an execution: a menu item or `google.script.run` ('call'), a simple trigger
 * ('simple'), an installable time-driven trigger ('time'), a web app run as the deployer
 * ('webappDeployer') or as the visitor ('webappVisitor').
 */
export type ExecutionKind = 'call' | 'simple' | 'time' | 'webappDeployer' | 'webappVisitor';

/**
 * Google's answer to each behaviour docs/platform.md lists as unconfirmed, one option each (true is
 * the emulator's default: the lenient answer).
 */
export interface ContextAnswers {
  /** (a) `ScriptApp.getUserTriggers(spreadsheet)` lists the time-driven triggers made in it. */
  clockTriggersInUserTriggers: boolean;
  /** (b) An editor add-on's time-driven trigger sees the document it was made in. */
  addonTimeTriggerSeesDocument: boolean;
  /** (c) A bound script's web app sees its spreadsheet. */
  boundWebAppSeesSpreadsheet: boolean;
  /** (d) An editor add-on's simple trigger (`onEdit`) gets the document lock. */
  addonSimpleTriggerGetsDocumentLock: boolean;
}

export const DEFAULT_ANSWERS: ContextAnswers = Object.freeze({
  clockTriggersInUserTriggers: true,
  addonTimeTriggerSeesDocument: true,
  boundWebAppSeesSpreadsheet: true,
  addonSimpleTriggerGetsDocumentLock: true,
});

export interface Manifest {
  timeZone?: string;
  runtimeVersion?: string;
  exceptionLogging?: string;
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
  urlFetchWhitelist?: string[];
  webapp?: unknown;
}

let executionCounter = 0;
export function newExecution(
  init: Omit<Execution, 'id' | 'startedAt' | 'realm' | 'calls' | 'cost'> & {
    calls?: CallLog;
    cost?: CostMeter;
    realm?: Realm;
  },
): Execution {
  executionCounter += 1;
  return {
    ...init,
    id: executionCounter,
    calls: init.calls ?? new CallLog(),
    cost: init.cost ?? new CostMeter(),
    startedAt: init.clock.now(),
    realm: init.realm ?? hostRealm,
  };
}

export function scopesOf(manifest: Manifest): Set<string> {
  return new Set(manifest.oauthScopes ?? []);
}

/** An error as Apps Script throws it ("Exception: …" in the log; `message` without the prefix). */
export function appsScriptError(exec: Execution | undefined, message: string): Error {
  const Ctor = exec?.realm.Error ?? Error;
  const e = new Ctor(message);
  e.name = 'Exception';
  return e;
}

/**
 * An Advanced-service error: Apps Script throws a `GoogleJsonResponseException` whose message is
 * "API call to drive.files.get failed with error: File not found: <id>." (the API's own message after
 * the prefix), with the HTTP details attached.
 */
export function apiError(exec: Execution, apiMethod: string, message: string, code = 400): Error {
  const e = appsScriptError(exec, `API call to ${apiMethod} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  Object.defineProperty(e, 'details', { value: { code, message }, enumerable: false });
  return e;
}

/** Cross-realm Date test: a Date built in the script's realm is not `instanceof` the host's Date. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Throws the error Apps Script gives when the running execution may not call `qualified`. */
export function authorize(exec: Execution, service: ServiceName, qualified: string): void {
  const rule = scopeRuleFor(service, qualified);
  if (rule.anyOf.length === 0) return;
  if (exec.authMode === 'NONE' || exec.authMode === 'CUSTOM_FUNCTION') {
    if (!rule.allowedWithoutAuth)
      throw appsScriptError(exec, `You do not have permission to call ${qualified}`);
    return;
  }
  if (exec.authMode === 'LIMITED' && !rule.allowedWithoutAuth && !rule.allowedInLimited) {
    throw appsScriptError(exec, `You do not have permission to call ${qualified}`);
  }
  if (!rule.anyOf.some((s) => exec.scopes.has(s))) {
    throw appsScriptError(
      exec,
      `Specified permissions are not sufficient to call ${qualified}. Required permissions: ${rule.anyOf.join(' || ')}`,
    );
  }
}

/** Marks a class as an emulated Apps Script class so `instrument` wraps its instances. */
const EMULATED = Symbol('emulated');
export interface EmulatedClass {
  [EMULATED]?: { className: string; service: ServiceName };
}
export function markEmulated(
  ctor: abstract new (...args: never[]) => object,
  className: string,
  service: ServiceName,
): void {
  Object.defineProperty(ctor.prototype, EMULATED, { value: { className, service } });
}
/** For plain objects (service roots such as `SpreadsheetApp`): tag them without a class. */
export function tagEmulated<T extends object>(obj: T, className: string, service: ServiceName): T {
  Object.defineProperty(obj, EMULATED, { value: { className, service } });
  return obj;
}
function tagOf(v: unknown): { className: string; service: ServiceName } | undefined {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return undefined;
  return (v as EmulatedClass)[EMULATED];
}

const RAW = Symbol('raw');
/** The raw object behind an instrumented proxy (emulator code must not be counted twice). */
export function unwrap<T>(v: T): T {
  if (v !== null && typeof v === 'object' && (v as { [RAW]?: T })[RAW])
    return (v as unknown as { [RAW]: T })[RAW];
  return v;
}

/**
 * Wraps an emulated object so that every method the script calls is authorized and counted, and every
 * emulated object it returns (alone or in an array) is wrapped too. Arguments are unwrapped so that the
 * emulator always sees its raw objects.
 */
export function instrument<T>(exec: Execution, value: T): T {
  const tag = tagOf(value);
  if (tag) return receiverOf(exec, value as unknown as object) as T;
  if (Array.isArray(value) && value.some((x) => tagOf(x))) {
    return exec.realm.Array.from(value, (x) => instrument(exec, x)) as unknown as T;
  }
  return value;
}

function makeProxy<T>(exec: Execution, value: T): T {
  const tag = tagOf(value)!;
  const target = value as unknown as object;
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (prop === RAW) return t;
      const v = Reflect.get(t, prop, receiver);
      if (typeof prop === 'symbol' || typeof v !== 'function' || prop === 'constructor') {
        return tagOf(v) ? instrument(exec, v) : v;
      }
      if (prop.startsWith('_')) return undefined; // emulator internals are not part of the API
      const cached = cache.get(prop);
      if (cached) return cached;
      const qualified = `${tag.className}.${prop}`;
      const wrapper = function (this: unknown, ...args: unknown[]) {
        authorize(exec, tag.service, qualified);
        exec.calls.record(tag.service, qualified);
        const raw = args.map(unwrap);
        const pending = chargeBefore({
          service: tag.service,
          className: tag.className,
          method: prop,
          target: t,
          args: raw,
          unwrap,
        });
        // An injected transient error: thrown instead of the call, or after it when it took effect.
        const fault = exec.faults?.due(exec, tag.service, qualified);
        if (fault && !fault.tookEffect) {
          exec.clock.advance(exec.cost.add(settle(pending, undefined, false)));
          throw fault.error;
        }
        let result: unknown;
        try {
          result = (v as (...a: unknown[]) => unknown).apply(t, raw);
          if (fault) throw fault.error;
        } catch (e) {
          exec.clock.advance(exec.cost.add(settle(pending, undefined, false)));
          throw e;
        }
        // The call returns once Google has spent its time: the script's clock moves by the charge.
        exec.clock.advance(exec.cost.add(settle(pending, result, true)));
        return instrument(exec, result);
      };
      cache.set(prop, wrapper);
      return wrapper;
    },
    set() {
      return false; // Apps Script objects are not extensible from scripts
    },
  }) as T;
}

const proxies = new WeakMap<Execution, WeakMap<object, unknown>>();
/** Chainable methods return the same proxy, so identity comparisons in scripts hold. */
function receiverOf(exec: Execution, raw: object): unknown {
  let perExec = proxies.get(exec);
  if (!perExec) {
    perExec = new WeakMap();
    proxies.set(exec, perExec);
  }
  let p = perExec.get(raw);
  if (!p) {
    p = makeProxy(exec, raw);
    perExec.set(raw, p);
  }
  return p;
}

/** Six minutes: the longest one execution may run. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
