/**
 * Google's transient errors, injected on request. Apps Script throws them now and then on any call —
 * a spreadsheet that times out, a server error, an address that is unavailable, a daily quota — and a
 * script must survive them; nothing else in the emulator ever throws them, so tests arm them here.
 *
 * A rule names the calls it hits (a service, or one `Class.method`), when (the k-th matching call of an
 * execution, or each with a seeded probability), in which executions (all; those of one top-level
 * function; the n-th one started after the rule was armed) and with which message: one of Apps Script's,
 * or the service's own (Drive's "User rate limit exceeded"). The call throws it and, by default, has no
 * effect. Google does not say whether a write that timed out happened (_unconfirmed_): `tookEffect: true`
 * models the other answer — the write is done, then the call throws.
 */
import { apiError, appsScriptError, type Execution, type ServiceName } from './runtime';

/** Which of Google's messages a fault throws. */
export type FaultKind = 'timeout' | 'server' | 'address' | 'quota';

export interface FaultRule {
  /** The calls it hits: a whole service (`'spreadsheet'`) or one method (`'Range.getValues'`). */
  on: ServiceName | `${string}.${string}`;
  /** The k-th matching call of each execution fails (1-based), and the `times - 1` after it. */
  at?: number;
  /** Consecutive matching calls that fail from the k-th (default 1). */
  times?: number;
  /** Or: each matching call fails with this probability, drawn from a generator seeded by `seed`. */
  rate?: number;
  seed?: number;
  /** Only in executions of this top-level function (`Emulator.run`'s name). */
  fn?: string;
  /** Only in the n-th execution begun after the rule was armed (1 = the next one). */
  execution?: number;
  /** Default: `'timeout'` for spreadsheet calls, `'server'` for the others. */
  kind?: FaultKind;
  /** What the quota message names (default: `email` for mail, else the service's name). */
  quotaName?: string;
  /**
   * Or the service's own message instead of `kind`'s ("User rate limit exceeded", "The user has exceeded
   * their Drive storage quota"), thrown as the service throws its errors (`ownError`).
   */
  message?: string;
  /** The call takes effect, then throws (a write that may or may not have happened; _unconfirmed_). */
  tookEffect?: boolean;
  /** At most this many faults from this rule, over all executions. */
  limit?: number;
}

/** One fault thrown: where, and with which message. */
export interface InjectedFault {
  execution: number;
  fn?: string;
  call: string;
  message: string;
  tookEffect: boolean;
}

/** Apps Script's wording (`message`, without the "Exception: " the log shows before it). */
export function faultMessage(kind: FaultKind, service: ServiceName, documentId: string, quotaName?: string) {
  switch (kind) {
    case 'timeout':
      return `Service Spreadsheets timed out while accessing document with id ${documentId}.`;
    case 'address':
      return 'Address unavailable';
    case 'quota':
      return `Service invoked too many times for one day: ${quotaName ?? (service === 'mail' ? 'email' : service)}.`;
    default:
      return "We're sorry, a server error occurred. Please wait a bit and try again.";
  }
}

/**
 * A service's own error, as the script receives it: an Advanced service (`Drive.Files.create`) throws a
 * `GoogleJsonResponseException` "API call to drive.files.create failed with error: <message>" (HTTP 403;
 * Apps Script's `remove` is the API's `delete`); the built-in services throw the message as it is.
 */
function ownError(exec: Execution, qualified: string, message: string): Error {
  const parts = qualified.split('.');
  const method = parts.pop()!;
  if (parts.length < 2) return appsScriptError(exec, message);
  const api = `${parts.join('.').toLowerCase()}.${method === 'remove' ? 'delete' : method}`;
  return apiError(exec, api, message, 403);
}

interface Armed {
  rule: FaultRule;
  /** Executions begun before the rule was armed. */
  base: number;
  thrown: number;
  seen: Map<number, number>;
  random?: () => number;
}

/** A small seeded generator (mulberry32): the same seed fails the same calls. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The faults armed on one emulator (`emu.faults`); each execution consults it through the proxy. */
export class Faults {
  private rules: Armed[] = [];
  private begun = 0;
  private readonly ordinal = new WeakMap<Execution, { n: number; fn?: string }>();
  /** Every fault thrown, in order. */
  readonly log: InjectedFault[] = [];

  constructor(private readonly documentId: () => string) {}

  /** Arms a rule; returns a function that disarms it. */
  inject(rule: FaultRule): () => void {
    if (rule.at === undefined && rule.rate === undefined) throw new Error('FaultRule: give `at` or `rate`');
    const armed: Armed = {
      rule,
      base: this.begun,
      thrown: 0,
      seen: new Map(),
      random: rule.rate !== undefined ? seeded(rule.seed ?? 1) : undefined,
    };
    this.rules.push(armed);
    return () => {
      this.rules = this.rules.filter((r) => r !== armed);
    };
  }
  /** Disarms every rule (the log stays). */
  clear(): void {
    this.rules = [];
  }

  /** Called as an execution begins, and again with its function's name once known. */
  begin(exec: Execution, fn?: string): void {
    const known = this.ordinal.get(exec);
    if (known) {
      if (fn) known.fn = fn;
      return;
    }
    this.begun += 1;
    this.ordinal.set(exec, { n: this.begun, fn });
  }

  /**
   * The proxy asks before each call: the fault to throw, if one is due. `undefined` lets the call run.
   */
  due(
    exec: Execution,
    service: ServiceName,
    qualified: string,
  ): { error: Error; tookEffect: boolean } | undefined {
    if (this.rules.length === 0) return undefined;
    const info = this.ordinal.get(exec);
    for (const armed of this.rules) {
      const { rule } = armed;
      if (rule.on !== service && rule.on !== qualified) continue;
      if (rule.fn !== undefined && info?.fn !== rule.fn) continue;
      if (rule.execution !== undefined && (info?.n ?? 0) !== armed.base + rule.execution) continue;
      if (rule.limit !== undefined && armed.thrown >= rule.limit) continue;
      const k = (armed.seen.get(exec.id) ?? 0) + 1;
      armed.seen.set(exec.id, k);
      const hit = armed.random
        ? armed.random() < (rule.rate ?? 0)
        : k >= rule.at! && k < rule.at! + (rule.times ?? 1);
      if (!hit) continue;
      armed.thrown += 1;
      const kind = rule.kind ?? (service === 'spreadsheet' ? 'timeout' : 'server');
      const error =
        rule.message === undefined
          ? appsScriptError(exec, faultMessage(kind, service, this.documentId(), rule.quotaName))
          : ownError(exec, qualified, rule.message);
      this.log.push({
        execution: info?.n ?? 0,
        fn: info?.fn,
        call: qualified,
        message: error.message,
        tookEffect: !!rule.tookEffect,
      });
      return { error, tookEffect: !!rule.tookEffect };
    }
    return undefined;
  }
}
