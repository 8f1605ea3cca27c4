/**
 * The English texts of the server's messages. Code.js holds only the Vietnamese ones: scripts/build.mjs
 * writes the English ones, as JSON, to the project's file `i18n-en`, read here the first time an
 * execution wants a message in English (one light call); a Vietnamese register never reads it.
 */
import { readEnglishFrom } from '../core/i18n/translate';

readEnglishFrom(() => JSON.parse(HtmlService.createHtmlOutputFromFile('i18n-en').getContent()));
