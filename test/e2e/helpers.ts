/** Starting the playground server as a child process, on a free port, with its state in a temp dir. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { TASK_COLUMNS, type TaskColumnKey } from '../../src/core/schema';

export const ROOT = join(__dirname, '..', '..');
/** Where the tests leave their screenshots (made before the first test). */
export const ARTIFACTS = join(ROOT, 'test', 'e2e', 'artifacts');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The one Chromium every e2e test drives (the system's, with the flags above). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Builds dist/ when it is missing (`npm test` builds first; a lone `jest` run may not have). */
export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist', 'Code.js'))) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `node --import tsx playground/server.ts` with PORT=0; resolves with the URL it prints. */
export function startPlayground(env: Record<string, string>, args: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'playground/server.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`playground server did not start:\n${output}`));
    }, 30_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /(http:\/\/localhost:\d+\/)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`playground server exited (${code}):\n${output}`));
    });
  });
}

/** Calls the playground's JSON API (GET without a body, POST with one). */
export async function callApi<T = unknown>(server: RunningServer, path: string, body?: unknown): Promise<T> {
  const send = () =>
    fetch(new URL(path, server.url), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  // A kept-alive connection the server closed meanwhile (a CLI import between two calls outlasts its
  // 5 s keep-alive) fails before the request is read: sent again on a new one.
  const res = await send().catch(send);
  return (await res.json()) as T;
}

/** Runs `npm run playground -- …` on a playground state folder; throws with its stderr on failure. */
/** Signs in as `email` on the playground's Sheets page and waits for the sidebar's first screen. */
export async function signInSidebar(server: RunningServer, page: Page, email: string): Promise<Frame> {
  await callApi(server, '/api/user', { email });
  await page.goto(server.url);
  await page.waitForFunction(
    (e) => (document.getElementById('user-select') as HTMLSelectElement).value === e,
    email,
  );
  const frame = sidebarFrame(page);
  await frame.locator('.tabs').waitFor({ timeout: 20_000 });
  return frame;
}

/** The sidebar's frame on the playground's Sheets page. */
export function sidebarFrame(page: Page): Frame {
  const frame = page.frame({ name: 'sidebar' });
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

export function runCli(dir: string, ...args: string[]): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'playground/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PLAYGROUND_DIR: dir },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`cli ${args.join(' ')}: ${r.stderr}`);
}

/** Writes rows as a CSV file (quoted where needed) in `dir`, for the CLI's `import`. */
export function writeCsv(dir: string, name: string, rows: readonly (readonly string[])[]): string {
  const file = join(dir, name);
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  writeFileSync(file, rows.map((r) => r.map(quote).join(',')).join('\n') + '\n');
  return file;
}

/**
 * A fresh register in the playground: cleared, the clock at Monday 23/11/2026 08:00, set up by the
 * admin, then each sheet's rows (header first) appended as if pasted.
 */
export async function seedRegister(
  server: RunningServer,
  dir: string,
  admin: string,
  sheets: Record<string, readonly (readonly string[])[]>,
): Promise<void> {
  await callApi(server, '/api/reset', { demo: false });
  await callApi(server, '/api/clock', { at: '2026-11-23T08:00' });
  await callApi(server, '/api/run', { fn: 'setup', as: admin });
  for (const [sheet, rows] of Object.entries(sheets)) {
    runCli(dir, 'import', sheet, writeCsv(dir, `${sheet}.csv`, rows), '--append');
  }
}

export const UNIT_HEADER = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Đơn vị cấp trên (mã)',
  'Lãnh đạo (email)',
  'Chuyên viên theo dõi (email)',
  'Đầu mối (email)',
];
export const STAFF_HEADER = ['Email', 'Họ và tên', 'Đơn vị (mã)', 'Vai trò', 'Chức vụ', 'Đang công tác'];

/** The people the seeded registers are made of: the office (who sets up), a leader, an official… */
export const PEOPLE = {
  ADMIN: 'vanphong@ubnd.example.vn',
  LEADER: 'lanh.dao@ubnd.example.vn',
  OFFICIAL: 'can.bo@ubnd.example.vn',
  FOLLOWER: 'theo.doi@ubnd.example.vn',
  FOCAL: 'dau.moi@ubnd.example.vn',
} as const;

/** The `Nhiệm vụ` sheet's header row, in the register's column order. */
export const TASK_HEADER = TASK_COLUMNS.map((c) => c.vi);

/**
 * A task row in the register's column order (the CLI's import is by position, as pasting is): the
 * cells given by column key, the rest empty, the archived and confidential boxes unticked unless given.
 */
export function taskRow(cells: Partial<Record<TaskColumnKey, string>>): string[] {
  const row: Partial<Record<TaskColumnKey, string>> = { archived: 'FALSE', confidential: 'FALSE', ...cells };
  return TASK_COLUMNS.map((c) => row[c.key] ?? '');
}

export interface PlaygroundOptions {
  /** Sheets of a fresh register seeded by PEOPLE.ADMIN (see seedRegister), each with its header row. */
  register?: Record<string, readonly (readonly string[])[]>;
  /** What to do once the playground runs (and the register is seeded), before the browser starts. */
  setup?: () => Promise<unknown>;
  /** The page the tests drive: a 1400×1000 one unless given here; `false`: the tests open their own. */
  page?: false | ((browser: Browser, server: RunningServer) => Promise<Page>);
  /** Arguments of the playground server (`--demo`). */
  args?: string[];
}

export interface Playground {
  readonly server: RunningServer;
  /** The playground's state folder (its world, the CLI's files). */
  readonly dir: string;
  readonly browser: Browser;
  readonly page: Page;
  /** Calls the playground's JSON API (see callApi). */
  api<T = unknown>(path: string, body?: unknown): Promise<T>;
}

/**
 * The fixture of a test file: registers the hooks that start a playground in a temp dir (built first),
 * seed it, and launch Chromium — and that close them all after the file. Read its parts through the
 * object returned once the tests run.
 */
export function usePlayground(prefix: string, options: PlaygroundOptions = {}): Playground {
  let server: RunningServer | undefined;
  let state: { dir: string; remove(): void } | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new Error(`the playground's ${name} is not ready (used before beforeAll?)`);
    return value;
  };
  const pg: Playground = {
    get server() {
      return ready(server, 'server');
    },
    get dir() {
      return ready(state, 'folder').dir;
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get page() {
      return ready(page, 'page');
    },
    api: (path, body) => callApi(pg.server, path, body),
  };
  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    state = tempDir(prefix);
    server = await startPlayground({ PLAYGROUND_DIR: state.dir }, options.args);
    if (options.register) await seedRegister(server, state.dir, PEOPLE.ADMIN, options.register);
    await options.setup?.();
    browser = await launchChromium();
    const open = options.page ?? ((b) => b.newPage({ viewport: { width: 1400, height: 1000 } }));
    if (open) page = await open(browser, server);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    state?.remove();
  });
  return pg;
}
