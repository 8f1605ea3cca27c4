/** The first call the sidebar makes: who is signed in, and in what role. */
import { ROLE_LABELS, type Role } from '../core/schema';
import { UserError } from '../core/messages';
import { readStaff, requirePerson, sessionEmail } from '../gas/identity';
import { findSheet } from '../gas/table';
import { SHEETS } from '../core/schema';

export interface WhoAmI {
  email: string;
  name: string;
  unit: string;
  role: Role;
  roleLabel: string;
}

export function whoAmI(): WhoAmI {
  const email = sessionEmail();
  if (!email) throw new UserError('auth.noEmail');
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!findSheet(ss, SHEETS.staff)) throw new UserError('auth.notSetUp');
  const me = requirePerson(readStaff(ss).people, email);
  return { email: me.email, name: me.name, unit: me.unit, role: me.role, roleLabel: ROLE_LABELS[me.role].vi };
}
