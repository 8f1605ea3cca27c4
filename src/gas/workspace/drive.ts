/**
 * The few Drive operations the workspace needs, through the Advanced Drive service v3 only: under the
 * `drive.file` scope, `DriveApp.createFolder/createFile` and `DocumentApp.create` are refused (they need
 * full Drive or Docs access), while `Drive.Files.create` and `Drive.Permissions.create` work on the files
 * the add-on itself created. Sharing never sends Drive's own invitation e-mails.
 *
 * Every file the add-on makes carries `appProperties` (private to the app) naming the register and the
 * task, so a later run finds what an interrupted one made instead of making it twice.
 */
import { isTransient, retrying } from '../retry';
import type { CurrentPermission } from '../../core/workspace/sharing';
import type { DriveRole } from '../../core/workspace/record';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
const FILE_FIELDS = 'id,name,mimeType,parents,appProperties,webViewLink';

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  appProperties: Record<string, string>;
  webViewLink: string;
}

/** The keys of our `appProperties`. */
export const PROP = {
  register: 'nhacviecRegister',
  task: 'nhacviecTask',
  kind: 'nhacviecKind',
  folder: 'nhacviecFolder',
} as const;
export type ArtefactKind = 'folder' | 'doc' | 'slip' | 'report';

function api(): GoogleAppsScript.Drive {
  // Present only when the manifest enables the advanced service (appsscript.json does).
  if (typeof Drive === 'undefined' || !Drive)
    throw new Error('The Advanced Drive service (v3) is not enabled.');
  return Drive;
}

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const has = (key: string, value: string) => `appProperties has { key=${q(key)} and value=${q(value)} }`;

function asFile(f: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File): DriveFile {
  return {
    id: String(f.id ?? ''),
    name: String(f.name ?? ''),
    mimeType: String(f.mimeType ?? ''),
    parents: (f.parents ?? []).map(String),
    appProperties: (f.appProperties ?? {}) as Record<string, string>,
    webViewLink: String(f.webViewLink ?? ''),
  };
}

/**
 * In one call, everything of this register the add-on made in this account that a task's workspace
 * needs: the register's root folder, the year's folder and the task's own folder, document and slip.
 * Under `drive.file` the list only ever holds files the add-on created for the person running it.
 */
export function listArtefacts(registerId: string, taskId: string, year: number): DriveFile[] {
  const query = [
    'trashed = false',
    has(PROP.register, registerId),
    `(${has(PROP.task, taskId)} or ${has(PROP.folder, 'root')} or ${has(PROP.folder, `year:${year}`)})`,
  ].join(' and ');
  // A listing is safe to ask again after Google's transient error.
  const res = retrying(() =>
    api().Files!.list({
      q: query,
      fields: `files(${FILE_FIELDS})`,
      orderBy: 'createdTime',
      pageSize: 100,
    }),
  );
  return (res.files ?? []).map(asFile);
}

export function createFolder(name: string, parent: string, appProperties: Record<string, string>): DriveFile {
  return asFile(
    api().Files!.create({ name, mimeType: FOLDER_MIME, parents: [parent], appProperties }, null as never, {
      fields: FILE_FIELDS,
    }),
  );
}

/** A Google Doc converted by Drive from HTML (the documented way to write a Doc without the Docs scope). */
export function createDocFromHtml(
  name: string,
  html: string,
  parent: string,
  appProperties: Record<string, string>,
): DriveFile {
  const blob = Utilities.newBlob(html, 'text/html', `${name}.html`);
  return asFile(
    api().Files!.create({ name, mimeType: DOC_MIME, parents: [parent], appProperties }, blob, {
      fields: FILE_FIELDS,
    }),
  );
}

export function createBlobFile(
  blob: GoogleAppsScript.Base.Blob,
  parent: string,
  appProperties: Record<string, string>,
): DriveFile {
  const name = blob.getName() ?? 'file';
  const mimeType = blob.getContentType() ?? 'application/octet-stream';
  return asFile(
    api().Files!.create({ name, mimeType, parents: [parent], appProperties }, blob, { fields: FILE_FIELDS }),
  );
}

