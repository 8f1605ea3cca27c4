/**
 * Every user-facing string of the server, Vietnamese first: the catalogues of `i18n/` it needs, joined.
 * The pages import their own catalogues instead (`src/sidebar/i18n.ts`, the wall board's), so each
 * bundle carries only what it shows: the sidebar's own words are not in `Code.js`, the server's are in
 * no page.
 *
 * Nothing here knows which language is spoken: whoever has the settings (an action's context, the
 * register read by a trigger) passes `settings.language`.
 */
import type { Language } from './language';
import { COMMON_MESSAGES } from './i18n/common';
import { DEADLINE_MESSAGES } from './i18n/deadlines';
import { DOCUMENT_MESSAGES } from './i18n/documents';
import { EVALUATION_MESSAGES } from './i18n/evaluation';
import { FIGURE_MESSAGES } from './i18n/figures';
import { SERVER_MESSAGES } from './i18n/server';
import { combine, translator, type KeyOf, type MessageParams } from './i18n/translate';
import { WALLBOARD_SERVER_MESSAGES } from './i18n/wallboard';
import { REPORT_MESSAGES } from './i18n/report';

export type { MessageParams } from './i18n/translate';

// `@__PURE__`: a module that imports this one without calling `t` (the sidebar reaches it through
// `task.ts`) leaves the catalogues out of its bundle.
export const MESSAGES = /* @__PURE__ */ combine(
  SERVER_MESSAGES,
  COMMON_MESSAGES,
  DEADLINE_MESSAGES,
  DOCUMENT_MESSAGES,
  EVALUATION_MESSAGES,
  FIGURE_MESSAGES,
  WALLBOARD_SERVER_MESSAGES,
  REPORT_MESSAGES,
);

export type MessageKey = KeyOf<typeof MESSAGES>;

export const t: (lang: Language, key: MessageKey, params?: MessageParams) => string =
  /* @__PURE__ */ translator(MESSAGES);

/**
 * An error whose message is for the user: server endpoints return it as a refusal, not a crash. It keeps
 * its key and parameters, and the language of whoever raised it when they knew it (an action's context);
 * `text(lang)` gives the message for the person in the register's language. `message` is the Vietnamese
 * text, for logs and for anything that shows an error without knowing the language.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    /** Problems with individual form fields, shown beside them (already in `lang`). */
    readonly fields: { field: string; message: string }[] = [],
    /** The language the parameters and fields were written in, when the raiser knew it. */
    readonly lang?: Language,
  ) {
    super(t(lang ?? 'vi', key, params));
    this.name = 'UserError';
  }

  /** The message in `lang`, unless it was raised in a known language (its parameters are in that one). */
  text(lang: Language): string {
    return t(this.lang ?? lang, this.key, this.params);
  }
}
