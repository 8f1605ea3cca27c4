/**
 * How every `google.script.run` endpoint answers: `{ ok: true, data }` or `{ ok: false, error }` with a
 * message for the person, never a stack trace. Only plain JSON crosses (no Dates: ISO strings).
 */
import { UserError } from '../core/messages';
import { registerLanguage } from '../gas/register-context';
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
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: `Đã có lỗi ngoài dự kiến, chưa có gì bị thay đổi. Chi tiết: ${detail}`,
      code: 'unexpected',
    };
  }
}
