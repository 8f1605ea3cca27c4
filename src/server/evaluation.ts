/**
 * The endpoints of monthly evaluations (issue 16): an official sees and self-assesses their own form;
 * whoever leads them rates it; the head of the agency approves the month's rated forms — after the
 * 20 % cap on "xuất sắc" is checked — which publishes them in the `Đánh giá` sheet. Forms are prefilled
 * by the morning run on the month's first working day, or here on demand.
 */
import { isoFromDay } from '../core/civil-date';
import { t, UserError, type MessageKey } from '../core/messages';
import { parseMonth, rate, selfAssess, showMonth, type Form, type RateInput } from '../core/evaluation/form';
import { aggregate, checkCap, evalRules, LEVEL_LABELS, type Level } from '../core/evaluation/score';
import { isOwner, leads, mayApprove, mayPrefill } from '../core/plans/permissions';
import { SHEETS } from '../core/schema';
import type { ActionContext } from '../core/task-actions';
import type { Language } from '../core/language';
import { appendAudit } from '../gas/audit';
import { loadContext } from '../gas/context';
import { previousMonth, prefillMonth, readTaskFacts } from '../gas/evaluation';
import { saveRows } from '../gas/keyed-rows';
import { withDocumentLock } from '../gas/lock';
import { formRow, monthForms, type Found } from '../gas/plans';
import { readColumn, readTableHead } from '../gas/table';

export type FormView = Form;

export interface EvaluationsReply {
  /** `YYYY-MM`. */
  month: string;
  mine: FormView | null;
  /** The forms of the people the caller leads. */
  team: FormView[];
  canApprove: boolean;
  canPrefill: boolean;
  /** The 20 % rule over the month's rated and approved forms, explained. */
  cap: { ok: boolean; text: string };
  generalMax: number;
  message?: string;
  lang: Language;
}

function monthOf(raw: unknown, ctx: ActionContext): string {
  if (raw === undefined || raw === null || raw === '') return previousMonth(ctx.today);
  const m = parseMonth(raw);
  if (!m) throw new UserError('eval.badMonth', {}, [], ctx.settings.language);
  return m;
}

function capOf(forms: readonly Form[], month: string, ctx: ActionContext) {
  const levels = forms
    .filter((f) => f.status === 'rated' || f.status === 'approved')
    .map((f) => f.level as Level);
  const c = checkCap(levels, evalRules(ctx.settings));
  const params = {
    month: showMonth(month),
    excellent: c.excellent,
    good: c.good,
    max: c.max,
    cap: ctx.settings.evalExcellentCap,
  };
  const key: MessageKey = c.ok ? 'eval.capOk' : 'eval.cap';
  return { ok: c.ok, key, params, text: t(ctx.settings.language, key, params) };
}

function reply(month: string, found: Found<Form>, ctx: ActionContext, message?: string): EvaluationsReply {
  const { me, dir, settings } = ctx;
  const forms = found.items.map((i) => i.value);
  const person = (f: Form) => dir.person(f.email) ?? { email: f.email, unit: f.unit };
  const mine = forms.find((f) => isOwner(me, f.email));
  const cap = capOf(forms, month, ctx);
  return {
    month,
    mine: mine ?? null,
    team: forms.filter((f) => leads(me, person(f), dir, settings)),
    canApprove: mayApprove(me, settings),
    canPrefill: mayPrefill(me, dir, settings),
    cap: { ok: cap.ok, text: cap.text },
    generalMax: settings.evalGeneralMax,
    lang: ctx.settings.language,
    ...(message ? { message } : {}),
  };
}

export function getEvaluations(args: { month?: unknown } = {}): EvaluationsReply {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const month = monthOf(args.month, ctx);
  return reply(month, monthForms(ss, month), ctx);
}

/** A change to the month's forms under the lock: `fn` returns the forms to write and the message. */
function changeMonth(
  rawMonth: unknown,
  fn: (found: Found<Form>, ctx: ActionContext, month: string) => { forms: Form[]; done: string },
): EvaluationsReply {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = loadContext(ss);
    const lang = ctx.settings.language;
    const month = monthOf(rawMonth, ctx);
    const found = monthForms(ss, month);
    const r = fn(found, ctx, month);
    const changed = r.forms.map((f) => {
      const at = found.items.find((i) => i.value.email === f.email)!.at;
      return { row: at.row, values: formRow(found, f, lang, at.values) };
    });
    saveRows(found.head, changed);
    appendAudit(
      ss,
      r.forms.map((f) => ({
        actor: ctx.me.email,
        taskId: '',
        action: t(lang, 'audit.eval'),
        before: f.email,
        after: r.done,
        note: [f.selfNote, f.strengths, f.weaknesses].filter(Boolean).join(' | ').slice(0, 500),
      })),
    );
    return reply(month, monthForms(ss, month), ctx, r.done);
  });
}

function formOf(found: Found<Form>, email: string, month: string, ctx: ActionContext): Form {
  const f = found.items.find((i) => i.value.email === email)?.value;
  if (!f) throw new UserError('eval.notFound', { month: showMonth(month), email }, [], ctx.settings.language);
  return f;
}

