/**
 * The sidebar's words: its own catalogue, the statistics' figures and the task slip's, and nothing more,
 * so that its bundle carries none of the server's messages.
 */
import { COMMON_MESSAGES } from '../core/i18n/common';
import { DOCUMENT_MESSAGES } from '../core/i18n/documents';
import { FIGURE_MESSAGES } from '../core/i18n/figures';
import { SIDEBAR_MESSAGES } from '../core/i18n/sidebar';
import { combine, translator, type KeyOf, type MessageParams } from '../core/i18n/translate';
import { lang } from './state';

const MESSAGES = /* @__PURE__ */ combine(
  SIDEBAR_MESSAGES,
  COMMON_MESSAGES,
  FIGURE_MESSAGES,
  DOCUMENT_MESSAGES,
);

export type UiKey = KeyOf<typeof MESSAGES>;

/** A message in a given language. */
export const t = /* @__PURE__ */ translator(MESSAGES);

/** A message in the sidebar's language (the register's, from the first call). */
export const tr = (key: UiKey, params: MessageParams = {}): string => t(lang(), key, params);
