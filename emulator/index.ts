/**
 * The emulated Apps Script project: a world (what Google keeps), the built bundle, and executions that
 * run the bundle's top-level functions in a fresh `node:vm` context holding only Apps Script's globals.
 *
 * A new context per execution is what Apps Script does too: globals do not survive between runs, only
 * what the script stored in sheets, properties, cache or Drive does.
 */
import vm from 'node:vm';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  CallLog,
  Clock,
  newExecution,
  scopesOf,
  type AuthMode,
  type ContextAnswers,
  type Execution,
  type ExecutionKind,
  type Manifest,
  type Realm,
} from './runtime';
import {
  answersOf,
  createWorld,
  projectInfo,
  type ProjectFiles,
  type ProjectInfo,
  type ServiceContext,
  type WorldState,
} from './world';
import { CostMeter, type CostMetrics } from './cost';
import { Faults } from './faults';
import { createGlobals } from './services/globals';
import { releaseLocksOf } from './services/lock';
import { createSpreadsheet } from './spreadsheet/state';
import { editByHand, type EditReport, type PersonEditOptions, type SheetsUi } from './person';
import { editDocText, typeInDocSection } from './services/drive/docs-edit';

export * from './runtime';
export * from './cost';
export { makeCopy, type CopyOptions, type CopyResult } from './copy';
export * from './faults';
export type { WorldState, UserInfo, ServiceContext, ProjectFiles, ProjectInfo } from './world';
export type {
  CellInput,
  ChangeType,
  EditReport,
  PersonEdit,
  PersonEditKind,
  PersonEditOptions,
  ProtectionWarning,
  SheetsUi,
  TriggerRun,
} from './person';

/** How a host sets up an emulator. Nothing here is required: every field has a neutral default. */
export interface EmulatorOptions {
  /** The project's manifest (default: `appsscript.json` in the working directory). */
  manifest?: Manifest;
  /** A world saved earlier (its manifest, project and spreadsheets are kept). */
  world?: WorldState;
  /** Installed as an editor add-on (the default: add-on trigger limits apply) or bound to the spreadsheet. */
  installation?: 'addon' | 'bound';
  /** The clock's start, epoch milliseconds. */
  now?: number;
  /** The script project: its name titles `createAddonMenu()`; its id is `ScriptApp.getScriptId()`. */
  project?: Partial<ProjectInfo>;
  /** The spreadsheet the script runs in, made with a new world. */
  spreadsheet?: { name?: string; timeZone?: string; locale?: string };
  /** Google's answers to the unconfirmed behaviours (docs/emulator.md, "Execution contexts"). */
  answers?: Partial<ContextAnswers>;
}

/** The name Google gives a new spreadsheet. */
export const DEFAULT_SPREADSHEET_NAME = 'Untitled spreadsheet';

export interface RunOptions {
  /** Active user's e-mail; '' models Apps Script withholding it. */
  as?: string;
  /** Whose authority the script runs with (defaults to `as`; for triggers, the installer). */
  effectiveUser?: string;
  authMode?: AuthMode;
  /** Move the clock here before running. */
  at?: number | string | Date;
  /** What starts the execution (default 'call'): decides, with `answers`, which document it sees. */
  kind?: ExecutionKind;
}

export interface ExecutionResult<T = unknown> {
  value: T;
  calls: CallLog;
  /** What the calls cost in Google's time (`cost.ts`): data calls, cells moved, mail, Drive, modelled ms. */
  cost: CostMetrics;
  /** Modelled time the execution took on the emulated clock: `cost.modelledMs` plus sleeps and lock waits. */
  elapsedMs: number;
  /** Node's own time running the function. */
  ms: number;
  exec: Execution;
}

/** Globals a script in Apps Script V8 can see that come with the language itself, besides the services. */
const LANGUAGE_GLOBALS_REMOVED = [
  // Node's vm contexts start with the ECMAScript built-ins only; these are the host extras some Node
  // versions leak into new contexts. Apps Script has none of them.
  'setTimeout',
  'setInterval',
  'clearTimeout',
  'clearInterval',
  'setImmediate',
  'queueMicrotask',
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'fetch',
  'Buffer',
  'process',
  'require',
  'module',
  'exports',
  'atob',
  'btoa',
];

export class Emulator {
  readonly world: WorldState;
  readonly clock: Clock;
  private bundle?: vm.Script;
  readonly project: ProjectFiles = { html: {} };
  /** Calls of the last `run`, for a host to report (which calls, how many). */
  lastCalls = new CallLog();
  /** The modelled cost of the last `run` (see `cost.ts`), beside its calls. */
  lastCost = new CostMeter();
  /** Google's transient errors, armed by tests (`faults.ts`): `emu.faults.inject({ on, at, … })`. */
  readonly faults = new Faults(() => this.world.activeSpreadsheetId ?? '');

