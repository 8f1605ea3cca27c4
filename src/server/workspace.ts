/**
 * The workspace endpoints (create / retry, sync sharing, the agency's template) and the hooks the
 * assignment and delegation call. A Drive failure never undoes an assignment: the task stays assigned,
 * the reply says what failed, and the card offers "Thử lại".
 */
import { requireAdminSheetWritable, writeAdminSheet } from '../gas/admin-sheets';
import { contextChanged } from '../gas/context-cache';
import { t, UserError } from '../core/messages';
import { canSee } from '../core/permissions';
import { ROLE_LABELS, SHEETS } from '../core/schema';
import type { ActionContext, RowChanges } from '../core/task-actions';
import type { Task } from '../core/task';
import { toView, type TaskView } from '../core/task-view';
import { builtinDocHtml, type TaskFacts } from '../core/workspace/documents';
import { docUrl, parseWorkspaceRecord } from '../core/workspace/record';
import { canManageWorkspace, workspaceState } from '../core/workspace/view';
import { appendAudit } from '../gas/audit';
import { loadContext } from '../gas/context';
import { withDocumentLock } from '../gas/lock';
import { appendRows, cell, readTable, requireSheet, writeColumns } from '../gas/table';
import { findTask, loadTaskAround, type TaskStore } from '../gas/task-store';
import { screensAfterWrite } from '../gas/screen-cache';
import { ensureWorkspace, failureReason } from '../gas/workspace/create';
import { createDocFromHtml, createFolder, FOLDER_MIME, listArtefacts, PROP } from '../gas/workspace/drive';
import { syncWorkspaceSharing } from '../gas/workspace/sync';
import { ymdFromDay } from '../core/civil-date';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface WorkspaceReply {
  /** Everything is in place (false: something failed; the message says what, and a retry is possible). */
  ok: boolean;
  message: string;
  task: TaskView;
}

/** What the assignment's reply adds about the workspace. */
export interface WorkspaceNote {
  ok: boolean;
  message: string;
}

function viewOf(store: TaskStore, ctx: ActionContext, task: Task): TaskView {
  return toView(
    task,
    ctx,
    store.tasks.filter((c) => c.parentId === task.id),
  );
}

function audit(
  ss: Spreadsheet,
  ctx: ActionContext,
  task: Task,
  action: 'audit.workspace' | 'audit.sharing',
  note: string,
): void {
  appendAudit(ss, [
    {
      actor: ctx.me.email,
      taskId: task.id,
      action: t(ctx.settings.language, action),
      before: '',
      after: task.driveLink,
      note,
    },
  ]);
}

/** Loads everything under the document lock and checks the caller may manage this task's workspace. */
function withTask<T>(
  id: unknown,
  fn: (ss: Spreadsheet, store: TaskStore, ctx: ActionContext, task: Task) => T,
): T {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = loadContext(ss);
    const store = loadTaskAround(ss, ctx, id, { children: true, parent: true });
    const { task } = findTask(store, id);
    if (!canSee(ctx.me, task, ctx.dir, ctx.settings)) throw new UserError('action.noTask', { id: task.id });
    if (!canManageWorkspace(ctx.me, task)) throw new UserError('ws.notAllowed', { id: task.id });
    try {
      return fn(ss, store, ctx, task);
    } finally {
      screensAfterWrite(ss, ctx, store, task.id, task); // the kept first screens follow the row
    }
  });
}

/** Sidebar: "Tạo thư mục & tài liệu" / "Thử lại". */
export function createTaskWorkspace(id: unknown): WorkspaceReply {
  return withTask(id, (ss, store, ctx, task) => {
    if (task.confidential) throw new UserError('ws.confidential', { id: task.id });
    if (workspaceState(task, parseWorkspaceRecord(task.workspace)) === 'inherited') {
      throw new UserError('ws.inherited', { id: task.id, parent: task.parentId });
    }
    const outcome = ensureWorkspace(ss, store, ctx, task.id);
    if (outcome.changed) audit(ss, ctx, task, 'audit.workspace', outcome.complete ? '' : outcome.message);
    return { ok: outcome.complete, message: outcome.message, task: viewOf(store, ctx, task) };
  });
}

/** Sidebar: "Cập nhật người được xem tài liệu" (the folder's owner only; confidential tasks are unshared). */
export function syncTaskSharing(id: unknown): WorkspaceReply {
  return withTask(id, (ss, store, ctx, task) => {
    const outcome = syncWorkspaceSharing(store, ctx, task.id);
    if (outcome.changed) audit(ss, ctx, task, 'audit.sharing', outcome.message);
    return { ok: outcome.ok, message: outcome.message, task: viewOf(store, ctx, task) };
  });
}

/**
 * After any action by the folder's creator on a task made confidential since its folder was shared:
 * the sharing is removed (the task's people lose access), and the reply says so. Never throws: the
 * action has succeeded already; a failure is said, and the card keeps offering "sync sharing".
 */
