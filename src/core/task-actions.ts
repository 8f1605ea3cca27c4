/**
 * What each sidebar action does to a task, as a pure plan: the permission and state checks, the cells
 * that change, and the audit line. The adapter only reads, calls one of these, and writes.
 */
import type { WorkingCalendar } from './calendar';
import { dayFromYmd, isoFromDay, type Day } from './civil-date';
import type { Directory, Person } from './directory';
import { formatDay } from './format';
import { t, UserError, type MessageKey, type MessageParams } from './messages';
import {
  allowedActions,
  canAssign,
  canSee,
  decidesOwn,
  mayDecide,
  refusalNeedsReason,
  toldOfResult,
  type TaskAction,
} from './permissions';
import type { TaskColumnKey } from './schema';
import type { NotificationKind } from './reminders/notifications';
import type { Settings } from './settings';
import { computeStatus, effectiveDeadline, isDone, type TaskStatus } from './status';
import { statusInput, type Task } from './task';
import {
  cleanDate,
  cleanDeadline,
  cleanLink,
  cleanPeople,
  cleanText,
  cleanUnit,
  InputErrors,
  restDayWarning,
  type DeadlineInput,
  type RestDayWarning,
} from './task-input';

export interface ActionContext {
  me: Person;
  dir: Directory;
  calendar: WorkingCalendar;
  settings: Settings;
  today: Day;
}

/** A cell value to write: text, number, boolean, a calendar day, or '' to clear. */
export type CellChange = string | number | boolean | { day: Day };
export type RowChanges = Partial<Record<TaskColumnKey, CellChange>>;

export interface AuditLine {
  action: MessageKey;
  before: string;
  after: string;
  note: string;
}

export interface Plan {
  changes: RowChanges;
  audit: AuditLine;
  done: { key: MessageKey; params: Record<string, string> };
  /** Who hears about it within the hour (the hourly job batches these into one e-mail each). */
  notify?: { kind: NotificationKind; to: string[]; note: string };
  /** The new deadline falls on a rest day: nothing is written; ask, then call again with acceptRestDay. */
  warning?: RestDayWarning;
  /** Drops this kind's unsent notices of the actor on the task; `notify` goes only to those already told. */
  recall?: NotificationKind;
}

/** A refusal in the language of the register the action runs on. */
const refusal = (ctx: ActionContext, key: MessageKey, params: MessageParams = {}) =>
  new UserError(key, params, [], ctx.settings.language);

export function statusOf(task: Task, ctx: ActionContext): TaskStatus {
  return computeStatus(statusInput(task), ctx.today, ctx.calendar, ctx.settings.reminderWindowDays);
}

/** Extension requests live in one cell as "dd/MM/yyyy — reason", readable in the register itself. */
export function formatExtensionRequest(day: Day, reason: string): string {
  return `${formatDay(day)} — ${reason}`;
}
export function parseExtensionRequest(text: string): { day: Day; reason: string } | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) —\s?([\s\S]*)$/.exec(text.trim());
  const day = m ? dayFromYmd(Number(m[3]), Number(m[2]), Number(m[1])) : null;
  return m && day !== null ? { day, reason: m[4] } : null;
}

function stateOf(task: Task, ctx: ActionContext) {
  const status = statusOf(task, ctx);
  return {
    status,
    open: !task.archived && status !== 'awaiting_confirmation' && !isDone(status),
    awaiting: status === 'awaiting_confirmation',
    extensionPending: task.extensionRequest !== '',
    extensionsLeft: task.extensionCount < ctx.settings.maxExtensions && effectiveDeadline(task) !== null,
  };
}

/**
 * Refuses with the most useful reason when the action is not allowed now. A task the person may not see
 * is answered first, exactly as a task that does not exist (same message, same code), before any state
 * check: no answer tells who probes which confidential ids exist or what state they are in.
 */
