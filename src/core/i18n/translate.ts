/**
 * How a message is looked up and filled in. The messages live in catalogues, one per area, so that each
 * bundle carries only those it shows: the pages' own (`sidebar.ts`, `wallboard.ts`), the figures and the
 * task documents they share with the server, and the server's (`server.ts`); `../messages.ts` joins them
 * all for the server. A catalogue's `en` has exactly the keys of its `vi` (the type says so), so a
 * message cannot exist in one language only. Parameters are written `{name}`.
 *
 * Depends on nothing but the language type: every module may import it without a cycle.
 */
import type { Language } from '../language';

export type MessageParams = Record<string, string | number>;

/** The messages of one area in both languages, key for key. */
export type Catalogue<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

/** The keys of a catalogue. */
export type KeyOf<C> = C extends Catalogue<infer K> ? K : never;

/** Replaces each `{name}` by its parameter; one without a value stays as written. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Several catalogues as one (their keys never overlap: each area has its own). */
export function combine<Cs extends readonly Catalogue<string>[]>(
  ...catalogues: Cs
): Catalogue<KeyOf<Cs[number]>> {
  const vi: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const c of catalogues) {
    Object.assign(vi, c.vi);
    Object.assign(en, c.en);
  }
  return { vi, en } as Catalogue<KeyOf<Cs[number]>>;
}

/** The `t` of a catalogue: the message in the given language, its parameters filled in. */
export function translator<K extends string>(
  catalogue: Catalogue<K>,
): (lang: Language, key: K, params?: MessageParams) => string {
  return (lang, key, params = {}) => fill(catalogue[lang][key] ?? catalogue.vi[key], params);
}
