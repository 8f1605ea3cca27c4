/**
 * Who may see and do what with a task, and who is told about it (product.md, "Who may do what" and
 * "Who decides on a task"). Each question is answered by one function here, and every part of the
 * add-on asks that function: the server endpoints (the sidebar hiding a button is not a check), the
 * sidebar's lists, the action plans and their notifications, and the reminder planner.
 *
 * The rules, in words:
 *
 * - **The people in charge of a unit** (`unitChain`) are those the units sheet names in its leader and
 *   follower columns — for the unit itself and for every unit above it, nearest first. A person's role
 *   in the staff sheet does not make them a unit's follower or leader; the units sheet does.
 * - **The people on a task** (`isOnTask`): its assignees, its assigner, and whoever confirmed it.
 * - **Who confirms a result** (`confirmersOf`): the task's assigner and the followers of its lead unit.
 *   Accepting or sending back the result is their job.
 * - **Who may see a task** (`canSee`):
 *   1. admins and leaders (by role) see every task, and so does the head of the agency (settings);
 *   2. the people on it and its confirmers see it;
 *   3. nobody else sees a confidential task;
 *   4. viewers see every other task;
 *   5. the people in charge of its lead unit or of one of its co-units see it;
 *   6. the members of its lead unit or of one of its co-units see it.
 * - **Who carries out a task** (`isDoer`): its assignees, and the focal points (by role) who are members
 *   of its lead unit.
 * - **The head of the agency** (`isAgencyHead`): the person the settings name (`Thủ trưởng cơ quan`).
 *   Until the settings name one, every leader and admin stands in for the head, as before.
 * - **Who may decide on a task** — approve or refuse an extension, confirm a result, send it back
 *   (`mayDecide`):
 *   1. its confirmers decide;
 *   2. the head of the agency decides; until one is named, admins and leaders decide; once one is named,
 *      no other leader or admin does;
 *   3. nobody decides on their own request or confirms their own result (`decidesOwn`): a doer of the
 *      task (who requested the extension or reported the result) does not decide on it, unless the
 *      settings allow it for offices of a few people (`Cho tự duyệt việc của mình`, off by default).
 *   Whoever may decide may see (rules 1 and 2 of seeing).
 * - **Who may archive a task** (`mayArchive`): its confirmers (the assigner and the followers of its lead
 *   unit) and the head of the agency; until one is named, admins and leaders.
 * - **A refusal gives a reason** (`refusalNeedsReason`): refusing an extension and sending a result back
 *   need a reason (the plans in `task-actions.ts` ask for it).
 * - **What a person may do now** (`allowedActions`): a viewer nothing, whatever else they are; the
 *   doers of an open task update, report, delegate and, while none is pending and one is left, request
 *   an extension; the deciders decide a pending extension, and confirm or send back a reported result;
 *   the archivers archive a task that is open or awaiting confirmation.
 * - **Who may assign** (`canAssign`): admins and leaders.
 * - **Who is told of a result to confirm** — notified when it is reported and reminded each send day
 *   until it is confirmed (`toldOfResult`): its confirmers who may confirm it (not a doer of it, rule 3
 *   of deciding); when none may, the head of the agency, or until one is named the nearest leader up
 *   the lead unit's tree, again only if they may.
 * - **Who is reminded of an extension request** (`toldOfExtensionRequest`): the assigner; when there is
 *   none, the nearest leader up the lead unit's tree.
 *
 * Where this is still wider than product.md's "Who decides on a task": until the settings name the head
 * of the agency, every leader and admin decides and archives.
 */
import type { Directory, Person, Unit } from './directory';
import type { Settings } from './settings';
import type { Task } from './task';

/** The settings the rules of deciding read; none given: no head of the agency, no deciding on one's own. */
export type DecisionSettings = Pick<Settings, 'agencyHead' | 'selfDecision'>;
const NO_HEAD: DecisionSettings = { agencyHead: '', selfDecision: false };

export type TaskAction =
  | 'update'
  | 'requestExtension'
  | 'decideExtension'
  | 'report'
  | 'confirm'
  | 'sendBack'
  | 'archive'
  | 'delegate';

const norm = (e: string) => e.trim().toLowerCase();
const same = (a: string, b: string) => a !== '' && norm(a) === norm(b);

// ——— Units ————————————————————————————————————————————————————————————————————

export interface UnitChain {
  /** The leader column of the unit and of every unit above it: nearest first, lower case, no repeats. */
  leaders: readonly string[];
  /** The follower column, likewise. */
  followers: readonly string[];
}

const NO_CHAIN: UnitChain = { leaders: [], followers: [] };
/** A directory does not change once read: each unit's chain is walked once per directory. */
const chains = new WeakMap<Directory, Map<Unit, UnitChain>>();