export function guard(task: Task, ctx: ActionContext, action: TaskAction): ReturnType<typeof stateOf> {
  if (!canSee(ctx.me, task, ctx.dir, ctx.settings)) throw new UserError('action.noTask', { id: task.id });
  const state = stateOf(task, ctx);
  if (allowedActions(ctx.me, task, ctx.dir, state, ctx.settings).includes(action)) return state;
  const params = { id: task.id, action: t(ctx.settings.language, `verb.${action}`) };
  if (task.archived) throw refusal(ctx, 'action.archived', params);
  if (isDone(state.status)) throw refusal(ctx, 'action.done', params);
  if (action === 'requestExtension') {
    if (state.extensionPending) throw refusal(ctx, 'action.extensionPending', params);
    if (effectiveDeadline(task) === null) throw refusal(ctx, 'action.extensionNoDeadline');
    if (task.extensionCount >= ctx.settings.maxExtensions) {
      throw refusal(ctx, 'action.extensionLimit', {
        ...params,
        count: task.extensionCount,
        max: ctx.settings.maxExtensions,
      });
    }
  }
  if (action === 'decideExtension' && !state.extensionPending)
    throw refusal(ctx, 'action.noExtensionPending', params);
  if ((action === 'confirm' || action === 'sendBack') && !state.awaiting)
    throw refusal(ctx, 'action.notAwaiting', params);
  if ((action === 'update' || action === 'report' || action === 'delegate') && state.awaiting) {
    throw refusal(ctx, 'action.awaiting', params);
  }
  const deciding = action === 'decideExtension' || action === 'confirm' || action === 'sendBack';
  if (
    deciding &&
    decidesOwn(ctx.me, task, ctx.dir, ctx.settings) &&
    mayDecide(ctx.me, task, ctx.dir, { ...ctx.settings, selfDecision: true })
  )
    throw refusal(ctx, 'action.decideOwn', params);
  throw refusal(ctx, 'action.notAllowed', params);
}

/** Refuses with every field problem at once, so the form can show each beside its field. */
function check(errors: InputErrors): void {
  if (!errors.ok) {
    throw new UserError(
      'input.invalid',
      { details: errors.errors.map((f) => f.message).join(' ') },
      errors.errors,
      errors.lang,
    );
  }
}

/** The form the sidebar sends: an object, or a refusal in words (never "unexpected error"). */
function form<T extends object>(ctx: ActionContext, input: T | null | undefined): T {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw refusal(ctx, 'input.notForm');
  return input;
}

const dayText = (d: Day | null) => (d === null ? '' : formatDay(d));

// ——— Officials ————————————————————————————————————————————————————————————————

export function planUpdate(
  task: Task,
  ctx: ActionContext,
  input: { progress: unknown; note?: unknown; link?: unknown },
): Plan {
  guard(task, ctx, 'update');
  input = form(ctx, input);
  const errors = new InputErrors(ctx.settings.language);
  const progress = Number(input.progress);
  if (!Number.isFinite(progress) || progress < 0 || progress > 100)
    errors.add('progress', 'input.badPercent');
  const note = cleanText(errors, 'note', input.note);
  const link = cleanLink(errors, input.link);
  check(errors);
  const changes: RowChanges = {
    progress: Math.round(progress) / 100,
    lastUpdate: { day: ctx.today },
    updateCount: task.updateCount + 1,
  };
  if (link) changes.result = link;
  return {
    changes,
    audit: {
      action: 'audit.update',
      before: `${task.progress ?? 0} %`,
      after: `${Math.round(progress)} %`,
      note: [note, link].filter(Boolean).join(' · '),
    },
    done: { key: 'done.update', params: { id: task.id } },
  };
}

/**
 * An extension to a rest day gets the same question as an assignment (Civil Code art. 148: the deadline
 * becomes the next working day): use that day, or keep the date (`acceptRestDay`).
 */
export function planRequestExtension(
  task: Task,
  ctx: ActionContext,
  input: { newDeadline: unknown; reason: unknown; acceptRestDay?: unknown },
): Plan {
  guard(task, ctx, 'requestExtension');
  input = form(ctx, input);
  const errors = new InputErrors(ctx.settings.language);
  const reason = cleanText(errors, 'reason', input.reason, { required: true });
  const day = cleanDate(errors, 'newDeadline', input.newDeadline);
  const current = effectiveDeadline(task)!;
  if (day !== null && day <= current)
    errors.add('newDeadline', 'action.extensionNotLater', { deadline: formatDay(current) });
  check(errors);
  const request = formatExtensionRequest(day!, reason);
  const warning =
    input.acceptRestDay === true ? null : restDayWarning(ctx.calendar, day!, isoFromDay, errors.lang);
  return {
    ...(warning ? { warning } : {}),
    changes: { extensionRequest: request, lastUpdate: { day: ctx.today }, updateCount: task.updateCount + 1 },
    audit: {
      action: 'audit.requestExtension',
      before: formatDay(current),
      after: formatDay(day!),
      note: reason,
    },
    done: { key: 'done.requestExtension', params: { id: task.id } },
  };
}

