/**
 * Who a task's folder is shared with, and the changes that make Drive match it exactly.
 *
 * Only the folder is shared: the document and the slip inside inherit its permissions, so one list of
 * people is kept in one place. The roles per kind of person come from the settings (defaults: assignees
 * and the lead unit's focal point edit, the assigner, the unit's follower and its leader comment). The
 * assignees of delegated sub-tasks work in the parent's document, so they are shared as assignees.
 * People the staff sheet marks as no longer working lose access; the owner (the account that created
 * the folder) owns it and is never in the list.
 */
import type { Directory } from '../directory';
import type { Settings } from '../settings';
import type { Task } from '../task';
import type { DriveRole } from './record';

const RANK: Record<DriveRole, number> = { reader: 1, commenter: 2, writer: 3 };

const norm = (e: string) => e.trim().toLowerCase();

export function desiredSharing(
  task: Task,
  children: readonly Task[],
  dir: Directory,
  settings: Settings,
  owner: string,
): Map<string, DriveRole> {
  const out = new Map<string, DriveRole>();
  if (task.confidential) return out; // a task made confidential later is unshared by the next sync
  const retired = new Set(dir.people.filter((p) => !p.active).map((p) => p.email));
  const add = (email: string, role: Settings['shareAssignee']) => {
    const e = norm(email);
    if (!e || role === 'none' || retired.has(e) || e === norm(owner)) return;
    const had = out.get(e);
    if (!had || RANK[role] > RANK[had]) out.set(e, role);
  };
  for (const e of task.assignees) add(e, settings.shareAssignee);
  for (const child of children)
    if (!child.confidential) for (const e of child.assignees) add(e, settings.shareAssignee);
  const unit = dir.unit(task.leadUnit);
  if (unit) {
    add(unit.focal, settings.shareFocal);
    add(unit.follower, settings.shareFollower);
    add(unit.leader, settings.shareLeader);
  }
  add(task.assigner, settings.shareAssigner);
  return out;
}

/** A permission as `Drive.Permissions.list` gives it. */
export interface CurrentPermission {
  id: string;
  type: string;
  role: string;
  emailAddress?: string;
  domain?: string;
}

export interface SharingPlan {
  add: { email: string; role: DriveRole }[];
  change: { id: string; email: string; role: DriveRole }[];
  /** Everything else but the owner, link sharing and domain sharing included: only the task's people. */
  remove: { id: string; who: string }[];
}

export function planSharing(
  current: readonly CurrentPermission[],
  desired: ReadonlyMap<string, DriveRole>,
): SharingPlan {
  const plan: SharingPlan = { add: [], change: [], remove: [] };
  const seen = new Set<string>();
  for (const p of current) {
    if (p.role === 'owner') continue;
    const email = norm(p.emailAddress ?? '');
    const want = p.type === 'user' || p.type === 'group' ? desired.get(email) : undefined;
    if (want && !seen.has(email)) {
      seen.add(email);
      if (p.role !== want) plan.change.push({ id: p.id, email, role: want });
    } else {
      plan.remove.push({ id: p.id, who: email || p.domain || p.type });
    }
  }
  for (const [email, role] of desired) if (!seen.has(email)) plan.add.push({ email, role });
  return plan;
}

/** Does the recorded sharing differ from what the task's people now call for? */
export function sharingOutOfDate(
  recorded: Readonly<Record<string, DriveRole>>,
  desired: ReadonlyMap<string, DriveRole>,
): boolean {
  const keys = Object.keys(recorded);
  if (keys.length !== desired.size) return true;
  return keys.some((e) => desired.get(e) !== recorded[e]);
}
