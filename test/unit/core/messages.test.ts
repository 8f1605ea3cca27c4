/**
 * The message catalogues (`src/core/i18n/`) and the server's `t` and `UserError` (`src/core/messages.ts`):
 * one key in one catalogue only, the same parameters in both languages, and refusals that keep their
 * key so they can be shown in the register's language.
 */
import { COMMON_MESSAGES } from '../../../src/core/i18n/common';
import { DEADLINE_MESSAGES } from '../../../src/core/i18n/deadlines';
import { DOCUMENT_MESSAGES } from '../../../src/core/i18n/documents';
import { FIGURE_MESSAGES } from '../../../src/core/i18n/figures';
import { SERVER_MESSAGES } from '../../../src/core/i18n/server';
import { SIDEBAR_MESSAGES } from '../../../src/core/i18n/sidebar';
import { combine, fill, translator, type Catalogue } from '../../../src/core/i18n/translate';
import { WALLBOARD_MESSAGES, WALLBOARD_SERVER_MESSAGES } from '../../../src/core/i18n/wallboard';
import { t, UserError } from '../../../src/core/messages';

const CATALOGUES: Record<string, Catalogue<string>> = {
  server: SERVER_MESSAGES,
  common: COMMON_MESSAGES,
  deadlines: DEADLINE_MESSAGES,
  sidebar: SIDEBAR_MESSAGES,
  documents: DOCUMENT_MESSAGES,
  figures: FIGURE_MESSAGES,
  wallboard: WALLBOARD_MESSAGES,
  wallboardServer: WALLBOARD_SERVER_MESSAGES,
};

/** The pages' own words: the server neither needs nor carries them. */
const PAGES_ONLY = ['sidebar', 'wallboard'];

const paramsOf = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('never define a key twice (joined, one would silently hide the other)', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, c] of Object.entries(CATALOGUES)) {
      for (const key of Object.keys(c.vi)) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${name}`);
        owner.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('have the same keys and the same parameters in Vietnamese and English', () => {
    for (const c of Object.values(CATALOGUES)) {
      expect(Object.keys(c.en).sort()).toEqual(Object.keys(c.vi).sort());
      for (const key of Object.keys(c.vi))
        expect([key, paramsOf(c.en[key])]).toEqual([key, paramsOf(c.vi[key])]);
    }
  });

  it("the server speaks every one of them but the pages' own", () => {
    for (const [name, c] of Object.entries(CATALOGUES)) {
      if (PAGES_ONLY.includes(name)) continue;
      for (const key of Object.keys(c.vi)) {
        expect(t('vi', key as Parameters<typeof t>[1])).toBe(fill(c.vi[key]));
        expect(t('en', key as Parameters<typeof t>[1])).toBe(fill(c.en[key]));
      }
    }
  });
});

describe('translate', () => {
  it('fills the parameters it is given and leaves the others as written', () => {
    expect(fill('{a} và {b}', { a: 1 })).toBe('1 và {b}');
    expect(fill('{{ten}}', { ten: 'X' })).toBe('{X}');
  });

  it('joins catalogues and looks a message up in the language asked', () => {
    const say = translator(
      combine(
        { vi: { 'a.x': 'xin chào {n}' }, en: { 'a.x': 'hello {n}' } },
        { vi: { 'b.y': 'có' }, en: { 'b.y': 'yes' } },
      ),
    );
    expect(say('vi', 'a.x', { n: 2 })).toBe('xin chào 2');
    expect(say('en', 'a.x', { n: 2 })).toBe('hello 2');
    expect(say('en', 'b.y')).toBe('yes');
  });
});

describe('UserError', () => {
  it('keeps its key: its message is Vietnamese, its text is in the language asked', () => {
    const e = new UserError('lock.busy');
    expect(e.message).toBe(t('vi', 'lock.busy'));
    expect(e.text('en')).toBe(t('en', 'lock.busy'));
    expect(e.text('vi')).toBe(e.message);
  });

  it('raised in a known language, stays in it (its parameters were written in it)', () => {
    const e = new UserError('auth.notAdmin', { email: 'a@x.vn', role: 'Official' }, [], 'en');
    expect(e.message).toBe(t('en', 'auth.notAdmin', { email: 'a@x.vn', role: 'Official' }));
    expect(e.text('vi')).toBe(e.message);
  });
});