export function prefillEvaluations(args: { month?: unknown } = {}): EvaluationsReply {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = loadContext(ss);
    const { me, dir, settings } = ctx;
    if (!mayPrefill(me, dir, settings)) throw new UserError('eval.notPrefiller', {}, [], settings.language);
    const month = monthOf(args.month, ctx);
    const people = dir.people.filter(
      (p) => p.active && p.role !== 'viewer' && (isOwner(me, p.email) || leads(me, p, dir, settings)),
    );
    const count = prefillMonth(ss, {
      month,
      tasks: readTaskFacts(ss),
      dir,
      settings,
      today: ctx.today,
      actor: me.email,
      people,
    });
    return reply(
      month,
      monthForms(ss, month),
      ctx,
      t(settings.language, 'eval.prefilled', { count, month: showMonth(month) }),
    );
  });
}

export function selfEvaluate(args: { month?: unknown; level?: unknown; note?: unknown }): EvaluationsReply {
  return changeMonth(args.month, (found, ctx, month) => {
    const form = selfAssess(
      formOf(found, ctx.me.email.toLowerCase(), month, ctx),
      args,
      ctx.settings.language,
    );
    return {
      forms: [form],
      done: t(ctx.settings.language, 'eval.selfDone', { month: showMonth(month) }),
    };
  });
}

export function rateEvaluation(args: RateInput & { month?: unknown; email?: unknown }): EvaluationsReply {
  return changeMonth(args.month, (found, ctx, month) => {
    const { me, dir, settings } = ctx;
    const lang = settings.language;
    const email = String(args.email ?? '')
      .trim()
      .toLowerCase();
    const form = formOf(found, email, month, ctx);
    if (!leads(me, dir.person(email) ?? { email, unit: form.unit }, dir, settings))
      throw new UserError('eval.notLeader', { email }, [], lang);
    const rated = rate(form, args, me.email, evalRules(settings), lang);
    const done = t(lang, 'eval.rated', {
      month: showMonth(month),
      name: form.name,
      total: rated.total ?? 0,
      level: rated.level ? LEVEL_LABELS[rated.level][lang] : '',
    });
    return { forms: [rated], done };
  });
}

/** Approves and publishes the month's rated forms; refused, with the figures, when the cap would break. */
export function approveEvaluations(args: { month?: unknown } = {}): EvaluationsReply {
  return changeMonth(args.month, (found, ctx, month) => {
    const { me, settings } = ctx;
    const lang = settings.language;
    if (!mayApprove(me, settings))
      throw new UserError('eval.notApprover', { head: settings.agencyHead || '—' }, [], lang);
    const forms = found.items.map((i) => i.value);
    const rated = forms.filter((f) => f.status === 'rated');
    if (rated.length === 0)
      throw new UserError('eval.nothingToApprove', { month: showMonth(month) }, [], lang);
    const cap = capOf(forms, month, ctx);
    if (!cap.ok) throw new UserError(cap.key, cap.params, [], lang);
    const approved = rated.map((f): Form => ({ ...f, status: 'approved', approver: me.email }));
    return {
      forms: approved,
      done: t(lang, 'eval.approved', { count: approved.length, month: showMonth(month) }),
    };
  });
}

export interface EvaluationSummary {
  email: string;
  year: number;
  months: { month: string; total: number }[];
  quarters: ({ mean: number; level: Level } | null)[];
  whole: { mean: number; level: Level } | null;
}

/** A person's published months of a year, with each quarter's and the year's mean and level. */
export function getEvaluationSummary(args: { email?: unknown; year?: unknown } = {}): EvaluationSummary {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const { me, dir, settings } = ctx;
  const email = String(args.email ?? me.email)
    .trim()
    .toLowerCase();
  const who = dir.person(email);
  if (!isOwner(me, email) && !(who && leads(me, who, dir, settings)))
    throw new UserError('eval.notLeader', { email }, [], settings.language);
  const year = Number(args.year) || Number(isoFromDay(ctx.today).slice(0, 4));
  const head = readTableHead(ss, SHEETS.evaluations);
  const [emails, months, totals, approvers] = ['email', 'month', 'total', 'approver'].map((k) =>
    readColumn(head, k),
  );
  const months12: { month: string; total: number }[] = [];
  emails.forEach((e, i) => {
    const m = String(months[i]).trim();
    if (
      String(e).trim().toLowerCase() === email &&
      m.startsWith(`${year}-`) &&
      approvers[i] !== '' &&
      totals[i] !== ''
    )
      months12.push({ month: m, total: Number(totals[i]) });
  });
  months12.sort((a, b) => a.month.localeCompare(b.month));
  const r = evalRules(settings);
  const quarters = [1, 2, 3, 4].map((q) =>
    aggregate(
      months12.filter((m) => Math.ceil(Number(m.month.slice(5)) / 3) === q).map((m) => m.total),
      r,
    ),
  );
  return {
    email,
    year,
    months: months12,
    quarters,
    whole: aggregate(
      months12.map((m) => m.total),
      r,
    ),
  };
}
