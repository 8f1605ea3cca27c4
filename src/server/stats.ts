/**
 * The statistics endpoints: the sidebar's `Thống kê` tab and its drill-down, the on-demand refresh of
 * the sheet, the monthly report, and the wall board.
 *
 * Who sees what:
 * - the figures of the whole agency and of every unit: every person of the staff sheet (the register
 *   is "for everyone to see"; counts reveal no task);
 * - the figures by person: admins, leaders and viewers for every unit; others for their own unit (and
 *   the units below it) and the units they lead, follow or are the focal point of;
 * - the tasks behind a number: only those the person may see (`canSee`); the others are counted as
 *   hidden, never listed;
 * - the wall board: no identity at all. It runs unattended on an office screen, or as a web app that
 *   executes as the admin who deployed it (where the viewer's e-mail is unknown), so it shows only
 *   what anyone in the room may see: numbers, unit names, overdue tasks by id, title and unit, and
 *   "Nhiệm vụ mật" instead of a confidential task's title. No person's name or e-mail.
 */
import type { Unit } from '../core/directory';
import { UserError, t } from '../core/messages';
import { canSee } from '../core/permissions';
import { isFigure } from '../core/stats/categories';
import { computeStatistics, tasksBehind, type StatsInput } from '../core/stats/compute';
import { parseBasis, parsePeriod, type PeriodBasis } from '../core/stats/period';
import { statsView, wallboardView, type StatsView, type WallboardView } from '../core/stats/views';
import { byUrgency, childrenByParent, toView, type TaskView } from '../core/task-view';
import { statusOf, type ActionContext } from '../core/task-actions';
import { computeStatus, effectiveDeadline, isDone, urgencyRank } from '../core/status';
import { statusInput, type Task } from '../core/task';
import { reportsInProgress } from './report';
import { loadContext } from '../gas/context';
import { loadContextParts } from '../gas/context-cache';
import { loadTasks } from '../gas/task-store';
import { todayVN } from '../gas/time';
import { readForStats } from '../gas/stats/read';
import { createMonthlyReport, reportMonth, type ReportFormat, type ReportResult } from '../gas/stats/report';
import { refreshStatistics, settingsPeriod } from '../gas/stats/statistics';
import { withDocumentLock } from '../gas/lock';

export interface StatsArgs {
  /** A period as people write it ("năm nay", "10/2026", "2026-01-01 - 2026-06-30"); '' = the settings'. */
  period?: unknown;
  basis?: unknown;
  /** The unit whose persons to list (a unit key). */
  unit?: unknown;
}

export interface StatsReply extends StatsView {
  canReport: boolean;
  /** The settings' period, to preselect. */
  settingsPeriod: string;
}

const DRILL_LIMIT = 200;

function inputFor(ctx: ActionContext, tasks: StatsInput['tasks'], args: StatsArgs): StatsInput {
  const text = String(args?.period ?? '').trim();
  const period = text ? parsePeriod(text, ctx.today) : settingsPeriod(ctx.settings, ctx.today);
  if (!period) throw new UserError('stats.badPeriod', { text });
  const basisText = String(args?.basis ?? '').trim();
  const basis: PeriodBasis | null = basisText ? parseBasis(basisText) : ctx.settings.statsBasis;
  if (!basis) throw new UserError('stats.badBasis', { text: basisText });
  return {
    tasks,
    today: ctx.today,
    period,
    basis,
    directory: ctx.dir,
    calendar: ctx.calendar,
    reminderWindow: ctx.settings.reminderWindowDays,
  };
}

const unitKey = (u: Unit) => (u.code || u.name).toLowerCase();

/** Which units' persons the caller may see (see the module comment). */
export function personsAllowed(ctx: ActionContext): (unitKey: string) => boolean {
  const { me, dir } = ctx;
  if (me.role === 'admin' || me.role === 'leader' || me.role === 'viewer') return () => true;
  const keys = new Set<string>();
  const own = dir.unit(me.unit);
  if (own) for (const u of dir.subtree(own.code || own.name)) keys.add(unitKey(u));
  else if (me.unit) keys.add(me.unit.toLowerCase());
  for (const as of ['leader', 'follower', 'focal'] as const)
    for (const u of dir.unitsInChargeOf(me.email, as)) keys.add(unitKey(u));
  return (k) => keys.has(k);
}

const mayReport = (ctx: ActionContext) => ['admin', 'leader', 'follower'].includes(ctx.me.role);

