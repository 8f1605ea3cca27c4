/**
 * The reminder planner: from the register, the calendar, the settings, today and the keys already in
 * the send log, exactly which digest goes to whom today. Pure: the same input gives the same plan.
 *
 * Who is told what (decisions documented in the report and product notes):
 * - the people doing a task ("doers"): its assignees; a task with no assignee goes to its lead unit's
 *   focal point, else the unit's leader. They get their tasks overdue, due today, due within the
 *   reminder window, and open tasks not updated for `staleUpdateDays` working days (from the last
 *   update, else the assignment day; ongoing tasks included, since they need updates too);
 * - the people in charge of the lead unit — the leaders and followers the units sheet names for it and
 *   for every unit above it (`unitChain`): the unit's overdue tasks, unless they are doers of that task
 *   themselves;
 * - the results awaiting confirmation and the pending extension requests go to the people the rules in
 *   `../permissions.ts` name (`toldOfResult`, `toldOfExtensionRequest`): the confirmers (the assigner and
 *   the lead unit's followers) who may confirm — never a doer of the task, who may not confirm their own
 *   result —, else the head of the agency or the nearest leader; the assigner, else the nearest leader;
 * - every active admin, on the summary day of the week: overdue tasks counted by lead unit;
 * - rows the reminders cannot use (`./row-issues.ts`): to the task's assigner and every active admin;
 * - the reminders' own health (`./health.ts`): to every active admin, in a digest of its own when they
 *   have nothing else that day (at most once a day: the digest marker, plus a `health` key in the log).
 * A task concerning a person in several ways appears once, under the most urgent kind. People whose
 * staff row says they no longer work here get nothing; addresses not in the staff sheet do (an
 * assignee from another agency still needs reminding). Nothing on days that are not send days.
 */
import type { WorkingCalendar } from '../calendar';
import type { Day } from '../civil-date';
import type { Directory, Unit } from '../directory';
import { toldOfExtensionRequest, toldOfResult, unitChain } from '../permissions';
import type { Settings } from '../settings';
import { computeStatus, effectiveDeadline, type TaskStatus } from '../status';
import { statusInput, type Task } from '../task';
import { SECTION_LIMIT, kindRank, tierOf, type ReminderKind, type Tier } from './kinds';
import { digestMarker, reminderKey } from './keys';
import type { RowIssue } from './row-issues';
import { isSendDay, isSummaryDay } from './schedule';

export interface DigestItem {
  kind: ReminderKind;
  task: Task;
  status: TaskStatus;
  /** The effective deadline. */
  deadline: Day | null;
  /** Working days from today to the deadline (negative once overdue); null without a deadline. */
  daysLeft: number | null;
  /** Working days since the last update, when the task is late in updating. */
  notUpdatedDays: number | null;
  key: string;
}

export interface UnitOverdue {
  /** The unit's name as the register shows it ('' when the task names no unit). */
  unit: string;
  overdue: number;
  /** The longest delay, in working days. */
  maxDaysLate: number;
}

export interface WeeklySummary {
  total: number;
  units: UnitOverdue[];
}

export interface Digest {
  to: string;
  /** From the staff sheet, '' when unknown. */
  name: string;
  day: Day;
  tier: Tier;
  /** Listed items, most urgent first, at most SECTION_LIMIT per kind. */
  items: DigestItem[];
  /** Items not listed, by kind. */
  more: Partial<Record<ReminderKind, number>>;
  summary: WeeklySummary | null;
  /** Rows this person should fix or know of (`./row-issues.ts`), told once a day with the digest. */
  issues?: string[];
  /** For an admin: the reminders' runs that stalled, failed or were late (`./health.ts`). */
  health?: string[];
  /** The keys this digest records: the digest marker, the listed items' and the summary's. */
  keys: string[];
}

export interface PlanInput {
  tasks: readonly Task[];
  directory: Directory;
  calendar: WorkingCalendar;
  settings: Pick<Settings, 'reminderWindowDays' | 'staleUpdateDays' | 'sendOnRestDays'> &
    Partial<Pick<Settings, 'agencyHead' | 'selfDecision'>>;
  today: Day;
  /** Keys already in today's send log (sent, or failed for good). */
  handled: ReadonlySet<string>;
  issues?: readonly RowIssue[];
  /** The reminders' runs that stalled, failed or were late (`./health.ts`), for every active admin. */
  health?: readonly string[];
}

export interface DigestPlan {
  day: Day;
  sendDay: boolean;
  summaryDay: boolean;
  /** Most urgent first: tier, then the number of overdue items, then the address. */
  digests: Digest[];
  /** People with something due who already had today's digest (or whose address failed today). */
  alreadyHandled: number;
}