/** The people in charge of a unit (named by code or name), as the units sheet names them. */
export function unitChain(dir: Directory, unitName: string): UnitChain {
  const unit = dir.unit(unitName);
  if (!unit) return NO_CHAIN;
  let cache = chains.get(dir);
  if (!cache) chains.set(dir, (cache = new Map()));
  let chain = cache.get(unit);
  if (chain) return chain;
  const leaders: string[] = [];
  const followers: string[] = [];
  const push = (list: string[], email: string) => {
    const e = norm(email);
    if (e && !list.includes(e)) list.push(e);
  };
  const seen = new Set<Unit>();
  for (let u: Unit | undefined = unit; u && !seen.has(u); u = u.parent ? dir.unit(u.parent) : undefined) {
    seen.add(u); // a parent cycle typed by hand must not loop forever
    push(leaders, u.leader);
    push(followers, u.follower);
  }
  chain = { leaders, followers };
  cache.set(unit, chain);
  return chain;
}

/** Is the person in charge (leader or follower) of the task's lead unit or of one of its co-units. */
function inChargeOfTaskUnits(me: Person, task: Task, dir: Directory): boolean {
  const e = norm(me.email);
  const inCharge = (unit: string) => {
    const chain = unitChain(dir, unit);
    return chain.leaders.includes(e) || chain.followers.includes(e);
  };
  return inCharge(task.leadUnit) || task.coUnits.some(inCharge);
}

/** The person's own unit (the staff sheet's code) and its name, to match tasks that name units either way. */
function ownUnit(dir: Directory, me: Person): Set<string> {
  let byPerson = ownUnits.get(dir);
  if (!byPerson) ownUnits.set(dir, (byPerson = new WeakMap()));
  let own = byPerson.get(me);
  if (own) return own;
  const u = dir.unit(me.unit);
  own = new Set(
    [me.unit.toLowerCase(), ...(u ? [u.code.toLowerCase(), u.name.toLowerCase()] : [])].filter(Boolean),
  );
  byPerson.set(me, own);
  return own;
}
/** A person's own unit, once per directory and person (a directory does not change once read). */
const ownUnits = new WeakMap<Directory, WeakMap<Person, Set<string>>>();

/** Is the person a member (by the staff sheet's unit) of the task's lead unit or of one of its co-units. */
function memberOfTaskUnits(me: Person, task: Task, dir: Directory): boolean {
  const own = ownUnit(dir, me);
  return own.has(task.leadUnit.toLowerCase()) || task.coUnits.some((c) => own.has(c.toLowerCase()));
}

// ——— People on a task ———————————————————————————————————————————————————————————

export function isAssignee(me: Person, task: Task): boolean {
  return task.assignees.some((a) => same(a, me.email));
}

/** Its assignees, its assigner and whoever confirmed it. */
export function isOnTask(me: Person, task: Task): boolean {
  return isAssignee(me, task) || same(task.assigner, me.email) || same(task.confirmedBy, me.email);
}

/** The assigner and the followers of the lead unit: lower case, no repeats, the assigner first. */
export function confirmersOf(task: Task, dir: Directory): string[] {
  return [...new Set([norm(task.assigner), ...unitChain(dir, task.leadUnit).followers].filter(Boolean))];
}

export function isConfirmer(me: Person, task: Task, dir: Directory): boolean {
  // As `confirmersOf(task, dir).includes(…)`, without building the list (this runs for every row).
  return same(task.assigner, me.email) || unitChain(dir, task.leadUnit).followers.includes(norm(me.email));
}

/** Does the person carry out the task: an assignee, or a focal point of its lead unit. */
export function isDoer(me: Person, task: Task, dir: Directory): boolean {
  if (isAssignee(me, task)) return true;
  return me.role === 'focal' && ownUnit(dir, me).has(task.leadUnit.toLowerCase());
}

// ——— Seeing and deciding ——————————————————————————————————————————————————————————

/** The head of the agency, as the settings name them ('' names nobody). */
export function isAgencyHead(me: Person, rules: DecisionSettings = NO_HEAD): boolean {
  return same(rules.agencyHead, me.email);
}

/** Admins and leaders stand in for the head of the agency until the settings name one. */
function standsInForHead(me: Person, rules: DecisionSettings): boolean {
  return rules.agencyHead.trim() === '' && (me.role === 'admin' || me.role === 'leader');
}

/** See the rule at the top of the module. */
export function canSee(me: Person, task: Task, dir: Directory, rules: DecisionSettings = NO_HEAD): boolean {
  // Roles first: this runs for every row of the register when the sidebar opens.
  if (me.role === 'admin' || me.role === 'leader' || isAgencyHead(me, rules)) return true;
  if (isOnTask(me, task) || isConfirmer(me, task, dir)) return true;
  if (task.confidential) return false;
  if (me.role === 'viewer') return true;
  if (inChargeOfTaskUnits(me, task, dir)) return true;
  return memberOfTaskUnits(me, task, dir);
}

/**
 * Who among `people` may see a task, found from indexes rather than by asking each one (the daily
 * refresh builds every screen): those whose role sees everything, the viewers (every task that is not
 * confidential), and those named by e-mail (on it, its confirmers, in charge of its units) or by their
 * own unit (members of its units). Never fewer than `canSee` allows: the caller still asks `canSee`.
 * `named` holds the e-mails (lower case) the task or its units name, and the head of the agency: for
 * anyone else, every rule here answers alike for people of the same role and unit.
 */