export function unshareIfConfidential(
  ss: Spreadsheet,
  store: TaskStore,
  ctx: ActionContext,
  id: string,
): WorkspaceNote | null {
  const task = store.tasks.find((x) => x.id === id);
  if (!task || !task.confidential || !task.folderId) return null;
  const rec = parseWorkspaceRecord(task.workspace);
  if (Object.keys(rec.shared).length === 0 || rec.owner !== ctx.me.email) return null;
  const lang = ctx.settings.language;
  try {
    const outcome = syncWorkspaceSharing(store, ctx, task.id);
    if (outcome.changed) audit(ss, ctx, task, 'audit.sharing', outcome.message);
    const message = outcome.ok ? t(lang, 'ws.confidentialUnshared', { id: task.id }) : outcome.message;
    return { ok: outcome.ok, message };
  } catch (e) {
    return { ok: false, message: e instanceof UserError ? e.text(lang) : failureReason(e, ctx) };
  }
}

/**
 * After `assignTask` appended the row (inside its lock): the workspace right away, unless the task is
 * confidential or the office turned it off. Never throws: the assignment has succeeded already.
 */
export function workspaceAfterAssign(
  ss: Spreadsheet,
  store: TaskStore,
  ctx: ActionContext,
  task: Task,
): { workspace?: WorkspaceNote } {
  if (task.confidential || !ctx.settings.autoWorkspace) return {};
  try {
    const outcome = ensureWorkspace(ss, store, ctx, task.id);
    return { workspace: { ok: outcome.complete, message: outcome.message } };
  } catch (e) {
    const reason = failureReason(e, ctx);
    return {
      workspace: { ok: false, message: t(ctx.settings.language, 'ws.failed', { id: task.id, reason }) },
    };
  }
}

/** A sub-task works in its parent's document: it carries the parent's link (and so its QR code in e-mails). */
export function inheritWorkspace(record: RowChanges, store: TaskStore): void {
  const parent = store.tasks.find((p) => p.id === record.parentId);
  if (parent && !parent.confidential && parent.driveLink && record.confidential !== true)
    record.driveLink = parent.driveLink;
}

/**
 * After `delegateTask`: the new people need the parent's folder. The folder's owner shares it at once;
 * anyone else is told who can (drive.file access is per account).
 */
export function workspaceAfterDelegate(
  store: TaskStore,
  ctx: ActionContext,
  child: Task,
): { workspace?: WorkspaceNote } {
  const parent = store.tasks.find((p) => p.id === child.parentId);
  if (!parent || parent.confidential || !parent.folderId) return {};
  const rec = parseWorkspaceRecord(parent.workspace);
  const lang = ctx.settings.language;
  if (rec.owner !== ctx.me.email) {
    const owner = ctx.dir.person(rec.owner)?.name || rec.owner;
    return { workspace: { ok: false, message: t(lang, 'ws.delegateNeedsSync', { id: parent.id, owner }) } };
  }
  try {
    const outcome = syncWorkspaceSharing(store, ctx, parent.id);
    return {
      workspace: {
        ok: outcome.ok,
        message: outcome.ok ? t(lang, 'ws.delegateShared', { id: parent.id }) : outcome.message,
      },
    };
  } catch (e) {
    return { workspace: { ok: false, message: e instanceof UserError ? e.message : failureReason(e, ctx) } };
  }
}

/**
 * Menu (admins): a template document in the caller's Drive, filled with the placeholders, its id saved
 * in the settings. Made by the add-on, so the add-on can read it again when this account assigns.
 */
export function createDocTemplate(): string {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = loadContext(ss);
    const lang = ctx.settings.language;
    if (ctx.me.role !== 'admin')
      throw new UserError('auth.notAdmin', { email: ctx.me.email, role: ROLE_LABELS[ctx.me.role][lang] });
    // The template's id goes into the settings sheet: refused now rather than after the Drive work.
    requireAdminSheetWritable(requireSheet(ss, SHEETS.settings), lang);
    const registerId = ss.getId();
    const year = ymdFromDay(ctx.today).year;
    let root = listArtefacts(registerId, '-', year).find(
      (f) => f.mimeType === FOLDER_MIME && f.appProperties[PROP.folder] === 'root',
    );
    root ??= createFolder(`${t('vi', 'app.name')} – ${ss.getName()}`, 'root', {
      [PROP.register]: registerId,
      [PROP.folder]: 'root',
    });
    const fields: TaskFacts = {
      agency: '{{co_quan}}',
      id: '{{ma}}',
      title: '{{ten}}',
      details: '{{noi_dung}}',
      source: '{{can_cu}}',
      leadUnit: '{{don_vi_chu_tri}}',
      coUnits: ['{{don_vi_phoi_hop}}'],
      assigner: '{{nguoi_giao}}',
      assignees: ['{{nguoi_thuc_hien}}'],
      assigned: '{{ngay_giao}}',
      deadline: '{{han}}',
    };
    const html = builtinDocHtml(fields, lang, { today: '{{ngay_giao}}' });
    const doc = createDocFromHtml(t(lang, 'doc.templateTitle'), html, root.id, {
      [PROP.register]: registerId,
      [PROP.kind]: 'template',
    });
    saveSetting(ss, 'docTemplate', doc.id);
    return t(lang, 'ws.templateCreated', { link: doc.webViewLink || docUrl(doc.id) });
  });
}

function saveSetting(ss: Spreadsheet, key: string, value: string): void {
  contextChanged();
  const table = readTable(ss, SHEETS.settings);
  const index = table.rows.findIndex((r) => String(cell(table, r, 'key')).trim() === key);
  writeAdminSheet(SHEETS.settings.vi, 'vi', () => {
    if (index >= 0) writeColumns(table, ['value'], new Map([[index, { value }]]));
    else appendRows(table, [{ key, value }]);
  });
}