const OPEN: ReadonlySet<TaskStatus> = new Set(['in_progress', 'due_soon', 'overdue', 'ongoing']);

export const SUMMARY_TASK = 'summary';
export const SUMMARY_KIND = 'weekly';
export const HEALTH_KIND = 'health';

export function planDigests(input: PlanInput): DigestPlan {
  const { tasks, directory, calendar, settings, today, handled } = input;
  const sendDay = isSendDay(today, calendar, settings);
  const summaryDay = isSummaryDay(today, calendar, settings);
  const plan: DigestPlan = { day: today, sendDay, summaryDay, digests: [], alreadyHandled: 0 };
  if (!sendDay) return plan;

  const retired = retiredPeople(directory);
  const perPerson = new Map<string, Map<string, DigestItem>>();
  const summary = summaryDay ? new SummaryBuilder() : null;

  const add = (person: string, kind: ReminderKind, base: Omit<DigestItem, 'kind' | 'key'>) => {
    const to = person.trim().toLowerCase();
    if (!to || retired.has(to)) return;
    let items = perPerson.get(to);
    if (!items) perPerson.set(to, (items = new Map()));
    const id = base.task.id;
    const existing = items.get(id);
    if (existing && kindRank(existing.kind) <= kindRank(kind)) return;
    items.set(id, {
      ...base,
      kind,
      notUpdatedDays: base.notUpdatedDays ?? existing?.notUpdatedDays ?? null,
      key: '',
    });
  };

  for (const task of tasks) {
    if (!task.id) continue;
    const si = statusInput(task);
    const status = computeStatus(si, today, calendar, settings.reminderWindowDays);
    const deadline = effectiveDeadline(si);
    const daysLeft = deadline === null ? null : calendar.workingDaysBetween(today, deadline);
    const unit = task.leadUnit ? directory.unit(task.leadUnit) : undefined;
    const open = OPEN.has(status);
    const base = {
      task,
      status,
      deadline,
      daysLeft,
      notUpdatedDays: open ? staleDays(task, today, calendar, settings.staleUpdateDays) : null,
    };

    if (open) {
      const doers = task.assignees.length > 0 ? task.assignees : fallbackDoer(unit);
      const doerKind = ownKind(status, deadline === today) ?? (base.notUpdatedDays !== null ? 'stale' : null);
      if (doerKind) for (const p of doers) add(p, doerKind, base);
      if (status === 'overdue') {
        const doerSet = new Set(doers.map((d) => d.toLowerCase()));
        const chain = unitChain(directory, task.leadUnit);
        for (const p of new Set([...chain.leaders, ...chain.followers]))
          if (!doerSet.has(p)) add(p, 'unit_overdue', base);
        summary?.add(task.leadUnit, unit, daysLeft === null ? 0 : -daysLeft);
      }
      if (task.extensionRequest)
        for (const p of toldOfExtensionRequest(task, directory)) add(p, 'extension', base);
    } else if (status === 'awaiting_confirmation') {
      for (const p of toldOfResult(task, directory, settings)) add(p, 'confirm', base);
    }
  }

  const weekly = summary?.build() ?? null;
  const admins = directory.people.filter((p) => p.role === 'admin' && p.active && !retired.has(p.email));
  if (weekly)
    for (const admin of admins) if (!perPerson.has(admin.email)) perPerson.set(admin.email, new Map());
  const issues = new Map<string, string[]>();
  for (const issue of input.issues ?? [])
    for (const p of new Set([issue.to.toLowerCase(), ...admins.map((a) => a.email)])) {
      if (!p || retired.has(p)) continue;
      issues.set(p, [...(issues.get(p) ?? []), issue.text]);
      if (!perPerson.has(p)) perPerson.set(p, new Map());
    }
  const health = input.health ?? [];
  if (health.length > 0)
    for (const admin of admins) if (!perPerson.has(admin.email)) perPerson.set(admin.email, new Map());

  for (const [to, items] of perPerson) {
    if (handled.has(digestMarker(to, today))) {
      plan.alreadyHandled += 1;
      continue;
    }
    const isAdmin = directory.person(to)?.role === 'admin';
    const digest = buildDigest(
      to,
      directory.person(to)?.name ?? '',
      today,
      [...items.values()],
      isAdmin ? weekly : null,
      handled,
      issues.get(to) ?? [],
      isAdmin ? health : [],
    );
    if (digest) plan.digests.push(digest);
  }
  plan.digests.sort(
    (a, b) =>
      a.tier - b.tier || overdueCount(b) - overdueCount(a) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0),
  );
  return plan;
}

