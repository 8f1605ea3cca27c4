/**
 * Benchmark of the reminders' daily job (`dailyReminders`): the hourly trigger's first run of a working
 * morning — the status refresh, the plan, one digest per person, the send log — on the built bundle,
 * beside a naive version (every cell read with `getValue`, one e-mail per task and assignee) on the
 * same register, the same morning, the same emulator.
 *
 * `benchDailyReminders(register, tasks)` takes an emulator holding a register made by `buildRegister`
 * and works on copies of its world, so the caller's emulator is left as it was. Run alone:
 *   node --expose-gc --import tsx scripts/bench-reminders.ts        (BENCH_SIZES=1000,10000 to choose)
 *
 * `benchNotifyHour(register, tasks)` is a later hour of the same day: an assignment and a confirmation
 * queue their notifications after the morning run, and the next hourly run sends them.
 *
 * Honest limits: the installer is a Workspace account (1,500 recipients a day). The register has one
 * person per 40 tasks (bench-fixtures.ts), so the product's e-mails stay under the quota even at 50,000
 * tasks (about 1,250 people); the naive version wants one e-mail per task and hits the quota, so its
 * `emails` is what it managed to send and `naiveWanted` what it tried to. Each e-mail costs 300 ms of
 * modelled time (emulator/cost.ts), so a morning of many digests reaches the sender's 4½-minute budget
 * and the rest is `deferred` to the next hourly run, as in Apps Script.
 */
import { performance } from 'node:perf_hooks';
import { Emulator } from '../emulator';
import { WorkingCalendar } from '../src/core/calendar';
import { vnToday } from '../src/core/civil-date';
import { resolveColumns } from '../src/core/columns';
import { Directory, type Person, type Unit } from '../src/core/directory';
import { parseDateCell } from '../src/core/parse';
import { planRefresh } from '../src/core/refresh';
import { HOLIDAY_KIND_LABELS, ROLE_LABELS, SHEETS, TASK_COLUMNS, codeFromLabel } from '../src/core/schema';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { planDigests } from '../src/core/reminders/planner';
import { BENCH_ADMIN, BENCH_ASSIGNMENT, benchTargets, buildRegister } from './bench-fixtures';
import {
  copyOf,
  growthMark,
  growthSince,
  heapMB,
  measure as measureRun,
  median3,
  type Growth,
  type Measure,
} from './bench-measure';

export type ReminderMeasure = Measure;

export interface ReminderBenchRun extends ReminderMeasure {
  operation: 'dailyReminders';
  tasks: number;
  /** People in the staff sheet. */
  people: number;
  /** Distinct people with something due today (the planner's digests): the least possible e-mails. */
  distinctRecipients: number;
  /** The pure planner (`planDigests`) alone, in Node, on the same register. */
  planningMs: number;
  /** Turning the rows into tasks first (`planRefresh`, shared with the status refresh). */
  parseMs: number;
  planningHeapMB: number;
  /** Cells the run added to the send log, the audit and the queue. */
  growth: Growth;
  /** The naive version: one e-mail per due task and assignee, cell-by-cell reads (up to 10,000 tasks). */
  baseline?: ReminderMeasure;
  /** E-mails the naive version tried to send before (and after) the quota stopped it. */
  naiveWanted?: number;
  note: string;
}

/** A working Wednesday morning after the fixture's date (23/11/2026), past the 7:00 reminder hour. */
const MORNING = '2026-11-25T07:30:00+07:00';

function measure(emu: Emulator, fn: string, at = MORNING): { m: ReminderMeasure; value: unknown } {
  return measureRun(emu, fn, [], { as: BENCH_ADMIN, at });
}

/** A copy of the register with reminders installed the day before by the office (this makes the send log). */
function withReminders(register: Emulator): Emulator {
  const emu = copyOf(register);
  emu.run('installReminders', [7], { as: BENCH_ADMIN, at: '2026-11-24T16:00:00+07:00' });
  return emu;
}

/** Three runs on copies of the register; each figure is the median. */
export function benchDailyReminders(register: Emulator, tasks: number): ReminderBenchRun {
  return median3(() => dailyRemindersOnce(register, tasks));
}

function dailyRemindersOnce(register: Emulator, tasks: number): ReminderBenchRun {
  const emu = withReminders(register);
  const mark = growthMark(emu.world);
  const daily = measure(emu, 'hourlyJob');
  const grew = growthSince(mark, emu.world);
  const result = daily.value as { action: string; deferred: number };
  if (result.action !== 'daily')
    throw new Error(`bench: expected the daily run, got ${JSON.stringify(result)}`);

  const planning = planInNode(emu);

  // The naive version, on the same register and morning (not past 10,000 tasks: hours of Node time).
  const naive = tasks <= 10000 ? measure(copyOf(register, NAIVE_REMINDERS_SOURCE), 'naiveReminders') : null;
  const naiveResult = naive?.value as { wanted: number; sent: number } | undefined;

  return {
    operation: 'dailyReminders',
    tasks,
    ...daily.m,
    people: planning.people,
    distinctRecipients: planning.recipients,
    planningMs: planning.ms,
    parseMs: planning.parseMs,
    planningHeapMB: planning.heapMB,
    growth: grew,
    baseline: naive?.m,
    naiveWanted: naiveResult?.wanted,
    note:
      `Workspace installer (1,500 recipients/day); ${result.deferred} deferred.` +
      (naiveResult
        ? ` Naive: ${naiveResult.wanted} e-mails wanted, ${naiveResult.sent} sent before the quota stopped it.`
        : ''),
  };
}

