/**
 * Benchmark of the statistics (issue 7), on a register made by `buildRegister`, on the built bundle:
 *
 * - `statistics`: the first `Cập nhật thống kê` — reads the register, computes, creates the `Thống kê`
 *   sheet and its three charts;
 * - `statistics (refresh)`: the same on the next day, the sheet and charts in place (what the menu and
 *   the sidebar do every time afterwards);
 * - `statistics (moved)`: a new unit appears, so the tables move and the three charts are pointed at
 *   them again (updated in place);
 * - `statistics (daily job)`: what keeping the sheet up to date adds to the reminders' morning run
 *   (the quick path: four calls on the tasks the run already read).
 * `computeMs` and `layoutMs` are `computeStatistics` and `statisticsLayout` alone, in Node, on the
 * parsed tasks: the statistics' own work, without reading the register.
 *
 * Works on a copy of the register's world; the caller's emulator is left as it was. Run alone:
 *   node --expose-gc --import tsx scripts/bench-stats.ts        (BENCH_SIZES=1000,10000 to choose)
 */
import { performance } from 'node:perf_hooks';
import type { Emulator } from '../emulator';
import { vnToday } from '../src/core/civil-date';
import { resolveColumns } from '../src/core/columns';
import { planRefresh } from '../src/core/refresh';
import { SHEETS, TASK_COLUMNS } from '../src/core/schema';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { WorkingCalendar } from '../src/core/calendar';
import { computeStatistics } from '../src/core/stats/compute';
import { parsePeriod } from '../src/core/stats/period';
import { statisticsLayout } from '../src/core/stats/sheet-layout';
import { BENCH_ADMIN, buildRegister } from './bench-fixtures';
import { STATE_KEY } from '../src/gas/stats/sheet';
import {
  copyOf,
  difference,
  heapMB,
  measure as measureRun,
  median3,
  round1,
  type Measure,
} from './bench-measure';

export interface StatsBenchRun extends Measure {
  operation: string;
  tasks: number;
  /** The pure computation in Node, without the emulator: the statistics, and the sheet's block. */
  computeMs?: number;
  layoutMs?: number;
  note?: string;
}

const DAY = 24 * 3600 * 1000;

function measure(emu: Emulator, operation: string, tasks: number, note: string): StatsBenchRun {
  const { m, value } = measureRun<{ ok: boolean; error?: string }>(emu, 'refreshStatisticsSheet', [], {
    as: BENCH_ADMIN,
  });
  if (!value.ok) throw new Error(`bench: refreshStatisticsSheet refused: ${value.error}`);
  return { operation, tasks, ...m, note };
}

