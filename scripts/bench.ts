/**
 * `npm run bench`: each operation on registers of 1,000, 10,000 and 50,000 tasks (`BENCH_SIZES=1000`
 * for a quick run), run on the built bundle in the emulator. Prints tables, writes bench/results.json.
 *
 * Each figure is the median of three runs, each on its own copy of the same world. Per run:
 * - spreadsheetCalls: every method called on any SpreadsheetApp object (getRange, getSheetByName…);
 *   serviceCalls: calls on all services;
 * - what Google charges for them (emulator/cost.ts): dataCalls (calls that read or write cells),
 *   cellsRead, cellsWritten (values and formulas), formatCellsWritten, mailSends, driveCalls
 *   (conversions included), and modelledMs — the execution's modelled time in Apps Script;
 * - ms: Node's own time in the emulator (the bundle is loaded before it starts); heapMB: heap used after
 *   the operation, with the register in memory (node --expose-gc);
 * - dailyRefresh: changedCells, the cells whose stored value actually changed; screensKept, the people
 *   whose first screen the morning kept (src/gas/screen-cache.ts), of activePeople on the staff sheet;
 * - growth: cells added to the sheets that only grow (send log, audit, notification queue), and per day.
 * A `baseline` is the naive version of the same operation (cell by cell), on the same emulator.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { Emulator } from '../emulator';
import {
  benchTargets,
  buildRegister,
  NAIVE_REFRESH_SOURCE,
  READ_REGISTER_SOURCE,
  BENCH_ADMIN,
  BENCH_ASSIGNMENT,
} from './bench-fixtures';
import {
  changedCells,
  copyOf,
  growthMark,
  growthSince,
  measure,
  median3,
  round1,
  RUNS,
  type Growth,
  type Measure,
} from './bench-measure';
import { benchDailyReminders, benchNotifyHour } from './bench-reminders';
import { benchWorkspace } from './bench-workspace';
import { benchReportProgress } from './bench-report';
import { benchStatistics } from './bench-stats';
import { benchPlans } from './bench-plans';
import { ADDON_EMULATOR } from '../playground/project';
import { STAFF_COLUMNS } from '../src/core/schema';
import { fromParts } from '../src/gas/cache-parts';

interface Run extends Measure {
  operation: string;
  tasks: number;
  /** dailyRefresh: cells whose stored value changed. */
  changedCells?: number;
  /** dailyRefresh: people with a kept first screen after it, and active people on the staff sheet. */
  screensKept?: number;
  activePeople?: number;
  /** Cells added to the only-growing sheets by this run. */
  growth?: Growth;
  baseline?: Measure;
  note?: string;
}

/** Cells added per working day to the only-growing sheets, at one register size. */
interface DailyGrowth {
  tasks: number;
  /** How many of each operation a working day holds (see `perDay`). */
  perDay: Record<string, number>;
  cells: Growth;
}

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
/**
 * The naive baselines (cell by cell) are measured up to this size: at 50,000 tasks they make 600,000
 * calls each, hours of Node time, and the ratio is already plain at 10,000.
 */
const NAIVE_MAX_TASKS = 10000;
const DAY = 24 * 3600 * 1000;
const runs: Run[] = [];
const growthTable: DailyGrowth[] = [];

type Reply = { ok?: boolean; error?: string };

/**
 * Runs an endpoint three times, each on a copy of `register`; checks it succeeded. Returns the medians
 * and one of the copies afterwards.
 */
function measure3(
  register: Emulator,
  fn: string,
  args: unknown[],
  as: string,
  check = true,
): { m: Measure; growth: Growth; after: Emulator } {
  let after = register;
  const r = median3(() => {
    const emu = copyOf(register);
    const mark = growthMark(emu.world);
    const { m, value } = measure<Reply>(emu, fn, args, { as });
    if (check && value && value.ok === false) throw new Error(`bench: ${fn} refused: ${value.error}`);
    after = emu;
    return { m, growth: growthSince(mark, emu.world) };
  });
  return { ...r, after };
}

/**
 * A working day of a register holding N tasks (about a year's worth: 250 working days): N/250
 * assignments and as many confirmations, a weekly progress update of every open task (a tenth of the
 * register: N/50 a day), one morning run, and the hourly runs that send the day's notifications
 * (measured as one run sending an assignment's and a confirmation's, so N/250 of them).
 */
