/**
 * How every `google.script.run` endpoint answers: `{ ok: true, data }` or `{ ok: false, error }` with a
 * message for the person, never a stack trace. Only plain JSON crosses (no Dates: ISO strings). An
 * unexpected error is logged, and its message says the action may be incomplete (never "nothing
 * changed": something may have been written before it).
 */
import type { Language } from '../core/language';
import { t, UserError } from '../core/messages';
import { registerLanguage } from '../gas/register-context';
import { googleFailure } from '../gas/retry';
import type { Reply } from '../api';

export type { Reply } from '../api';

export function endpoint<T>(fn: () => T): Reply<T> {
  try {
    return { ok: true, data: fn() };
  } catch (e) {
    if (e instanceof UserError) {
      // In the language it was raised in, else the register's (read again only for such refusals).
      const error = e.text(e.lang ?? registerLanguage(SpreadsheetApp.getActiveSpreadsheet()));
      return { ok: false, error, code: e.key, ...(e.fields.length ? { fields: e.fields } : {}) };
    }
    // Not a refusal: a fault. It is logged (Apps Script's executions log), and the person is not told
    // that nothing changed — a write may have happened before it — but to reload and look.
    console.error(e);
    const detail = e instanceof Error ? e.message : String(e);
    let lang: Language = 'vi';
    try {
      lang = registerLanguage(SpreadsheetApp.getActiveSpreadsheet());
    } catch {
      // The register itself may be what failed: Vietnamese, then.
    }
    // Google's own failure (a timeout, a server error, a daily quota): said as such, with when to retry.
    const google = googleFailure(e, lang);
    if (google) return { ok: false, error: google, code: 'google' };
    return { ok: false, error: t(lang, 'error.unexpected', { detail }), code: 'unexpected' };
  }
}
