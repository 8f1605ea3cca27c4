/**
 * Registers for the benchmark: set up by the add-on itself, then filled the way an office would paste
 * a year of tasks, in one write. Deterministic (seeded), so runs compare.
 */
import { Emulator } from '../emulator';
import { TASK_COLUMNS } from '../src/core/schema';
import { TTL_SECONDS } from '../src/gas/context-cache';
import { COUNTER_KEY } from '../src/gas/task-store';
import { prng } from '../playground/demo-data';
import { ADDON_EMULATOR } from '../playground/project';

export const BENCH_ADMIN = 'vanphong@ubnd.example.vn';
const NOW = '2026-11-23T08:00:00+07:00';
const DAY = 86400000;

const col = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key);

/** Midnight in Viet Nam of the day `offset` days from `base`. */
function vnDay(base: number, offset: number): Date {
  const d = Math.floor((base + 7 * 3600000) / DAY) + offset;
  return new Date(d * DAY - 7 * 3600000);
}

/** Units of every bench register. */
const UNITS = 24;
/** People per register: one per 40 tasks, at least four in each unit (a leader, a follower, a focal point, an official). */
const peopleFor = (tasks: number) => Math.max(4 * UNITS, Math.round(tasks / 40));
const person = (k: number) => `can.bo${k + 1}@ubnd.example.vn`;
/** Person k belongs to unit k mod 24; in each unit the first member leads it, the second follows its tasks. */
const unitOf = (k: number) => k % UNITS;
const leaderOf = (u: number) => person(u);
const followerOf = (u: number) => person(UNITS + u);
/** Members of unit u who carry out tasks: everyone in it but its leader and follower. */
function officialsOf(u: number, people: number): number[] {
  const out: number[] = [];
  for (let k = 2 * UNITS + u; k < people; k += UNITS) out.push(k);
  return out.length > 0 ? out : [u];
}
const unitName = (u: number) => `Đơn vị ${u + 1}`;
const unitCode = (u: number) => `DV${String(u + 1).padStart(2, '0')}`;
const taskId = (i: number) => `NV-2026-${String(i + 1).padStart(4, '0')}`;

/**
 * The register's tasks the bench acts on, fixed by construction: the last row is an open task of
 * unit `tasks mod 24` (its official updates progress), the one before it is reported and awaits its
 * unit follower's confirmation.
 */
export function benchTargets(tasks: number): {
  open: { id: string; assignee: string };
  reported: { id: string; follower: string };
} {
  const people = peopleFor(tasks);
  const officials = (i: number) => officialsOf(i % UNITS, people);
  return {
    open: { id: taskId(tasks - 1), assignee: person(officials(tasks - 1)[0]) },
    reported: { id: taskId(tasks - 2), follower: followerOf((tasks - 2) % UNITS) },
  };
}

/**
 * A register as an office would have it after a year: set up by the add-on, then its units, staff and
 * tasks pasted in one write each. Each person belongs to one unit and is assigned only that unit's
 * tasks; nine tasks in ten are history (confirmed, or a few archived), one in ten is open — some of
 * those overdue, some reported and awaiting confirmation.
 */
