/**
 * The playground CLI as a user runs it (`node --import tsx playground/cli.ts …`), each command a new
 * process over the same state directory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ADMIN, playgroundCli } from './playground-cli-helpers';
import { parseCsv } from '../../emulator/spreadsheet/inspect';
import { STATUS_LABELS_VI } from '../../src/core/status';

const ADMIN = DEMO_ADMIN;
const { cli, state } = playgroundCli('nhacviec-cli-');

test('reset, setup as the admin, export, import, calls, and the errors', () => {
  const reset = cli('reset');
  expect(reset.status).toBe(0);
  expect(reset.stdout).toContain('bảng tính trống');
  expect(JSON.parse(readFileSync(join(state.dir, 'world.json'), 'utf8')).version).toBe(1);

  // exec prints the function's JSON result on stdout; the toast-free setup returns what it did.
  const setup = cli('exec', 'setup', '--as', ADMIN, '--at', '2026-11-23T08:00');
  expect(setup.stderr).toBe('');
  expect(setup.status).toBe(0);
  const result = JSON.parse(setup.stdout) as { ok: boolean; created: string[] };
  expect(result.ok).toBe(true);
  expect(result.created).toEqual(expect.arrayContaining(['Nhiệm vụ', 'Đơn vị', 'Cán bộ']));

  // The clock moved to --at and stays there.
  expect(cli('clock').stdout).toContain('23/11/2026');

  // export: CSV of displayed values; the staff sheet holds the header and the admin who set up.
  const staff = cli('export', 'Cán bộ');
  expect(staff.status).toBe(0);
  const lines = staff.stdout.trim().split('\n');
  expect(lines[0]).toBe('Email,Họ và tên,Đơn vị (mã),Vai trò,Chức vụ,Đang công tác');
  expect(lines[1].startsWith(`${ADMIN},`)).toBe(true);

  // import: replaces the sheet's contents with the CSV (header included), cells parsed as typed.
  const csv = join(state.dir, 'units.csv');
  writeFileSync(
    csv,
    'Mã đơn vị,Tên đơn vị,Đơn vị cấp trên (mã),Lãnh đạo (email),Chuyên viên theo dõi (email),Đầu mối (email)\n' +
      'NV,Phòng Nội vụ,UBND,,,"a@x.vn"\nTP,"Phòng Tư pháp, quận",UBND,,,\n',
  );
  const imported = cli('import', 'Đơn vị', csv, '--as', ADMIN);
  expect(imported.status).toBe(0);
  expect(imported.stdout).toContain('3 dòng');
  const units = cli('export', 'Đơn vị').stdout.trim().split('\n');
  expect(units).toHaveLength(3);
  expect(units[2]).toBe('TP,"Phòng Tư pháp, quận",UBND,,,');

  // --append adds rows after the last one, skipping a matching header; an ISO date typed into the
  // date column becomes a date, shown in the column's dd/MM/yyyy format.
  const holidays = join(state.dir, 'holidays.csv');
  writeFileSync(
    holidays,
    'Ngày,Tên ngày nghỉ,Loại,Tạm tính (chờ xác nhận),Ghi chú\n2027-06-01,Ngày thử,Nghỉ bù,FALSE,\n',
  );
  const before = cli('export', 'Ngày nghỉ').stdout.trim().split('\n').length;
  expect(cli('import', 'Ngày nghỉ', holidays, '--append').status).toBe(0);
  const after = cli('export', 'Ngày nghỉ').stdout.trim().split('\n');
  expect(after).toHaveLength(before + 1);
  expect(after[after.length - 1]).toBe('01/06/2027,Ngày thử,Nghỉ bù,FALSE,');

  // calls --json: the service calls of the last execution (the import's writes are not an execution
  // of the add-on; the last one is setup's).
  const calls = JSON.parse(cli('calls', '--json').stdout) as {
    fn: string;
    total: number;
    byService: Record<string, number>;
    cost: { calls: number; dataCalls: number; formatCellsWritten: number; modelledMs: number };
  };
  expect(calls.fn).toBe('setup');
  expect(calls.total).toBeGreaterThan(10);
  expect(calls.byService.spreadsheet).toBeGreaterThan(0);
  // Beside the counts, what they cost in Google's time (emulator/cost.ts).
  expect(calls.cost.calls).toBe(calls.total);
  expect(calls.cost.dataCalls).toBeGreaterThan(0);
  expect(calls.cost.formatCellsWritten).toBeGreaterThan(0);
  expect(calls.cost.modelledMs).toBeGreaterThan(15 * calls.total);
  expect(cli('calls').stdout).toContain('trong Google (mô hình)');

  // Errors: unknown function (1), a script exception (1), unknown sheet (1), unknown command (2).
  const unknownFn = cli('exec', 'noSuchFunction', '--as', ADMIN);
  expect(unknownFn.status).toBe(1);
  expect(unknownFn.stderr).toContain('Không có hàm "noSuchFunction"');
  const anonymous = cli('exec', 'setup', '--as', '');
  expect(anonymous.status).toBe(1);
  expect(anonymous.stderr).toContain('Lỗi khi chạy setup');
  expect(anonymous.stdout).toBe('');
  const unknownSheet = cli('export', 'Không có');
  expect(unknownSheet.status).toBe(1);
  expect(unknownSheet.stderr).toContain('Không có sheet "Không có"');
  const unknownCommand = cli('frobnicate');
  expect(unknownCommand.status).toBe(2);
  expect(unknownCommand.stderr).toContain('Không có lệnh "frobnicate"');
  const noTrigger = cli('trigger', 'dailyJob');
  expect(noTrigger.status).toBe(1);
  expect(noTrigger.stderr).toContain('Chưa cài trình kích hoạt');

  // clock --advance moves the saved clock.
  expect(cli('clock', '--advance', '1d').stdout).toContain('24/11/2026 08:00');
});

test('reset --demo builds the district through the add-on, statuses computed', () => {
  const reset = cli('reset', '--demo');
  expect(reset.status).toBe(0);
  expect(reset.stderr).toBe(''); // no warnings: every demo column found its header
  expect(reset.stdout).toContain('24 đơn vị, 62 cán bộ, 900 nhiệm vụ');
  expect(cli('clock').stdout).toContain('Thứ Hai, 23/11/2026 08:00');

  const staff = parseCsv(cli('export', 'Cán bộ').stdout);
  expect(staff).toHaveLength(63);
  expect(staff[1][0]).toBe(ADMIN);
  expect(staff.slice(1).every((r) => /^[a-z.]+@nguhanhson\.gov\.vn$/.test(r[0]))).toBe(true);
  expect(new Set(staff.slice(1).map((r) => r[0])).size).toBe(62);

  const tasks = parseCsv(cli('export', 'Nhiệm vụ').stdout);
  expect(tasks).toHaveLength(901);
  const status = tasks[0].indexOf('Trạng thái');
  const counts: Record<string, number> = {};
  for (const r of tasks.slice(1)) counts[r[status]] = (counts[r[status]] ?? 0) + 1;
  // Every status occurs, in proportions close to the Ngũ Hành Sơn report (67 % on time, 19 % late…).
  for (const label of Object.values(STATUS_LABELS_VI)) expect(counts[label]).toBeGreaterThan(0);
  const share = (...labels: string[]) => labels.reduce((n, l) => n + (counts[l] ?? 0), 0) / 900;
  expect(share(STATUS_LABELS_VI.done_early, STATUS_LABELS_VI.done_on_time)).toBeGreaterThan(0.6);
  expect(share(STATUS_LABELS_VI.done_early, STATUS_LABELS_VI.done_on_time)).toBeLessThan(0.75);
  expect(share(STATUS_LABELS_VI.done_late)).toBeGreaterThan(0.14);
  expect(share(STATUS_LABELS_VI.done_late)).toBeLessThan(0.24);
  expect(share(STATUS_LABELS_VI.overdue)).toBeLessThan(0.02);

  // Deterministic: the same seed builds the same register.
  const again = cli('reset', '--demo');
  expect(again.status).toBe(0);
  expect(cli('export', 'Nhiệm vụ').stdout).toBe(toCsvText(tasks));
});

function toCsvText(rows: string[][]): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

test('arguments and files the CLI refuses, the documented installReminders form, a hidden task', () => {
  expect(cli('reset', '--demo').status).toBe(0);
  // The demo's setup was given the agency's name.
  expect(cli('export', 'Cài đặt').stdout).toContain('agencyName,Tên cơ quan,UBND quận Ngũ Hành Sơn,');

  // Bad JSON is bad usage (exit 2), never passed on as a string; a bare word still is a string.
  const badJson = cli('exec', 'installReminders', '{hour:7}', '--as', ADMIN);
  expect(badJson.status).toBe(2);
  expect(badJson.stderr).toContain('Tham số không phải JSON hợp lệ: {hour:7}');
  expect(badJson.stdout).toBe('');
  expect(cli('exec', 'installReminders', '7h', '--as', ADMIN).status).toBe(2);

  // A missing import file: one line, no stack trace.
  const missing = cli('import', 'Đơn vị', join(state.dir, 'khong-co.csv'), '--as', ADMIN);
  expect(missing.status).toBe(1);
  expect(missing.stderr.trim().split('\n')).toEqual([`Không có tệp "${join(state.dir, 'khong-co.csv')}".`]);

  // installReminders: the documented `{"hour":7}` and the bare hour both set the hour.
  for (const [arg, hour] of [
    ['{"hour":7}', 7],
    ['8', 8],
  ] as const) {
    const on = cli('exec', 'installReminders', arg, '--as', ADMIN);
    expect(on.status).toBe(0);
    expect(JSON.parse(on.stdout)).toMatchObject({ ok: true, data: { on: true, hour } });
  }

  // A confidential task of another unit is answered as a missing one is, and neither is "deleted".
  const official = 'ngo.minh.quan@nguhanhson.gov.vn'; // Phòng GD&ĐT; NV-2026-0010 is LĐTBXH's, confidential
  const hidden = JSON.parse(cli('exec', 'getTaskHistory', 'NV-2026-0010', '--as', official).stdout);
  const none = JSON.parse(cli('exec', 'getTaskHistory', 'NV-2026-9999', '--as', official).stdout);
  expect(hidden).toEqual({
    ok: false,
    code: 'action.noTask',
    error: 'Không tìm thấy nhiệm vụ NV-2026-0010 trong những nhiệm vụ bạn được xem.',
  });
  expect(none.error).toBe(hidden.error.replace('0010', '9999'));
  expect(hidden.error).not.toMatch(/xoá|xóa/);
});