function buildDigest(
  to: string,
  name: string,
  day: Day,
  all: DigestItem[],
  summary: WeeklySummary | null,
  handled: ReadonlySet<string>,
  issues: string[],
  health: readonly string[],
): Digest | null {
  const fresh = all
    .map((it) => ({ ...it, key: reminderKey(to, it.task.id, it.kind, day) }))
    .filter((it) => !handled.has(it.key))
    .sort(compareItems);
  const summaryKey = reminderKey(to, SUMMARY_TASK, SUMMARY_KIND, day);
  const withSummary = summary !== null && !handled.has(summaryKey);
  const healthKey = reminderKey(to, SUMMARY_TASK, HEALTH_KIND, day);
  const told = health.length > 0 && !handled.has(healthKey) ? [...health] : [];
  if (fresh.length === 0 && !withSummary && issues.length === 0 && told.length === 0) return null;

  const items: DigestItem[] = [];
  const more: Partial<Record<ReminderKind, number>> = {};
  const listed = new Map<ReminderKind, number>();
  for (const it of fresh) {
    const n = listed.get(it.kind) ?? 0;
    if (n < SECTION_LIMIT) {
      items.push(it);
      listed.set(it.kind, n + 1);
    } else {
      more[it.kind] = (more[it.kind] ?? 0) + 1;
    }
  }
  const tier = items.reduce<Tier>((t, it) => Math.min(t, tierOf(it.kind)) as Tier, 2);
  // The marker first: it is the one that must never be lost (a log cell is cut at its size limit).
  const keys = [digestMarker(to, day), ...items.map((it) => it.key)];
  if (withSummary) keys.push(summaryKey);
  if (told.length > 0) keys.push(healthKey);
  const digest: Digest = {
    to,
    name,
    day,
    tier,
    items,
    more,
    summary: withSummary ? summary : null,
    issues,
    keys,
  };
  if (told.length > 0) digest.health = told;
  return digest;
}

/**
 * Kind order; within "not updated", the longest silence first; otherwise the nearest (or most overdue)
 * deadline first; then the task id.
 */
function compareItems(a: DigestItem, b: DigestItem): number {
  const byKind = kindRank(a.kind) - kindRank(b.kind);
  if (byKind !== 0) return byKind;
  const silence = a.kind === 'stale' ? (b.notUpdatedDays ?? 0) - (a.notUpdatedDays ?? 0) : 0;
  return (
    silence ||
    (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) ||
    (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0)
  );
}

function overdueCount(d: Digest): number {
  let n = 0;
  for (const it of d.items) if (tierOf(it.kind) === 0) n++;
  return n;
}

/** What the people doing a task are told about it, deadline-wise (null: nothing, or only "stale"). */
function ownKind(status: TaskStatus, dueToday: boolean): ReminderKind | null {
  if (status === 'overdue') return 'overdue';
  if (status === 'due_soon') return dueToday ? 'due_today' : 'due_soon';
  return null;
}

/** Working days since the last update (else the assignment) when at least `limit`; else null. */
function staleDays(task: Task, today: Day, calendar: WorkingCalendar, limit: number): number | null {
  const last = task.lastUpdateDay ?? task.assignedDay;
  if (last === null || last >= today) return null;
  const days = calendar.workingDaysBetween(last, today);
  return days >= limit ? days : null;
}

function fallbackDoer(unit: Unit | undefined): string[] {
  if (!unit) return [];
  const who = unit.focal || unit.leader;
  return who ? [who] : [];
}

/** Addresses whose only staff rows are marked as no longer working here. */
function retiredPeople(directory: Directory): Set<string> {
  const out = new Set<string>();
  for (const p of directory.people)
    if (!p.active && !directory.person(p.email)) out.add(p.email.toLowerCase());
  return out;
}

class SummaryBuilder {
  private readonly byUnit = new Map<string, UnitOverdue>();
  private total = 0;

  add(leadUnit: string, unit: Unit | undefined, daysLate: number): void {
    const name = unit?.name || leadUnit.trim();
    const key = name.toLowerCase();
    let row = this.byUnit.get(key);
    if (!row) this.byUnit.set(key, (row = { unit: name, overdue: 0, maxDaysLate: 0 }));
    row.overdue += 1;
    row.maxDaysLate = Math.max(row.maxDaysLate, daysLate);
    this.total += 1;
  }

  build(): WeeklySummary {
    // Most overdue first; tasks naming no unit last, whatever their count.
    const units = [...this.byUnit.values()].sort(
      (a, b) =>
        Number(a.unit === '') - Number(b.unit === '') ||
        b.overdue - a.overdue ||
        b.maxDaysLate - a.maxDaysLate ||
        (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
    );
    return { total: this.total, units };
  }
}
