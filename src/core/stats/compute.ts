/**
 * The statistics of a register for a period: the whole register, each unit (ranked), each person,
 * and the completions over time. Pure and deterministic: the same register, day and period give the
 * same numbers and the same order, everywhere (integer arithmetic, no locale-dependent sorting).
 *
 * Who a task counts for, never twice:
 * - the whole register and the units count **top-level tasks** (no parent, or a parent no longer in
 *   the register), each once, for its lead unit; a sub-task is a unit's own breakdown of a task the
 *   unit already answers for. So the units' counts add up to the whole register's.
 * - persons count **the tasks they carry out themselves**: sub-tasks delegated to them, and top-level
 *   tasks not broken down into sub-tasks. A task delegated further is counted through its sub-tasks
 *   only. A task with several assignees counts once for each of them (each answers for it). A person
 *   is listed under the unit of the top-level task the work belongs to.
 *
 * Units are ranked by (1) on-time completion share: tasks completed early or on time ÷ tasks assigned
 * that were not archived (withdrawn tasks are not the unit's doing), higher first; (2) update rate,
 * higher first; (3) late share: done late + in progress overdue ÷ the same tasks, lower first. Units
 * equal on all three share a rank (1, 2, 2, 4); among them, by name. A unit whose every task was
 * archived has no rate and comes last, unranked.
 */
import { WorkingCalendar } from '../calendar';
import { addDays, dayFromYmd, daysInMonth, type Day, weekday, ymdFromDay } from '../civil-date';
import type { Directory } from '../directory';
import type { Task } from '../task';
import {
  accountable,
  addTo,
  classify,
  completedOnTime,
  emptyCounts,
  hasFigure,
  late,
  type Classified,
  type Counts,
  type Figure,
} from './categories';
import { inPeriod, type Period, type PeriodBasis } from './period';

export interface StatsInput {
  tasks: readonly Task[];
  today: Day;
  period: Period;
  basis: PeriodBasis;
  /** Resolves units named by code or name, and people's names. */
  directory?: Directory;
  /** Only tells "due soon" from "in progress", which the statistics count together. */
  calendar?: WorkingCalendar;
  reminderWindow?: number;
}

export interface UnitRef {
  /** Stable key: the unit's code (or the text the tasks name it by), lower case; '' for none. */
  key: string;
  code: string;
  /** The unit's name, or the text the tasks give; '' when tasks name no unit. */
  name: string;
}

export interface UnitStats extends UnitRef {
  counts: Counts;
  /** 1-based; units equal on the ranking rule share one. null: every task archived (no rate). */
  rank: number | null;
}

export interface PersonStats {
  unitKey: string;
  unitName: string;
  email: string;
  name: string;
  counts: Counts;
  /** Rank within the unit, by the units' rule. */
  rank: number | null;
}

export type Granularity = 'week' | 'month' | 'year';

export interface TimelineBucket {
  from: Day;
  to: Day;
  /** Tasks of the statistics assigned in the bucket. */
  assigned: number;
  /** Completed (confirmed; by the completion day C) early or on time, and late. */
  completedOnTime: number;
  completedLate: number;
}

export interface Statistics {
  period: Period;
  basis: PeriodBasis;
  today: Day;
  whole: Counts;
  /** In rank order. */
  units: UnitStats[];
  /** Units with at least one task in the period, and those of them that updated every task. */
  unitsWithTasks: number;
  unitsFullyUpdated: number;
  /** Grouped by unit (in the units' order), ranked within each. */
  persons: PersonStats[];
  timeline: { granularity: Granularity; buckets: TimelineBucket[] };
}

// ——— Units and the task tree ——————————————————————————————————————————————————————

export function unitRef(text: string, dir?: Directory): UnitRef {
  const t = text.trim();
  if (!t) return { key: '', code: '', name: '' };
  const u = dir?.unit(t);
  if (u) return { key: (u.code || u.name).toLowerCase(), code: u.code, name: u.name || u.code };
  return { key: t.toLowerCase(), code: '', name: t };
}

export interface TaskTree {
  byId: Map<string, Task>;
  /** Ids of tasks that have at least one sub-task. */
  parents: Set<string>;
  /** The top-level task each task belongs to (itself for a top-level task). */
  rootOf(task: Task): Task;
  isTopLevel(task: Task): boolean;
  /** Carried out by its assignees themselves: no sub-task. */
  isLeaf(task: Task): boolean;
}