export function planReport(
  task: Task,
  ctx: ActionContext,
  input: { result?: unknown; link?: unknown; explanation?: unknown },
): Plan {
  guard(task, ctx, 'report');
  input = form(ctx, input);
  const errors = new InputErrors(ctx.settings.language);
  const result = cleanText(errors, 'result', input.result);
  const link = cleanLink(errors, input.link);
  const explanation = cleanText(errors, 'explanation', input.explanation);
  const deadline = effectiveDeadline(task);
  // Late work needs an explanation (Đồng Tháp rule); one already written in the register counts.
  if (deadline !== null && ctx.today > deadline && !explanation && !task.explanation) {
    errors.add('explanation', 'action.lateNeedsExplanation', { deadline: formatDay(deadline) });
  }
  if (!result && !link) errors.add('result', 'input.required', { field: t(errors.lang, 'field.result') });
  check(errors);
  const changes: RowChanges = {
    reportedDate: { day: ctx.today },
    progress: 1,
    lastUpdate: { day: ctx.today },
    updateCount: task.updateCount + 1,
    result: [result, link].filter(Boolean).join('\n'),
  };
  if (explanation) changes.explanation = explanation;
  return {
    changes,
    audit: {
      action: 'audit.report',
      before: '',
      after: formatDay(ctx.today),
      note: [result, link, explanation].filter(Boolean).join(' · '),
    },
    done: { key: 'done.report', params: { id: task.id } },
    notify: { kind: 'reported', to: toldOfResult(task, ctx.dir, ctx.settings), note: result || link },
  };
}

// ——— Assigners, followers, leaders ——————————————————————————————————————————————

/**
 * Approving asks the rest-day question too: the approver keeps the requested rest day
 * (`acceptRestDay`) or approves the next working day it suggests (`deadline`, that day and no other).
 */
export function planDecideExtension(
  task: Task,
  ctx: ActionContext,
  input: { approve: unknown; note?: unknown; acceptRestDay?: unknown; deadline?: unknown },
): Plan {
  guard(task, ctx, 'decideExtension');
  input = form(ctx, input);
  const errors = new InputErrors(ctx.settings.language);
  const approve = input.approve === true;
  const note = cleanText(errors, 'note', input.note);
  // The refusal's note is its reason: asked for under that name, as the refusal form labels it.
  if (refusalNeedsReason('decideExtension', approve) && !note && errors.ok)
    errors.add('note', 'input.required', { field: t(errors.lang, 'field.reason') });
  const request = parseExtensionRequest(task.extensionRequest);
  const current = effectiveDeadline(task);
  let granted = request?.day ?? null;
  if (approve && request && input.deadline !== undefined && input.deadline !== '') {
    const chosen = cleanDate(errors, 'deadline', input.deadline);
    const check = ctx.calendar.checkDeadline(request.day);
    const suggested = check.ok ? request.day : check.suggested;
    if (chosen !== null && chosen !== request.day && chosen !== suggested)
      errors.add('deadline', 'action.extensionDayNotOffered', {
        requested: formatDay(request.day),
        suggested: formatDay(suggested),
      });
    if (chosen !== null) granted = chosen;
  }
  check(errors);
  if (approve && request && granted !== null) {
    const warning =
      input.acceptRestDay === true
        ? null
        : restDayWarning(ctx.calendar, granted, isoFromDay, ctx.settings.language);
    return {
      ...(warning ? { warning } : {}),
      changes: {
        extendedDeadline: { day: granted },
        extensionCount: task.extensionCount + 1,
        extensionRequest: '',
      },
      audit: {
        action: 'audit.approveExtension',
        before: dayText(current),
        after: formatDay(granted),
        note: [request.reason, note].filter(Boolean).join(' · '),
      },
      done: { key: 'done.approveExtension', params: { id: task.id, deadline: formatDay(granted) } },
      notify: { kind: 'extension_approved', to: task.assignees, note },
    };
  }
  return {
    changes: { extensionRequest: '' },
    audit: { action: 'audit.refuseExtension', before: task.extensionRequest, after: dayText(current), note },
    done: { key: 'done.refuseExtension', params: { id: task.id } },
    notify: { kind: 'extension_refused', to: task.assignees, note },
  };
}

