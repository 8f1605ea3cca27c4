/**
 * The playground's persistent state: the emulator world as JSON in `<dir>/world.json` (the world is plain
 * JSON by design, the clock included as `world.now`), plus a little of the playground's own memory in
 * `<dir>/session.json` (who is signed in, when due triggers were last fired, what the sidebar asked the
 * host to do) and the service-call counts of the last execution in `<dir>/last-calls.json`.
 *
 * `<dir>` is `$PLAYGROUND_DIR`, else `.playground/` (git-ignored). The add-on comes from `dist/` (built by
 * `npm run build`) and is reloaded whenever dist/Code.js changes, so a rebuild shows up without a restart.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Emulator, loadManifest, type ExecutionResult, type RunOptions } from '../emulator/index';
import type { WorldState } from '../emulator/world';
import { SCRIPT_RUN_ROUND_TRIP_MS, type CostMetrics } from '../emulator/cost';
import { buildDemo, type DemoReport } from './demo';
import { addonEmulator } from './project';

export interface SessionMeta {
  /** The signed-in user's e-mail ('' models Apps Script withholding it). */
  user: string;
  /** Clock time up to which time-driven triggers have been fired ("run due triggers"). */
  lastTriggerCheck: number;
  /** `google.script.host` calls the sidebar made (close, editor.focus…), newest last. */
  hostEvents: { at: number; action: string; detail?: unknown }[];
  /** The dist/Code.js the world last ran with: a new build closes the sidebar, as a new version would. */
  bundleMtime?: number;
}

export interface CallsRecord {
  fn: string;
  as: string;
  at: number;
  ms: number;
  ok: boolean;
  total: number;
  byService: Record<string, number>;
  byMethod: Record<string, number>;
  /** What the calls cost in Google's time (emulator/cost.ts); absent in records saved before it existed. */
  cost?: CostMetrics;
  /** Set for a `google.script.run` call: the round trip the person waits on top of the server time. */
  roundTripMs?: number;
}

export const DEFAULT_DIR = '.playground';
export const DIST_DIR = process.env.PLAYGROUND_DIST ?? 'dist';

/**
 * One writer of the saved world at a time across processes: the server holds it from reading the
 * world to saving it for each request, the CLI for its whole command. Without it, a command run while
 * the page's own call was being answered could be overwritten by that call's save, or overwrite it.
 * A lock left by a process that died is taken over after a minute.
 */
export function withWorldLock<T>(dir: string, fn: () => T): T {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'world.lock');
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { force: true, recursive: true });
      } catch {
        // released meanwhile
      }
      if (Date.now() > deadline) throw new Error(`${lock}: another process keeps the playground's world`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); // 20 ms
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true, recursive: true });
  }
}

export function playgroundDir(): string {
  return resolve(process.env.PLAYGROUND_DIR ?? DEFAULT_DIR);
}

/** Writes through a temporary file so a crash never leaves half a world behind. */
function writeJson(path: string, value: unknown): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, path);
}

export class NoBundleError extends Error {
  constructor(path: string) {
    super(`Chưa có bản build của add-on (${path}). Hãy chạy: npm run build`);
  }
}

export class Playground {
  readonly dir: string;
  readonly distDir: string;
  emulator!: Emulator;
  meta: SessionMeta = { user: '', lastTriggerCheck: 0, hostEvents: [] };
  private bundleMtime = 0;
  private functions: string[] | null = null;
  /** world.json's mtime when last read or written: another process (the CLI) may have changed it. */
  private diskMtime = 0;
  /** Bumped by every save: the page polls it to notice changes made by sidebar calls. */
  version = 0;

  constructor(opts: { dir?: string; distDir?: string } = {}) {
    this.dir = resolve(opts.dir ?? playgroundDir());
    this.distDir = resolve(opts.distDir ?? DIST_DIR);
    mkdirSync(this.dir, { recursive: true });
    const world = this.load();
    if (!world) {
      this.emulator = this.freshEmulator();
      this.meta.lastTriggerCheck = this.emulator.clock.now();
    }
  }

  private worldMtime(): number {
    const path = join(this.dir, 'world.json');
    return existsSync(path) ? statSync(path).mtimeMs : 0;
  }

  /** Reads the saved world and session, if any. */
  private load(): WorldState | undefined {
    const world = this.readJson<WorldState>('world.json');
    const meta = this.readJson<SessionMeta>('session.json');
    if (world) {
      this.emulator = new Emulator(addonEmulator({ world }));
      this.bundleMtime = 0;
    }
    if (meta) this.meta = { ...this.meta, ...meta };
    this.diskMtime = this.worldMtime();
    return world;
  }

  /** Picks up a world another process saved since (the server calls this before each request). */
  syncFromDisk(): boolean {
    const m = this.worldMtime();
    if (m === 0 || m === this.diskMtime) return false;
    this.load();
    this.version++;
    return true;
  }

