/**
 * The statistics as the sidebar and the wall board receive them: plain JSON (no Dates), every
 * percentage already printed the government's way, so the pages only lay them out.
 *
 * The wall board's view is built for a screen anyone in the room can read: aggregate numbers, unit
 * names, and the overdue tasks by id, title, unit and deadline — a confidential task's title is
 * replaced by "Nhiệm vụ mật", and no person (name or e-mail) appears at all.
 */
import type { WorkingCalendar } from '../calendar';
import { type Day, isoFromDay, dayOfInstant, instantOfDayStart } from '../civil-date';
import { formatDay, formatPercentVi } from '../format';
import { t } from '../messages';
import type { Language } from '../language';
import { computeStatus, daysLate, effectiveDeadline } from '../status';
import { statusInput, type Task } from '../task';
import { accountable, completedOnTime, FIGURES, figureCount, type Counts, type Figure } from './categories';
import type { Directory } from '../directory';
import { taskTree, unitRef, type Statistics } from './compute';
import { BASIS_LABELS, periodLabel, periodSpan, type PeriodBasis } from './period';

export interface CountsView {
  counts: Counts;
  /** Each figure's share of the tasks assigned, printed ("67 %", "0,3 %", "—"). */
  pct: Record<Figure, string>;
  /** Completed on time ÷ tasks assigned that were not archived: the ranking's first key. */
  onTimeRate: string;
  updateRate: string;
}

export function countsView(c: Counts): CountsView {
  const pct = {} as Record<Figure, string>;
  for (const f of FIGURES) pct[f] = formatPercentVi(figureCount(c, f), c.assigned);
  return {
    counts: { ...c },
    pct,
    onTimeRate: accountable(c) === 0 ? '—' : formatPercentVi(completedOnTime(c), accountable(c)),
    updateRate: formatPercentVi(c.updated, c.assigned),
  };
}

export interface StatsView {
  lang: Language;
  periodLabel: string;
  span: string;
  basis: PeriodBasis;
  basisLabel: string;
  /** yyyy-MM-dd: the statuses are those of this day. */
  asOf: string;
  whole: CountsView;
  unitsWithTasks: number;
  unitsFullyUpdated: number;
  units: { key: string; name: string; rank: number | null; view: CountsView }[];
  /** The unit whose persons are listed (a key of `units`), or null. */
  personsUnit: string | null;
  persons: { email: string; name: string; rank: number | null; view: CountsView }[];
  /** Units whose persons the viewer may see. */
  personUnits: { key: string; name: string }[];
}

/** The whole agency's figures, as both the sidebar and the wall board show them. */
function agencyFigures(s: Statistics) {
  return {
    whole: countsView(s.whole),
    unitsWithTasks: s.unitsWithTasks,
    unitsFullyUpdated: s.unitsFullyUpdated,
  };
}

export function statsView(
  s: Statistics,
  lang: Language,
  persons: { unit: string | null; allowed: (unitKey: string) => boolean },
  noUnit: string,
): StatsView {
  const personUnits = s.units
    .filter((u) => persons.allowed(u.key))
    .map((u) => ({ key: u.key, name: u.name || noUnit }));
  const unit =
    persons.unit !== null && persons.allowed(persons.unit) ? persons.unit : (personUnits[0]?.key ?? null);
  return {
    lang,
    periodLabel: periodLabel(s.period, lang),
    span: periodSpan(s.period),
    basis: s.basis,
    basisLabel: BASIS_LABELS[s.basis][lang],
    asOf: isoFromDay(s.today),
    ...agencyFigures(s),
    units: s.units.map((u) => ({
      key: u.key,
      name: u.name || noUnit,
      rank: u.rank,
      view: countsView(u.counts),
    })),
    personsUnit: unit,
    persons:
      unit === null
        ? []
        : s.persons
            .filter((p) => p.unitKey === unit)
            .map((p) => ({ email: p.email, name: p.name, rank: p.rank, view: countsView(p.counts) })),
    personUnits,
  };
}