/** `computeStatistics` and `statisticsLayout` alone on the register's tasks, parsed as the add-on does. */
function computeInNode(emu: Emulator): { computeMs: number; layoutMs: number } {
  const { globals, end } = emu.beginExecution({ as: BENCH_ADMIN });
  let values: unknown[][];
  try {
    const ss = (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    values = ss.getSheetByName(SHEETS.tasks.vi)!.getDataRange().getValues();
  } finally {
    end();
  }
  const today = vnToday(emu.clock.now());
  const calendar = new WorkingCalendar();
  const { map } = resolveColumns(SHEETS.tasks, values[0], new Map());
  const tasks = planRefresh({
    rows: values.slice(1),
    map,
    today,
    calendar,
    settings: DEFAULT_SETTINGS,
    counters: {},
  }).tasks;
  const t0 = performance.now();
  const stats = computeStatistics({
    tasks,
    today,
    period: parsePeriod('năm nay', today)!,
    basis: 'assigned',
    calendar,
  });
  const t1 = performance.now();
  statisticsLayout(stats, { lang: 'vi', agencyName: '', updatedAt: '' });
  const t2 = performance.now();
  if (stats.whole.assigned === 0) throw new Error('bench: no task counted');
  return { computeMs: Math.round((t1 - t0) * 10) / 10, layoutMs: Math.round((t2 - t1) * 10) / 10 };
}

/**
 * The statistics' share of the reminders' morning run. Calls: the same morning run on two copies of the
 * same register, one whose `Thống kê` sheet exists (kept up to date by the run) and one where it was
 * never made (the run leaves it alone); the difference is exact. Time: a difference of two long runs
 * drowns in the collector's noise, so `ms` is the statistics' own work measured directly — computing
 * and laying out in Node on the tasks the run has already read (the four writes are not in it).
 */
function dailyShare(
  emu: Emulator,
  tasks: number,
  node: { computeMs: number; layoutMs: number },
): StatsBenchRun {
  const run = (keepSheet: boolean) => {
    const copy = copyOf(emu);
    copy.run('installReminders', [7], { as: BENCH_ADMIN, at: '2026-11-24T16:00:00+07:00' });
    if (!keepSheet) {
      const { globals, end } = copy.beginExecution({ as: BENCH_ADMIN });
      try {
        (globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
          .getDocumentProperties()
          .deleteProperty(STATE_KEY);
      } finally {
        end();
      }
    }
    const r = measureRun<{ action: string }>(copy, 'hourlyJob', [], {
      as: BENCH_ADMIN,
      at: '2026-11-25T07:30:00+07:00',
    });
    if (r.value.action !== 'daily')
      throw new Error(`bench: expected the daily run, got ${JSON.stringify(r.value)}`);
    return r.m;
  };
  const without = run(false);
  const withStats = run(true);
  return {
    operation: 'statistics (daily job)',
    tasks,
    ...difference(withStats, without),
    emails: 0,
    recipients: 0,
    ms: round1(node.computeMs + node.layoutMs),
    heapMB: heapMB(),
    note: "share of the reminders' morning run (tasks already read); ms: compute + layout in Node",
  };
}

/** Three runs of the whole sequence on copies of the register; each figure is the median. */
export function benchStatistics(register: Emulator, tasks: number): StatsBenchRun[] {
  return median3(() => statisticsOnce(register, tasks));
}

function statisticsOnce(register: Emulator, tasks: number): StatsBenchRun[] {
  const emu = copyOf(register);
  const first = measure(emu, 'statistics', tasks, 'first run: sheet and 3 charts created');
  emu.clock.advance(DAY);
  const refresh = measure(emu, 'statistics (refresh)', tasks, 'sheet and charts in place');
  const node = computeInNode(emu);
  Object.assign(refresh, node);
  // A unit's first task: the units' table grows, the tables below move, the charts follow.
  const { globals, end } = emu.beginExecution({ as: BENCH_ADMIN });
  try {
    const sheet = (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheetByName(SHEETS.tasks.vi)!;
    const cells: Record<string, unknown> = {
      id: 'NV-2026-99999',
      title: 'Nhiệm vụ của đơn vị mới',
      leadUnit: 'Đơn vị mới',
      assignedDate: new Date(emu.clock.now()),
    };
    const row = TASK_COLUMNS.map((c) => cells[c.key] ?? '');
    sheet.appendRow(row);
  } finally {
    end();
  }
  const moved = measure(emu, 'statistics (moved)', tasks, 'a new unit: the 3 charts updated in place');
  return [first, refresh, moved, dailyShare(emu, tasks, node)];
}

if (require.main === module) {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
  const rows = sizes.flatMap((n) => benchStatistics(buildRegister(n), n));
  console.table(
    rows.map(
      ({ operation, tasks, spreadsheetCalls, serviceCalls, ms, computeMs, layoutMs, heapMB: heap }) => ({
        operation,
        tasks,
        spreadsheetCalls,
        serviceCalls,
        ms,
        computeMs: computeMs ?? '',
        layoutMs: layoutMs ?? '',
        heapMB: heap,
      }),
    ),
  );
}