export function taskTree(tasks: readonly Task[]): TaskTree {
  const byId = new Map<string, Task>();
  for (const t of tasks) if (t.id && !byId.has(t.id)) byId.set(t.id, t);
  const parents = new Set<string>();
  for (const t of tasks)
    if (t.parentId && byId.has(t.parentId) && t.parentId !== t.id) parents.add(t.parentId);
  const roots = new Map<Task, Task>();
  const rootOf = (task: Task): Task => {
    // Most tasks are top-level: answer without allocating (this runs for every task).
    if (!task.parentId || task.parentId === task.id || !byId.has(task.parentId)) return task;
    const known = roots.get(task);
    if (known) return known;
    // Walk up; a parent missing from the register ends the walk.
    // A loop (A under B under A) makes each task of it its own top-level task.
    const seen = new Set<Task>([task]);
    let cur = task;
    for (;;) {
      const parent = cur.parentId ? byId.get(cur.parentId) : undefined;
      if (!parent || parent === cur) break;
      if (seen.has(parent)) {
        cur = task;
        break;
      }
      seen.add(parent);
      cur = parent;
    }
    roots.set(task, cur);
    return cur;
  };
  return {
    byId,
    parents,
    rootOf,
    isTopLevel: (task) => rootOf(task) === task,
    isLeaf: (task) => !task.id || !parents.has(task.id) || byId.get(task.id) !== task,
  };
}

// ——— Ranking ——————————————————————————————————————————————————————————————————————

/** a/b against c/d, exactly (b, d > 0). */
function compareFractions(a: number, b: number, c: number, d: number): number {
  return a * d - c * b;
}

/** Negative when `x` ranks above `y`; 0 when they share a rank. */
export function compareCounts(x: Counts, y: Counts): number {
  const bx = accountable(x);
  const by = accountable(y);
  if (bx === 0 || by === 0) return (bx === 0 ? 1 : 0) - (by === 0 ? 1 : 0);
  const onTime = compareFractions(completedOnTime(y), by, completedOnTime(x), bx);
  if (onTime !== 0) return Math.sign(onTime);
  const updated = compareFractions(y.updated, y.assigned, x.updated, x.assigned);
  if (updated !== 0) return Math.sign(updated);
  return Math.sign(compareFractions(late(x), bx, late(y), by));
}

