/**
 * The Drive slice of the world: files, folders and Docs as plain records, plus what Drive did on the side
 * (notification e-mails it sent). API classes (the Advanced Drive service, DriveApp, DocumentApp) are
 * views over this state. Failures a test asks for are `emu.faults` rules (faults.ts), not world state.
 *
 * Access follows Drive: a user sees a file they own or were given a permission on. With only the
 * `drive.file` scope the app additionally needs per-file access for that user: the app created the file
 * while running as them, or they opened it with the app (`openWithApp`). That grant is per user, so a file
 * the script created in one user's execution is invisible to another user's execution until shared *and*
 * opened with the app.
 */
import { createHash } from 'node:crypto';
import { SCOPE } from '../../runtime';
import type { ServiceContext } from '../../world';
import type { DocExportOptions } from './export';
import { docToPdf } from './pdf';

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  document: 'application/vnd.google-apps.document',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  presentation: 'application/vnd.google-apps.presentation',
  pdf: 'application/pdf',
  html: 'text/html',
  text: 'text/plain',
} as const;

export type Role = 'owner' | 'organizer' | 'fileOrganizer' | 'writer' | 'commenter' | 'reader';
export type PermissionType = 'user' | 'group' | 'domain' | 'anyone';

export interface PermissionRecord {
  id: string;
  type: PermissionType;
  role: Role;
  emailAddress?: string;
  domain?: string;
  /** For `anyone`/`domain`: whether the file shows up in search (false = "with the link"). */
  allowFileDiscovery?: boolean;
}

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  description?: string;
  appProperties: Record<string, string>;
  properties: Record<string, string>;
  starred: boolean;
  trashed: boolean;
  createdTime: number;
  modifiedTime: number;
  /** E-mail of the owner (the effective user who created it). */
  owner: string;
  lastModifyingUser: string;
  /** Created by this script, whoever ran it. */
  createdByApp: boolean;
  /** Users (lower-case e-mails) for whom the app holds `drive.file` per-file access. */
  appAccess: string[];
  permissions: PermissionRecord[];
  /** Bytes of blob files (PDF, PNG, text…), base64. */
  contentBase64?: string;
  /** Google Docs: the document's plain text (paragraphs joined by '\n') and its HTML. */
  doc?: { text: string; html: string };
  /**
   * A Doc's versions as `Revisions.list` gives them: one per conversion or upload by a script and one
   * per editing session of a person (the emulator makes one per `typeInDocSection`/`editDocText`).
   */
  revisions?: { id: string; at: number; user: string }[];
  /** Is this the user's "My Drive" root folder? */
  isRoot?: boolean;
}

/** An e-mail Drive itself sent (sharing notification), not counted against MailApp's quota. */
export interface DriveNotification {
  to: string;
  from: string;
  fileId: string;
  fileName: string;
  role: Role;
  message: string;
  /** What sent it: `Permissions.create`, `DriveApp.addEditor`… */
  via: string;
  at: number;
}

/** A world saved when failures were kept here may still hold `failures`: nothing reads it. */
export interface DriveState {
  files: Record<string, DriveFileRecord>;
  /** Root folder id by lower-case user e-mail. */
  roots: Record<string, string>;
  nextId: number;
  notifications: DriveNotification[];
  /** How `Files.export(id, 'text/html')` serialises a Doc (as Google does unless a test says otherwise). */
  htmlExport?: DocExportOptions;
}

export function createDriveState(): DriveState {
  return { files: {}, roots: {}, nextId: 1, notifications: [] };
}

/** Drive ids look like `1AbC…` (33 URL-safe characters); ours are deterministic so tests are stable. */
export function newFileId(state: DriveState): string {
  const n = state.nextId++;
  return '1' + createHash('sha256').update(`drive-file-${n}`).digest('base64url').slice(0, 32);
}

/** Drive gives a user the same permission id on every file; derive one from the e-mail. */
export function permissionIdFor(email: string): string {
  const hex = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 15);
  return BigInt('0x' + hex)
    .toString()
    .padStart(20, '0');
}

export function anyonePermissionId(allowFileDiscovery: boolean): string {
  return allowFileDiscovery ? 'anyone' : 'anyoneWithLink';
}

