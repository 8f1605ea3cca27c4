/**
 * A person's first screen of the sidebar as data: the counts by status of the tasks they may see, and
 * the three lists (their tasks, what awaits their decision, the most urgent) as ids in display order.
 * Built from every task (`buildScreen`) or patched from one task's old and new version (`patchScreen`);
 * the two agree (test/unit/core/screen.test.ts). A patch that cannot be applied exactly answers null:
 * the screen is dropped, never shown stale (docs/register-access.md, "The first screen, kept").
 */
import { isoFromDay } from './civil-date';
import type { Person } from './directory';
import { canSee, isOnTask, mayDecide, seersOf } from './permissions';
import { effectiveDeadline, TASK_STATUSES, urgencyRank, type TaskStatus } from './status';
import type { Task } from './task';
import { statusOf, type ActionContext } from './task-actions';

/** How many tasks each list of the first screen shows. */
export const LIST_LIMIT = 150;
/**
 * A list cut at `LIST_LIMIT` that loses shown members by patches keeps showing the rest (still the most
 * urgent, in order) down to this many; below, the screen is built afresh.
 */
export const MIN_KEPT = 100;

/** A listed task's sort key, as `byUrgency` orders views: urgency, effective deadline, id. */
export type ScreenEntry = [urgency: number, deadline: string, id: string];

export interface ScreenList {
  /**
   * The first members, most urgent first: `LIST_LIMIT` of them when built; a cut list patched since may
   * show fewer (never under `MIN_KEPT`), always the most urgent ones.
   */
  top: ScreenEntry[];
  /** How many tasks belong to the list (more than `top` holds when it is cut). */
  total: number;
}

export interface Screen {
  counts: Record<TaskStatus, number>;
  visibleTotal: number;
  mine: ScreenList;
  pending: ScreenList;
  urgent: ScreenList;
  /** A listed task's sub-tasks' ids, sorted (every one: the card filters those the person may see). */
  kids: Record<string, string[]>;
}

type ListName = 'mine' | 'pending' | 'urgent';
const LISTS: readonly ListName[] = ['mine', 'pending', 'urgent'];

/** What does not depend on the person, once per task and day (the daily refresh builds every screen). */
interface Facts {
  ctx: ActionContext;
  status: TaskStatus;
  entry: ScreenEntry;
}
const known = new WeakMap<Task, Facts>();
function factsOf(task: Task, ctx: ActionContext): Facts {
  const k = known.get(task);
  if (k && k.ctx.today === ctx.today && k.ctx.calendar === ctx.calendar && k.ctx.settings === ctx.settings)
    return k;
  const status = statusOf(task, ctx);
  const d = effectiveDeadline(task);
  const facts: Facts = {
    ctx,
    status,
    entry: [urgencyRank(status), d === null ? '9999' : isoFromDay(d), task.id],
  };
  known.set(task, facts);
  return facts;
}

/** Where a task stands on a person's screen: null when they may not see it. */
function place(task: Task, ctx: ActionContext) {
  const { me, dir, settings } = ctx;
  if (!canSee(me, task, dir, settings)) return null;
  const { status, entry } = factsOf(task, ctx);
  const urgency = entry[0];
  const awaitsMe =
    me.role !== 'viewer' &&
    (status === 'awaiting_confirmation' || (task.extensionRequest !== '' && !task.archived)) &&
    mayDecide(me, task, dir, settings);
  const lists: Record<ListName, boolean> = {
    mine: isOnTask(me, task) && status !== 'archived',
    pending: awaitsMe,
    // Overdue, due soon and awaiting confirmation: what someone who follows others looks at first.
    urgent: me.role !== 'official' && me.role !== 'focal' && urgency <= 2,
  };
  return { status, lists, entry };
}

const compare = (a: ScreenEntry, b: ScreenEntry) =>
  a[0] - b[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]);

const emptyCounts = () => Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;

const emptyScreen = (): Screen => ({
  counts: emptyCounts(),
  visibleTotal: 0,
  mine: { top: [], total: 0 },
  pending: { top: [], total: 0 },
  urgent: { top: [], total: 0 },
  kids: {},
});

function add(screen: Screen, p: NonNullable<ReturnType<typeof place>>) {
  screen.visibleTotal++;
  screen.counts[p.status]++;
  for (const l of LISTS) if (p.lists[l]) screen[l].top.push(p.entry);
}

/** The lists sorted and cut, and the sub-tasks of what they show. */
function finish(screen: Screen, children: ReadonlyMap<string, readonly Task[]>): Screen {
  for (const l of LISTS) {
    const list = screen[l];
    list.total = list.top.length;
    list.top = list.top.sort(compare).slice(0, LIST_LIMIT);
  }
  for (const id of listedIds(screen)) {
    const kids = children.get(id);
    if (kids?.length) screen.kids[id] = kids.map((k) => k.id).sort();
  }
  return screen;
}

/** The screen of `ctx.me` from every task of the register (the first row of each id, as read). */
export function buildScreen(
  tasks: readonly Task[],
  ctx: ActionContext,
  children: ReadonlyMap<string, readonly Task[]>,
): Screen {
  const screen = emptyScreen();
  for (const task of tasks) {
    const p = place(task, ctx);
    if (p) add(screen, p);
  }
  return finish(screen, children);
}

