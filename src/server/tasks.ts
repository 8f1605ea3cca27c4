/**
 * The sidebar's endpoints for tasks. Each one checks the caller and the task's state itself, takes the
 * document lock for changes, validates, writes one row and one audit line, and answers with the task
 * as it now is, so the sidebar needs no second call.
 */
import { t, UserError } from '../core/messages';
import { storedText } from '../core/parse';
import { pendingNotices, type PendingNotice } from '../core/pending-lines';
import { dropPendingNotices } from '../gas/audit-pending';
import { columnsStillMatch } from '../gas/table';
import { prefetchRowHint } from '../gas/row-index';
import {
  planArchive,
  planAssign,
  planConfirm,
  planDecideExtension,
  planDelegate,
  planReport,
  planRequestExtension,
  planSendBack,
  planUndoConfirm,
  planUpdate,
  type ActionContext,
  type AssignInput,
  type Plan,
} from '../core/task-actions';
import { toView, visibleViews, type TaskFilter, type TaskView } from '../core/task-view';
import type { RestDayWarning } from '../core/task-input';
import { appendAudit, lastAuditLine } from '../gas/audit';
import { loadContext } from '../gas/context';
import { settledByRead, withDocumentLock } from '../gas/lock';
import { asRefusal, beforeWriting, isTransient, retrying } from '../gas/retry';
import { writeCells } from '../gas/cell-writes';
import {
  appendTask,
  findTask,
  loadTaskAround,
  loadTasks,
  updateTask,
  type TaskStore,
} from '../gas/task-store';
import { readQueue, rewriteQueue } from '../gas/reminders/queue';
import { ensureQueue } from '../gas/reminders/sheets';
import { renewSlipIfStale } from '../gas/workspace/create';
import { screensAfterWrite } from '../gas/screen-cache';
import type { NotificationKind } from '../core/reminders/notifications';
import {
  inheritWorkspace,
  unshareIfConfidential,
  workspaceAfterAssign,
  workspaceAfterDelegate,
  type WorkspaceNote,
} from './workspace';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type AssignInputArg = AssignInput;

export interface ActionReply {
  message: string;
  task: TaskView;
  /** The new deadline falls on a rest day: nothing was written (`task` as it was); ask, then call again. */
  warning?: RestDayWarning;
}
export interface AssignReply {
  message?: string;
  task?: TaskView;
  /** The deadline falls on a rest day: nothing was written; ask, then call again with acceptRestDay. */
  warning?: RestDayWarning;
  /** The Drive folder, document, QR code and slip (issue 5): made, or why not (the task is assigned anyway). */
  workspace?: WorkspaceNote;
}

function viewOf(store: TaskStore, ctx: ActionContext, id: string): TaskView {
  const { task } = findTask(store, id);
  return toView(
    task,
    ctx,
    store.tasks.filter((t) => t.parentId === id),
  );
}

/**
 * Raised when the columns, taken on trust from the cache, turned out to have been moved by hand: the
 * action's writes are undone and the action runs again with the header read first.
 */
class ColumnsMoved extends Error {}

/**
 * Runs an action under the document lock, first with the cached column map taken on trust (the header
 * is read after the writes, a read that also makes Google apply them: one data call where a header
 * read and a flush took two), then, if the columns had moved, again with the header read first.
 */
function underLock<T>(run: (trust: boolean) => T): T {
  return withDocumentLock(
    () => {
      try {
        return run(true);
      } catch (e) {
        if (e instanceof ColumnsMoved) return run(false);
        throw e;
      }
    },
    undefined,
    true, // the endpoint answers at once: the lock ends with the execution
  );
}

/**
 * The columns were taken on trust: checked now (a header read); they moved → what was written by the
 * old map is undone, and `ColumnsMoved`.
 */
function checkColumns(store: TaskStore, undo?: () => void): void {
  if (!store.head || columnsStillMatch(store.head)) return;
  undo?.();
  throw new ColumnsMoved();
}

/** A refusal made from rows read with a trusted map stands only if the columns were where we thought. */
function refusing<T>(store: TaskStore, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UserError) checkColumns(store);
    throw e;
  }
}

