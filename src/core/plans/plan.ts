/**
 * Weekly work plans (kế hoạch công tác tuần): each official lists next week's items by the deadline
 * (the settings' weekday and hour of the week before; Friday 17:00 by default). A plan handed in after
 * it is accepted and marked late. Each item is later marked done, not done or moved; a moved item is
 * carried into the next week's plan.
 */
import { addDays, instantOfDayStart, weekday, type Day } from '../civil-date';
import type { Settings } from '../settings';

export type Outcome = '' | 'done' | 'notDone' | 'moved';
export const OUTCOMES: readonly Outcome[] = ['', 'done', 'notDone', 'moved'];

export interface PlanItem {
  what: string;
  /** Day or time slot, as typed: "Thứ Hai sáng", "15/3". */
  when: string;
  expected: string;
  /** A register task's id, or '' for free text. */
  taskId: string;
  outcome: Outcome;
}

export type PlanStatus = 'draft' | 'submitted' | 'approved';

export interface Plan {
  /** The Monday of the planned week. */
  week: Day;
  email: string;
  unit: string;
  items: PlanItem[];
  status: PlanStatus;
  /** Epoch ms of the (last) submission, 0 before. */
  submittedAt: number;
  late: boolean;
  comment: string;
  reviewer: string;
}

/** The Monday of the week containing `d`. */
export function mondayOf(d: Day): Day {
  return d - ((weekday(d) + 6) % 7);
}

/** When the plan of the week starting on Monday `week` is due (epoch ms, Viet Nam time). */
export function planDeadline(week: Day, s: Pick<Settings, 'planDueDay' | 'planDueHour'>): number {
  return instantOfDayStart(addDays(week, s.planDueDay - 8)) + s.planDueHour * 3_600_000;
}

export const MAX_ITEMS = 30;
const LIMITS: Record<'what' | 'when' | 'expected' | 'taskId', number> = {
  what: 500,
  when: 100,
  expected: 500,
  taskId: 40,
};

const str = (v: unknown) =>
  typeof v === 'string' || typeof v === 'number' ? String(v).normalize('NFC').trim() : '';

/**
 * The items a page sent, cleaned; null when they are not a list of at most 30 items each with a "what"
 * and every text within its length (the caller refuses then, and nothing changes).
 */
export function cleanItems(raw: unknown, keepOutcomes: readonly PlanItem[] = []): PlanItem[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_ITEMS) return null;
  const out: PlanItem[] = [];
  for (const [i, r] of raw.entries()) {
    if (typeof r !== 'object' || r === null) return null;
    const o = r as Record<string, unknown>;
    const item = { what: str(o.what), when: str(o.when), expected: str(o.expected), taskId: str(o.taskId) };
    if (!item.what) return null;
    for (const k of Object.keys(LIMITS) as (keyof typeof LIMITS)[])
      if (item[k].length > LIMITS[k]) return null;
    const kept = keepOutcomes[i];
    out.push({ ...item, outcome: kept && kept.what === item.what ? kept.outcome : '' });
  }
  return out;
}

export function isOutcome(v: unknown): v is Outcome {
  return OUTCOMES.includes(v as Outcome);
}

/** The items moved out of a week, as new items of the next (without an outcome). */
export function carried(items: readonly PlanItem[]): PlanItem[] {
  return items.filter((i) => i.outcome === 'moved').map((i) => ({ ...i, outcome: '' }));
}

/**
 * Next week's items without the copy an item left there when it was marked moved, for when that mark
 * is taken back: the first untouched copy (same texts, no outcome yet) goes; a copy already marked or
 * edited is the person's own item now and stays. Null when there is no such copy.
 */
export function withoutCarried(next: readonly PlanItem[], item: PlanItem): PlanItem[] | null {
  const same = (i: PlanItem): boolean =>
    i.outcome === '' &&
    i.what === item.what &&
    i.when === item.when &&
    i.expected === item.expected &&
    i.taskId === item.taskId;
  const at = next.findIndex(same);
  return at < 0 ? null : [...next.slice(0, at), ...next.slice(at + 1)];
}

/**
 * Submitting at `now`: the plan as handed in, late when first handed in after its deadline (a later
 * correction keeps the first time). A reviewed plan that changes goes back to its reviewer.
 */
export function submit(plan: Plan, now: number, s: Pick<Settings, 'planDueDay' | 'planDueHour'>): Plan {
  const at = plan.submittedAt || now;
  return { ...plan, status: 'submitted', submittedAt: at, late: at > planDeadline(plan.week, s) };
}
