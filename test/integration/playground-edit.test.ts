/**
 * `npm run playground -- edit`: a person typing into one cell in the Sheets interface, over the saved
 * world (each command a new process, as a user runs them).
 */
import { spawnSync } from 'node:child_process';
import { ROOT, ensureBuilt, tempDir } from '../e2e/helpers';

const ADMIN = 'vanphong@nguhanhson.gov.vn';
let state: { dir: string; remove(): void };

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'playground/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PLAYGROUND_DIR: state.dir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  ensureBuilt();
  state = tempDir('nhacviec-edit-');
});
afterAll(() => state.remove());

jest.setTimeout(180_000);

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