export function planConfirm(task: Task, ctx: ActionContext): Plan {
  guard(task, ctx, 'confirm');
  return {
    changes: { confirmedBy: ctx.me.email, confirmedAt: { day: ctx.today } },
    audit: {
      action: 'audit.confirm',
      before: dayText(task.reportedDay),
      after: formatDay(ctx.today),
      note: '',
    },
    done: { key: 'done.confirm', params: { id: task.id } },
    notify: { kind: 'confirmed', to: task.assignees, note: '' },
  };
}

/** How long the one who confirmed may take it back, from the confirmation's audit line (the sidebar offers 30 s). */
export const UNDO_CONFIRM_MINUTES = 5;

/** The task's last audit line (`at`: epoch ms), as the undo reads it; null when none is found. */
export interface LastAuditLine {
  actor: string;
  action: string;
  at: number;
}

/**
 * Taking back one's own confirmation, within minutes and only while it is the task's last change: the
 * task awaits confirmation again exactly as before. The notice the confirmation queued is dropped if
 * still unsent; those already told get a correction.
 */
export function planUndoConfirm(
  task: Task,
  ctx: ActionContext,
  last: LastAuditLine | null,
  now: number,
): Plan {
  if (!canSee(ctx.me, task, ctx.dir, ctx.settings)) throw new UserError('action.noTask', { id: task.id });
  const params = { id: task.id, minutes: UNDO_CONFIRM_MINUTES };
  if (!task.confirmedBy && task.confirmedDay === null) throw refusal(ctx, 'undo.notConfirmed', params);
  if (task.confirmedBy !== ctx.me.email) throw refusal(ctx, 'undo.notYours', params);
  const confirmLine =
    last !== null && last.actor === ctx.me.email && last.action === t(ctx.settings.language, 'audit.confirm');
  if (!confirmLine || task.archived || task.reportedDay === null) throw refusal(ctx, 'undo.changed', params);
  if (now - last.at > UNDO_CONFIRM_MINUTES * 60000) throw refusal(ctx, 'undo.tooLate', params);
  return {
    changes: { confirmedBy: '', confirmedAt: '' },
    audit: { action: 'audit.undoConfirm', before: dayText(task.confirmedDay), after: '', note: '' },
    done: { key: 'done.undoConfirm', params: { id: task.id } },
    notify: { kind: 'confirm_undone', to: task.assignees, note: '' },
    recall: 'confirmed',
  };
}

export function planSendBack(task: Task, ctx: ActionContext, input: { reason: unknown }): Plan {
  guard(task, ctx, 'sendBack');
  input = form(ctx, input);
  const errors = new InputErrors(ctx.settings.language);
  const reason = cleanText(errors, 'reason', input.reason, {
    required: refusalNeedsReason('sendBack', false),
  });
  check(errors);
  return {
    changes: { reportedDate: '' },
    audit: { action: 'audit.sendBack', before: dayText(task.reportedDay), after: '', note: reason },
    done: { key: 'done.sendBack', params: { id: task.id } },
    notify: { kind: 'sent_back', to: task.assignees, note: reason },
  };
}

export function planArchive(task: Task, ctx: ActionContext, input: { reason: unknown }): Plan {
  guard(task, ctx, 'archive');
  input = form(ctx, input);
  const errors = new InputErrors(ctx.settings.language);
  const reason = cleanText(errors, 'reason', input.reason, { required: true });
  check(errors);
  return {
    changes: { archived: true, extensionRequest: '' },
    audit: { action: 'audit.archive', before: '', after: '', note: reason },
    done: { key: 'done.archive', params: { id: task.id } },
    notify: { kind: 'archived', to: task.assignees, note: reason },
  };
}

// ——— New tasks ——————————————————————————————————————————————————————————————————

export interface AssignInput {
  title: unknown;
  details?: unknown;
  source?: unknown;
  leadUnit?: unknown;
  coUnits?: unknown;
  assignees: unknown;
  deadline?: DeadlineInput;
  confidential?: unknown;
  /** The person saw the rest-day warning and keeps the date. */
  acceptRestDay?: unknown;
}

