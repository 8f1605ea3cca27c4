/**
 * Who is calling: the Google account's e-mail, looked up in the staff sheet. An empty e-mail (Apps Script
 * withholds it in some contexts) or one not in the sheet is never an identity.
 */
import { SHEETS, UNIT_COLUMNS, codeFromLabel, ROLE_LABELS } from '../core/schema';
import { Directory, type Person, type Unit } from '../core/directory';
import { UserError } from '../core/messages';
import { cell, readTable, type Table } from './table';

export type { Person } from '../core/directory';

export function sessionEmail(): string {
  return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
}

export function readStaff(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { table: Table; people: Person[] } {
  const table = readTable(ss, SHEETS.staff);
  return { table, people: peopleOf(table) };
}

/** The staff sheet's people (the context cache keeps them). */
export function readPeople(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Person[] {
  return readStaff(ss).people;
}

export function peopleOf(table: Table): Person[] {
  const people: Person[] = [];
  table.rows.forEach((r, i) => {
    const email = String(cell(table, r, 'email'))
      .trim()
      .toLowerCase();
    if (!email) return;
    const activeCell = cell(table, r, 'active');
    people.push({
      email,
      name: String(cell(table, r, 'name')).trim(),
      unit: String(cell(table, r, 'unit')).trim(),
      role: codeFromLabel(ROLE_LABELS, String(cell(table, r, 'role'))) ?? 'viewer',
      // A blank "active" cell counts as active: only an explicit FALSE retires someone.
      active: activeCell !== false && String(activeCell).toUpperCase() !== 'FALSE',
      row: i + 2,
    });
  });
  return people;
}

/** The calling person, or a refusal the user can act on. */
export function requirePerson(people: readonly Person[], email: string): Person {
  if (!email) throw new UserError('auth.noEmail');
  const person = people.find((p) => p.email === email && p.active);
  if (!person) throw new UserError('auth.unknown', { email });
  return person;
}

export function readUnits(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Unit[] {
  const table = readTable(ss, SHEETS.units);
  const get = (r: unknown[], k: (typeof UNIT_COLUMNS)[number]['key']) => String(cell(table, r, k)).trim();
  const lower = (s: string) => s.toLowerCase();
  return table.rows
    .map((r) => ({
      code: get(r, 'code'),
      name: get(r, 'name'),
      parent: get(r, 'parent'),
      leader: lower(get(r, 'leader')),
      follower: lower(get(r, 'follower')),
      focal: lower(get(r, 'focal')),
    }))
    .filter((u) => u.code || u.name);
}

/** Staff and units together. */
export function readDirectory(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Directory {
  return new Directory(readStaff(ss).people, readUnits(ss));
}