const byName = (a: string, b: string) => {
  const x = a.normalize('NFC').toLowerCase();
  const y = b.normalize('NFC').toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Sorts in rank order and gives competition ranks (1, 2, 2, 4); no rate → null. */
function rankAll<T extends { counts: Counts; rank: number | null }>(rows: T[], name: (r: T) => string): T[] {
  const keys = new Map(rows.map((r) => [r, name(r).normalize('NFC').toLowerCase()]));
  const byKey = (a: T, b: T) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  rows.sort((a, b) => compareCounts(a.counts, b.counts) || byKey(a, b));
  rows.forEach((r, i) => {
    if (accountable(r.counts) === 0) r.rank = null;
    else if (i > 0 && compareCounts(rows[i - 1].counts, r.counts) === 0) r.rank = rows[i - 1].rank;
    else r.rank = i + 1;
  });
  return rows;
}

// ——— The statistics ————————————————————————————————————————————————————————————————

interface Selected {
  task: Task;
  c: Classified;
  unit: UnitRef;
}

/** The tasks of the period with their category, split into what units and persons count. */
export function selectTasks(input: StatsInput): { top: Selected[]; leaves: Selected[]; tree: TaskTree } {
  const calendar = input.calendar ?? new WorkingCalendar();
  const tree = taskTree(input.tasks);
  const top: Selected[] = [];
  const leaves: Selected[] = [];
  const units = new Map<string, UnitRef>();
  const unitOfText = (text: string): UnitRef => {
    let u = units.get(text);
    if (!u) units.set(text, (u = unitRef(text, input.directory)));
    return u;
  };
  for (const task of input.tasks) {
    const topLevel = tree.isTopLevel(task);
    const leaf = tree.isLeaf(task);
    if (!topLevel && !leaf) continue;
    if (!inPeriod(task, input.period, input.basis)) continue;
    const c = classify(task, input.today, calendar, input.reminderWindow);
    const unit = unitOfText(tree.rootOf(task).leadUnit);
    const s = { task, c, unit };
    if (topLevel) top.push(s);
    if (leaf) leaves.push(s);
  }
  return { top, leaves, tree };
}

export function computeStatistics(input: StatsInput): Statistics {
  const { top, leaves } = selectTasks(input);
  const whole = emptyCounts();
  const units = new Map<string, UnitStats>();
  for (const s of top) {
    addTo(whole, s.c);
    let u = units.get(s.unit.key);
    if (!u) units.set(s.unit.key, (u = { ...s.unit, counts: emptyCounts(), rank: null }));
    addTo(u.counts, s.c);
  }
  const unitList = rankAll([...units.values()], (u) => u.name);
  const unitOrder = new Map(unitList.map((u, i) => [u.key, i]));

  const persons = new Map<string, PersonStats>();
  for (const s of leaves) {
    for (const email of distinctEmails(s.task.assignees)) {
      const key = `${s.unit.key}\n${email}`;
      let p = persons.get(key);
      if (!p) {
        const name = input.directory?.person(email)?.name || email;
        persons.set(
          key,
          (p = {
            unitKey: s.unit.key,
            unitName: s.unit.name,
            email,
            name,
            counts: emptyCounts(),
            rank: null,
          }),
        );
      }
      addTo(p.counts, s.c);
    }
  }
  const personList: PersonStats[] = [];
  const byUnit = new Map<string, PersonStats[]>();
  for (const p of persons.values()) {
    const list = byUnit.get(p.unitKey);
    if (list) list.push(p);
    else byUnit.set(p.unitKey, [p]);
  }
  const unitKeys = [...byUnit.keys()].sort(
    (a, b) => (unitOrder.get(a) ?? Infinity) - (unitOrder.get(b) ?? Infinity) || byName(a, b),
  );
  for (const k of unitKeys) personList.push(...rankAll(byUnit.get(k)!, (p) => p.name));

  const withTasks = unitList.filter((u) => u.counts.assigned > 0);
  return {
    period: input.period,
    basis: input.basis,
    today: input.today,
    whole,
    units: unitList,
    unitsWithTasks: withTasks.length,
    unitsFullyUpdated: withTasks.filter((u) => u.counts.updated === u.counts.assigned).length,
    persons: personList,
    timeline: timeline(top, input),
  };
}

/** Lower-case e-mails, each once (one assignee, the usual case, without a Set). */
function distinctEmails(list: readonly string[]): string[] {
  if (list.length === 1) {
    const e = list[0].trim().toLowerCase();
    return e ? [e] : [];
  }
  return [...new Set(list.map((e) => e.trim().toLowerCase()).filter(Boolean))];
}

/** The tasks behind one figure, for a unit (by key), a person of a unit, or the whole register. */
export function tasksBehind(
  input: StatsInput,
  scope: { unit?: string | null; person?: string | null },
  figure: Figure,
): Task[] {
  const { top, leaves } = selectTasks(input);
  const person = (scope.person ?? '').trim().toLowerCase();
  const unit = scope.unit === undefined || scope.unit === null ? null : scope.unit.toLowerCase();
  const pool = person
    ? leaves.filter((s) => s.task.assignees.some((e) => e.trim().toLowerCase() === person))
    : top;
  return pool
    .filter((s) => (unit === null || s.unit.key === unit) && hasFigure(s.c, figure))
    .map((s) => s.task);
}

// ——— Completions over time ——————————————————————————————————————————————————————————

/** Weeks for a span up to a quarter, months up to three years, years beyond. */
export function granularityOf(from: Day, to: Day): Granularity {
  const span = to - from + 1;
  return span <= 92 ? 'week' : span <= 1100 ? 'month' : 'year';
}

/** Buckets covering [from, to]: weeks start on Monday (the first may be partial), months, years. */
export function buckets(from: Day, to: Day, g: Granularity): { from: Day; to: Day }[] {
  const out: { from: Day; to: Day }[] = [];
  let start = from;
  while (start <= to) {
    let end: Day;
    if (g === 'week') end = addDays(start, 6 - ((weekday(start) + 6) % 7));
    else {
      const { year, month } = ymdFromDay(start);
      end = g === 'month' ? dayFromYmd(year, month, daysInMonth(year, month))! : dayFromYmd(year, 12, 31)!;
    }
    end = Math.min(end, to);
    out.push({ from: start, to: end });
    start = end + 1;
  }
  return out;
}

function timeline(top: readonly Selected[], input: StatsInput): Statistics['timeline'] {
  let from = input.period.from;
  let to = input.period.to;
  if (from === null || to === null) {
    // The whole register: from the first assignment to today (or a later one, typed ahead).
    let first = Infinity;
    let last = -Infinity;
    for (const s of top) {
      const a = s.task.assignedDay;
      if (a === null) continue;
      first = Math.min(first, a);
      last = Math.max(last, a);
    }
    if (first === Infinity) return { granularity: 'month', buckets: [] };
    from = first;
    to = Math.max(input.today, last);
  }
  const granularity = granularityOf(from, to);
  const list: TimelineBucket[] = buckets(from, to, granularity).map((b) => ({
    ...b,
    assigned: 0,
    completedOnTime: 0,
    completedLate: 0,
  }));
  const starts = list.map((b) => b.from);
  const find = (d: Day | null): TimelineBucket | undefined => {
    if (d === null || d < from! || d > to!) return undefined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= d) lo = mid;
      else hi = mid - 1;
    }
    return list[lo];
  };
  for (const s of top) {
    const a = find(s.task.assignedDay);
    if (a) a.assigned += 1;
    const cat = s.c.category;
    if (cat !== 'doneEarly' && cat !== 'doneOnTime' && cat !== 'doneLate') continue;
    const b = find(s.task.reportedDay ?? s.task.confirmedDay);
    if (!b) continue;
    if (cat === 'doneLate') b.completedLate += 1;
    else b.completedOnTime += 1;
  }
  return { granularity, buckets: list };
}
