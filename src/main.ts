/**
 * The add-on's entry points. Each `global.name = fn` becomes a top-level `function name() {}` in
 * dist/Code.js (gas-entry-generator), which is what Apps Script can call: simple triggers, menu items,
 * installable triggers and `google.script.run` from the pages. Functions ending in `_` cannot be called
 * from a page; nothing here does. `gas/english` tells the messages where their English texts are.
 */
import './gas/english';
import './triggers/index';
import './entries/menu';
import './entries/api';