export interface NotifyHourRun extends ReminderMeasure {
  operation: 'notifyHour';
  tasks: number;
  growth: Growth;
  note: string;
}

/**
 * A later hour of the same working day: after the morning run, an assignment and a confirmation queue
 * their notifications; the next hourly run sends them and logs them. Three runs, medians.
 */
export function benchNotifyHour(register: Emulator, tasks: number): NotifyHourRun {
  return median3(() => {
    const emu = withReminders(register);
    const morning = emu.run<{ action: string; deferred: number }>('hourlyJob', [], {
      as: BENCH_ADMIN,
      at: MORNING,
    });
    if (morning.value.action !== 'daily')
      throw new Error(`bench: expected the daily run, got ${morning.value.action}`);
    // A large register's digests outlast one run's time budget: the next hour sends the rest.
    if (morning.value.deferred > 0)
      emu.run('hourlyJob', [], { as: BENCH_ADMIN, at: '2026-11-25T08:30:00+07:00' });
    const { reported } = benchTargets(tasks);
    const ok = (r: { value: unknown }, what: string) => {
      if (!(r.value as { ok?: boolean }).ok)
        throw new Error(`bench: ${what} failed: ${JSON.stringify(r.value)}`);
    };
    ok(
      emu.run('assignTask', [BENCH_ASSIGNMENT], { as: BENCH_ADMIN, at: '2026-11-25T09:00:00+07:00' }),
      'assignTask',
    );
    ok(
      emu.run('confirmTask', [reported.id], { as: reported.follower, at: '2026-11-25T09:05:00+07:00' }),
      'confirmTask',
    );
    const mark = growthMark(emu.world);
    const run = measure(emu, 'hourlyJob', '2026-11-25T10:30:00+07:00');
    const action = (run.value as { action: string }).action;
    if (action !== 'flush') throw new Error(`bench: expected the notifications hour, got ${action}`);
    return {
      operation: 'notifyHour' as const,
      tasks,
      ...run.m,
      growth: growthSince(mark, emu.world),
      note: 'the hourly run after the morning: sends the notifications of one assignment and one confirmation',
    };
  });
}

/** Reads the register of `emu` as plain values and runs the pure planner on it, timed. */
function planInNode(emu: Emulator): {
  ms: number;
  parseMs: number;
  heapMB: number;
  people: number;
  recipients: number;
} {
  // What the planning itself holds: the heap it adds to a process that already has the emulator's
  // worlds (the benchmark keeps several 50,000-row copies around), with the register read included.
  const baseHeap = heapMB();
  const { globals, end } = emu.beginExecution({ as: BENCH_ADMIN, at: MORNING });
  let values: Record<'tasks' | 'staff' | 'units' | 'holidays', unknown[][]>;
  try {
    const ss = (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const read = (name: string) => ss.getSheetByName(name)!.getDataRange().getValues();
    values = {
      tasks: read(SHEETS.tasks.vi),
      staff: read(SHEETS.staff.vi),
      units: read(SHEETS.units.vi),
      holidays: read(SHEETS.holidays.vi),
    };
  } finally {
    end();
  }
  const today = vnToday(Date.parse(MORNING));
  const t0 = performance.now();
  const { map } = resolveColumns(SHEETS.tasks, values.tasks[0], new Map());
  const tasks = planRefresh({
    rows: values.tasks.slice(1),
    map,
    today,
    calendar: calendarOf(values.holidays),
    settings: DEFAULT_SETTINGS,
    counters: {},
  }).tasks;
  const directory = directoryOf(values.staff, values.units);
  const calendar = calendarOf(values.holidays);
  const t1 = performance.now();
  const plan = planDigests({
    tasks,
    directory,
    calendar,
    settings: DEFAULT_SETTINGS,
    today,
    handled: new Set(),
  });
  const t2 = performance.now();
  // Held on purpose while measuring: the values read, the tasks and the plan are what planning needs.
  const held = [values, tasks, directory, plan];
  const heap = Math.round((heapMB() - baseHeap) * 10) / 10;
  if (held.length !== 4 || plan.digests.length === 0) throw new Error('bench: nothing planned');
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    ms: round(t2 - t1),
    parseMs: round(t1 - t0),
    heapMB: heap,
    people: directory.people.length,
    recipients: plan.digests.length,
  };
}

