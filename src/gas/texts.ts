/**
 * The texts of the server's messages that Code.js does not hold. scripts/build.mjs writes, as JSON, the
 * English ones to the project's file `i18n-en` and the Vietnamese ones of the rare runs (the hourly
 * trigger's mail and statistics, setup, the self-check, reports, plans and evaluation) to `i18n-vi`:
 * each is read here the first time an execution wants one of its texts (one light call). The sidebar's
 * calls on a Vietnamese register read neither.
 */
import { readTextsFrom } from '../core/i18n/translate';

for (const lang of ['en', 'vi'] as const)
  readTextsFrom(lang, () => JSON.parse(HtmlService.createHtmlOutputFromFile(`i18n-${lang}`).getContent()));
