/**
 * "Cập nhật người được xem tài liệu": makes the folder's sharing match the task's people exactly, after people were
 * added (delegation), removed, or typed by hand in the register. Only the account that created the
 * folder can do it (`drive.file`), so it runs when that person acts and from their sidebar.
 *
 * The document and the slip take their sharing from the folder; anything shared on them directly
 * (someone pressed Share in Docs) is removed, so that the task's people are exactly who can open them.
 * A confidential task's folder is unshared entirely.
 */
import { t, UserError } from '../../core/messages';
import type { ActionContext } from '../../core/task-actions';
import { formatWorkspaceRecord, parseWorkspaceRecord } from '../../core/workspace/record';
import { desiredSharing } from '../../core/workspace/sharing';
import { findTask, relocateRow, type TaskStore } from '../task-store';
import { writeColumns } from '../table';
import { applySharing, failureReason, requireWorkspaceColumn, shareFailureText } from './create';
import { classifyDriveError, listPermissions, removePermission } from './drive';

export interface SyncOutcome {
  ok: boolean;
  changed: boolean;
  message: string;
}

export function syncWorkspaceSharing(store: TaskStore, ctx: ActionContext, id: string): SyncOutcome {
  const { task, index } = findTask(store, id);
  requireWorkspaceColumn(store.table);
  const lang = ctx.settings.language;
  const rec = parseWorkspaceRecord(task.workspace);
  if (!task.folderId) throw new UserError('ws.noWorkspace', { id: task.id });
  if (rec.owner !== ctx.me.email) {
    const owner = ctx.dir.person(rec.owner)?.name || rec.owner || '?';
    throw new UserError('ws.otherOwner', { id: task.id, owner, action: t(lang, 'ui.ws.sync') });
  }
  const children = store.tasks.filter((c) => c.parentId === task.id);
  const desired = desiredSharing(task, children, ctx.dir, ctx.settings, ctx.me.email);
  const cells: Record<string, unknown> = {};
  let outcome: SyncOutcome;
  try {
    const result = applySharing(task.folderId, listPermissions(task.folderId), desired, ctx);
    let removed = result.removed;
    for (const fileId of [task.docId, rec.slip].filter(Boolean)) {
      for (const p of listPermissions(fileId)) {
        if (p.role === 'owner') continue;
        removePermission(fileId, p.id);
        removed++;
      }
    }
    rec.shared = result.shared;
    rec.error = '';
    const changed = result.added + removed + result.changed > 0;
    const head = changed
      ? t(lang, 'ws.synced', {
          id: task.id,
          changes: t(lang, 'ws.syncChanges', { added: result.added, removed, changed: result.changed }),
        })
      : t(lang, 'ws.syncNothing', { id: task.id });
    const failures = shareFailureText(result.failures, ctx);
    outcome = { ok: result.failures.length === 0, changed, message: failures ? `${head} ${failures}` : head };
  } catch (e) {
    rec.error = failureReason(e, ctx);
    if (classifyDriveError(e) === 'notFound') {
      // The folder is gone from Drive: forget it, so that "create" makes a new one.
      Object.assign(cells, { driveLink: '', qr: '', folderId: '', docId: '' });
      Object.assign(rec, { slip: '', shared: {} });
    }
    outcome = {
      ok: false,
      changed: false,
      message: t(lang, 'ws.failed', { id: task.id, reason: rec.error }),
    };
  }
  cells.workspace = formatWorkspaceRecord(rec);
  // The Drive calls took seconds: the row is found again by id before writing (docs/register-access.md).
  const now = relocateRow(store, task.id, index);
  writeColumns(store.table, Object.keys(cells), new Map([[now, cells]]));
  Object.assign(task, {
    workspace: cells.workspace,
    ...('folderId' in cells ? { driveLink: '', folderId: '', docId: '' } : {}),
  });
  return outcome;
}
