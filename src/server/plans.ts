/**
 * The endpoints of weekly plans (issue 16). An official sees and writes only their own plan; whoever
 * leads them (core/plans/permissions.ts) sees it, comments, approves, and turns an item into an assigned
 * task. Each change takes the document lock, reads the week's rows afresh, writes one row and one audit
 * line, and answers with the week as it now is.
 */
import { addDays, dayFromIso, isoFromDay, type Day } from '../core/civil-date';
import { formatDay } from '../core/format';
import { t, UserError, type MessageKey, type MessageParams } from '../core/messages';
import {
  carried,
  withoutCarried,
  cleanItems,
  isOutcome,
  mondayOf,
  submit,
  type Plan,
  type PlanItem,
  type PlanStatus,
} from '../core/plans/plan';
import { isOwner, leads } from '../core/plans/permissions';
import type { Person } from '../core/directory';
import type { ActionContext } from '../core/task-actions';
import type { Language } from '../core/language';
import { appendAudit } from '../gas/audit';
import { loadContext } from '../gas/context';
import { saveRows } from '../gas/keyed-rows';
import { withDocumentLock } from '../gas/lock';
import { planRow, weekPlans, type Found } from '../gas/plans';
import { assignTask } from './tasks';

export interface PlanView {
  email: string;
  name: string;
  unit: string;
  items: PlanItem[];
  status: PlanStatus;
  /** ISO instant, '' before submission. */
  submittedAt: string;
  late: boolean;
  comment: string;
  reviewer: string;
}

export interface PlansReply {
  /** The Monday of the week, ISO. */
  week: string;
  /** When its plans are due, dd/MM/yyyy HH:mm. */
  deadline: string;
  mine: PlanView | null;
  /** The plans of the people the caller leads. */
  team: PlanView[];
  /** The people the caller leads who have not submitted. */
  missing: { email: string; name: string }[];
  message?: string;
  lang: Language;
}

const dueText = (week: Day, ctx: ActionContext) =>
  `${formatDay(addDays(week, ctx.settings.planDueDay - 8))} ${String(ctx.settings.planDueHour).padStart(2, '0')}:00`;

/** The week asked for, else the one being planned: next week from the day before the due day on. */
function weekOf(raw: unknown, ctx: ActionContext): Day {
  if (raw === undefined || raw === null || raw === '') {
    const monday = mondayOf(ctx.today);
    return ctx.today >= monday + ctx.settings.planDueDay - 2 ? monday + 7 : monday;
  }
  const d = dayFromIso(String(raw));
  if (d === null) throw new UserError('plan.badWeek', {}, [], ctx.settings.language);
  return mondayOf(d);
}

function view(p: Plan, ctx: ActionContext): PlanView {
  return {
    email: p.email,
    name: ctx.dir.person(p.email)?.name ?? p.email,
    unit: p.unit,
    items: p.items,
    status: p.status,
    submittedAt: p.submittedAt ? new Date(p.submittedAt).toISOString() : '',
    late: p.late,
    comment: p.comment,
    reviewer: p.reviewer,
  };
}

function reply(week: Day, found: Found<Plan>, ctx: ActionContext, message?: string): PlansReply {
  const { me, dir, settings } = ctx;
  const byEmail = new Map(found.items.map((i) => [i.value.email, i.value]));
  const led = dir.people.filter((p) => p.active && leads(me, p, dir, settings));
  const mine = byEmail.get(me.email.toLowerCase());
  return {
    week: isoFromDay(week),
    deadline: dueText(week, ctx),
    mine: mine ? view(mine, ctx) : null,
    team: led.flatMap((p) => {
      const plan = byEmail.get(p.email);
      return plan ? [view(plan, ctx)] : [];
    }),
    missing: led
      .filter((p) => (byEmail.get(p.email)?.status ?? 'draft') === 'draft')
      .map((p) => ({ email: p.email, name: p.name })),
    lang: ctx.settings.language,
    ...(message ? { message } : {}),
  };
}

export function getWeekPlans(args: { week?: unknown } = {}): PlansReply {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const week = weekOf(args.week, ctx);
  return reply(week, weekPlans(ss, week), ctx);
}

const blank = (week: Day, me: Person): Plan => ({
  week,
  email: me.email.toLowerCase(),
  unit: me.unit,
  items: [],
  status: 'draft',
  submittedAt: 0,
  late: false,
  comment: '',
  reviewer: '',
});

