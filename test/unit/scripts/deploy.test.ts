/**
 * `npm run deploy` (scripts/deploy.mjs) without a network: with `--dry-run` it checks the environment's
 * clasp project file and prints its steps, so the order — tests, then push, then (production) a new
 * version — and the refusals are tested here; clasp itself never runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '../../..');
const script = join(repo, 'scripts', 'deploy.mjs');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function project(file: string, settings: Record<string, unknown>) {
  writeFileSync(join(dir, file), JSON.stringify({ rootDir: 'dist', ...settings }));
}

function deploy(...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** The numbered steps of a dry run, as "cmd args…". */
function steps(out: string): string[] {
  return out
    .split('\n')
    .filter((l) => /^\s+\d+\. /.test(l))
    .map((l) => l.slice(l.indexOf(': ') + 2));
}

test('development: tests first, then the push of dist/ to the .clasp.json project, and no version', () => {
  project('.clasp.json', { scriptId: 'dev-script' });
  const r = deploy('--dry-run');
  expect(r.status).toBe(0);
  expect(r.out).toContain('development (script dev-script, .clasp.json)');
  expect(steps(r.out)).toEqual(['npm test', 'clasp -P .clasp.json push --force']);
});

test('production: tests, push to .clasp.prod.json, then a new version on the recorded deployment', () => {
  project('.clasp.json', { scriptId: 'dev-script' });
  project('.clasp.prod.json', { scriptId: 'prod-script', deploymentId: 'AKfy-prod' });
  const r = deploy('--env', 'prod', '--dry-run');
  expect(r.status).toBe(0);
  const s = steps(r.out);
  expect(s.slice(0, 2)).toEqual(['npm test', 'clasp -P .clasp.prod.json push --force']);
  expect(s[2]).toMatch(
    /^clasp -P \.clasp\.prod\.json --json create-deployment --description .+ --deploymentId AKfy-prod$/,
  );
});

test('production without a recorded deployment makes a new one', () => {
  project('.clasp.prod.json', { scriptId: 'prod-script', deploymentId: '' });
  const s = steps(deploy('--env=prod', '--dry-run').out);
  expect(s).toHaveLength(3);
  expect(s[2]).not.toContain('--deploymentId');
});

test('a project file without a script id, or pushing anything but dist/, is refused before any step', () => {
  project('.clasp.json', { scriptId: '' });
  let r = deploy('--dry-run');
  expect(r.status).toBe(1);
  expect(r.err).toContain('.clasp.json has no scriptId yet');
  expect(r.out).toBe('');

  project('.clasp.json', { scriptId: 'dev-script', rootDir: '.' });
  r = deploy('--dry-run');
  expect(r.status).toBe(1);
  expect(r.err).toContain('rootDir must be "dist"');

  r = deploy('--env', 'prod', '--dry-run');
  expect(r.status).toBe(1);
  expect(r.err).toContain('.clasp.prod.json is missing');
});

test('unknown environments and arguments are refused, not ignored', () => {
  project('.clasp.json', { scriptId: 'dev-script' });
  expect(deploy('--env', 'staging', '--dry-run').err).toContain('--env must be dev or prod');
  expect(deploy('--skip-tests').err).toContain('unknown argument --skip-tests');
  expect(deploy('--create', 'docs').err).toContain('--create must be sheets or standalone');
});

test("the repository's project files push dist/, development in .clasp.json, production apart", () => {
  for (const file of ['.clasp.json', '.clasp.prod.json']) {
    const settings = JSON.parse(readFileSync(join(repo, file), 'utf8'));
    expect(settings.rootDir).toBe('dist');
    expect(typeof settings.scriptId).toBe('string');
  }
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  expect(pkg.scripts.deploy).toBe('node scripts/deploy.mjs');
  expect(pkg.scripts.push).toBe('node scripts/deploy.mjs --env dev');
});