/** Runs a change on one task under the document lock, reading everything afresh inside it. */
function change(
  id: unknown,
  plan: (task: import('../core/task').Task, ctx: ActionContext) => Plan,
): ActionReply {
  return underLock((trust) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    prefetchRowHint(String(id ?? '').trim()); // fetched with the context, in one call
    const { ctx, store } = beforeWriting(() => {
      const ctx = loadContext(ss);
      return { ctx, store: loadTaskAround(ss, ctx, id, { children: true, trust }) };
    });
    const { task, index } = refusing(store, () => findTask(store, id));
    // The plan's guard answers a task the caller may not see exactly as a missing one, before any check.
    const p = refusing(store, () => plan(task, ctx));
    if (p.warning) {
      checkColumns(store);
      return { message: p.warning.message, task: viewOf(store, ctx, task.id), warning: p.warning };
    }
    const before = [...store.table.rows[index]];
    const recipients = p.notify
      ? p.recall
        ? unsent(ss, p.recall, task.id, ctx, p.notify.to)
        : p.notify.to
      : [];
    // Google kept failing (each call is retried first): the row goes back as it was, so no change
    // stands without its audit line, and the person is told nothing was saved.
    saving(
      () => {
        updateTask(store, index, p.changes, ctx);
        checkColumns(store, () => undoRow(store, index, before));
        audit(ss, ctx, task.id, p, p.notify && notices(p.notify.kind, recipients, ctx, p.notify.note));
      },
      () => undoRow(store, index, before),
    );
    const unshared = unshareIfConfidential(ss, store, ctx, task.id);
    // The slip PDF follows the task (an extension, an edit): remade now by the folder's creator.
    const slip = renewSlipIfStale(store, ctx, task.id);
    // Nothing written since the header was read after the writes: that read applied them. (A slip
    // renewed records itself in the row; one that could not be renewed writes nothing.)
    if (store.head?.trusted && !unshared && !slip?.ok) settledByRead();
    const done = t(ctx.settings.language, p.done.key, p.done.params);
    const message = [done, unshared?.message, slip?.message].filter(Boolean).join(' ');
    screensAfterWrite(ss, ctx, store, task.id, task); // the kept first screens follow the row
    return {
      message,
      task: viewOf(store, ctx, task.id),
    };
  });
}

/**
 * Runs `write`; when Google's transient errors outlast the retries, runs `undo` and refuses in words
 * ("nothing was saved"). If the undo fails too, the error is left as it is: the endpoint then says the
 * action may be incomplete.
 */
function saving(write: () => void, undo: () => void): void {
  try {
    write();
  } catch (e) {
    if (!isTransient(e)) throw e;
    try {
      retrying(undo);
    } catch {
      throw e;
    }
    throw asRefusal(e);
  }
}

/** Writes a row back to the values it held (only the cells that differ). */
function undoRow(store: TaskStore, index: number, before: readonly unknown[]): void {
  const { table } = store;
  const record: Record<string, unknown> = {};
  for (const [k, i] of Object.entries(table.map)) record[k] = before[i];
  writeCells(table, new Map([[index, record]]));
}

const notices = (kind: NotificationKind, to: readonly string[], ctx: ActionContext, note: string) =>
  pendingNotices(kind, to, ctx.me.email, note);

/**
 * Drops the actor's unsent notices of `kind` on the task from the queue; answers who of `to` was
 * already told (their notice is no longer queued), so only they get the correction.
 */
function unsent(
  ss: Spreadsheet,
  kind: NotificationKind,
  taskId: string,
  ctx: ActionContext,
  to: readonly string[],
): string[] {
  const me = ctx.me.email.toLowerCase();
  // Still waiting with their audit line (audit-pending.ts), or already in the queue.
  const dropped = new Set(
    dropPendingNotices(
      (n, line) => n.kind === kind && n.actor === me && storedText(line.values[1]) === taskId,
    ),
  );
  const read = readQueue(ensureQueue(ss));
  const mine = (n: (typeof read.entries)[number]) =>
    n.kind === kind && n.taskId === taskId && n.actor === ctx.me.email;
  for (const n of read.entries) if (mine(n)) dropped.add(n.to);
  const kept = read.entries.filter((n) => !mine(n));
  if (kept.length < read.entries.length) rewriteQueue(read, kept);
  return to.filter((e) => !dropped.has(e));
}

function audit(
  ss: Spreadsheet,
  ctx: ActionContext,
  taskId: string,
  p: Plan,
  told: PendingNotice[] | undefined,
): void {
  appendAudit(
    ss,
    [
      {
        actor: ctx.me.email,
        taskId,
        action: t(ctx.settings.language, p.audit.action),
        before: p.audit.before,
        after: p.audit.after,
        note: p.audit.note,
      },
    ],
    new Date(),
    { notices: told },
  );
}

