/**
 * How a message is looked up and filled in. The messages live in catalogues, one per area, so that each
 * bundle carries only those it shows: the pages' own (`sidebar.ts`, `wallboard.ts`), the figures and the
 * task documents they share with the server, and the server's (`server.ts`); `../messages.ts` joins them
 * all for the server. Each key holds its Vietnamese and its English text side by side (`key: [vi, en]`:
 * the key is written once, and a message cannot exist in one language only; the self-check's words,
 * for administrators, are Vietnamese alone). Parameters are written `{name}`.
 *
 * Depends on nothing but the language type: every module may import it without a cycle.
 */
import type { Language } from '../language';

export type MessageParams = Record<string, string | number>;

/** One message: its Vietnamese text, then its English one. */
export type Message = readonly [vi: string, en: string];

/** The messages of one area, each in both languages. */
export type Catalogue<K extends string = string> = Readonly<Record<K, Message>>;

/** The keys of a catalogue (of each, given several). */
export type KeyOf<C> = C extends unknown ? Extract<keyof C, string> : never;

/** Replaces each `{name}` by its parameter; one without a value stays as written. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Several catalogues as one (their keys never overlap: each area has its own). */
export function combine<Cs extends readonly Catalogue[]>(...catalogues: Cs): Catalogue<KeyOf<Cs[number]>> {
  return Object.assign({}, ...catalogues) as Catalogue<KeyOf<Cs[number]>>;
}

type Texts = Readonly<Record<string, string>>;
const sources: Partial<Record<Language, () => Texts>> = {};
const read: Partial<Record<Language, Texts>> = {};

/**
 * Where a language's texts are when a bundle's catalogues do not hold them: the server's, whose
 * catalogues scripts/build.mjs writes `key: vi`, keeping only the Vietnamese texts of the calls people
 * wait on; the English ones and the rest of the Vietnamese ones are files of their own (src/gas/texts.ts
 * reads them). `load` runs the first time such a text is wanted in an execution, at most once.
 */
export function readTextsFrom(lang: Language, load: () => Texts): void {
  sources[lang] = load;
  delete read[lang];
}

const textIn = (lang: Language, key: string): string | undefined =>
  (read[lang] ??= sources[lang]?.() ?? {})[key];

/**
 * The `t` of a catalogue: the message in the given language, its parameters filled in. A lone text is
 * the Vietnamese one (the server's bundle); a text the catalogue lacks comes from the language's file,
 * English falls back to Vietnamese, and a key found nowhere is shown as itself.
 */
export function translator<K extends string>(
  catalogue: Catalogue<K>,
): (lang: Language, key: K, params?: MessageParams) => string {
  return (lang, key, params = {}) => {
    const m: Message | string | undefined = catalogue[key];
    const en = lang === 'en';
    const text =
      typeof m === 'object' ? m[en ? 1 : 0] : (en && textIn('en', key)) || m || textIn('vi', key) || key;
    return fill(text, params);
  };
}
