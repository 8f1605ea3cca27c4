/**
 * What Google charges in time: the cost model the emulator applies to every call a script makes.
 *
 * Counting calls is not enough: Apps Script also charges per cell moved. These are central estimates,
 * good to about ±3×; every modelled figure (the bench, the playground, time budgets in tests) comes
 * from these constants and from nowhere else. Sources: the project's notes on the real runtime
 * (docs/platform.md, "Cost in the real runtime"), which collect the measurements below.
 *
 * Which call is light and which is a data call, and how many cells each moves, is decided in
 * `charge.ts`; this module only holds the prices and the meter.
 */

/**
 * A light call: getRange, getSheetByName, getLastRow, Properties, Cache, Lock, Session, Script,
 * Utilities… — 15 ms. Evidence: 1,000 `getRange().getValue()` ≈ 3 s; `getLastRow()` in a loop ≈ 160 ms
 * each when interleaved with writes (Google's Apps Script best-practices page and public measurements).
 */
export const LIGHT_CALL_MS = 15;

/**
 * A data call: any call that reads or writes values, formulas, formats, validations or notes of a range;
 * `appendRow`, `insert/deleteRows/Columns`, `flush` — 100 ms. Evidence: one batched write of 4,000 cells
 * < 50 ms, 610 ms with `flush()`; 400 flushes ≈ 12 s.
 */
export const DATA_CALL_MS = 100;

/** Each cell read — 0.01 ms. Evidence: 240,000 cells via `getValues` ≈ 7 s (Sheets API ≈ 6 s). */
export const CELL_READ_MS = 0.01;

/** Each cell written (value or formula) — 0.03 ms. Evidence: the same measurements, the flush included. */
export const CELL_WRITTEN_MS = 0.03;

/**
 * Each cell formatted (background, font, number format, validation, conditional-format rule range) —
 * 0.1 ms. Evidence: Google's Apps Script best practices, 10,000 backgrounds set in one batch ≈ 1 s.
 */
export const CELL_FORMATTED_MS = 0.1;

/** `MailApp.sendEmail` — 300 ms. Typical; Google publishes no figure. */
export const MAIL_SEND_MS = 300;

/** An Advanced Drive service call — 500 ms. Typical; Google publishes no figure. */
export const DRIVE_CALL_MS = 500;

/** A conversion (HTML → Google Doc, Doc → PDF, HTML → PDF) — 2,000 ms. Typical; no published figure. */
export const CONVERSION_MS = 2000;

/**
 * A `google.script.run` round trip — 800 ms: not server time (the execution's clock does not move by
 * it) but what the person waits on top of it, since each call loads the whole script again. The
 * playground adds it to what the sidebar's actions cost.
 */
export const SCRIPT_RUN_ROUND_TRIP_MS = 800;

/** What one execution has cost so far. */
export interface CostMetrics {
  /** Every call the script made on an emulated object (the same count as the call log). */
  calls: number;
  /** Spreadsheet calls that read or write cell values, formulas, formats, validations or notes. */
  dataCalls: number;
  cellsRead: number;
  /** Values and formulas written. */
  cellsWritten: number;
  /** Cells whose format, validation, note or conditional-format rule range was set or cleared. */
  formatCellsWritten: number;
  mailSends: number;
  /** Advanced Drive calls, conversions by Drive included. */
  driveCalls: number;
  /** Conversions: HTML → Doc and Doc → PDF through Drive, HTML → PDF through `Blob.getAs`. */
  conversions: number;
  /** The modelled server time of all these calls, in ms (lock waits and sleeps not included). */
  modelledMs: number;
}

/** How one call is charged (see `charge.ts`). */
export interface Charge {
  kind: 'light' | 'data' | 'mail' | 'drive' | 'conversion';
  /** A conversion made through Drive counts as a Drive call too. */
  viaDrive?: boolean;
  read?: number;
  written?: number;
  formatted?: number;
}

export function emptyMetrics(): CostMetrics {
  return {
    calls: 0,
    dataCalls: 0,
    cellsRead: 0,
    cellsWritten: 0,
    formatCellsWritten: 0,
    mailSends: 0,
    driveCalls: 0,
    conversions: 0,
    modelledMs: 0,
  };
}

/** The time one charge costs, in ms. */
export function costOf(c: Charge): number {
  const base =
    c.kind === 'data'
      ? DATA_CALL_MS
      : c.kind === 'mail'
        ? MAIL_SEND_MS
        : c.kind === 'drive'
          ? DRIVE_CALL_MS
          : c.kind === 'conversion'
            ? CONVERSION_MS
            : LIGHT_CALL_MS;
  return (
    base +
    (c.read ?? 0) * CELL_READ_MS +
    (c.written ?? 0) * CELL_WRITTEN_MS +
    (c.formatted ?? 0) * CELL_FORMATTED_MS
  );
}

/** Accumulates the charges of one execution. */
export class CostMeter {
  readonly metrics: CostMetrics = emptyMetrics();

  /** Adds one call's charge; returns its cost in ms. */
  add(c: Charge): number {
    const m = this.metrics;
    const ms = costOf(c);
    m.calls += 1;
    if (c.kind === 'data') m.dataCalls += 1;
    if (c.kind === 'mail') m.mailSends += 1;
    if (c.kind === 'drive' || c.viaDrive) m.driveCalls += 1;
    if (c.kind === 'conversion') m.conversions += 1;
    m.cellsRead += c.read ?? 0;
    m.cellsWritten += c.written ?? 0;
    m.formatCellsWritten += c.formatted ?? 0;
    m.modelledMs += ms;
    return ms;
  }
  /** A copy, with `modelledMs` rounded to 0.1 ms (sums of 0.01 ms drift in floating point). */
  snapshot(): CostMetrics {
    return { ...this.metrics, modelledMs: Math.round(this.metrics.modelledMs * 10) / 10 };
  }
  reset(): void {
    Object.assign(this.metrics, emptyMetrics());
  }
}
