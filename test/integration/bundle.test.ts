/**
 * The built bundle, as Apps Script runs it: dist/Code.js in a vm context holding only Apps Script's
 * globals. (Run `npm run build` first; `npm test` does.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { Emulator } from '../../emulator';
import { SIDEBAR_MESSAGES } from '../../src/core/i18n/sidebar';
import { WALLBOARD_MESSAGES, WALLBOARD_SERVER_MESSAGES } from '../../src/core/i18n/wallboard';
import { SERVER_MESSAGES } from '../../src/core/i18n/server';
import { REPORT_MESSAGES } from '../../src/core/i18n/report';
import { EVALUATION_MESSAGES } from '../../src/core/i18n/evaluation';
import { ADDON_EMULATOR, ADDON_NAME } from '../../playground/project';
import { uiMenus } from './helpers';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('dist/Code.js in the emulator', () => {
  const code = readFileSync('dist/Code.js', 'utf8');

  it("keeps every function's name for Google's stack traces, though local names are shortened", () => {
    // The bundle on its own, without Apps Script's services: the menu builder throws, and the trace
    // names the functions it went through, as Google's execution log would.
    const context = vm.createContext({});
    vm.runInContext(`var global = this;\n${code}`, context);
    const stack = String(
      vm.runInContext(`(function () { try { onOpen(); } catch (e) { return e.stack; } })()`, context),
    );
    expect(stack).toMatch(/ReferenceError: SpreadsheetApp is not defined\n\s+at buildMenu \(/);
    expect(stack).toMatch(/\n\s+at onOpen \(/);
  });

  it("carries none of the pages' own words (the sidebar's and the wall board's catalogues)", () => {
    // Each catalogue entry is written `"key":…` in a bundle; a page's keys are its own (no key is in two
    // catalogues), so none of them may stand in the server's bundle.
    const pageKeys = [SIDEBAR_MESSAGES, WALLBOARD_MESSAGES].flatMap((c) => Object.keys(c));
    expect(pageKeys.length).toBeGreaterThan(100);
    expect(pageKeys.filter((key) => code.includes(`"${key}":`))).toEqual([]);
    // The check itself sees a catalogue that is there: the server's own words.
    expect(code).toContain('"wall.title":');
  });

  it("holds the server's words in Vietnamese only; their English is in dist/i18n-en.html", () => {
    const catalogues = [SERVER_MESSAGES, WALLBOARD_SERVER_MESSAGES, REPORT_MESSAGES, EVALUATION_MESSAGES];
    const pairs = catalogues.flatMap((c) => Object.entries(c));
    // Long texts only: a short English word ("Deadline") may stand in the code for another reason.
    const long = pairs.filter(([, [, en]]) => en.length > 25);
    expect(long.length).toBeGreaterThan(200);
    expect(long.filter(([, [, en]]) => code.includes(en)).map(([key]) => key)).toEqual([]);
    expect(code).not.toContain('Only leaders and administrators assign tasks.');
    expect(code).toContain(JSON.stringify(SERVER_MESSAGES['action.cannotAssign'][0]));
    const english = JSON.parse(readFileSync('dist/i18n-en.html', 'utf8')) as Record<string, string>;
    for (const [key, [, en]] of pairs) expect({ key, en: english[key] }).toEqual({ key, en });
  });

  it('has no export statement and declares its entry points at top level', () => {
    expect(code).not.toMatch(/^\s*export\s/m);
    for (const fn of [
      'onOpen',
      'onInstall',
      'openSidebar',
      'setupFromMenu',
      'dailyJob',
      'getSidebarState',
      'assignTask',
    ]) {
      expect(code).toMatch(new RegExp(`^function ${fn}\\(`, 'm'));
    }
  });

  it('runs in a context without Node or browser globals', () => {
    const emu = new Emulator().loadSource(
      `function probe() { return ['require','process','module','exports','Buffer','setTimeout','setInterval','TextEncoder','TextDecoder','URL','fetch','window','document']
        .filter(function (n) { return typeof globalThis[n] !== 'undefined'; }); }`,
    );
    expect(emu.run('probe').value).toEqual([]);
  });

  it('onOpen in AuthMode.NONE builds the add-on menu and calls nothing that needs authorization', () => {
    const emu = new Emulator(ADDON_EMULATOR).loadBundle();
    const { calls } = emu.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    const menus = uiMenus(emu);
    expect(menus).toHaveLength(1);
    expect(menus[0]).toMatchObject({ title: ADDON_NAME, isAddonMenu: true });
    const methods = Object.keys(calls.byMethod());
    expect(methods.every((m) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.\w+)$/.test(m))).toBe(
      true,
    );
  });

  it('every function the menu, the sidebar and the triggers name exists at top level', () => {
    const emu = new Emulator(ADDON_EMULATOR).loadBundle();
    emu.run('onOpen', [], { authMode: 'NONE' });
    const topLevel = new Set(emu.topLevelFunctions());
    const menuFns = uiMenus(emu).flatMap((m) =>
      m.items.flatMap((i) => ('functionName' in i ? [i.functionName] : [])),
    );
    expect(menuFns.length).toBeGreaterThanOrEqual(3);
    const pageSources = ['src/sidebar', 'src/wallboard', 'src/client']
      .flatMap(sourceFiles)
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    const sidebarFns = [...pageSources.matchAll(/\bcall(?:<[^>]*>)?\(\s*'(\w+)'/g)].map((m) => m[1]);
    expect(sidebarFns.length).toBeGreaterThanOrEqual(1);
    const serverSources = sourceFiles('src')
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    const triggerFns = [...serverSources.matchAll(/newTrigger\(\s*'(\w+)'/g)].map((m) => m[1]);
    const htmlFiles = [...serverSources.matchAll(/createHtmlOutputFromFile\(\s*'([\w-]+)'/g)].map(
      (m) => m[1],
    );
    for (const fn of [...menuFns, ...sidebarFns, ...triggerFns]) {
      expect({ fn, defined: topLevel.has(fn) }).toEqual({ fn, defined: true });
      expect(fn.endsWith('_')).toBe(false);
    }
    for (const page of htmlFiles) expect(Object.keys(emu.project.html)).toContain(page);
  });

  it('a Date built by the script is a Date for the emulator and the clock drives new Date()', () => {
    const emu = new Emulator().loadSource(
      `function now() { return [new Date().toISOString(), Date.now(), new Date(0) instanceof Date]; }`,
    );
    const { value } = emu.run<[string, number, boolean]>('now', [], { at: '2026-03-01T00:00:00Z' });
    expect(value[0]).toBe('2026-03-01T00:00:00.000Z');
    expect(value[1]).toBe(Date.UTC(2026, 2, 1));
    expect(value[2]).toBe(true);
  });
});
