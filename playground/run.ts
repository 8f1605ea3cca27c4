/**
 * One run of an add-on function from the playground (menu item, trigger, sidebar call, CLI), reported as
 * plain JSON: the value, or the exception as Apps Script would log it, plus what the run showed the user
 * (new toasts, alerts, a sidebar) and its service calls.
 */
import type { CostMetrics, RunOptions } from '../emulator/index';
import type { Playground } from './state';
import { clientErrorMessage } from './bridge-rules';
import { toasts, type ToastView } from './inspect';
import type { UiDialogRecord } from '../emulator/services/ui';

export interface RunOutcome {
  ok: boolean;
  fn: string;
  as: string;
  /** The value as JSON (Dates as ISO strings); see `rawValue` for what the function returned. */
  value?: unknown;
  error?: { name: string; message: string; clientMessage: string; stack?: string };
  ms: number;
  /** Service calls, and what they cost in Google's time (emulator/cost.ts). */
  calls: { total: number; byService: Record<string, number>; cost: CostMetrics };
  toasts: ToastView[];
  alerts: UiDialogRecord[];
  sidebarShown: boolean;
  /** A modal or modeless dialog the run showed (the wall board): its index in `world.ui.dialogs`. */
  dialog: { index: number; title: string; width?: number; height?: number } | null;
  /** Menu runs from the page: a prompt to put to the person first (the run was undone). */
  ask?: { title: string; prompt: string; buttons: string };
  /** Not serialised: the function's own return value. */
  readonly rawValue?: unknown;
}

/** JSON for display: Dates become ISO strings; what JSON cannot hold becomes a short description. */
export function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(
      JSON.stringify(value, (_k, v: unknown) => {
        if (typeof v === 'function') return `[Function ${(v as { name?: string }).name || ''}]`;
        if (typeof v === 'bigint') return v.toString();
        return v;
      }) ?? 'null',
    );
  } catch {
    return String(value);
  }
}

export function runOutcome(pg: Playground, fn: string, args: unknown[], opts: RunOptions = {}): RunOutcome {
  const world = pg.world;
  const toastsBefore = toasts(world).length;
  const alertsBefore = world.ui.alerts.length;
  const sidebarBefore = world.ui.sidebar;
  const dialogsBefore = world.ui.dialogs.length;
  const as = opts.as ?? pg.meta.user;
  let out: Omit<RunOutcome, 'toasts' | 'alerts' | 'sidebarShown' | 'dialog' | 'calls'>;
  let raw: unknown;
  try {
    const r = pg.run(fn, args, { ...opts, as });
    raw = r.value;
    out = { ok: true, fn, as, value: jsonSafe(r.value), ms: r.ms };
  } catch (e) {
    const err = e as { name?: string; message?: string; stack?: string };
    out = {
      ok: false,
      fn,
      as,
      error: {
        name: err?.name ?? 'Error',
        message: err?.message ?? String(e),
        clientMessage: clientErrorMessage(e),
        stack: err?.stack,
      },
      ms: 0,
    };
  }
  const calls = pg.emulator.lastCalls;
  const result: RunOutcome = {
    ...out,
    calls: {
      total: calls.total(),
      byService: calls.byService() as Record<string, number>,
      cost: pg.emulator.lastCost.snapshot(),
    },
    toasts: toasts(world).slice(toastsBefore),
    alerts: world.ui.alerts.slice(alertsBefore),
    sidebarShown: world.ui.sidebar !== sidebarBefore && world.ui.sidebar !== null,
    dialog: null,
  };
  const dialogs = world.ui.dialogs;
  if (dialogs.length > dialogsBefore) {
    const d = dialogs[dialogs.length - 1];
    result.dialog = { index: dialogs.length - 1, title: d.title, width: d.width, height: d.height };
  }
  Object.defineProperty(result, 'rawValue', { value: raw, enumerable: false });
  return result;
}
