/**
 * The playground CLI as a user runs it (`node --import tsx playground/cli.ts …`), each command a new
 * process over one state directory that the calling test file gets for itself.
 */
import { spawnSync } from 'node:child_process';
import { ROOT, ensureBuilt, tempDir } from '../e2e/helpers';

/** The demo district's administrator, whom `exec setup` makes the first admin. */
export const DEMO_ADMIN = 'vanphong@nguhanhson.gov.vn';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Registers the file's `beforeAll`/`afterAll` (build once, a fresh state directory, removed at the end)
 * and returns `cli(...args)` and `state` (its `dir` is set once the tests start).
 */
export function playgroundCli(prefix: string): {
  cli: (...args: string[]) => CliRun;
  state: { dir: string };
} {
  const state = { dir: '', remove: () => {} };
  beforeAll(() => {
    ensureBuilt();
    Object.assign(state, tempDir(prefix));
  });
  afterAll(() => state.remove());
  jest.setTimeout(180_000);
  const cli = (...args: string[]): CliRun => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'playground/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, PLAYGROUND_DIR: state.dir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { cli, state };
}