const lower = (s: string) => s.trim().toLowerCase();
export const domainOf = (email: string) => lower(email).split('@')[1] ?? '';

/** The user's "My Drive" folder, created the first time anyone asks for it. */
export function rootFolderOf(state: DriveState, email: string, now: number): DriveFileRecord {
  const key = lower(email);
  const existing = state.roots[key];
  if (existing && state.files[existing]) return state.files[existing];
  const id = '0A' + createHash('sha256').update(`root-${key}`).digest('base64url').slice(0, 17) + 'Uk9PVA';
  const root: DriveFileRecord = {
    id,
    name: 'My Drive',
    mimeType: MIME.folder,
    parents: [],
    appProperties: {},
    properties: {},
    starred: false,
    trashed: false,
    createdTime: now,
    modifiedTime: now,
    owner: key,
    lastModifyingUser: key,
    createdByApp: false,
    appAccess: [],
    permissions: [{ id: permissionIdFor(key), type: 'user', role: 'owner', emailAddress: key }],
    isRoot: true,
  };
  state.files[id] = root;
  state.roots[key] = id;
  return root;
}

/** A new file record owned by `owner`, not yet stored. */
export function newFileRecord(
  state: DriveState,
  init: {
    name: string;
    mimeType: string;
    parents: string[];
    owner: string;
    now: number;
    byApp: boolean;
    id?: string;
  },
): DriveFileRecord {
  const owner = lower(init.owner);
  return {
    id: init.id ?? newFileId(state),
    name: init.name,
    mimeType: init.mimeType,
    parents: init.parents,
    appProperties: {},
    properties: {},
    starred: false,
    trashed: false,
    createdTime: init.now,
    modifiedTime: init.now,
    owner,
    lastModifyingUser: owner,
    createdByApp: init.byApp,
    appAccess: init.byApp ? [owner] : [],
    permissions: [{ id: permissionIdFor(owner), type: 'user', role: 'owner', emailAddress: owner }],
  };
}

const ROLE_RANK: Record<Role, number> = {
  reader: 1,
  commenter: 2,
  writer: 3,
  fileOrganizer: 4,
  organizer: 5,
  owner: 6,
};
export function atLeast(role: Role | null, needed: Role): boolean {
  return role !== null && ROLE_RANK[role] >= ROLE_RANK[needed];
}

/** The strongest role `email` holds on this file itself (`effectiveRole` adds what folders pass down). */
export function roleOf(file: DriveFileRecord, email: string): Role | null {
  const me = lower(email);
  if (!me) return null;
  let best: Role | null = null;
  for (const p of file.permissions) {
    const applies =
      p.type === 'user' || p.type === 'group'
        ? lower(p.emailAddress ?? '') === me
        : p.type === 'domain'
          ? domainOf(me) === lower(p.domain ?? '')
          : p.type === 'anyone';
    if (applies && (best === null || ROLE_RANK[p.role] > ROLE_RANK[best])) best = p.role;
  }
  return best;
}

/** Ancestors' roles count too: Drive items inherit their folder's sharing. */
export function effectiveRole(state: DriveState, file: DriveFileRecord, email: string): Role | null {
  let best = roleOf(file, email);
  const seen = new Set<string>([file.id]);
  const queue = [...file.parents];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const parent = state.files[id];
    if (!parent) continue;
    // A folder's owner can edit what others put in it, but does not own it.
    const r = roleOf(parent, email) === 'owner' ? 'writer' : roleOf(parent, email);
    if (r && (best === null || ROLE_RANK[r] > ROLE_RANK[best])) best = r;
    queue.push(...parent.parents);
  }
  return best;
}

/** Can the running execution see this file through the Drive API at all? */
export function visibleTo(ctx: ServiceContext, file: DriveFileRecord): boolean {
  const state = ctx.world.drive;
  const me = lower(ctx.exec.effectiveUser);
  if (!effectiveRole(state, file, me)) return false;
  const scopes = ctx.exec.scopes;
  if (scopes.has(SCOPE.drive)) return true;
  if (scopes.has(SCOPE.driveFile)) return file.appAccess.includes(me);
  return false;
}

/** The execution's role on a visible file (null when it cannot see it). */
export function roleFor(ctx: ServiceContext, file: DriveFileRecord): Role | null {
  return visibleTo(ctx, file) ? effectiveRole(ctx.world.drive, file, ctx.exec.effectiveUser) : null;
}

