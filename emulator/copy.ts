/**
 * "File > Make a copy" of the active spreadsheet by `as`: a new spreadsheet (new id, owned by `as`,
 * shared with nobody) with the same sheets, metadata and protections, and a copy of its bound script
 * project. The copy becomes the active spreadsheet: the world runs the copy's project from then on.
 *
 * What travels with the project is partly unconfirmed (docs/platform.md, "Make a copy"):
 * - the document properties: `properties: 'all'` copies them, `'none'` starts the copy with none
 *   (the two answers a host tests under; docs/real-runtime-checklist.md settles which is real);
 * - the script properties are copied (they belong to the project, which is copied);
 * - triggers are not: they belong to a person and a project, and the copy is a new project. The
 *   template's triggers leave the world's list (the world runs one project: the copy's).
 */
import type { WorldState } from './world';
import { createSpreadsheet } from './spreadsheet/state';

export interface CopyOptions {
  /** Who makes the copy: its owner. */
  as: string;
  /** Which document properties travel with the copy (default: all). */
  properties?: 'all' | 'none';
  /** The copy's name (default "Bản sao của <name>", as Sheets names it for a Vietnamese user). */
  name?: string;
}

export interface CopyResult {
  /** The template's id and the copy's. */
  from: string;
  id: string;
  /** Document property keys that travelled. */
  properties: string[];
  /** Triggers of the template's project the copy did not get. */
  triggersLeft: number;
}

export function makeCopy(world: WorldState, opts: CopyOptions): CopyResult {
  const from = world.activeSpreadsheetId;
  const source = world.spreadsheets.byId[from];
  if (!source) throw new Error('No active spreadsheet to copy');
  const owner = opts.as.toLowerCase();
  const { id } = createSpreadsheet(
    world.spreadsheets,
    opts.name ?? `Bản sao của ${source.name}`,
    source.timeZone,
  );
  const copy = structuredClone(source);
  copy.id = id;
  copy.name = world.spreadsheets.byId[id].name;
  copy.owner = owner;
  copy.editors = [];
  copy.toasts = [];
  copy.settings = { ...copy.settings, sharedWithDomain: false };
  world.spreadsheets.byId[id] = copy;
  const props = opts.properties === 'none' ? {} : { ...(world.properties.documents[from] ?? {}) };
  world.properties.documents[id] = props;
  const triggersLeft = world.triggers.triggers.length;
  world.triggers.triggers = [];
  world.activeSpreadsheetId = id;
  return { from, id, properties: Object.keys(props), triggersLeft };
}
