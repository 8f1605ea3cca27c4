/**
 * `npm run playground -- edit`, `delete-row`, `insert-column`, `move-column`, `paste-over`…: a person
 * editing in the Sheets interface, over the saved world (each command a new process, as a user runs
 * them).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../emulator/spreadsheet/inspect';
import { DEMO_ADMIN, playgroundCli } from './playground-cli-helpers';

const ADMIN = DEMO_ADMIN;
const { cli, state } = playgroundCli('nhacviec-edit-');

test('edit types into a cell as a person: parsed as typed, onEdit runs, warning protections reported', () => {
  expect(cli('reset').status).toBe(0);
  expect(cli('exec', 'setup', '--as', ADMIN, '--at', '2026-11-23T08:00').status).toBe(0);

  const typed = cli('edit', 'Ngày nghỉ', 'A2', '2027-06-01', '--as', ADMIN);
  expect(typed.status).toBe(0);
  expect(typed.stdout).toContain(`${ADMIN} đã sửa 'Ngày nghỉ'!A2`);
  expect(typed.stdout).toContain('"01/06/2027"'); // a date, shown in the column's format
  expect(typed.stderr).toContain('[trình kích hoạt] onEdit (LIMITED');
  expect(typed.stderr).toContain('xong');
  expect(cli('export', 'Ngày nghỉ').stdout.split('\n')[1].startsWith('01/06/2027,')).toBe(true);

  // The audit sheet's protection only warns: the edit is done, the warning reported on stderr.
  const audit = cli('edit', 'Nhật ký', 'A2', '', '--as', 'lanh.dao@nguhanhson.gov.vn', '--json');
  expect(audit.status).toBe(0);
  const report = JSON.parse(audit.stdout) as { edits: { kind: string; warnings: unknown[] }[] };
  expect(report.edits[0].kind).toBe('clear');
  expect(report.edits[0].warnings).toHaveLength(1);
  expect(audit.stderr).toContain('[cảnh báo]');

  expect(cli('edit', 'Nhật ký', 'A2', '--as', ADMIN).status).toBe(2); // no value
  expect(cli('edit', 'Không có', 'A2', 'x', '--as', ADMIN).status).toBe(1);
});

test('rows and columns by hand: insert, delete, move, paste over; a real protection refuses with Sheets’ message', () => {
  const SECOND_ADMIN = 'quan.tri.2@nguhanhson.gov.vn';
  const OFFICIAL = 'can.bo@nguhanhson.gov.vn';
  const PROTECTED = 'You are trying to edit a protected cell or object.';
  expect(cli('reset').status).toBe(0);
  expect(cli('exec', 'setup', '--as', ADMIN, '--at', '2026-11-23T08:00').status).toBe(0);
  // A second administrator, so setup gives the administrators' sheets a list of editors of their own.
  const csv = join(state.dir, 'admin.csv');
  writeFileSync(csv, `${SECOND_ADMIN},Quản Trị Hai,,Quản trị (văn phòng),,TRUE\n`);
  expect(cli('import', 'Cán bộ', csv, '--append').status).toBe(0);
  expect(cli('exec', 'setup', '--as', ADMIN).status).toBe(0);
  const header = () => parseCsv(cli('export', 'Nhiệm vụ').stdout)[0];
  const before = header();

  const staff = cli('export', 'Cán bộ').stdout;
  const refused = cli('delete-row', 'Cán bộ', '2', '--as', OFFICIAL);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain(`${OFFICIAL} không xoá được dòng 2 của "Cán bộ": ${PROTECTED}`);
  expect(cli('export', 'Cán bộ').stdout).toBe(staff);
  const column = cli('insert-column', 'Đơn vị', 'B', '--as', OFFICIAL);
  expect(column.status).toBe(1);
  expect(column.stderr).toContain(PROTECTED);

  // The task sheet's computed columns only warn: an official drags a column where they like.
  const moved = cli('move-column', 'Nhiệm vụ', 'D', 'B', '--as', OFFICIAL);
  expect(moved.status).toBe(0);
  expect(moved.stdout).toContain(`${OFFICIAL} đã kéo cột D đến vị trí cột B của "Nhiệm vụ"`);
  expect(header().slice(0, 4)).toEqual([before[0], before[3], before[1], before[2]]);
  expect(cli('move-column', 'Nhiệm vụ', 'B', 'D', '--as', OFFICIAL).status).toBe(0);
  expect(header()).toEqual(before);

  const inserted = cli('insert-row', 'Nhiệm vụ', '2', '--as', ADMIN, '--json');
  expect(inserted.status).toBe(0);
  expect(JSON.parse(inserted.stdout)).toEqual({
    edits: [expect.objectContaining({ kind: 'insertRows', by: ADMIN, range: "'Nhiệm vụ'!2:2" })],
  });
  expect(cli('delete-row', 'Nhiệm vụ', '2', '--as', ADMIN).stdout).toContain(
    `${ADMIN} đã xoá dòng 2 của "Nhiệm vụ"`,
  );
  expect(cli('insert-column', 'Nhiệm vụ', 'E', '--as', ADMIN).status).toBe(0);
  expect(header()).toEqual([...before.slice(0, 4), '', ...before.slice(4)]);
  expect(cli('delete-column', 'Nhiệm vụ', 'E', '--as', ADMIN).status).toBe(0);
  expect(header()).toEqual(before);

  // Cutting a whole column and pasting it over another: the content moves, onEdit runs.
  const pasted = cli('paste-over', 'Nhiệm vụ', 'E', 'Z', '--as', ADMIN);
  expect(pasted.status).toBe(0);
  expect(pasted.stdout).toContain(`${ADMIN} đã cắt cột E và dán đè lên cột Z của "Nhiệm vụ"`);
  expect(pasted.stderr).toContain('[trình kích hoạt] onEdit (LIMITED');
  const after = header();
  expect(after[4]).toBe('');
  expect(after[25]).toBe(before[4]);

  expect(cli('delete-row', 'Nhiệm vụ', 'B', '--as', ADMIN).status).toBe(2); // not a row number
  expect(cli('move-column', 'Nhiệm vụ', 'B', '--as', ADMIN).status).toBe(2); // no destination
  const outside = cli('delete-column', 'Nhiệm vụ', 'ZZ', '--as', ADMIN);
  expect(outside.status).toBe(1);
  expect(outside.stderr).toContain('Those columns are out of bounds.');
});
