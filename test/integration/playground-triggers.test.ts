/**
 * `npm run playground -- triggers --json`: the installed triggers with their unique ids; installing
 * the reminders twice leaves one, and `trigger hourlyJob` fires it with its `triggerUid`.
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
  state = tempDir('nhacviec-triggers-');
});
afterAll(() => state.remove());

jest.setTimeout(180_000);

test('install twice: one trigger listed; turn off: none', () => {
  expect(cli('reset').status).toBe(0);
  expect(cli('triggers').stdout).toContain('Chưa cài');
  expect(cli('exec', 'setup', '--as', ADMIN, '--at', '2026-11-23T06:00').status).toBe(0);
  for (let i = 0; i < 2; i++) {
    const on = cli('exec', 'installReminders', '7', '--as', ADMIN);
    expect((JSON.parse(on.stdout) as { ok: boolean }).ok).toBe(true);
  }
  const listed = JSON.parse(cli('triggers', '--json').stdout) as {
    id: string;
    handler: string;
    owner: string;
  }[];
  expect(listed).toEqual([expect.objectContaining({ handler: 'hourlyJob', owner: ADMIN })]);
  expect(listed[0].id).toMatch(/^\d+$/);

  // The recorded trigger runs (it is not taken for an orphan).
  const run = cli('trigger', 'hourlyJob', '--at', '2026-11-23T07:30');
  expect(run.status).toBe(0);
  expect((JSON.parse(run.stdout) as { action: string }).action).toBe('daily');
  expect(JSON.parse(cli('triggers', '--json').stdout)).toHaveLength(1);

  expect(cli('exec', 'uninstallReminders', '--as', ADMIN).status).toBe(0);
  expect(JSON.parse(cli('triggers', '--json').stdout)).toEqual([]);
});
