/**
 * What the register keeps about a task's Drive workspace besides the folder and document ids (which have
 * their own columns): one JSON cell in a hidden column.
 *
 * The account that created the workspace matters because of the `drive.file` scope: Google grants the
 * add-on access to a file per user *and* per app, so the folder the add-on made while the leader was
 * running it is invisible to the add-on when anyone else runs it. Only that account can complete the
 * workspace or change its sharing; the register records it so that the sidebar can say who.
 */
import type { ShareRole } from '../settings';

export type DriveRole = Exclude<ShareRole, 'none'>;

export interface WorkspaceRecord {
  /** The account (lower-case e-mail) that created the folder; '' before anything was created. */
  owner: string;
  /** The task slip's PDF, '' until made. */
  slip: string;
  /**
   * The fingerprint of the facts the PDF prints (`slip-version.ts`); '' when unknown (made before it
   * was kept): the slip is then made again at the owner's next action, like a stale one.
   */
  slipFacts: string;
  /** E-mail → role: what the add-on last set on the folder. */
  shared: Record<string, DriveRole>;
  /** The last run's failure, in the words shown to people; '' when it succeeded. */
  error: string;
  /** The agency's template could not be read by the owner's account: the built-in one was used. */
  templateFallback: boolean;
}

export const EMPTY_RECORD: WorkspaceRecord = {
  owner: '',
  slip: '',
  slipFacts: '',
  shared: {},
  error: '',
  templateFallback: false,
};

const ROLES: readonly string[] = ['writer', 'commenter', 'reader'];

/** Reads the cell; anything unreadable (hand edits) counts as nothing recorded. */
export function parseWorkspaceRecord(text: string | undefined): WorkspaceRecord {
  if (!text || !text.trim().startsWith('{')) return { ...EMPTY_RECORD, shared: {} };
  try {
    const raw = JSON.parse(text) as Partial<Record<keyof WorkspaceRecord, unknown>>;
    const shared: Record<string, DriveRole> = {};
    if (raw.shared && typeof raw.shared === 'object') {
      for (const [email, role] of Object.entries(raw.shared as Record<string, unknown>)) {
        if (typeof role === 'string' && ROLES.includes(role)) shared[email.toLowerCase()] = role as DriveRole;
      }
    }
    return {
      owner: typeof raw.owner === 'string' ? raw.owner.trim().toLowerCase() : '',
      slip: typeof raw.slip === 'string' ? raw.slip : '',
      slipFacts: typeof raw.slipFacts === 'string' ? raw.slipFacts : '',
      shared,
      error: typeof raw.error === 'string' ? raw.error : '',
      templateFallback: raw.templateFallback === true,
    };
  } catch {
    return { ...EMPTY_RECORD, shared: {} };
  }
}

export function formatWorkspaceRecord(r: WorkspaceRecord): string {
  const sorted = Object.fromEntries(Object.entries(r.shared).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ ...r, shared: sorted });
}

/** Drive's standard addresses of a folder, a Google Doc and a file. */
export const folderUrl = (id: string) => `https://drive.google.com/drive/folders/${id}`;
export const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
export const fileUrl = (id: string) => `https://drive.google.com/file/d/${id}/view`;