/**
 * Every one of `people`'s screens at once (the daily refresh), the same as `buildScreen` for each: each
 * task is placed only for those `seersOf` names, `canSee` (in `place`) deciding; those the task does
 * not name by e-mail are placed once per role and unit (test/unit/core/screen.test.ts proves the same).
 */
export function buildScreens(
  tasks: readonly Task[],
  ctx: Omit<ActionContext, 'me'>,
  people: readonly Person[],
  children: ReadonlyMap<string, readonly Task[]>,
): Map<Person, Screen> {
  const seersOf_ = seersOf(people, ctx.dir, ctx.settings);
  const mine = new Map(
    people.map((me) => [
      me,
      {
        ctx: { ...ctx, me },
        screen: emptyScreen(),
        email: me.email.trim().toLowerCase(),
        alike: `${me.role}\n${me.unit.toLowerCase()}`,
      },
    ]),
  );
  for (const task of tasks) {
    const { seers, named } = seersOf_(task);
    const alike = new Map<string, ReturnType<typeof place>>();
    for (const me of seers) {
      const m = mine.get(me)!;
      let p = named.has(m.email) ? place(task, m.ctx) : alike.get(m.alike);
      if (p === undefined) alike.set(m.alike, (p = place(task, m.ctx)));
      if (p) add(m.screen, p);
    }
  }
  return new Map([...mine].map(([me, m]) => [me, finish(m.screen, children)]));
}

/** The ids the screen shows (its lists' tops), once each. */
export function listedIds(screen: Screen): string[] {
  return [...new Set(LISTS.flatMap((l) => screen[l].top.map((e) => e[2])))];
}

/** Every task the screen needs to show its lists: the listed ones and their sub-tasks. */
export function screenTaskIds(screen: Screen): string[] {
  const ids = listedIds(screen);
  return [...new Set([...ids, ...ids.flatMap((id) => screen.kids[id] ?? [])])];
}

/**
 * The screen after one task changed from `old` to `now` (null: no such task, before or after). `kids`
 * are the new task's sub-tasks' ids when the writer knows them (null: unknown). Answers a new screen,
 * or null when the patch cannot be exact: a list cut at `LIST_LIMIT` left with `MIN_KEPT` shown (the next one
 * is not known), a task newly listed whose sub-tasks are unknown, a count that would go below zero (the
 * screen was not what the register held).
 */
export function patchScreen(
  screen: Screen,
  old: Task | null,
  now: Task | null,
  kids: readonly string[] | null,
  ctx: ActionContext,
): Screen | null {
  const next: Screen = {
    counts: { ...screen.counts },
    visibleTotal: screen.visibleTotal,
    mine: { top: [...screen.mine.top], total: screen.mine.total },
    pending: { top: [...screen.pending.top], total: screen.pending.total },
    urgent: { top: [...screen.urgent.top], total: screen.urgent.total },
    kids: { ...screen.kids },
  };
  const before = old ? place(old, ctx) : null;
  const after = now ? place(now, ctx) : null;
  if (before) {
    next.visibleTotal--;
    if (--next.counts[before.status] < 0) return null;
    for (const l of LISTS) {
      if (!before.lists[l]) continue;
      const list = next[l];
      const at = list.top.findIndex((e) => e[2] === before.entry[2]);
      const cut = list.total > list.top.length;
      if (at >= 0) {
        // A cut list keeps its shown members, most urgent first, one fewer: the next one is not known
        // here, and the sidebar asks the server for what lies beyond. Too few left: built afresh.
        if (cut && list.top.length <= MIN_KEPT) return null;
        list.top.splice(at, 1);
      } else if (!cut) return null; // a member the uncut list does not hold: not the register's screen
      list.total--;
    }
  }
  if (after) {
    next.visibleTotal++;
    next.counts[after.status]++;
    for (const l of LISTS) {
      if (!after.lists[l]) continue;
      const list = next[l];
      const cut = list.total > list.top.length;
      list.total++;
      const at = list.top.findIndex((e) => compare(after.entry, e) < 0);
      if (at >= 0) list.top.splice(at, 0, after.entry);
      // After the last shown member: its place among those not shown is not known.
      else if (!cut && list.top.length < LIST_LIMIT) list.top.push(after.entry);
      if (list.top.length > LIST_LIMIT) list.top.pop();
    }
  }
  // Sub-tasks: the new task under its parent; a task no longer under a parent leaves its list.
  if (old?.parentId && old.parentId !== now?.parentId && next.kids[old.parentId]) {
    next.kids[old.parentId] = next.kids[old.parentId].filter((k) => k !== old.id);
  }
  if (now?.parentId && next.kids[now.parentId] !== undefined) {
    if (!next.kids[now.parentId].includes(now.id))
      next.kids[now.parentId] = [...next.kids[now.parentId], now.id].sort();
  } else if (now?.parentId && listedIds(next).includes(now.parentId)) {
    next.kids[now.parentId] = [now.id];
  }
  const listed = new Set(listedIds(next));
  if (now && listed.has(now.id)) {
    if (kids) {
      if (kids.length) next.kids[now.id] = [...kids].sort();
      else delete next.kids[now.id];
    } else if (!listedIds(screen).includes(now.id)) return null; // newly listed, its sub-tasks unknown
  }
  for (const id of Object.keys(next.kids)) if (!listed.has(id)) delete next.kids[id];
  return next;
}