/**
 * A change to the week's plans under the lock: `fn` returns the plans to write (by owner) and the
 * message; each written plan gets an audit line.
 */
function changeWeek(
  rawWeek: unknown,
  fn: (
    found: Found<Plan>,
    ctx: ActionContext,
    week: Day,
  ) => { plans: Plan[]; done: [MessageKey, MessageParams]; next?: Plan; unmoved?: PlanItem },
): PlansReply {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = loadContext(ss);
    const lang = ctx.settings.language;
    const week = weekOf(rawWeek, ctx);
    const found = weekPlans(ss, week);
    const r = fn(found, ctx, week);
    writePlans(found, r.plans, ctx);
    if (r.next) writePlans(weekPlans(ss, r.next.week), [r.next], ctx, true);
    if (r.unmoved) takeBackCopy(ss, week + 7, r.unmoved, ctx);
    const done = t(lang, ...r.done);
    appendAudit(
      ss,
      r.plans.map((p) => ({
        actor: ctx.me.email,
        taskId: '',
        action: t(lang, 'audit.plan'),
        before: p.email,
        after: done,
        note: p.comment,
      })),
    );
    return reply(week, weekPlans(ss, week), ctx, done);
  });
}

/** An item no longer moved: its untouched copy leaves the caller's plan of the next week. */
function takeBackCopy(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  week: Day,
  item: PlanItem,
  ctx: ActionContext,
): void {
  const found = weekPlans(ss, week);
  const plan = found.items.find((i) => i.value.email === ctx.me.email.toLowerCase())?.value;
  const items = plan && withoutCarried(plan.items, item);
  if (plan && items) writePlans(found, [{ ...plan, items }], ctx);
}

/** Writes plans over their rows, or appends them; `merge` adds items to a plan already there. */
function writePlans(found: Found<Plan>, plans: Plan[], ctx: ActionContext, merge = false): void {
  const changed = [];
  const added = [];
  for (const p of plans) {
    const at = found.items.find((i) => i.value.email === p.email);
    const plan = at && merge ? { ...at.value, items: [...at.value.items, ...p.items] } : p;
    const name = ctx.dir.person(p.email)?.name ?? p.email;
    const values = planRow(found, plan, name, ctx.settings.language, at?.at.values);
    if (at) changed.push({ row: at.at.row, values });
    else added.push(values);
  }
  saveRows(found.head, changed, added);
}

function own(found: Found<Plan>, week: Day, me: Person): Plan {
  return found.items.find((i) => i.value.email === me.email.toLowerCase())?.value ?? blank(week, me);
}

/** Only the owner writes a plan: a page naming someone else is refused. */
function ownOnly(email: unknown, ctx: ActionContext): void {
  if (email !== undefined && !isOwner(ctx.me, String(email)))
    throw new UserError('plan.notOwner', { email: ctx.me.email }, [], ctx.settings.language);
}

export function saveWeekPlan(args: {
  week?: unknown;
  items?: unknown;
  submit?: unknown;
  email?: unknown;
}): PlansReply {
  return changeWeek(args.week, (found, ctx, week) => {
    const lang = ctx.settings.language;
    ownOnly(args.email, ctx);
    const before = own(found, week, ctx.me);
    const items = cleanItems(args.items, before.items);
    if (!items) throw new UserError('plan.badItems', {}, [], lang);
    let plan: Plan = { ...before, items };
    const w = formatDay(week);
    if (args.submit === true || before.status !== 'draft') plan = submit(plan, Date.now(), ctx.settings);
    const late = plan.late && args.submit === true;
    return {
      plans: [plan],
      done:
        plan.status === 'draft'
          ? ['plan.saved', { week: w }]
          : late
            ? ['plan.submittedLate', { week: w, deadline: dueText(week, ctx) }]
            : ['plan.submitted', { week: w }],
    };
  });
}

function itemAt(plan: Plan, index: unknown, ctx: ActionContext): PlanItem {
  const n = Number(index);
  const item = Number.isInteger(n) ? plan.items[n] : undefined;
  if (!item) throw new UserError('plan.badItem', { n: String(n + 1) }, [], ctx.settings.language);
  return item;
}

