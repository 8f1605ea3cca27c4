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
import { combine, fill, readTextsFrom, translator, type Catalogue } from '../../../src/core/i18n/translate';
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
      for (const key of Object.keys(c)) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${name}`);
        owner.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('give every key a Vietnamese and an English text with the same parameters', () => {
    for (const c of Object.values(CATALOGUES)) {
      for (const [key, message] of Object.entries(c)) {
        expect([key, message.length, typeof message[0], typeof message[1]]).toEqual([
          key,
          2,
          'string',
          'string',
        ]);
        expect([key, message[0] !== '', message[1] !== '']).toEqual([key, true, true]);
        expect([key, paramsOf(message[1])]).toEqual([key, paramsOf(message[0])]);
      }
    }
  });

  it("the server speaks every one of them but the pages' own", () => {
    for (const [name, c] of Object.entries(CATALOGUES)) {
      if (PAGES_ONLY.includes(name)) continue;
      for (const [key, [vi, en]] of Object.entries(c)) {
        expect(t('vi', key as Parameters<typeof t>[1])).toBe(fill(vi));
        expect(t('en', key as Parameters<typeof t>[1])).toBe(fill(en));
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
    const say = translator(combine({ 'a.x': ['xin chào {n}', 'hello {n}'] }, { 'b.y': ['có', 'yes'] }));
    expect(say('vi', 'a.x', { n: 2 })).toBe('xin chào 2');
    expect(say('en', 'a.x', { n: 2 })).toBe('hello 2');
    expect(say('en', 'b.y')).toBe('yes');
    expect(say('vi', 'b.y')).toBe('có');
  });
});

describe('a catalogue holding its Vietnamese texts alone (as scripts/build.mjs writes the server bundle)', () => {
  const VI_ONLY = { 'x.hello': 'Xin chào {name}', 'x.bye': 'Tạm biệt' } as unknown as Catalogue<
    'x.hello' | 'x.bye'
  >;

  it('reads the English source once, when English is first wanted, and never for Vietnamese', () => {
    const load = jest.fn(() => ({ 'x.hello': 'Hello {name}' }));
    readTextsFrom('en', load);
    const say = translator(VI_ONLY);
    expect(say('vi', 'x.hello', { name: 'An' })).toBe('Xin chào An');
    expect(say('vi', 'x.bye')).toBe('Tạm biệt');
    expect(load).not.toHaveBeenCalled();
    expect(say('en', 'x.hello', { name: 'An' })).toBe('Hello An');
    // A key the source lacks falls back to its Vietnamese text.
    expect(say('en', 'x.bye')).toBe('Tạm biệt');
    expect(say('en', 'x.hello', { name: 'Bình' })).toBe('Hello Bình');
    expect(load).toHaveBeenCalledTimes(1);
    // Catalogues written in both languages (the pages') never read it.
    expect(translator({ 'x.hi': ['Chào', 'Hi'] })('en', 'x.hi')).toBe('Hi');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads a new source afresh, and speaks Vietnamese when there is none to read', () => {
    const say = translator(VI_ONLY);
    readTextsFrom('en', () => ({ 'x.bye': 'Goodbye' }));
    expect(say('en', 'x.bye')).toBe('Goodbye');
    readTextsFrom('en', () => ({}));
    expect(say('en', 'x.bye')).toBe('Tạm biệt');
  });
});

describe('a catalogue that kept only its hot keys (the rest of its Vietnamese in a file of its own)', () => {
  const HOT = { 'x.hello': 'Xin chào {name}' } as unknown as Catalogue<'x.hello' | 'x.rare' | 'x.gone'>;

  it('reads the Vietnamese file once, for a key the catalogue lacks, never for one it holds', () => {
    const vi = jest.fn(() => ({ 'x.rare': 'Thư ngày {date}' }));
    const en = jest.fn(() => ({ 'x.hello': 'Hello {name}', 'x.rare': 'Mail of {date}' }));
    readTextsFrom('vi', vi);
    readTextsFrom('en', en);
    const say = translator(HOT);
    expect(say('vi', 'x.hello', { name: 'An' })).toBe('Xin chào An');
    expect(vi).not.toHaveBeenCalled();
    expect(say('vi', 'x.rare', { date: '02/03' })).toBe('Thư ngày 02/03');
    expect(say('vi', 'x.rare', { date: '03/03' })).toBe('Thư ngày 03/03');
    expect(vi).toHaveBeenCalledTimes(1);
    // English has every key: the Vietnamese file is not needed for it.
    expect(say('en', 'x.rare', { date: '02/03' })).toBe('Mail of 02/03');
    expect(vi).toHaveBeenCalledTimes(1);
    expect(en).toHaveBeenCalledTimes(1);
  });

  it('shows a key found nowhere as itself, in either language, without throwing', () => {
    readTextsFrom('vi', () => ({}));
    readTextsFrom('en', () => ({}));
    const say = translator(HOT);
    expect(say('vi', 'x.gone')).toBe('x.gone');
    expect(say('en', 'x.gone')).toBe('x.gone');
    // English missing a key the file of Vietnamese holds speaks Vietnamese.
    readTextsFrom('vi', () => ({ 'x.rare': 'Hiếm' }));
    expect(say('en', 'x.rare')).toBe('Hiếm');
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
