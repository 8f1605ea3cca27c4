/**
 * test/unit mirrors the code it tests: `test/unit/<path>.test.ts` tests `src/<path>.ts` (so the tests of
 * `src/core/reminders/planner.ts` are in `test/unit/core/reminders/planner.test.ts`), and
 * `test/unit/scripts/<name>.test.ts` tests `scripts/<name>.mjs`. Several files may test one module as
 * `<module>.<topic>.test.ts`. A file that tests no one module is listed below with the reason.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';

const repo = resolve(__dirname, '../..');
const unit = join(repo, 'test', 'unit');

/** Unit test files that mirror no module, relative to test/unit, each with why. */
const EXCEPTIONS: Record<string, string> = {
  'layout.test.ts': 'checks the layout of test/unit itself',
};

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return testFiles(full);
    return e.name.endsWith('.test.ts') ? [relative(unit, full).split('\\').join('/')] : [];
  });
}

/** The files a unit test may mirror: module names hold no dot, so `a.b` is module `a`, topic `b`. */
function mirroredSources(testPath: string): string[] {
  const dir = posix.dirname(testPath);
  const module = posix.basename(testPath, '.test.ts').split('.')[0];
  const [top, ...rest] = dir === '.' ? [''] : dir.split('/');
  if (top === 'scripts') {
    const base = posix.join('scripts', ...rest, module);
    return ['.mjs', '.ts', '.js'].map((ext) => base + ext);
  }
  return [posix.join('src', dir, `${module}.ts`)];
}

const misplaced = (testPath: string) =>
  !(testPath in EXCEPTIONS) && !mirroredSources(testPath).some((f) => existsSync(join(repo, f)));

test('every unit test file mirrors a module of src/ (or scripts/), or is a listed exception', () => {
  const files = testFiles(unit);
  expect(files.length).toBeGreaterThan(20);
  const wrong = files.filter(misplaced).map((f) => `test/unit/${f}: no ${mirroredSources(f).join(' or ')}`);
  expect(wrong).toEqual([]);
});

test('every listed exception exists, so the list cannot outlive its files', () => {
  const files = new Set(testFiles(unit));
  expect(Object.keys(EXCEPTIONS).filter((f) => !files.has(f))).toEqual([]);
});

test('the rule refuses a file at the top or named after no module, and accepts a topic', () => {
  expect(misplaced('reminders-planner.test.ts')).toBe(true);
  expect(misplaced('stats/period.test.ts')).toBe(true);
  expect(misplaced('core/register-core.test.ts')).toBe(true);
  expect(misplaced('core/reminders/planner.test.ts')).toBe(false);
  expect(misplaced('core/stats/compute.properties.test.ts')).toBe(false);
  expect(misplaced('core/lunar.oracle.test.ts')).toBe(false);
  expect(misplaced('gas/reminders/sender.test.ts')).toBe(false);
  expect(misplaced('scripts/deploy.test.ts')).toBe(false);
  expect(misplaced('scripts/nothing.test.ts')).toBe(true);
});