export function markPlanItem(args: {
  week?: unknown;
  index?: unknown;
  outcome?: unknown;
  email?: unknown;
}): PlansReply {
  return changeWeek(args.week, (found, ctx, week) => {
    const lang = ctx.settings.language;
    ownOnly(args.email, ctx);
    const plan = found.items.find((i) => i.value.email === ctx.me.email.toLowerCase())?.value;
    if (!plan) throw new UserError('plan.notFound', { week: formatDay(week), email: ctx.me.email }, [], lang);
    const item = itemAt(plan, args.index, ctx);
    if (!isOutcome(args.outcome) || args.outcome === '') throw new UserError('plan.badOutcome', {}, [], lang);
    const items = plan.items.map((i) =>
      i === item ? { ...i, outcome: args.outcome as PlanItem['outcome'] } : i,
    );
    const moved = args.outcome === 'moved' && item.outcome !== 'moved';
    const unmoved = item.outcome === 'moved' && args.outcome !== 'moved' ? item : undefined;
    const next = moved
      ? { ...blank(week + 7, ctx.me), items: carried([{ ...item, outcome: 'moved' }]) }
      : undefined;
    return {
      plans: [{ ...plan, items }],
      done: moved
        ? ['plan.moved', { what: item.what, week: formatDay(week + 7) }]
        : ['plan.marked', { what: item.what }],
      next,
      unmoved,
    };
  });
}

/** The plan of someone the caller leads, or a refusal. */
function ledPlan(found: Found<Plan>, email: unknown, ctx: ActionContext, week: Day): Plan {
  const lang = ctx.settings.language;
  const e = String(email ?? '')
    .trim()
    .toLowerCase();
  const owner = ctx.dir.person(e);
  if (!owner || isOwner(ctx.me, e) || !leads(ctx.me, owner, ctx.dir, ctx.settings))
    throw new UserError('eval.notLeader', { email: e }, [], lang);
  const plan = found.items.find((i) => i.value.email === e)?.value;
  if (!plan) throw new UserError('plan.notFound', { week: formatDay(week), email: e }, [], lang);
  return plan;
}

export function reviewWeekPlan(args: {
  week?: unknown;
  email?: unknown;
  comment?: unknown;
  approve?: unknown;
}): PlansReply {
  return changeWeek(args.week, (found, ctx, week) => {
    const plan = ledPlan(found, args.email, ctx, week);
    const name = ctx.dir.person(plan.email)?.name ?? plan.email;
    if (plan.status === 'draft')
      throw new UserError('plan.notSubmitted', { name }, [], ctx.settings.language);
    const comment =
      String(args.comment ?? '')
        .normalize('NFC')
        .trim()
        .slice(0, 2000) || plan.comment;
    const approve = args.approve === true;
    return {
      plans: [{ ...plan, comment, reviewer: ctx.me.email, status: approve ? 'approved' : plan.status }],
      done: approve ? ['plan.approved', { week: formatDay(week), name }] : ['plan.commented', { name }],
    };
  });
}

/**
 * Turns an item of a plan the caller reviews into a task assigned to its owner (`assignTask`: the same
 * checks, audit and notification as any assignment), then links the item to it.
 */
export function planItemToTask(args: {
  week?: unknown;
  email?: unknown;
  index?: unknown;
  deadline?: unknown;
}): PlansReply {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const week = weekOf(args.week, ctx);
  const plan = ledPlan(weekPlans(ss, week), args.email, ctx, week);
  const item = itemAt(plan, args.index, ctx);
  const r = assignTask({
    title: item.what,
    details: item.expected,
    assignees: plan.email,
    leadUnit: ctx.dir.unit(plan.unit)?.name ?? plan.unit,
    deadline: { mode: 'date', date: String(args.deadline ?? '') },
  });
  const id = r.task?.id;
  if (!id) return { ...getWeekPlans({ week: isoFromDay(week) }), message: r.message ?? r.warning?.message };
  return changeWeek(isoFromDay(week), (found, c) => {
    const now = ledPlan(found, plan.email, c, week);
    const items = now.items.map((i, n) => (n === Number(args.index) ? { ...i, taskId: id } : i));
    const name = c.dir.person(now.email)?.name ?? now.email;
    return { plans: [{ ...now, items }], done: ['plan.toTask', { id, name }] };
  });
}

/** Shows the plans page in the sidebar, or the task sidebar again (each page has a button for the other). */
export function openPage(name: unknown): { message: string } {
  const file = name === 'plans' ? 'Plans' : 'Sidebar';
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle('Nhắc Việc'));
  return { message: '' };
}
