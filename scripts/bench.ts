/**
 * `npm run bench`: each operation on registers of 1,000, 10,000 and 50,000 tasks, run on the built
 * bundle in the emulator. Prints a table and writes bench/results.json.
 *
 * - spreadsheetCalls: every method called on any SpreadsheetApp object (getRange, getSheetByName…);
 * - serviceCalls: calls on all services;
 * - ms: the operation's own time (the bundle is loaded before the clock starts);
 * - heapMB: heap used after the operation, with the register in memory (node --expose-gc).
 * A `baseline` is the naive version of the same operation (cell by cell), on the same emulator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Emulator, type CallLog } from '../emulator';
import {
  buildRegister,
  NAIVE_REFRESH_SOURCE,
  READ_REGISTER_SOURCE,
  BENCH_ADMIN,
  BENCH_ASSIGNMENT,
} from './bench-fixtures';
import { statSync } from 'node:fs';
import { benchDailyReminders } from './bench-reminders';
import { benchWorkspace } from './bench-workspace';
import { benchStatistics } from './bench-stats';
import { ADDON_EMULATOR } from '../playground/project';

interface Measure {
  spreadsheetCalls: number;
  /** Advanced Drive service calls (issue 5: the assignment makes the task's folder, document and slip). */
  driveCalls?: number;
  serviceCalls: number;
  emails: number;
  recipients: number;
  ms: number;
  heapMB: number;
}
interface Run extends Measure {
  operation: string;
  tasks: number;
  baseline?: Measure;
  note?: string;
}

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const runs: Run[] = [];

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10;
}

function measure(emu: Emulator, fn: string, args: unknown[] = []): Measure {
  const outboxBefore = emu.world.mail.outbox.length;
  const { calls, ms } = emu.run(fn, args, { as: BENCH_ADMIN });
  const sent = emu.world.mail.outbox.slice(outboxBefore);
  return {
    ...callCounts(calls),
    emails: sent.length,
    recipients: sent.reduce((n, m) => n + m.to.length + m.cc.length + m.bcc.length, 0),
    ms: Math.round(ms * 10) / 10,
    heapMB: heapMB(),
  };
}

function callCounts(calls: CallLog) {
  return {
    spreadsheetCalls: calls.total('spreadsheet'),
    driveCalls: calls.total('drive'),
    serviceCalls: calls.total(),
  };
}

/** Runs a naive script against the same world (the product's bundle is not involved). */
function measureSource(emu: Emulator, source: string, fn: string): Measure {
  const naive = new Emulator({ world: emu.world }).loadSource(source);
  naive.clock.set(emu.clock.now());
  return measure(naive, fn);
}

for (const size of SIZES) {
  const emu = buildRegister(size);

  const reader = new Emulator({ world: emu.world }).loadSource(READ_REGISTER_SOURCE);
  reader.clock.set(emu.clock.now());
  runs.push({ operation: 'readRegister', tasks: size, ...measure(reader, 'readRegister') });

  // The first refresh after the register was filled writes every status; the daily one writes the changes.
  measure(emu, 'refresh');
  emu.clock.advance(24 * 3600 * 1000);
  // The naive version starts from the same register on the same morning.
  const before = new Emulator({ world: structuredClone(emu.world) });
  before.clock.set(emu.clock.now());
  const daily = measure(emu, 'dailyJob');
  const baseline = measureSource(before, NAIVE_REFRESH_SOURCE, 'naiveRefresh');
  runs.push({ operation: 'dailyRefresh', tasks: size, ...daily, baseline });

  // The sidebar's first call, then one assignment (no Drive workspace: see createWorkspace), as the
  // office's administrator (who sees everything).
  runs.push({ operation: 'openSidebar', tasks: size, ...measure(emu, 'getSidebarState') });
  runs.push({ operation: 'assignTask', tasks: size, ...measure(emu, 'assignTask', [BENCH_ASSIGNMENT]) });
  runs.push(...benchStatistics(emu, size));
  runs.push(benchDailyReminders(emu, size));
}

const setupEmu = new Emulator(ADDON_EMULATOR).loadBundle();
setupEmu.clock.set('2026-03-02T08:00:00+07:00');
runs.push({ operation: 'setup', tasks: 0, ...measure(setupEmu, 'setup'), note: 'empty spreadsheet' });
runs.push(...benchWorkspace(SIZES[0]));

const sidebarKB = Math.round((statSync('dist/Sidebar.html').size / 1024) * 10) / 10;
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ runs, sidebarKB }, null, 2) + '\n');

const table = runs.map((r) => ({
  operation: r.operation,
  tasks: r.tasks,
  spreadsheetCalls: r.spreadsheetCalls,
  driveCalls: r.driveCalls ?? '',
  serviceCalls: r.serviceCalls,
  emails: r.emails,
  ms: r.ms,
  heapMB: r.heapMB,
  'naive calls': r.baseline?.spreadsheetCalls ?? '',
  'naive ms': r.baseline?.ms ?? '',
  'calls ÷': r.baseline ? Math.round(r.baseline.spreadsheetCalls / Math.max(1, r.spreadsheetCalls)) : '',
}));
console.table(table);
console.log(`dist/Sidebar.html: ${sidebarKB} KB`);
console.log('written bench/results.json');
