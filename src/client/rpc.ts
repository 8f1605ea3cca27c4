/**
 * `google.script.run` as typed promises, for every page: `call('confirmTask', id)` is checked against
 * the one contract (`src/api.ts`). A failed call (network, a server crash, a timeout) becomes an error
 * reply in the page's language instead of a silent hang.
 */
import type { ApiArgs, ApiData, ApiName, Reply } from '../api';

export type { Reply, FieldError } from '../api';

interface Runner {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
  [fn: string]: unknown;
}
declare const google: { script: { run: Runner } };

export type Call = <K extends ApiName>(name: K, ...args: ApiArgs<K>) => Promise<Reply<ApiData<K>>>;

/** A `call` whose failures read `connectionError(detail)`: each page says it in its own words. */
export function makeCall(connectionError: (detail: string) => string): Call {
  return (name, ...args) =>
    new Promise((resolve) => {
      const runner = google.script.run
        .withSuccessHandler((v) =>
          resolve((v ?? { ok: false, error: connectionError('null') }) as Reply<ApiData<typeof name>>),
        )
        .withFailureHandler((e) =>
          resolve({ ok: false, error: connectionError(e && e.message ? e.message : String(e)) }),
        );
      (runner[name] as (...a: unknown[]) => void)(...args);
    });
}
