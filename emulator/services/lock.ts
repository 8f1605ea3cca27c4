/**
 * `LockService`: mutual exclusion between executions.
 *
 * JavaScript here is single-threaded, so executions overlap in modelled time only. Every call moves
 * the clock by its modelled cost (`cost.ts`), so an execution holds a lock from the moment it took it
 * to the moment it released it, or ended, on that clock. Another execution is blocked while it runs
 * inside that window:
 * - one started with `Emulator.beginExecution()` that has not ended yet (a live holder), until the
 *   holder releases the lock or ends (`releaseLocksOf`, called by the Emulator);
 * - one started later at an earlier time (`run(…, { at })`: "B started while A was still running"),
 *   until the time A released it — the last holder of each lock is remembered with its window;
 * - in either case no later than the release time a test scheduled with `holdLockUntil` ("the other
 *   execution releases at T"), or 6 minutes after the holder's execution began, the longest one lives.
 * A waiter does not really wait: the emulated clock moves by the time waited — to the release time if
 * that comes within the timeout (the waiter gets the lock then), or by the whole timeout otherwise.
 *
 * Scopes: the document lock is per document (null with no document), the script lock is one for the
 * whole project — every user, and for a published add-on every customer —, the user lock is per user.
 */
import type { Models } from '../models';
import { appsScriptError, EXECUTION_LIMIT_MS, markEmulated, tagEmulated, type Execution } from '../runtime';
import { answersOf, documentOf, type ServiceContext, type WorldState } from '../world';
import { denyWithoutAuthorization } from './session';

export type LockKind = 'document' | 'script' | 'user';

export interface LockRecord {
  kind: LockKind;
  /** Document id, user e-mail, or '' for the script lock. */
  key: string;
  execId: number;
  acquiredAt: number;
  /** When the holder's execution started (it cannot outlive 6 minutes); absent if unknown. */
  execStartedAt?: number;
  /** A release the holder has scheduled (see `holdLockUntil`). */
  lockHeldUntil?: number;
  /** When the holder released the lock or ended, on the modelled clock (absent while it holds it). */
  releasedAt?: number;
}

export interface LocksState {
  /** By `${kind}:${key}`. */
  held: Record<string, LockRecord>;
}

export function createLocksState(): LocksState {
  return { held: {} };
}

const TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

function slot(kind: LockKind, key: string): string {
  return `${kind}:${key}`;
}

/** When the lock stops blocking others, or Infinity while the holder may still run. */
function freeAt(rec: LockRecord): number {
  const limit = rec.execStartedAt === undefined ? Infinity : rec.execStartedAt + EXECUTION_LIMIT_MS;
  return Math.min(rec.lockHeldUntil ?? Infinity, rec.releasedAt ?? Infinity, limit);
}

/**
 * Whether the record blocks another execution at `now`. A released lock blocks only inside the window
 * it was held: an execution at an earlier time than the holder took it was not kept waiting.
 */
function blocksAt(rec: LockRecord, now: number): boolean {
  if (rec.releasedAt !== undefined && now < rec.acquiredAt) return false;
  return freeAt(rec) > now;
}

/**
 * Makes execution `execId` hold the lock until `releaseAtMs` ("the other execution releases at T"),
 * taking it if nobody holds it.
 */
export function holdLockUntil(
  state: LocksState,
  kind: LockKind,
  key: string,
  execId: number,
  releaseAtMs: number,
): void {
  const s = slot(kind, key);
  const rec = state.held[s];
  if (rec && rec.execId === execId) rec.lockHeldUntil = releaseAtMs;
  else state.held[s] = { kind, key, execId, acquiredAt: releaseAtMs, lockHeldUntil: releaseAtMs };
}

/** Locks end with the execution that holds them (their window is kept: see the top of this file). */
export function releaseLocksOf(world: WorldState, exec: Execution): void {
  for (const rec of Object.values(world.locks.held))
    if (rec.execId === exec.id && rec.releasedAt === undefined) rec.releasedAt = exec.clock.now();
}

export class Lock implements Models<
  GoogleAppsScript.Lock.Lock,
  'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'
> {
  constructor(
    private readonly exec: Execution,
    private readonly _state: () => LocksState,
    private readonly kind: LockKind,
    private readonly key: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(Number(timeoutInMillis));
  }
  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(Number(timeoutInMillis))) throw appsScriptError(this.exec, TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    const rec = this._state().held[slot(this.kind, this.key)];
    return (
      !!rec &&
      rec.execId === this.exec.id &&
      rec.releasedAt === undefined &&
      freeAt(rec) > this.exec.clock.now()
    );
  }
  releaseLock(): void {
    const rec = this._state().held[slot(this.kind, this.key)];
    if (rec?.execId === this.exec.id && rec.releasedAt === undefined) rec.releasedAt = this.exec.clock.now();
  }

  private _acquire(timeout: number): boolean {
    const held = this._state().held;
    const s = slot(this.kind, this.key);
    const clock = this.exec.clock;
    const rec = held[s];
    if (rec && rec.execId !== this.exec.id && blocksAt(rec, clock.now())) {
      const wait = Number.isFinite(timeout) && timeout > 0 ? timeout : 0;
      const free = freeAt(rec);
      if (free > clock.now() + wait) {
        clock.advance(wait);
        return false;
      }
      clock.set(free);
    }
    if (rec?.execId === this.exec.id && rec.lockHeldUntil === undefined && rec.releasedAt === undefined)
      return true;
    held[s] = {
      kind: this.kind,
      key: this.key,
      execId: this.exec.id,
      acquiredAt: clock.now(),
      execStartedAt: this.exec.startedAt,
    };
    return true;
  }
}
markEmulated(Lock, 'Lock', 'lock');

export function createLockService(ctx: ServiceContext) {
  const { exec, world } = ctx;
  const state = () => world.locks;
  const service = {
    /** Null outside a document, as in Apps Script (and in an add-on's simple trigger, if so answered). */
    getDocumentLock(): Lock | null {
      denyWithoutAuthorization(exec, 'LockService.getDocumentLock');
      const docId = documentOf(ctx);
      const noLock =
        exec.kind === 'simple' &&
        world.installation === 'addon' &&
        !answersOf(world).addonSimpleTriggerGetsDocumentLock;
      return docId && !noLock ? new Lock(exec, state, 'document', docId) : null;
    },
    getScriptLock(): Lock {
      denyWithoutAuthorization(exec, 'LockService.getScriptLock');
      return new Lock(exec, state, 'script', '');
    },
    getUserLock(): Lock {
      denyWithoutAuthorization(exec, 'LockService.getUserLock');
      return new Lock(exec, state, 'user', (exec.effectiveUser || exec.activeUser).toLowerCase());
    },
  };
  return tagEmulated(
    service satisfies Models<
      GoogleAppsScript.Lock.LockService,
      'getDocumentLock' | 'getScriptLock' | 'getUserLock',
      'getDocumentLock'
    >,
    'LockService',
    'lock',
  );
}
