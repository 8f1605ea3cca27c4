/**
 * The add-on's entry points. Each `global.name = fn` becomes a top-level `function name() {}` in
 * dist/Code.js (gas-entry-generator), which is what Apps Script can call: simple triggers, menu items,
 * installable triggers and `google.script.run` from the pages. Functions ending in `_` cannot be called
 * from a page; nothing here does. `gas/texts` tells the messages where the texts Code.js lacks are.
 */
import './gas/texts';
import './triggers/index';
import './entries/menu';
import './entries/api';
