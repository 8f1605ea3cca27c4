/**
 * What every benchmark row measures, and how: one execution of the built bundle in the emulator, its
 * calls and its modelled cost in Google (emulator/cost.ts), Node's own time and heap; three runs on
 * copies of the same world, each figure the median of the three.
 */
import { performance } from 'node:perf_hooks';
import {
  Emulator,
  emptyMetrics,
  type CostMetrics,
  type ExecutionResult,
  type RunOptions,
  type WorldState,
} from '../emulator';
import { SHEETS } from '../src/core/schema';
import { ADDON_EMULATOR } from '../playground/project';

/**
 * The cost of one execution, beside its call counts: the emulator's own metrics (emulator/cost.ts has
 * the prices and says what each counts), with the Spreadsheet calls and every service's calls in place
 * of its single call count.
 */
export interface CostFigures extends Omit<CostMetrics, 'calls'> {
  /** Every method called on any SpreadsheetApp object (getRange, getSheetByName…). */
  spreadsheetCalls: number;
  /** Calls on all services. */
  serviceCalls: number;
}

/** An execution that cost nothing (a row measured outside Apps Script). */
export function noCost(): CostFigures {
  const { calls: _calls, ...metrics } = emptyMetrics();
  return { spreadsheetCalls: 0, serviceCalls: 0, ...metrics };
}

export interface Measure extends CostFigures {
  emails: number;
  recipients: number;
  /** Node's own time running the function in the emulator. */
  ms: number;
  heapMB: number;
}

export const round1 = (x: number) => Math.round(x * 10) / 10;

export function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return round1(process.memoryUsage().heapUsed / 1048576);
}

export function costFigures(r: Pick<ExecutionResult, 'calls' | 'cost'>): CostFigures {
  const { calls: _calls, ...metrics } = r.cost;
  return {
    spreadsheetCalls: r.calls.total('spreadsheet'),
    serviceCalls: r.calls.total(),
    ...metrics,
    modelledMs: round1(r.cost.modelledMs),
  };
}

/** The difference of two measures (what the second adds to the first); Node figures from the second. */
export function difference<T extends CostFigures>(more: T, less: CostFigures): T {
  const out = { ...more };
  for (const k of Object.keys(less) as (keyof CostFigures)[])
    out[k] = round1(more[k] - less[k]) as T[typeof k];
  return out;
}

/** A new emulator over a copy of `register`'s world, its clock where the register's is. */
export function copyOf(register: Emulator, source?: string): Emulator {
  const emu = new Emulator({ ...ADDON_EMULATOR, world: structuredClone(register.world) });
  if (source === undefined) emu.loadBundle();
  else emu.loadSource(source);
  emu.clock.set(register.clock.now());
  return emu;
}

/** Runs `fn` once and measures it. */
export function measure<T = unknown>(
  emu: Emulator,
  fn: string,
  args: unknown[] = [],
  opts: RunOptions = {},
): { m: Measure; value: T; result: ExecutionResult<T> } {
  const outboxBefore = emu.world.mail.outbox.length;
  const result = emu.run<T>(fn, args, opts);
  const sent = emu.world.mail.outbox.slice(outboxBefore);
  return {
    value: result.value,
    result,
    m: {
      ...costFigures(result),
      emails: sent.length,
      recipients: sent.reduce((n, s) => n + s.to.length + s.cc.length + s.bcc.length, 0),
      ms: round1(result.ms),
      heapMB: heapMB(),
    },
  };
}

/** The median of each numeric figure (recursively in objects and arrays); anything else from the first run. */
export function median<T>(runs: T[]): T {
  const first = runs[0];
  if (typeof first === 'number') {
    const sorted = (runs as number[]).slice().sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] as T;
  }
  if (Array.isArray(first)) return first.map((_, i) => median(runs.map((r) => (r as unknown[])[i]))) as T;
  if (first && typeof first === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(first)) out[k] = median(runs.map((r) => (r as Record<string, unknown>)[k]));
    return out as T;
  }
  return first;
}

/** Runs per figure: three (their median); `BENCH_RUNS=1` for a quick look (modelled figures do not vary). */
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Runs `once` three times (each on its own copy of the world) and keeps each figure's median. */
export function median3<T>(once: (i: number) => T): T {
  return median(Array.from({ length: RUNS }, (_, i) => once(i)));
}

/** Times a pure function in Node: the median of three. */
export function timeMs(fn: () => unknown): number {
  return median3(() => {
    const t0 = performance.now();
    fn();
    return round1(performance.now() - t0);
  });
}

// ---- what changed in the register ---------------------------------------------------------------

type Sheets = WorldState['spreadsheets']['byId'][string]['sheets'];
function sheetsOf(world: WorldState): Sheets {
  return world.spreadsheets.byId[world.activeSpreadsheetId].sheets;
}

/** Cells (of every sheet) whose stored value or formula differs between two worlds. */
export function changedCells(before: WorldState, after: WorldState): number {
  const old = new Map(sheetsOf(before).map((s) => [s.sheetId, s]));
  let n = 0;
  for (const sheet of sheetsOf(after)) {
    const prev = old.get(sheet.sheetId);
    const rows = Math.max(sheet.rows.length, prev?.rows.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const a = prev?.rows[r];
      const b = sheet.rows[r];
      const cols = Math.max(a?.v.length ?? 0, b?.v.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const va = a?.v[c] ?? null;
        const vb = b?.v[c] ?? null;
        const fa = a?.a?.fx?.[c] ?? null;
        const fb = b?.a?.fx?.[c] ?? null;
        if (va !== vb || fa !== fb) n++;
      }
    }
  }
  return n;
}

/** The sheets that only ever grow, by their Vietnamese names. */
export const GROWING_SHEETS = {
  sendLog: SHEETS.sendLog.vi,
  audit: SHEETS.audit.vi,
  queue: SHEETS.notifyQueue.vi,
} as const;
export type Growth = Record<keyof typeof GROWING_SHEETS, number>;

function filledCells(world: WorldState, name: string): number {
  const sheet = sheetsOf(world).find((s) => s.name === name);
  let n = 0;
  for (const row of sheet?.rows ?? [])
    for (const v of row?.v ?? []) if (v !== null && v !== undefined && v !== '') n++;
  return n;
}

/** How full each only-growing sheet is now: pass it to `growthSince` after the run. */
export function growthMark(world: WorldState): Growth {
  const out = {} as Growth;
  for (const [key, name] of Object.entries(GROWING_SHEETS) as [keyof Growth, string][])
    out[key] = filledCells(world, name);
  return out;
}

/** Cells added to each only-growing sheet since `mark`. */
export function growthSince(mark: Growth, world: WorldState): Growth {
  const now = growthMark(world);
  const out = {} as Growth;
  for (const key of Object.keys(GROWING_SHEETS) as (keyof Growth)[]) out[key] = now[key] - mark[key];
  return out;
}
