/**
 * Everything an endpoint needs to decide: the caller (from the staff sheet), the directory, the
 * settings and the calendar: from the context cache (two light calls) or, when it is not current, from
 * the four small sheets (`context-cache.ts`).
 */
import { UserError } from '../core/messages';
import type { ActionContext } from '../core/task-actions';
import { ROLE_LABELS } from '../core/schema';
import { requirePerson, sessionEmail } from './identity';
import { loadContextParts } from './context-cache';
import { registerLanguage } from './register-context';
import { todayVN } from './time';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function loadContext(ss: Spreadsheet): ActionContext {
  const email = sessionEmail();
  // An empty e-mail is refused before anything is read.
  if (!email) throw new UserError('auth.noEmail');
  let parts;
  try {
    parts = loadContextParts(ss);
  } catch (e) {
    if (e instanceof UserError && e.key === 'sheet.missing') {
      throw new UserError('auth.notSetUp', {}, [], registerLanguage(ss));
    }
    throw e;
  }
  const { settings, calendar, dir } = parts;
  const me = requirePerson(dir.people, email);
  return { me, dir, calendar, settings, today: todayVN() };
}

/** Administrators only (setup, reminders, the audit check). */
export function requireAdmin(ctx: ActionContext): void {
  if (ctx.me.role !== 'admin') {
    const lang = ctx.settings.language;
    throw new UserError(
      'auth.notAdmin',
      { email: ctx.me.email, role: ROLE_LABELS[ctx.me.role][lang] },
      [],
      lang,
    );
  }
}