  /** Puts back a world saved with `JSON.stringify(world)` (a run undone, to ask its prompt first). */
  restoreWorld(saved: string): void {
    this.emulator = new Emulator(addonEmulator({ world: JSON.parse(saved) as WorldState }));
    this.bundleMtime = 0;
  }

  get hasSavedWorld(): boolean {
    return existsSync(join(this.dir, 'world.json'));
  }
  get world(): WorldState {
    return this.emulator.world;
  }
  get now(): number {
    return this.emulator.clock.now();
  }

  private readJson<T>(name: string): T | undefined {
    const path = join(this.dir, name);
    if (!existsSync(path)) return undefined;
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  }

  private freshEmulator(now?: number): Emulator {
    const built = join(this.distDir, 'appsscript.json');
    const manifest = loadManifest(existsSync(built) ? built : 'appsscript.json');
    return new Emulator(addonEmulator({ manifest, now }));
  }

  /** Loads dist/Code.js (and the HTML pages) if it is new or changed since the last load. */
  ensureBundle(): this {
    const code = join(this.distDir, 'Code.js');
    if (!existsSync(code)) throw new NoBundleError(code);
    const mtime = statSync(code).mtimeMs;
    if (mtime !== this.bundleMtime) {
      this.emulator.loadBundle(code);
      this.bundleMtime = mtime;
      this.functions = null;
      if (this.meta.bundleMtime !== undefined && this.meta.bundleMtime !== mtime)
        this.world.ui.sidebar = null;
      this.meta.bundleMtime = mtime;
    }
    return this;
  }
  get hasBundle(): boolean {
    return existsSync(join(this.distDir, 'Code.js'));
  }

  /** The bundle's top-level functions: what menus, triggers and `google.script.run` may call. */
  topLevelFunctions(): string[] {
    this.ensureBundle();
    this.functions ??= this.emulator.topLevelFunctions();
    return this.functions;
  }

  /**
   * Starts over: with `demo`, the demo district (built through the add-on, see demo.ts); otherwise an
   * empty spreadsheet, the clock kept where it was. Saves.
   */
  reset(opts: { demo?: boolean } = {}): DemoReport | undefined {
    const report = opts.demo ? buildDemo(this) : (this.clear(), undefined);
    this.save();
    return report;
  }

  /** An empty world (a new spreadsheet with nothing in it), the clock kept where it was unless given. */
  clear(opts: { now?: number } = {}): void {
    this.emulator = this.freshEmulator(opts.now ?? this.now);
    this.bundleMtime = 0;
    this.meta = {
      user: this.meta.user,
      lastTriggerCheck: this.emulator.clock.now(),
      hostEvents: [],
      bundleMtime: this.meta.bundleMtime,
    };
    rmSync(join(this.dir, 'last-calls.json'), { force: true });
  }

  setClock(at: number | string | Date): void {
    this.emulator.clock.set(at);
    this.world.now = this.emulator.clock.now();
  }

  /** Runs one function of the add-on and remembers its service calls. Throws what the script threw. */
  run<T = unknown>(fn: string, args: unknown[] = [], opts: RunOptions = {}): ExecutionResult<T> {
    this.ensureBundle();
    const as = opts.as ?? this.meta.user;
    const t0 = performance.now();
    let ok = false;
    try {
      const result = this.emulator.run<T>(fn, args, { ...opts, as });
      ok = true;
      return result;
    } finally {
      this.recordCalls(fn, opts.effectiveUser ?? as, ok, performance.now() - t0);
    }
  }

  private recordCalls(fn: string, as: string, ok: boolean, ms: number): void {
    const calls = this.emulator.lastCalls;
    const record: CallsRecord = {
      fn,
      as,
      at: this.now,
      ms: Math.round(ms * 10) / 10,
      ok,
      total: calls.total(),
      byService: calls.byService() as Record<string, number>,
      byMethod: calls.byMethod(),
      cost: this.emulator.lastCost.snapshot(),
    };
    writeJson(join(this.dir, 'last-calls.json'), record);
  }

  /** Marks the last run as a `google.script.run` call from a page (its round trip is shown with it). */
  markLastRunFromClient(): void {
    const record = this.lastCalls();
    if (!record) return;
    writeJson(join(this.dir, 'last-calls.json'), { ...record, roundTripMs: SCRIPT_RUN_ROUND_TRIP_MS });
  }

  lastCalls(): CallsRecord | undefined {
    return this.readJson<CallsRecord>('last-calls.json');
  }

  save(): void {
    this.version++;
    mkdirSync(this.dir, { recursive: true });
    writeJson(join(this.dir, 'session.json'), this.meta);
    writeJson(join(this.dir, 'world.json'), this.world);
    this.diskMtime = this.worldMtime();
  }
}
