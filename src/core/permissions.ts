/**
 * Who may see and do what with a task (product.md, "Who may do what"). Every server endpoint asks
 * these functions itself: the sidebar hiding a button is not a check.
 */
import type { Directory, Person } from './directory';
import type { Task } from './task';

export type TaskAction =
  | 'update'
  | 'requestExtension'
  | 'decideExtension'
  | 'report'
  | 'confirm'
  | 'sendBack'
  | 'archive'
  | 'delegate';

const same = (a: string, b: string) => a !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The unit codes a person is in charge of as leader, follower or focal point (with the units below). */
function unitsOf(dir: Directory, email: string, as: 'leader' | 'follower' | 'focal'): Set<string> {
  return new Set(dir.unitsInChargeOf(email, as).flatMap((u) => [u.code.toLowerCase(), u.name.toLowerCase()]));
}

const inUnits = (units: Set<string>, task: Task) =>
  units.has(task.leadUnit.toLowerCase()) || task.coUnits.some((u) => units.has(u.toLowerCase()));

/** The person's own unit (by code) and its name, to match tasks that name units either way. */
function ownUnit(dir: Directory, me: Person): Set<string> {
  const u = dir.unit(me.unit);
  return new Set(
    [me.unit.toLowerCase(), ...(u ? [u.code.toLowerCase(), u.name.toLowerCase()] : [])].filter(Boolean),
  );
}

export function isAssignee(me: Person, task: Task): boolean {
  return task.assignees.some((a) => same(a, me.email));
}

/** Does the person carry out the task: an assignee, or the focal point of its lead unit. */
export function isDoer(me: Person, task: Task, dir: Directory): boolean {
  if (isAssignee(me, task)) return true;
  return me.role === 'focal' && ownUnit(dir, me).has(task.leadUnit.toLowerCase());
}

/** May confirm results and decide extensions: the assigner, the lead unit's follower, an admin, a leader. */
export function isOverseer(me: Person, task: Task, dir: Directory): boolean {
  if (me.role === 'admin' || me.role === 'leader') return true;
  if (same(task.assigner, me.email)) return true;
  return me.role === 'follower' && unitsOf(dir, me.email, 'follower').has(task.leadUnit.toLowerCase());
}

/**
 * Confidential tasks are seen only by the people on them and by leaders and admins. Others: admins,
 * leaders and viewers see every task; followers their units'; officials and focal points their unit's
 * and their own.
 */
export function canSee(me: Person, task: Task, dir: Directory): boolean {
  // Roles first: this runs for every row of the register when the sidebar opens.
  if (me.role === 'admin' || me.role === 'leader') return true;
  const involved = isAssignee(me, task) || same(task.assigner, me.email) || same(task.confirmedBy, me.email);
  if (task.confidential) return involved;
  if (involved || me.role === 'viewer') return true;
  if (me.role === 'follower' && inUnits(unitsOf(dir, me.email, 'follower'), task)) return true;
  if (inUnits(unitsOf(dir, me.email, 'leader'), task)) return true;
  return inUnits(ownUnit(dir, me), task);
}

/** The actions the person may take on the task in its current state (a refusal names the reason). */
export function allowedActions(
  me: Person,
  task: Task,
  dir: Directory,
  state: { open: boolean; awaiting: boolean; extensionPending: boolean; extensionsLeft: boolean },
): TaskAction[] {
  if (me.role === 'viewer') return [];
  const out: TaskAction[] = [];
  const doer = isDoer(me, task, dir);
  const overseer = isOverseer(me, task, dir);
  if (state.open && doer) {
    out.push('update', 'report', 'delegate');
    if (!state.extensionPending && state.extensionsLeft) out.push('requestExtension');
  }
  if (overseer && state.extensionPending) out.push('decideExtension');
  if (overseer && state.awaiting) out.push('confirm', 'sendBack');
  if (
    (state.open || state.awaiting) &&
    (me.role === 'admin' || me.role === 'leader' || same(task.assigner, me.email))
  ) {
    out.push('archive');
  }
  return out;
}

/** Only leaders and admins assign tasks; officials delegate within their unit (see `delegate`). */
export function canAssign(me: Person): boolean {
  return me.role === 'admin' || me.role === 'leader';
}
