/**
 * Registers for the benchmark: set up by the add-on itself, then filled the way an office would paste
 * a year of tasks, in one write. Deterministic (seeded), so runs compare.
 */
import { Emulator } from '../emulator';
import { TASK_COLUMNS } from '../src/core/schema';
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

export function buildRegister(tasks: number, seed = 42): Emulator {
  const emu = new Emulator(ADDON_EMULATOR).loadBundle();
  emu.clock.set(NOW);
  emu.run('setup', [], { as: BENCH_ADMIN });
  const rand = prng(seed);
  const units = Array.from({ length: 24 }, (_, i) => `DV${String(i + 1).padStart(2, '0')}`);
  const people = Array.from(
    { length: Math.max(30, Math.round(tasks / 40)) },
    (_, i) => `can.bo${i + 1}@ubnd.example.vn`,
  );
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
    const unitRow = (u: string, i: number) => [
      u,
      `Đơn vị ${i + 1}`,
      '',
      people[i % people.length],
      BENCH_ADMIN,
      people[(i + 1) % people.length],
    ];
    write('Đơn vị', 2, units.map(unitRow));
    write(
      'Cán bộ',
      3,
      people.map((p, i) => [p, `Cán bộ ${i + 1}`, units[i % units.length], 'Cán bộ thực hiện', '', true]),
    );

    const rows = Array.from({ length: tasks }, (_, i) => {
      const row: unknown[] = new Array(TASK_COLUMNS.length).fill('');
      const assigned = -Math.floor(rand() * 330);
      const deadline = assigned + 5 + Math.floor(rand() * 60);
      const r = rand();
      row[col('id')] = `NV-2026-${String(i + 1).padStart(4, '0')}`;
      row[col('title')] = `Nhiệm vụ số ${i + 1} theo Thông báo ${1 + (i % 300)}/TB-UBND`;
      row[col('assigner')] = BENCH_ADMIN;
      row[col('leadUnit')] = `Đơn vị ${1 + (i % units.length)}`;
      row[col('assignees')] = people[i % people.length];
      row[col('assignedDate')] = vnDay(now, assigned);
      row[col('deadline')] = vnDay(now, deadline);
      row[col('progress')] = Math.round(rand() * 10) / 10;
      if (rand() < 0.97) row[col('lastUpdate')] = vnDay(now, Math.min(0, assigned + 3));
      if (r < 0.75 && deadline < 0) {
        const done = deadline + Math.floor(rand() * 10) - 6;
        row[col('reportedDate')] = vnDay(now, Math.min(done, 0));
        row[col('confirmedAt')] = vnDay(now, Math.min(done + 1, 0));
        row[col('confirmedBy')] = BENCH_ADMIN;
      } else if (r < 0.8) {
        row[col('archived')] = true;
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
  } finally {
    end();
  }
  return emu;
}

/** A realistic assignment: a unit, two people, a deadline in ten working days. */
export const BENCH_ASSIGNMENT = {
  title: 'Rà soát hồ sơ thủ tục hành chính quý IV',
  details: 'Tổng hợp kết quả, đề xuất cắt giảm thủ tục',
  source: 'Thông báo 245/TB-UBND',
  leadUnit: 'DV01',
  assignees: ['can.bo1@ubnd.example.vn', 'can.bo2@ubnd.example.vn'],
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