/** Marks that `email` opened the file with the app (Picker, "Open with"): `drive.file` now reaches it. */
export function openWithApp(state: DriveState, fileId: string, email: string): void {
  const f = state.files[fileId];
  if (!f) throw new Error(`openWithApp: no file ${fileId}`);
  const me = lower(email);
  if (!f.appAccess.includes(me)) f.appAccess.push(me);
}

/**
 * A file made outside the script (by a person in the Drive UI): for tests of `drive.file` visibility.
 * Content is text (for Docs and text files) or bytes.
 */
export function addDriveFile(
  state: DriveState,
  init: {
    name: string;
    mimeType: string;
    owner: string;
    parents?: string[];
    text?: string;
    bytes?: Uint8Array;
    now?: number;
  },
): DriveFileRecord {
  const now = init.now ?? Date.UTC(2026, 0, 1);
  const parents = init.parents ?? [rootFolderOf(state, init.owner, now).id];
  const f = newFileRecord(state, {
    name: init.name,
    mimeType: init.mimeType,
    parents,
    owner: init.owner,
    now,
    byApp: false,
  });
  if (init.mimeType === MIME.document) {
    const text = init.text ?? '';
    f.doc = { text, html: textToHtml(text) };
  } else if (init.mimeType !== MIME.folder) {
    const bytes = init.bytes ?? Buffer.from(init.text ?? '', 'utf8');
    f.contentBase64 = Buffer.from(bytes).toString('base64');
  }
  state.files[f.id] = f;
  return f;
}

/** Minimal HTML for a Doc that only has text (one paragraph per line). */
export function textToHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<html><body>${text
    .split('\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}</body></html>`;
}

export function fileBytes(file: DriveFileRecord): Uint8Array {
  if (file.contentBase64 !== undefined) return new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
  if (file.doc) return new Uint8Array(Buffer.from(file.doc.text, 'utf8'));
  return new Uint8Array(0);
}

export function fileSize(file: DriveFileRecord): number {
  return file.mimeType === MIME.folder ? 0 : fileBytes(file).length;
}

export function webViewLink(file: DriveFileRecord): string {
  switch (file.mimeType) {
    case MIME.folder:
      return `https://drive.google.com/drive/folders/${file.id}`;
    case MIME.document:
      return `https://docs.google.com/document/d/${file.id}/edit`;
    case MIME.spreadsheet:
      return `https://docs.google.com/spreadsheets/d/${file.id}/edit`;
    case MIME.presentation:
      return `https://docs.google.com/presentation/d/${file.id}/edit`;
    default:
      return `https://drive.google.com/file/d/${file.id}/view`;
  }
}

/** Every non-root file's children ids, trashed or not. */
export function childrenOf(state: DriveState, folderId: string): DriveFileRecord[] {
  return Object.values(state.files).filter((f) => f.parents.includes(folderId));
}

// ---- Inspection helpers for hosts ------------------------------------------------------------------

export interface DriveFileSummary {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  webViewLink: string;
  permissions: { email: string; role: Role }[];
  size: number;
  trashed: boolean;
  owner: string;
  createdByApp: boolean;
}

export function listDriveFiles(state: DriveState): DriveFileSummary[] {
  return Object.values(state.files)
    .filter((f) => !f.isRoot)
    .map((f) => ({
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: [...f.parents],
      webViewLink: webViewLink(f),
      permissions: f.permissions.map((p) => ({
        email: p.emailAddress ?? (p.type === 'domain' ? (p.domain ?? '') : p.type),
        role: p.role,
      })),
      size: fileSize(f),
      trashed: f.trashed,
      owner: f.owner,
      createdByApp: f.createdByApp,
    }));
}

/** A file's bytes: a Doc's content is its PDF export, as a person downloading it would get. */
export function fileContent(state: DriveState, id: string): { bytes: Uint8Array; mimeType: string } {
  const f = state.files[id];
  if (!f) throw new Error(`fileContent: no file ${id}`);
  if (f.doc) return { bytes: docToPdf(f.name, f.doc.text), mimeType: MIME.pdf };
  return { bytes: fileBytes(f), mimeType: f.mimeType };
}
