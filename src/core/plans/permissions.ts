/**
 * Who may see and do what with weekly plans and monthly evaluations (product.md, "Weekly plans and
 * monthly evaluation"). One function per question, as in `../permissions.ts`:
 *
 * - **Who leads a person** (`leads`): the leaders the units sheet names for the person's unit and every
 *   unit above it; and the head of the agency (settings), or — until one is named — admins and leaders
 *   by role. Nobody leads themselves.
 * - **Who sees a person's plans and forms** (`maySeeOf`): the person, and whoever leads them.
 * - **Who writes a plan, marks its items, self-rates a form** (`isOwner`): its owner only.
 * - **Who reviews a plan and rates a form** (`mayReview`): whoever leads its owner.
 * - **Who approves and publishes the month's ratings** (`mayApprove`): the head of the agency; until one
 *   is named, admins and leaders by role.
 * - **Who prefills the month's forms on demand** (`mayPrefill`): whoever may approve, and the leaders of
 *   units (for the people they lead).
 */
import type { Directory, Person } from '../directory';
import { isAgencyHead, unitChain, type DecisionSettings } from '../permissions';

const norm = (e: string) => e.trim().toLowerCase();

export function mayApprove(me: Person, rules: DecisionSettings): boolean {
  if (rules.agencyHead.trim() !== '') return isAgencyHead(me, rules);
  return me.role === 'admin' || me.role === 'leader';
}

export function leads(
  me: Person,
  owner: Pick<Person, 'email' | 'unit'>,
  dir: Directory,
  rules: DecisionSettings,
): boolean {
  if (norm(me.email) === norm(owner.email)) return false;
  return mayApprove(me, rules) || unitChain(dir, owner.unit).leaders.includes(norm(me.email));
}

export function isOwner(me: Person, ownerEmail: string): boolean {
  return norm(me.email) === norm(ownerEmail);
}

export function maySeeOf(
  me: Person,
  owner: Pick<Person, 'email' | 'unit'>,
  dir: Directory,
  rules: DecisionSettings,
): boolean {
  return isOwner(me, owner.email) || leads(me, owner, dir, rules);
}

export const mayReview = leads;

export function mayPrefill(me: Person, dir: Directory, rules: DecisionSettings): boolean {
  return mayApprove(me, rules) || dir.unitsInChargeOf(me.email, 'leader').length > 0;
}
