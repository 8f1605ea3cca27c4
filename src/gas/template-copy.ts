/**
 * A register made by "File > Make a copy" of another (a template). The copy gets the template's sheets
 * and its bound script; whether its document properties come too is unconfirmed (docs/platform.md,
 * "Make a copy"). Setup records the spreadsheet's id in the document properties; a later setup that
 * finds another id there is in a copy. A copy that came without any property is told apart from a
 * register set up by an older version by its audit: every setup that made sheets wrote an audit line,
 * so a register with a staff sheet and no audit chain record has lost its record — it is a copy.
 *
 * In a copy, every property of ours describes the template and is dropped (`nhacviec.*`):
 * - the reminders' state and send claim: who installed the trigger and when it last ran — in the
 *   template's project, under the template's admin; the copy has no trigger until someone installs one;
 * - the notification flag, the last refresh, the statistics' state and last run: the template's jobs;
 * - the audit chain and its secret: the copy's lines cannot be vouched for by the template's record,
 *   and the template's secret must not sit in a project someone else owns. The copied lines stay as
 *   they are and a new keyed segment starts after them (audit.ts: lines with no record are not checked);
 * - the column cache and the context cache's version: read from the copy's sheets again;
 * - the id counters: the next id follows the highest id in the copied task sheet (task-store.ts).
 */
import { documentProperties } from './properties';
const REGISTER_ID_KEY = 'nhacviec.registerId';
const CHAIN_KEYS = ['nhacviec.auditChain', 'nhacviec.auditHead'];

export interface CopyCheck {
  /** This spreadsheet is a copy of the register whose properties (if any) it carries. */
  copy: boolean;
  /** The copy came with no property at all: then only its owner is let in as its first admin. */
  bare: boolean;
  /** This spreadsheet's id is recorded already. */
  recorded: boolean;
}

export function checkCopy(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, staffExists: boolean): CopyCheck {
  const all = documentProperties().getProperties();
  const recorded = all[REGISTER_ID_KEY];
  if (recorded) return { copy: recorded !== ss.getId(), bare: false, recorded: recorded === ss.getId() };
  const bare = staffExists && !CHAIN_KEYS.some((k) => all[k]);
  return { copy: bare, bare, recorded: false };
}

/** Drops what a copy carried (see above) and records this spreadsheet's id. */
export function resetCopiedProperties(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const props = documentProperties();
  const kept: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [k, v] of Object.entries(props.getProperties())) {
    if (!k.startsWith('nhacviec.')) kept[k] = v;
    else if (k !== REGISTER_ID_KEY) dropped.push(k);
  }
  props.setProperties({ ...kept, [REGISTER_ID_KEY]: ss.getId() }, true);
  return dropped;
}

/** Setup records the id once (a register set up before this version gets it at its next setup). */
export function recordRegisterId(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  documentProperties().setProperty(REGISTER_ID_KEY, ss.getId());
}