  constructor(opts: EmulatorOptions = {}) {
    const manifest = opts.manifest ?? opts.world?.manifest ?? loadManifest();
    this.world =
      opts.world ??
      createWorld(manifest, { installation: opts.installation, now: opts.now, project: opts.project });
    if (opts.world && opts.project) this.world.project = { ...projectInfo(this.world), ...opts.project };
    if (opts.answers) this.world.answers = { ...this.world.answers, ...opts.answers };
    this.clock = new Clock(this.world.now);
    if (!this.world.activeSpreadsheetId) {
      const ss = createSpreadsheet(
        this.world.spreadsheets,
        opts.spreadsheet?.name ?? DEFAULT_SPREADSHEET_NAME,
        opts.spreadsheet?.timeZone ?? manifest.timeZone ?? 'America/New_York',
        { locale: opts.spreadsheet?.locale },
      );
      this.world.activeSpreadsheetId = ss.id;
    }
  }

  /** Loads the built bundle (`dist/Code.js` by default). */
  loadBundle(path = 'dist/Code.js'): this {
    this.bundle = new vm.Script(readFileSync(path, 'utf8'), { filename: 'Code.gs' });
    const dir = dirname(path);
    if (existsSync(dir)) {
      for (const f of readdirSync(dir)) {
        if (f.endsWith('.html')) this.project.html[f.slice(0, -5)] = readFileSync(join(dir, f), 'utf8');
      }
    }
    return this;
  }
  loadSource(code: string, filename = 'Code.gs'): this {
    this.bundle = new vm.Script(code, { filename });
    return this;
  }

  /** Starts an execution without running a function: for tests that hold a lock while another runs. */
  beginExecution(opts: RunOptions = {}): { exec: Execution; globals: Record<string, unknown>; end(): void } {
    if (opts.at !== undefined) this.clock.set(opts.at);
    const as = opts.as ?? '';
    const kind = opts.kind ?? 'call';
    const exec = newExecution({
      kind,
      document: this.documentFor(kind),
      clock: this.clock,
      activeUser: opts.authMode === 'NONE' ? '' : as,
      effectiveUser: opts.effectiveUser ?? as,
      authMode: opts.authMode ?? 'FULL',
      scopes: scopesOf(this.world.manifest),
      advancedServices: new Set(
        (this.world.manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => s.userSymbol),
      ),
      scriptTimeZone: this.world.manifest.timeZone ?? 'America/New_York',
      faults: this.faults,
    });
    this.faults.begin(exec);
    const globals = createGlobals({ exec, world: this.world, project: this.project });
    return {
      exec,
      globals,
      end: () => {
        releaseLocksOf(this.world, exec);
        this.world.now = this.clock.now();
      },
    };
  }

  /**
   * The spreadsheet an execution of this kind sees ('' for none): a web app of an add-on sees none; a
   * bound script's web app and an add-on's time-driven trigger see theirs as `answers` say.
   */
  documentFor(kind: ExecutionKind): string {
    const answers = answersOf(this.world);
    const web = kind === 'webappDeployer' || kind === 'webappVisitor';
    const addon = this.world.installation === 'addon';
    if (web && (addon || !answers.boundWebAppSeesSpreadsheet)) return '';
    if (kind === 'time' && addon && !answers.addonTimeTriggerSeesDocument) return '';
    return this.world.activeSpreadsheetId;
  }

  /**
   * Fires one installed time-driven trigger now (or `at`), as Apps Script does: as its owner, with
   * the time-driven event object (`triggerUid` its id). Throws when there is no such trigger.
   */
  runTrigger<T = unknown>(id: string, opts: { at?: number | string | Date } = {}): ExecutionResult<T> {
    const t = this.world.triggers.triggers.find((x) => x.id === id);
    if (!t) throw new Error(`No trigger ${id}`);
    if (opts.at !== undefined) this.clock.set(opts.at);
    const d = new Date(this.clock.now());
    const event = {
      authMode: 'FULL',
      triggerUid: t.id,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      'day-of-month': d.getUTCDate(),
      'day-of-week': d.getUTCDay() || 7,
      'week-of-year': 0,
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      timezone: 'UTC',
    };
    return this.run<T>(t.handler, [event], { as: t.owner, effectiveUser: t.owner, kind: 'time' });
  }

  /** A fresh context with the bundle loaded, as Apps Script prepares one for each execution. */
  private contextFor(exec: Execution, globals: Record<string, unknown>): vm.Context {
    const context = vm.createContext({});
    for (const name of LANGUAGE_GLOBALS_REMOVED) delete (context as Record<string, unknown>)[name];
    const realm = vm.runInContext('({ Date, Error, Array })', context) as Realm;
    exec.realm = realm;
    installClock(context, this.clock);
    Object.assign(context, globals);
    if (!this.bundle) this.loadBundle();
    this.bundle!.runInContext(context);
    return context;
  }

