/**
 * The workspace as the sidebar's task card shows it: links, state, and what this person may do —
 * computed from the row alone (no Drive call), so the first screen stays one cheap round trip.
 */
import type { Directory, Person } from '../directory';
import { t } from '../messages';
import type { ActionContext } from '../task-actions';
import type { Task } from '../task';
import { docUrl, fileUrl, folderUrl, parseWorkspaceRecord, type WorkspaceRecord } from './record';
import { desiredSharing, sharingOutOfDate } from './sharing';

export type WorkspaceState = 'confidential' | 'none' | 'partial' | 'ready' | 'inherited';

export interface WorkspaceView {
  state: WorkspaceState;
  docLink: string;
  folderLink: string;
  slipLink: string;
  owner: { email: string; name: string } | null;
  /** May press "create" / "retry" now. */
  canCreate: boolean;
  /** May press "sync sharing" now. */
  canSync: boolean;
  /** The folder's sharing no longer matches the task's people. */
  needsSync: boolean;
  /** Someone else must act (the account that owns the folder), said in words; '' otherwise. */
  blocked: string;
  /** The last run's failure; '' when none. */
  error: string;
  templateFallback: boolean;
}

const same = (a: string, b: string) => a !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The assigner, leaders and admins make a task's workspace (and retry it). */
export function canManageWorkspace(me: Person, task: Task): boolean {
  return me.role === 'admin' || me.role === 'leader' || same(task.assigner, me.email);
}

/** A recorded owner who no longer works here can never finish or re-share: others may start afresh. */
export function ownerGone(dir: Directory, owner: string): boolean {
  return owner !== '' && !dir.person(owner);
}

export function workspaceState(task: Task, rec: WorkspaceRecord): WorkspaceState {
  if (task.confidential) return 'confidential';
  if (task.folderId && task.docId && rec.slip) return 'ready';
  if (task.folderId || task.docId || rec.owner) return 'partial';
  if (task.parentId && task.driveLink) return 'inherited';
  return 'none';
}

export function workspaceView(task: Task, ctx: ActionContext, children: readonly Task[]): WorkspaceView {
  const rec = parseWorkspaceRecord(task.workspace);
  const state = workspaceState(task, rec);
  const lang = ctx.settings.language;
  const manager = canManageWorkspace(ctx.me, task);
  const mine = rec.owner === '' || same(rec.owner, ctx.me.email) || ownerGone(ctx.dir, rec.owner);
  const ownerName = rec.owner ? ctx.dir.person(rec.owner)?.name || rec.owner : '';
  const hasFolder = state === 'ready' || (state === 'partial' && task.folderId !== '');
  const needsSync =
    hasFolder &&
    sharingOutOfDate(rec.shared, desiredSharing(task, children, ctx.dir, ctx.settings, rec.owner));
  // Made confidential after its folder was shared: the sharing must go; the card says who removes it.
  const stillShared = state === 'confidential' && task.folderId !== '' ? Object.keys(rec.shared) : [];
  if (stillShared.length > 0) return confidentialShared(task, ctx, rec, stillShared, manager, ownerName);
  const open = state !== 'confidential' && state !== 'inherited';
  // A complete workspace is made again only when its owner left; a failed run (sharing) is retried.
  const canCreate =
    open && manager && mine && (state !== 'ready' || rec.error !== '' || ownerGone(ctx.dir, rec.owner));
  const canSync = open && manager && hasFolder && same(rec.owner, ctx.me.email);
  let blocked = '';
  if (open && manager && !mine && (state === 'partial' || needsSync)) {
    const action = t(lang, state === 'partial' ? 'ui.ws.retry' : 'ui.ws.sync');
    blocked = t(lang, 'ws.otherOwner', { id: task.id, owner: ownerName, action });
  }
  return {
    state,
    docLink: state === 'confidential' ? '' : task.driveLink || (task.docId ? docUrl(task.docId) : ''),
    folderLink: state === 'confidential' || !task.folderId ? '' : folderUrl(task.folderId),
    slipLink: state === 'confidential' || !rec.slip ? '' : fileUrl(rec.slip),
    owner: rec.owner ? { email: rec.owner, name: ownerName } : null,
    canCreate,
    canSync,
    needsSync,
    blocked,
    error: state === 'confidential' ? '' : rec.error,
    templateFallback: rec.templateFallback,
  };
}

/**
 * A confidential task whose folder is still shared (it was made confidential afterwards): no links; its
 * creator is offered "sync sharing" (which unshares it), the other managers are told who must act and
 * what to remove by hand.
 */
function confidentialShared(
  task: Task,
  ctx: ActionContext,
  rec: WorkspaceRecord,
  emails: string[],
  manager: boolean,
  ownerName: string,
): WorkspaceView {
  const lang = ctx.settings.language;
  const owner = same(rec.owner, ctx.me.email);
  const params = { id: task.id, emails: emails.join(', '), owner: ownerName || rec.owner };
  const blocked = !manager
    ? ''
    : owner
      ? t(lang, 'ws.confidentialShared', params)
      : t(lang, 'ws.confidentialSharedOther', params);
  return {
    state: 'confidential',
    docLink: '',
    folderLink: '',
    slipLink: '',
    owner: rec.owner ? { email: rec.owner, name: ownerName } : null,
    canCreate: false,
    canSync: manager && owner,
    needsSync: manager,
    blocked,
    error: '',
    templateFallback: false,
  };
}
