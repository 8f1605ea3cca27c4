/**
 * How a message is looked up and filled in. The messages live in catalogues, one per area, so that each
 * bundle carries only those it shows: the pages' own (`sidebar.ts`, `wallboard.ts`), the figures and the
 * task documents they share with the server, and the server's (`server.ts`); `../messages.ts` joins them
 * all for the server. Each key holds its Vietnamese and its English text side by side (`key: [vi, en]`:
 * the key is written once, and a message cannot exist in one language only). Parameters are written
 * `{name}`.
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
let loadEnglish: (() => Texts) | undefined;
let english: Texts | undefined;

/**
 * Where the English texts are when a bundle holds only the Vietnamese ones: the server's, whose
 * catalogues scripts/build.mjs writes `key: vi` and whose English goes to a file of its own
 * (src/gas/english.ts reads it). `load` runs the first time a message is wanted in English, at most once.
 */
export function readEnglishFrom(load: () => Texts): void {
  loadEnglish = load;
  english = undefined;
}

/** The `t` of a catalogue: the message in the given language, its parameters filled in. */
export function translator<K extends string>(
  catalogue: Catalogue<K>,
): (lang: Language, key: K, params?: MessageParams) => string {
  return (lang, key, params = {}) => {
    const m: Message | string = catalogue[key];
    const en = lang === 'en';
    // A lone text is the Vietnamese one (the server's bundle): English comes from the source, else it.
    const text =
      typeof m === 'string' ? (en && (english ??= loadEnglish?.() ?? {})[key]) || m : m[en ? 1 : 0];
    return fill(text, params);
  };
}