export interface NewTask {
  record: RowChanges;
  deadline: Day | null;
  warning?: RestDayWarning;
}

function newTaskRecord(ctx: ActionContext, input: AssignInput, errors: InputErrors, parent?: Task): NewTask {
  const title = cleanText(errors, 'title', input.title, { required: true });
  const details = cleanText(errors, 'details', input.details);
  const source = cleanText(errors, 'source', input.source ?? parent?.source);
  const assignees = cleanPeople(errors, ctx.dir, input.assignees);
  const leadUnit = parent
    ? cleanUnit(errors, ctx.dir, ctx.me.unit)
    : cleanUnit(errors, ctx.dir, input.leadUnit);
  const coUnits = (Array.isArray(input.coUnits) ? input.coUnits : [])
    .map((u) => cleanUnit(errors, ctx.dir, u, 'coUnits'))
    .filter((u) => u && u !== leadUnit);
  // A sub-task is due no later than its parent's effective deadline, and never left without one when the
  // parent has one. A parent already overdue leaves no day between today and its deadline, and the
  // register holds no deadline before the assignment: its sub-task is due today, the soonest there is.
  // More time comes from extending the parent first.
  const deadline = cleanDeadline(errors, input.deadline, ctx.today, ctx.calendar);
  const parentLimit = parent ? effectiveDeadline(parent) : null;
  const overdue = parentLimit !== null && parentLimit < ctx.today;
  const limit = overdue ? ctx.today : parentLimit;
  if (parent && parentLimit !== null) {
    if (deadline !== null && overdue && deadline > ctx.today) {
      errors.add('deadline', 'action.childOfOverdue', {
        id: parent.id,
        parent: formatDay(parentLimit),
        today: formatDay(ctx.today),
      });
    } else if (deadline !== null && !overdue && deadline > parentLimit) {
      errors.add('deadline', 'action.childDeadline', {
        child: formatDay(deadline),
        parent: formatDay(parentLimit),
      });
    } else if (deadline === null && errors.ok) {
      errors.add('deadline', 'action.childNeedsDeadline', { id: parent.id, parent: formatDay(parentLimit) });
    }
  }
  check(errors);
  const record: RowChanges = {
    title,
    details,
    source,
    assigner: ctx.me.email,
    leadUnit,
    coUnits: [...new Set(coUnits)].join(', '),
    assignees: assignees.join(', '),
    assignedDate: { day: ctx.today },
    extensionCount: 0,
    progress: 0,
    updateCount: 0,
    archived: false,
    confidential: input.confidential === true || (parent?.confidential ?? false),
  };
  if (deadline !== null) record.deadline = { day: deadline };
  if (parent) record.parentId = parent.id;
  // No rest-day question when the next working day would pass the parent's deadline: there is no
  // other day to offer.
  const rest =
    deadline !== null && input.acceptRestDay !== true
      ? restDayWarning(ctx.calendar, deadline, isoFromDay, ctx.settings.language)
      : null;
  const warning = rest && limit !== null && rest.suggestedIso > isoFromDay(limit) ? null : rest;
  return { record, deadline, ...(warning ? { warning } : {}) };
}

export function planAssign(ctx: ActionContext, input: AssignInput): NewTask {
  if (!canAssign(ctx.me)) throw refusal(ctx, 'action.cannotAssign');
  return newTaskRecord(ctx, form(ctx, input), new InputErrors(ctx.settings.language));
}

/** A sub-task for people of the delegator's own unit, due no later than its parent. */
export function planDelegate(parent: Task, ctx: ActionContext, input: AssignInput): NewTask {
  guard(parent, ctx, 'delegate');
  const errors = new InputErrors(ctx.settings.language);
  const result = newTaskRecord(ctx, form(ctx, input), errors, parent);
  const members = new Set(ctx.dir.membersOf(ctx.me.unit).map((p) => p.email));
  const outside = String(result.record.assignees ?? '')
    .split(', ')
    .filter((e) => e && !members.has(e));
  if (outside.length > 0) throw refusal(ctx, 'action.delegateOutsideUnit', { emails: outside.join(', ') });
  return result;
}