/**
 * Replaces a file's content (the task slip made again): same id, same folder, same sharing. Only the
 * account that created the file can (`drive.file`).
 */
export function replaceBlobContent(fileId: string, blob: GoogleAppsScript.Base.Blob): void {
  api().Files!.update({ name: blob.getName() ?? 'file' }, fileId, blob, { fields: 'id' });
}

/** A Google Doc's content as HTML (the agency's template). `alt: 'media'` is required by Apps Script here. */
export function exportHtml(docId: string): string {
  return exportAs(docId, 'text/html').getDataAsString('UTF-8');
}

/** A Doc exported (`text/html`, `application/pdf`…; at most 10 MB, Drive API v3 files.export). */
export function exportAs(docId: string, mime: string): GoogleAppsScript.Base.Blob {
  // The typings know only export(fileId, mimeType); Apps Script needs {alt: 'media'} (issuetracker 468534237).
  const files = api().Files! as unknown as {
    export(id: string, mime: string, args: object): GoogleAppsScript.Base.Blob;
  };
  return files.export(docId, mime, { alt: 'media' });
}

/**
 * Who changed a file and when (`Revisions.list`, allowed under `drive.file`): the document's history,
 * possibly incomplete for a much-edited Doc; `emailAddress` may be absent (then the permission id).
 */
export function listRevisions(fileId: string): { who: string; at: string }[] {
  const res = api().Revisions!.list(fileId, {
    fields: 'revisions(modifiedTime,lastModifyingUser(displayName,emailAddress,permissionId))',
  });
  return (res.revisions ?? []).map((r) => {
    const u = r.lastModifyingUser ?? {};
    return {
      who: String(u.emailAddress || u.displayName || u.permissionId || '?'),
      at: String(r.modifiedTime ?? ''),
    };
  });
}

export function listPermissions(fileId: string): CurrentPermission[] {
  const res = api().Permissions!.list(fileId, { fields: 'permissions(id,type,role,emailAddress,domain)' });
  return (res.permissions ?? []).map((p) => ({
    id: String(p.id ?? ''),
    type: String(p.type ?? ''),
    role: String(p.role ?? ''),
    ...(p.emailAddress ? { emailAddress: String(p.emailAddress) } : {}),
    ...(p.domain ? { domain: String(p.domain) } : {}),
  }));
}

export function addPermission(fileId: string, email: string, role: DriveRole): void {
  api().Permissions!.create({ type: 'user', role, emailAddress: email }, fileId, {
    sendNotificationEmail: false,
    fields: 'id',
  });
}

export function changePermission(fileId: string, permissionId: string, role: DriveRole): void {
  api().Permissions!.update({ role }, fileId, permissionId, { fields: 'id' });
}

export function removePermission(fileId: string, permissionId: string): void {
  api().Permissions!.remove(fileId, permissionId);
}

// ---- Errors ---------------------------------------------------------------------------------------

export type DriveProblem = 'quota' | 'rate' | 'transient' | 'notFound' | 'denied' | 'noAccount' | 'other';

/** The message of a Drive error without Apps Script's "API call to … failed with error: " prefix. */
export function driveDetail(e: unknown): string {
  const m =
    e !== null && typeof e === 'object' && 'message' in e
      ? String((e as { message: unknown }).message)
      : String(e);
  return m.replace(/^API call to [\w.]+ failed with error:\s*/i, '');
}

/** Drive's wording: "User rate limit exceeded", "The user has exceeded their Drive storage quota", … */
export function classifyDriveError(e: unknown): DriveProblem {
  const m = driveDetail(e);
  if (/no Google account|Notify people/i.test(m)) return 'noAccount';
  // The add-on itself lacks an authorization (not a Drive sharing problem): say it as Apps Script does.
  if (/Specified permissions are not sufficient|Authorization is required/i.test(m)) return 'other';
  if (/rate ?limit|too many requests/i.test(m)) return 'rate';
  if (/quota|storage|limit|for one day/i.test(m)) return 'quota';
  if (isTransient(e)) return 'transient';
  if (/not found/i.test(m)) return 'notFound';
  if (/permission|not have access|forbidden/i.test(m)) return 'denied';
  return 'other';
}