// ——— The wall board ——————————————————————————————————————————————————————————————————

export interface WallboardUnit {
  rank: number | null;
  name: string;
  assigned: number;
  completedOnTime: number;
  late: number;
  overdue: number;
  onTimeRate: string;
  updateRate: string;
  full: boolean;
}

export interface WallboardTask {
  id: string;
  /** The title, or "Nhiệm vụ mật" for a confidential task. */
  title: string;
  confidential: boolean;
  unit: string;
  /** dd/MM/yyyy */
  deadline: string;
  daysLate: number;
}

export interface WallboardView {
  lang: Language;
  title: string;
  agencyName: string;
  periodLabel: string;
  /** "dd/MM/yyyy HH:mm", Viet Nam time. */
  asOf: string;
  whole: CountsView;
  unitsWithTasks: number;
  unitsFullyUpdated: number;
  units: WallboardUnit[];
  overdue: WallboardTask[];
  overdueTotal: number;
  /** Shared reports in progress and the share of their sections accepted (issue 15). */
  reports?: { title: string; share: number }[];
}

/** Overdue now (any period): top-level tasks past their deadline and not reported, longest late first. */
export function overdueTasks(
  tasks: readonly Task[],
  today: Day,
  calendar: WorkingCalendar,
): { task: Task; daysLate: number }[] {
  const tree = taskTree(tasks);
  const out: { task: Task; daysLate: number }[] = [];
  for (const task of tasks) {
    if (!tree.isTopLevel(task)) continue;
    const si = statusInput(task);
    if (computeStatus(si, today, calendar) !== 'overdue') continue;
    out.push({ task, daysLate: daysLate(si, today, calendar) });
  }
  return out.sort(
    (a, b) =>
      b.daysLate - a.daysLate ||
      (effectiveDeadline(a.task) ?? 0) - (effectiveDeadline(b.task) ?? 0) ||
      (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0),
  );
}

/** "dd/MM/yyyy HH:mm" in Viet Nam for an instant. */
export function formatVnDateTime(ms: number): string {
  const day = dayOfInstant(ms);
  const minutes = Math.floor((ms - instantOfDayStart(day)) / 60000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${formatDay(day)} ${hh}:${mm}`;
}

export const WALLBOARD_OVERDUE_LIMIT = 40;

export function wallboardView(
  s: Statistics,
  tasks: readonly Task[],
  opts: { lang: Language; agencyName: string; now: number; calendar: WorkingCalendar; directory?: Directory },
): WallboardView {
  const { lang } = opts;
  const noUnit = t(lang, 'stats.noUnit');
  const overdue = overdueTasks(tasks, s.today, opts.calendar);
  return {
    lang,
    title: t(lang, 'wall.title'),
    agencyName: opts.agencyName,
    periodLabel: periodLabel(s.period, lang),
    asOf: formatVnDateTime(opts.now),
    ...agencyFigures(s),
    units: s.units.map((u) => ({
      rank: u.rank,
      name: u.name || noUnit,
      assigned: u.counts.assigned,
      completedOnTime: completedOnTime(u.counts),
      late: u.counts.doneLate,
      overdue: u.counts.overdue,
      onTimeRate: countsView(u.counts).onTimeRate,
      updateRate: formatPercentVi(u.counts.updated, u.counts.assigned),
      full: u.counts.assigned > 0 && u.counts.updated === u.counts.assigned,
    })),
    overdue: overdue.slice(0, WALLBOARD_OVERDUE_LIMIT).map(({ task, daysLate }) => ({
      id: task.id,
      title: task.confidential ? t(lang, 'wall.confidential') : task.title,
      confidential: task.confidential,
      unit: unitRef(task.leadUnit, opts.directory).name || noUnit,
      deadline: formatDay(effectiveDeadline(task)!),
      daysLate,
    })),
    overdueTotal: overdue.length,
  };
}
