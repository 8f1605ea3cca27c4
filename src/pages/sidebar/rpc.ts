/**
 * `google.script.run` as promises. Apps Script refuses Dates in arguments, so callers pass ISO strings;
 * a failed call (network, server crash) becomes an error reply instead of a silent hang.
 */
import { t } from '../../core/messages';
import { lang } from './state';

export interface FieldError {
  field: string;
  message: string;
}
export type Reply<T> =
  { ok: true; data: T } | { ok: false; error: string; code?: string; fields?: FieldError[] };

interface Runner {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
  [fn: string]: unknown;
}
declare const google: { script: { run: Runner } };

export function call<T>(fn: string, ...args: unknown[]): Promise<Reply<T>> {
  return new Promise((resolve) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as Reply<T>))
      .withFailureHandler((e) =>
        resolve({
          ok: false,
          error: t(lang(), 'ui.connection', { detail: e && e.message ? e.message : String(e) }),
        }),
      );
    (runner[fn] as (...a: unknown[]) => void)(...args);
  });
}