  /** Runs one top-level function of the bundle, as a menu click, trigger or `google.script.run` would. */
  run<T = unknown>(fn: string, args: unknown[] = [], opts: RunOptions = {}): ExecutionResult<T> {
    return this.execute<T>(fn, () => args, opts, true)!;
  }

  /**
   * Runs `fn` when the bundle defines it (null when it does not: nothing runs), with arguments built
   * inside the execution: a trigger's event holds that execution's `Range` and `Spreadsheet`.
   */
  runIfDefined<T = unknown>(
    fn: string,
    argsIn: (ctx: ServiceContext) => unknown[],
    opts: RunOptions = {},
  ): ExecutionResult<T> | null {
    return this.execute<T>(fn, argsIn, opts, false);
  }

  private execute<T>(
    fn: string,
    argsIn: (ctx: ServiceContext) => unknown[],
    opts: RunOptions,
    required: boolean,
  ): ExecutionResult<T> | null {
    const { exec, globals, end } = this.beginExecution(opts);
    try {
      this.faults.begin(exec, fn);
      const context = this.contextFor(exec, globals);
      const target = (context as Record<string, unknown>)[fn];
      if (typeof target !== 'function' && !required) return null;
      this.lastCalls = exec.calls;
      this.lastCost = exec.cost;
      if (typeof target !== 'function') throw new Error(`Script function not found: ${fn}`);
      exec.calls.reset(); // loading the bundle is not the function's cost
      exec.cost.reset();
      const args = argsIn({ exec, world: this.world, project: this.project });
      const start = this.clock.now();
      const t0 = performance.now();
      const value = (target as (...a: unknown[]) => T)(...args);
      const ms = performance.now() - t0;
      return {
        value,
        calls: exec.calls,
        cost: exec.cost.snapshot(),
        elapsedMs: this.clock.now() - start,
        ms,
        exec,
      };
    } finally {
      end();
    }
  }

  /**
   * `email` editing the spreadsheet by hand in the Sheets interface (see `person.ts`): protections
   * hold against them, typed text is parsed as typed, and each value change fires the bundle's simple
   * `onEdit` (AuthMode.LIMITED) and the spreadsheet's installable edit and change triggers. A refused
   * action throws Sheets' message; the actions before it stay done.
   */
  edit<T>(email: string, fn: (ui: SheetsUi) => T, opts: PersonEditOptions = {}): EditReport<T> {
    return editByHand(this, email, fn, opts);
  }

  /**
   * `email` writing in a Google Doc in the Docs editor (`services/drive/docs-edit.ts`): a paragraph per
   * line of `text` at the end of the section under `heading`, one revision by them now.
   */
  typeInDoc(email: string, fileId: string, heading: string, text: string): { heading: string } {
    return typeInDocSection(this.world.drive, fileId, heading, text, { as: email, now: this.clock.now() });
  }

  /** `email` replacing text in a Doc (renaming a heading; `to` '' deletes its paragraph). */
  editDoc(email: string, fileId: string, from: string, to: string): void {
    editDocText(this.world.drive, fileId, from, to, { as: email, now: this.clock.now() });
  }

  /** The names of the bundle's top-level functions, as the Apps Script editor lists them. */
  topLevelFunctions(): string[] {
    const { exec, globals, end } = this.beginExecution({ authMode: 'NONE' });
    try {
      const context = this.contextFor(exec, globals);
      return Object.keys(context).filter(
        (k) => typeof (context as Record<string, unknown>)[k] === 'function' && !(k in globals),
      );
    } finally {
      end();
    }
  }
}

/** Replaces the context's `Date` so that `new Date()` and `Date.now()` read the emulated clock. */
function installClock(context: vm.Context, clock: Clock): void {
  const install = vm.runInContext(
    `(function (now) {
      var RealDate = Date;
      function ClockDate() {
        var args = Array.prototype.slice.call(arguments);
        if (!(this instanceof ClockDate)) return new RealDate(now()).toString();
        var d = args.length === 0 ? new RealDate(now()) : new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
        return d;
      }
      ClockDate.prototype = RealDate.prototype;
      ClockDate.now = function () { return now(); };
      ClockDate.UTC = RealDate.UTC;
      ClockDate.parse = RealDate.parse;
      Object.defineProperty(globalThis, 'Date', { value: ClockDate, writable: true, configurable: true });
    })`,
    context,
  ) as (now: () => number) => void;
  install(() => clock.now());
}

export function loadManifest(path = 'appsscript.json'): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}
