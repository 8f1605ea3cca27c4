/**
 * The add-on's entry points. Each `global.name = fn` becomes a top-level `function name() {}` in
 * dist/Code.js (gas-entry-generator), which is what Apps Script can call: simple triggers, menu items,
 * installable triggers and `google.script.run` from the sidebar. Functions ending in `_` cannot be called
 * from the sidebar; nothing here does.
 */
import './entries/register';
import './entries/tasks';
import './entries/reminders';
import './entries/workspace';
import './entries/stats';