export function getStatistics(args: StatsArgs = {}): StatsReply {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const store = loadTasks(ss, ctx);
  const input = inputFor(ctx, store.tasks, args ?? {});
  const stats = computeStatistics(input);
  const unit =
    args?.unit === undefined || args?.unit === null || args?.unit === ''
      ? null
      : String(args.unit).toLowerCase();
  const view = statsView(
    stats,
    ctx.settings.language,
    { unit, allowed: personsAllowed(ctx) },
    t(ctx.settings.language, 'stats.noUnit'),
  );
  return { ...view, canReport: mayReport(ctx), settingsPeriod: ctx.settings.statsPeriod };
}

export interface DrillArgs extends StatsArgs {
  figure?: unknown;
  /** A person's e-mail: their own tasks in `unit`. */
  person?: unknown;
  /** Skip this many of the tasks one may see (the next page). */
  offset?: unknown;
}

export interface DrillReply {
  tasks: TaskView[];
  /** How many tasks are behind the number (what the statistics show). */
  total: number;
  /** Of those, how many the caller may not see. */
  hidden: number;
}

export function getStatisticsTasks(args: DrillArgs = {}): DrillReply {
  if (!isFigure(args?.figure)) throw new UserError('stats.badFigure', { figure: String(args?.figure ?? '') });
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const store = loadTasks(ss, ctx);
  const input = inputFor(ctx, store.tasks, args);
  const unit = args.unit === undefined || args.unit === null ? null : String(args.unit).toLowerCase();
  const person = String(args.person ?? '')
    .trim()
    .toLowerCase();
  if (person && (unit === null || !personsAllowed(ctx)(unit))) throw new UserError('stats.personsOwnUnit');
  const behind = tasksBehind(input, { unit, person }, args.figure);
  const visible = behind.filter((task) => canSee(ctx.me, task, ctx.dir, ctx.settings));
  // The most urgent first, as the sidebar's lists; only the first ones become full views (a number
  // can stand for tens of thousands of tasks).
  const keyed = visible.map((task) => ({
    task,
    urgency: urgencyRank(statusOf(task, ctx)),
    deadline: effectiveDeadline(task) ?? Infinity,
  }));
  keyed.sort(
    (a, b) =>
      a.urgency - b.urgency ||
      a.deadline - b.deadline ||
      (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0),
  );
  const offset = Math.max(0, Math.floor(Number(args.offset) || 0));
  const shown = keyed.slice(offset, offset + DRILL_LIMIT).map((k) => k.task);
  const children = childrenByParent(store.tasks);
  const views = shown.map((task) => toView(task, ctx, children.get(task.id) ?? [])).sort(byUrgency);
  return { tasks: views, total: behind.length, hidden: behind.length - visible.length };
}

/** Sidebar and menu: rewrite the `Thống kê` sheet now (any person of the staff sheet). */
export function refreshStatisticsSheet(): { message: string } {
  return { message: refreshStatistics({ checkCaller: true }).message };
}

/** Leaders, admins and followers: the report of a month ('MM/yyyy'; last month when empty). */
export function monthlyReport(args: { month?: unknown; format?: unknown } = {}): ReportResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  if (!mayReport(ctx)) throw new UserError('stats.noReportRights');
  const month = reportMonth(args?.month, ctx.today);
  const format: ReportFormat = args?.format === 'pdf' ? 'pdf' : 'doc';
  const store = loadTasks(ss, ctx);
  // Drive work under the lock: two clicks never make two reports' folders.
  return withDocumentLock(() =>
    createMonthlyReport(
      ss,
      {
        tasks: store.tasks,
        settings: ctx.settings,
        directory: ctx.dir,
        calendar: ctx.calendar,
        today: ctx.today,
      },
      month,
      format,
    ),
  );
}

/** The wall board's figures: independent of who is looking (see the module comment). */
export function getWallboard(): WallboardView {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new UserError('wall.notBound');
  const read = readForStats(ss, { people: false });
  const { calendar } = loadContextParts(ss);
  const today = todayVN();
  const stats = computeStatistics({
    tasks: read.tasks,
    today,
    period: settingsPeriod(read.settings, today),
    basis: read.settings.statsBasis,
    directory: read.directory,
    calendar,
    reminderWindow: read.settings.reminderWindowDays,
  });
  const view = wallboardView(stats, read.tasks, {
    lang: read.settings.language,
    agencyName: read.settings.agencyName,
    now: Date.now(),
    calendar,
    directory: read.directory,
  });
  const done = (x: Task) =>
    isDone(computeStatus(statusInput(x), today, calendar, read.settings.reminderWindowDays));
  return { ...view, reports: reportsInProgress(read.tasks, done) };
}