export function seersOf(
  people: readonly Person[],
  dir: Directory,
  rules: DecisionSettings = NO_HEAD,
): (task: Task) => { seers: Person[]; named: Set<string> } {
  const all: Person[] = [];
  const viewers: Person[] = [];
  const byKey = new Map<string, Person[]>();
  const index = (k: string, p: Person) => byKey.get(k)?.push(p) ?? byKey.set(k, [p]);
  for (const p of people) {
    if (p.role === 'admin' || p.role === 'leader' || isAgencyHead(p, rules)) all.push(p);
    else {
      if (p.role === 'viewer') viewers.push(p);
      index(norm(p.email), p);
      for (const u of ownUnit(dir, p)) index('#' + u, p);
    }
  }
  return (task) => {
    const keys = [rules.agencyHead, task.assigner, task.confirmedBy, ...task.assignees].map(norm);
    for (const u of [task.leadUnit, ...task.coUnits]) {
      const { leaders, followers } = unitChain(dir, u);
      keys.push(...leaders, ...followers);
    }
    const named = new Set(keys);
    for (const u of [task.leadUnit, ...task.coUnits]) keys.push('#' + u.toLowerCase());
    const out = new Set(task.confidential ? all : [...all, ...viewers]);
    for (const k of keys) for (const p of byKey.get(k) ?? []) out.add(p);
    return { seers: [...out], named };
  };
}

/**
 * Would the person decide on their own request or confirm their own result: a doer of the task (who
 * requested its extension or reported its result), unless the settings allow it (offices of a few).
 */
export function decidesOwn(
  me: Person,
  task: Task,
  dir: Directory,
  rules: DecisionSettings = NO_HEAD,
): boolean {
  return !rules.selfDecision && isDoer(me, task, dir);
}

/**
 * Approve or refuse an extension, confirm a result or send it back: the confirmers and the head of the
 * agency (admins and leaders until one is named), never on their own request or result.
 */
export function mayDecide(
  me: Person,
  task: Task,
  dir: Directory,
  rules: DecisionSettings = NO_HEAD,
): boolean {
  if (decidesOwn(me, task, dir, rules)) return false;
  return isConfirmer(me, task, dir) || isAgencyHead(me, rules) || standsInForHead(me, rules);
}

/** Archive: the confirmers and the head of the agency (admins and leaders until one is named). */
export function mayArchive(
  me: Person,
  task: Task,
  dir: Directory,
  rules: DecisionSettings = NO_HEAD,
): boolean {
  return isConfirmer(me, task, dir) || isAgencyHead(me, rules) || standsInForHead(me, rules);
}

/** Refusing an extension or sending a result back needs a reason; approving and confirming do not. */
export function refusalNeedsReason(action: 'decideExtension' | 'sendBack', approve: boolean): boolean {
  return action === 'sendBack' || !approve;
}

/** The actions the person may take on the task in its current state (a refusal names the reason). */
export function allowedActions(
  me: Person,
  task: Task,
  dir: Directory,
  state: { open: boolean; awaiting: boolean; extensionPending: boolean; extensionsLeft: boolean },
  rules: DecisionSettings = NO_HEAD,
): TaskAction[] {
  if (me.role === 'viewer') return [];
  const out: TaskAction[] = [];
  if (state.open && isDoer(me, task, dir)) {
    out.push('update', 'report', 'delegate');
    if (!state.extensionPending && state.extensionsLeft) out.push('requestExtension');
  }
  const decides = mayDecide(me, task, dir, rules);
  if (decides && state.extensionPending) out.push('decideExtension');
  if (decides && state.awaiting) out.push('confirm', 'sendBack');
  if ((state.open || state.awaiting) && mayArchive(me, task, dir, rules)) out.push('archive');
  return out;
}

/** Only leaders and admins assign tasks; officials delegate within their unit (see `delegate`). */
export function canAssign(me: Person): boolean {
  return me.role === 'admin' || me.role === 'leader';
}

// ——— Who is told ——————————————————————————————————————————————————————————————————

/**
 * Notified of a reported result and reminded of it until confirmed: the confirmers who may confirm it,
 * else the head of the agency (until named, the nearest leader) if they may; never a doer of it.
 */
export function toldOfResult(task: Task, dir: Directory, rules: Partial<DecisionSettings> = {}): string[] {
  const r = { ...NO_HEAD, ...rules };
  const may = (e: string) => {
    const p = dir.person(e);
    return !(p ? decidesOwn(p, task, dir, r) : !r.selfDecision && task.assignees.some((a) => same(a, e)));
  };
  const confirmers = confirmersOf(task, dir).filter(may);
  if (confirmers.length > 0) return confirmers;
  const head = norm(r.agencyHead);
  return (head ? [head] : unitChain(dir, task.leadUnit).leaders).filter(may).slice(0, 1);
}

/** Reminded of a pending extension request: the assigner, else the nearest leader. */
export function toldOfExtensionRequest(task: Task, dir: Directory): string[] {
  const assigner = norm(task.assigner);
  return assigner ? [assigner] : unitChain(dir, task.leadUnit).leaders.slice(0, 1);
}