function create(
  parentId: unknown,
  plan: (store: TaskStore, ctx: ActionContext) => ReturnType<typeof planAssign>,
  audited: 'audit.assign' | 'audit.delegate',
  done: 'done.assign' | 'done.delegate',
): AssignReply {
  return underLock((trust) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (parentId) prefetchRowHint(String(parentId).trim()); // fetched with the context, in one call
    const ctx = beforeWriting(() => loadContext(ss));
    // A new task needs no other row; a delegation reads its parent and the parent's sub-tasks.
    const store = beforeWriting(() => loadTaskAround(ss, ctx, parentId, { children: true, trust }));
    const planned = refusing(store, () => plan(store, ctx));
    if (planned.warning) {
      checkColumns(store);
      return { warning: planned.warning };
    }
    if (audited === 'audit.delegate') inheritWorkspace(planned.record, store);
    const { sheet, width } = store.table;
    const lang = ctx.settings.language;
    let task!: import('../core/task').Task;
    let newRow = 0;
    const clearNewRow = () => {
      if (newRow > 0) sheet.getRange(newRow, 1, 1, width).clearContent();
    };
    // No task without its audit line: the new row is emptied again (its id is not reused).
    saving(() => {
      const counter: Record<string, string> = {};
      task = appendTask(store, planned.record, ctx, counter);
      newRow = store.index.get(task.id)! + 2;
      checkColumns(store, clearNewRow);
      appendAudit(
        ss,
        [
          {
            actor: ctx.me.email,
            taskId: task.id,
            action: t(lang, audited),
            before: '',
            after: `${task.title} → ${task.assignees.join(', ')}`,
            note: task.parentId,
          },
        ],
        new Date(),
        { notices: notices('assigned', task.assignees, ctx, ''), also: counter },
      );
    }, clearNewRow);
    const workspace =
      audited === 'audit.assign'
        ? workspaceAfterAssign(ss, store, ctx, task)
        : workspaceAfterDelegate(store, ctx, task);
    const unshared = task.parentId ? unshareIfConfidential(ss, store, ctx, task.parentId) : null;
    if (unshared) workspace.workspace = unshared;
    // Nothing written since the header was read after the new row: that read applied it.
    if (store.head?.trusted && !workspace.workspace) settledByRead();
    const message = t(lang, done, { id: task.id });
    screensAfterWrite(ss, ctx, store, task.id, null); // the kept first screens follow the new row
    if (unshared) screensAfterWrite(ss, ctx, store, task.parentId, findTask(store, task.parentId).task);
    return { message, task: viewOf(store, ctx, task.id), ...workspace };
  });
}

export const assignTask = (input: AssignInput) =>
  create('', (_, ctx) => planAssign(ctx, input), 'audit.assign', 'done.assign');

export const delegateTask = (parentId: string, input: AssignInput) =>
  create(
    parentId,
    (store, ctx) => {
      const { task } = findTask(store, parentId);
      return planDelegate(task, ctx, input);
    },
    'audit.delegate',
    'done.delegate',
  );

export const updateProgress = (id: string, input: { progress: unknown; note?: unknown; link?: unknown }) =>
  change(id, (task, ctx) => planUpdate(task, ctx, input));
export const requestExtension = (id: string, input: { newDeadline: unknown; reason: unknown }) =>
  change(id, (task, ctx) => planRequestExtension(task, ctx, input));
export const decideExtension = (id: string, input: { approve: unknown; note?: unknown }) =>
  change(id, (task, ctx) => planDecideExtension(task, ctx, input));
export const reportResult = (
  id: string,
  input: { result?: unknown; link?: unknown; explanation?: unknown },
) => change(id, (task, ctx) => planReport(task, ctx, input));
export const confirmTask = (id: string) => change(id, (task, ctx) => planConfirm(task, ctx));
export const undoConfirmTask = (id: string) =>
  change(id, (task, ctx) =>
    planUndoConfirm(task, ctx, lastAuditLine(SpreadsheetApp.getActiveSpreadsheet(), task.id), Date.now()),
  );
export const sendBackTask = (id: string, input: { reason: unknown }) =>
  change(id, (task, ctx) => planSendBack(task, ctx, input));
export const archiveTask = (id: string, input: { reason: unknown }) =>
  change(id, (task, ctx) => planArchive(task, ctx, input));

/** Tasks matching a filter, for the sidebar's lists beyond the first screen. */
export function listTasks(filter: TaskFilter): { tasks: TaskView[]; total: number } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const store = loadTasks(ss, ctx);
  const { views, total } = visibleViews(store.tasks, ctx, ctx.dir, filter ?? {}, 200);
  return { tasks: views, total };
}