function perDay(tasks: number): Record<string, number> {
  const n = Math.max(1, Math.round(tasks / 250));
  return {
    dailyReminders: 1,
    assignTask: n,
    confirmTask: n,
    updateProgress: Math.round(tasks / 50),
    notifyHour: n,
  };
}

/** The people whose first screen the morning kept (today's packs), and the active people on the staff sheet. */
function screensKept(emu: Emulator): { screensKept: number; activePeople: number } {
  const kept = new Set<string>();
  for (const store of Object.values(emu.world.cache.documents)) {
    const p = (JSON.parse(store['nhacviec.screen.kept']?.value ?? '{}') as { p?: string }).p;
    const packs = new Map<string, string[]>();
    for (const [key, item] of Object.entries(store)) {
      const m = /^(.+\.\d+#)(\d+)$/.exec(key);
      if (p && m && key.startsWith(p))
        (packs.get(m[1]) ?? packs.set(m[1], []).get(m[1])!)[+m[2]] = item.value;
    }
    for (const parts of packs.values()) {
      const json = fromParts(parts);
      if (json) for (const e of Object.keys((JSON.parse(json) as { s: object }).s)) kept.add(e);
    }
  }
  const { globals, end } = emu.beginExecution({ as: BENCH_ADMIN });
  try {
    const ss = (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const rows = ss.getSheetByName('Cán bộ')!.getDataRange().getValues();
    const at = (key: string) => rows[0].indexOf(STAFF_COLUMNS.find((c) => c.key === key)!.vi);
    const active = rows.filter((r) => r[at('active')] === true && r[at('email')] !== '').length;
    return { screensKept: kept.size, activePeople: active };
  } finally {
    end();
  }
}

for (const size of SIZES) {
  let register = buildRegister(size);
  const targets = benchTargets(size);

  // The whole register read at once: a reader sharing the register's world (it writes nothing).
  runs.push({
    operation: 'readRegister',
    tasks: size,
    ...median3(() => {
      const reader = new Emulator({ ...ADDON_EMULATOR, world: register.world }).loadSource(
        READ_REGISTER_SOURCE,
      );
      reader.clock.set(register.clock.now());
      return measure(reader, 'readRegister', [], { as: BENCH_ADMIN }).m;
    }),
  });

  // The first refresh after the register was filled writes every status; the daily one writes the changes.
  register.run('refresh', [], { as: BENCH_ADMIN });
  register.clock.advance(DAY);
  const daily = measure3(register, 'dailyJob', [], BENCH_ADMIN, false);
  const changed = changedCells(register.world, daily.after.world);
  // The naive version starts from the same register on the same morning (up to NAIVE_MAX_TASKS).
  const baseline =
    size <= NAIVE_MAX_TASKS
      ? median3(
          () => measure(copyOf(register, NAIVE_REFRESH_SOURCE), 'naiveRefresh', [], { as: BENCH_ADMIN }).m,
        )
      : undefined;
  runs.push({
    operation: 'dailyRefresh',
    tasks: size,
    ...daily.m,
    changedCells: changed,
    ...screensKept(daily.after),
    growth: daily.growth,
    baseline,
  });
  register = daily.after;

  // The sidebar's first call and the actions, each on the register of that morning: an assignment by
  // the office's administrator (no Drive workspace: see createWorkspace), a progress update by the
  // official on an open task, a confirmation by the unit's follower.
  // Warm: the screen the morning's refresh kept (what officials get through the day). Cold: no kept
  // screen (the first open after a row deleted by hand, or once the cache lost it): the register is read.
  const sidebar = measure3(register, 'getSidebarState', [], BENCH_ADMIN);
  runs.push({ operation: 'openSidebar', tasks: size, ...sidebar.m, note: 'warm: the kept first screen' });
  const cold = copyOf(register);
  for (const store of Object.values(cold.world.cache.documents))
    for (const key of Object.keys(store)) if (key.startsWith('nhacviec.screen.')) delete store[key];
  const sidebarCold = measure3(cold, 'getSidebarState', [], BENCH_ADMIN);
  runs.push({ operation: 'openSidebar (cold)', tasks: size, ...sidebarCold.m, note: 'no kept screen' });
  const assign = measure3(register, 'assignTask', [BENCH_ASSIGNMENT], BENCH_ADMIN);
  runs.push({ operation: 'assignTask', tasks: size, ...assign.m, growth: assign.growth });
  const update = measure3(
    register,
    'updateProgress',
    [targets.open.id, { progress: 60, note: 'Đã khảo sát xong, đang tổng hợp' }],
    targets.open.assignee,
  );
  runs.push({
    operation: 'updateProgress',
    tasks: size,
    ...update.m,
    growth: update.growth,
    note: 'an official, on an open task',
  });
  const confirm = measure3(register, 'confirmTask', [targets.reported.id], targets.reported.follower);
  runs.push({
    operation: 'confirmTask',
    tasks: size,
    ...confirm.m,
    growth: confirm.growth,
    note: "the unit's follower, on a reported task",
  });

  runs.push(...benchStatistics(register, size));
  runs.push(...benchPlans(register, size));
  const reminders = benchDailyReminders(register, size);
  runs.push(reminders);
  const notify = benchNotifyHour(register, size);
  runs.push(notify);

  const per = perDay(size);
  const byOp: Record<string, Growth> = {
    dailyReminders: reminders.growth,
    assignTask: assign.growth,
    confirmTask: confirm.growth,
    updateProgress: update.growth,
    notifyHour: notify.growth,
  };
  const cells = { sendLog: 0, audit: 0, queue: 0 } as Growth;
  for (const [op, count] of Object.entries(per))
    for (const k of Object.keys(cells) as (keyof Growth)[]) cells[k] += count * byOp[op][k];
  growthTable.push({ tasks: size, perDay: per, cells });
}

runs.push({
  operation: 'setup',
  tasks: 0,
  ...median3(() => {
    const setupEmu = new Emulator(ADDON_EMULATOR).loadBundle();
    setupEmu.clock.set('2026-03-02T08:00:00+07:00');
    return measure(setupEmu, 'setup', [], { as: BENCH_ADMIN }).m;
  }),
  note: 'empty spreadsheet',
});
runs.push(...benchWorkspace(SIZES[0]));
runs.push(benchReportProgress(SIZES[0]));

const sidebarKB = round1(statSync('dist/Sidebar.html').size / 1024);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  JSON.stringify({ runs, growthPerDay: growthTable, runsPerFigure: RUNS, sidebarKB }, null, 2) + '\n',
);

const seconds = (ms: number) => round1(ms / 1000);
console.table(
  runs.map((r) => ({
    operation: r.operation,
    tasks: r.tasks,
    spreadsheetCalls: r.spreadsheetCalls,
    serviceCalls: r.serviceCalls,
    dataCalls: r.dataCalls,
    cellsRead: r.cellsRead,
    cellsWritten: r.cellsWritten,
    formatCells: r.formatCellsWritten,
    changedCells: r.changedCells ?? '',
    screensKept: r.screensKept === undefined ? '' : `${r.screensKept}/${r.activePeople}`,
    mailSends: r.mailSends,
    driveCalls: r.driveCalls,
    'modelled s': seconds(r.modelledMs),
    ms: r.ms,
    heapMB: r.heapMB,
  })),
);
console.log('Naive baselines (same register, cell by cell):');
console.table(
  runs
    .filter((r) => r.baseline)
    .map((r) => ({
      operation: r.operation,
      tasks: r.tasks,
      calls: r.spreadsheetCalls,
      'naive calls': r.baseline!.spreadsheetCalls,
      'calls ÷': Math.round(r.baseline!.spreadsheetCalls / Math.max(1, r.spreadsheetCalls)),
      'modelled s': seconds(r.modelledMs),
      'naive modelled s': seconds(r.baseline!.modelledMs),
      'naive ms': r.baseline!.ms,
    })),
);
console.log('Cells added per working day to the sheets that only grow (see perDay in scripts/bench.ts):');
console.table(
  growthTable.map((g) => ({
    tasks: g.tasks,
    'send log': g.cells.sendLog,
    audit: g.cells.audit,
    queue: g.cells.queue,
    // The audit is kept whole; the send log folds rows older than last month (src/gas/reminders).
    'audit, a year': g.cells.audit * 250,
    'day =': Object.entries(g.perDay)
      .map(([op, n]) => `${n} ${op}`)
      .join(', '),
  })),
);
console.log(`dist/Sidebar.html: ${sidebarKB} KB`);
console.log('written bench/results.json');