export function buildRegister(tasks: number, seed = 42): Emulator {
  const emu = new Emulator(ADDON_EMULATOR).loadBundle();
  emu.clock.set(NOW);
  emu.run('setup', [], { as: BENCH_ADMIN });
  const rand = prng(seed);
  const peopleCount = peopleFor(tasks);
  const now = emu.clock.now();

  const { globals, end } = emu.beginExecution({ as: BENCH_ADMIN });
  try {
    const ss = (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const write = (name: string, row: number, values: unknown[][]) => {
      const sheet = ss.getSheetByName(name)!;
      const missing = row + values.length - 1 - sheet.getMaxRows();
      if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing); // as pasting in Sheets does
      sheet.getRange(row, 1, values.length, values[0].length).setValues(values);
    };
    const units = Array.from({ length: UNITS }, (_, u) => u);
    write(
      'Đơn vị',
      2,
      units.map((u) => [
        unitCode(u),
        unitName(u),
        '',
        leaderOf(u),
        followerOf(u),
        person(officialsOf(u, peopleCount)[0]),
      ]),
    );
    const role = (k: number) =>
      k < UNITS
        ? 'Cán bộ thực hiện'
        : k < 2 * UNITS
          ? 'Chuyên viên theo dõi'
          : k < 3 * UNITS
            ? 'Đầu mối đơn vị'
            : 'Cán bộ thực hiện';
    write(
      'Cán bộ',
      3,
      Array.from({ length: peopleCount }, (_, k) => [
        person(k),
        `Cán bộ ${k + 1}`,
        unitCode(unitOf(k)),
        role(k),
        '',
        true,
      ]),
    );

    const { open, reported } = benchTargets(tasks);
    const rows = Array.from({ length: tasks }, (_, i) => {
      const row: unknown[] = new Array(TASK_COLUMNS.length).fill('');
      const u = i % UNITS;
      const officials = officialsOf(u, peopleCount);
      const id = taskId(i);
      const r = rand();
      const kind =
        id === open.id
          ? 'open'
          : id === reported.id
            ? 'reported'
            : r < 0.85
              ? 'done'
              : r < 0.9
                ? 'archived'
                : r < 0.985
                  ? 'open'
                  : 'reported';
      const history = kind === 'done' || kind === 'archived';
      // History was assigned over the year; open tasks in the last two months.
      const assigned = history ? -20 - Math.floor(rand() * 310) : -Math.floor(rand() * 60);
      let deadline = assigned + 5 + Math.floor(rand() * 60);
      if (history) deadline = Math.min(deadline, -2);
      if (id === open.id) deadline = 30;
      row[col('id')] = id;
      row[col('title')] = `Nhiệm vụ số ${i + 1} theo Thông báo ${1 + (i % 300)}/TB-UBND`;
      row[col('assigner')] = BENCH_ADMIN;
      row[col('leadUnit')] = unitName(u);
      row[col('assignees')] = person(officials[Math.floor(rand() * officials.length)]);
      if (id === open.id) row[col('assignees')] = open.assignee;
      row[col('assignedDate')] = vnDay(now, assigned);
      row[col('deadline')] = vnDay(now, deadline);
      row[col('progress')] = kind === 'done' || kind === 'reported' ? 1 : Math.round(rand() * 9) / 10;
      if (rand() < 0.97) row[col('lastUpdate')] = vnDay(now, Math.min(0, assigned + 3));
      if (kind === 'done') {
        const done = Math.max(assigned, Math.min(deadline + Math.floor(rand() * 10) - 6, -1));
        row[col('reportedDate')] = vnDay(now, done);
        row[col('confirmedAt')] = vnDay(now, done + 1);
        row[col('confirmedBy')] = followerOf(u);
      } else if (kind === 'archived') {
        row[col('archived')] = true;
      } else if (kind === 'reported') {
        row[col('reportedDate')] = vnDay(now, Math.max(assigned, -Math.floor(rand() * 3)));
        row[col('result')] = 'Đã hoàn thành, báo cáo kèm theo';
      }
      row[col('confidential')] = false;
      return row;
    });
    write('Nhiệm vụ', 2, rows);
    // Assignments here measure the register's own work; Drive workspaces have their own bench rows.
    const settings = ss.getSheetByName('Cài đặt')!;
    const keys = settings
      .getRange(2, 1, settings.getLastRow() - 1, 1)
      .getValues()
      .map((r) => r[0]);
    settings.getRange(keys.indexOf('autoWorkspace') + 2, 3).setValue('Không');
    // The year's id counter, as the add-on kept it while these tasks were assigned through it.
    (globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .setProperty(COUNTER_KEY, JSON.stringify({ 2026: tasks }));
  } finally {
    end();
  }
  afterHandEdit(emu);
  return emu;
}

/**
 * Moves the clock past the add-on's cache of settings, staff and units after the bench wrote those
 * sheets behind its back (no `onEdit` fires for a script's writes): the next action reads them.
 */
export function afterHandEdit(emu: Emulator): void {
  emu.clock.advance(TTL_SECONDS * 1000 + 1000);
}

/** A realistic assignment: a unit, two people, a deadline in ten working days. */
export const BENCH_ASSIGNMENT = {
  title: 'Rà soát hồ sơ thủ tục hành chính quý IV',
  details: 'Tổng hợp kết quả, đề xuất cắt giảm thủ tục',
  source: 'Thông báo 245/TB-UBND',
  leadUnit: 'DV01',
  assignees: [person(2 * UNITS), person(3 * UNITS)], // DV01's focal point and an official
  deadline: { mode: 'working_days', workingDays: 10 },
};

export const READ_REGISTER_SOURCE = `
function readRegister() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Nhiệm vụ');
  var values = sheet.getDataRange().getValues();
  return values.length - 1;
}`;

/**
 * The naive refresh: every cell read with getValue, every status written with setValue — the pattern
 * Google's best-practices page warns against. Same status rule on calendar days (no holidays), enough
 * to do the same amount of sheet work.
 */
export const NAIVE_REFRESH_SOURCE = `
function naiveRefresh() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Nhiệm vụ');
  var last = sheet.getLastRow();
  var today = Math.floor((Date.now() + 7 * 3600000) / 86400000);
  var day = function (v) { return v instanceof Date ? Math.floor((v.getTime() + 7 * 3600000) / 86400000) : null; };
  for (var r = 2; r <= last; r++) {
    var d = day(sheet.getRange(r, ${col('deadline') + 1}).getValue());
    var x = day(sheet.getRange(r, ${col('extendedDeadline') + 1}).getValue());
    var c = day(sheet.getRange(r, ${col('reportedDate') + 1}).getValue());
    var ok = sheet.getRange(r, ${col('confirmedAt') + 1}).getValue() !== '';
    var archived = sheet.getRange(r, ${col('archived') + 1}).getValue() === true;
    var shown = sheet.getRange(r, ${col('status') + 1}).getValue();
    var deadline = x !== null ? x : d;
    var s = archived ? 'Lưu trữ' : ok ? (c < deadline ? 'Hoàn thành trước hạn' : c === deadline ? 'Hoàn thành đúng hạn' : 'Hoàn thành quá hạn')
      : c !== null ? 'Chờ xác nhận' : deadline === null ? 'Thường xuyên' : today > deadline ? 'Đang thực hiện quá hạn'
      : today >= deadline - 2 ? 'Sắp đến hạn' : 'Đang thực hiện trong hạn';
    if (s !== shown) sheet.getRange(r, ${col('status') + 1}).setValue(s);
  }
  return last - 1;
}`;