function byHeader(rows: unknown[][]): (row: unknown[], vi: string) => string {
  const header = rows[0].map(String);
  return (row, vi) => String(row[header.indexOf(vi)] ?? '').trim();
}

function directoryOf(staff: unknown[][], units: unknown[][]): Directory {
  const s = byHeader(staff);
  const people: Person[] = staff.slice(1).map((r, i) => ({
    email: s(r, 'Email').toLowerCase(),
    name: s(r, 'Họ và tên'),
    unit: s(r, 'Đơn vị (mã)'),
    role: codeFromLabel(ROLE_LABELS, s(r, 'Vai trò')) ?? 'viewer',
    active: s(r, 'Đang công tác').toUpperCase() !== 'FALSE',
    row: i + 2,
  }));
  const u = byHeader(units);
  const list: Unit[] = units.slice(1).map((r) => ({
    code: u(r, 'Mã đơn vị'),
    name: u(r, 'Tên đơn vị'),
    parent: u(r, 'Đơn vị cấp trên (mã)'),
    leader: u(r, 'Lãnh đạo (email)').toLowerCase(),
    follower: u(r, 'Chuyên viên theo dõi (email)').toLowerCase(),
    focal: u(r, 'Đầu mối (email)').toLowerCase(),
  }));
  return new Directory(people, list);
}

function calendarOf(holidays: unknown[][]): WorkingCalendar {
  const h = byHeader(holidays);
  const header = holidays[0].map(String);
  const rows = holidays.slice(1).flatMap((r) => {
    const day = parseDateCell(r[header.indexOf('Ngày')]);
    if (!day.ok) return [];
    const kind = codeFromLabel(HOLIDAY_KIND_LABELS, h(r, 'Loại')) ?? 'holiday';
    return [{ day: day.value, name: h(r, 'Tên ngày nghỉ'), kind }];
  });
  return WorkingCalendar.fromRows(rows);
}

const col = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;

/**
 * The naive reminders: every cell read with getValue, one e-mail per due task and assignee, no log,
 * no quota check (it stops at the first quota error). Due: open, deadline within two calendar days or
 * past. It does less than the product (no escalation, no stale nudge, no holidays), and still costs far
 * more.
 */
export const NAIVE_REMINDERS_SOURCE = `
function naiveReminders() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Nhiệm vụ');
  var last = sheet.getLastRow();
  var today = Math.floor((Date.now() + 7 * 3600000) / 86400000);
  var day = function (v) { return v instanceof Date ? Math.floor((v.getTime() + 7 * 3600000) / 86400000) : null; };
  var wanted = 0, sent = 0, stopped = false;
  for (var r = 2; r <= last; r++) {
    var title = sheet.getRange(r, ${col('title')}).getValue();
    var who = String(sheet.getRange(r, ${col('assignees')}).getValue());
    var d = day(sheet.getRange(r, ${col('deadline')}).getValue());
    var x = day(sheet.getRange(r, ${col('extendedDeadline')}).getValue());
    var reported = sheet.getRange(r, ${col('reportedDate')}).getValue() !== '';
    var archived = sheet.getRange(r, ${col('archived')}).getValue() === true;
    var deadline = x !== null ? x : d;
    if (archived || reported || deadline === null || deadline - today > 2) continue;
    var list = who.split(',');
    for (var i = 0; i < list.length; i++) {
      var to = list[i].trim();
      if (!to) continue;
      wanted++;
      if (stopped) continue;
      try {
        MailApp.sendEmail(to, 'Nhắc việc: ' + title, 'Hạn xử lý đã đến hoặc đã qua: ' + title);
        sent++;
      } catch (e) {
        stopped = true;
      }
    }
  }
  return { wanted: wanted, sent: sent };
}`;

/** Standalone: build the registers, run, print the table (the main bench records the runs). */
function main(): void {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
  const runs: ReminderBenchRun[] = [];
  for (const size of sizes) runs.push(benchDailyReminders(buildRegister(size), size));
  console.table(
    runs.map((r) => ({
      tasks: r.tasks,
      people: r.people,
      spreadsheetCalls: r.spreadsheetCalls,
      emails: r.emails,
      distinctDue: r.distinctRecipients,
      ms: r.ms,
      heapMB: r.heapMB,
      parseMs: r.parseMs,
      planningMs: r.planningMs,
      'naive calls': r.baseline?.spreadsheetCalls ?? '',
      'naive emails': r.baseline?.emails ?? '',
      'naive wanted': r.naiveWanted ?? '',
      'calls ÷': r.baseline ? Math.round(r.baseline.spreadsheetCalls / Math.max(1, r.spreadsheetCalls)) : '',
    })),
  );
}

if (process.argv[1]?.endsWith('bench-reminders.ts')) main();
