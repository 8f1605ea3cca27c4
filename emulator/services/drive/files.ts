/**
 * File operations shared by the Advanced Drive service and DriveApp: resolving visible files, creating
 * files (with Drive's HTML → Google Docs conversion), and the v3 JSON representation of a file.
 */
import type { ServiceContext } from '../../world';
import { apiError, appsScriptError } from '../../runtime';
import { asBlob, baseType, blobBytes, insufficient, notFound, rfc3339, type BlobLike } from './common';
import { htmlToText } from './html';
import {
  atLeast,
  fileBytes,
  fileSize,
  MIME,
  newFileRecord,
  permissionIdFor,
  roleFor,
  rootFolderOf,
  textToHtml,
  visibleTo,
  webViewLink,
  type DriveFileRecord,
  type PermissionRecord,
} from './state';
import { createHash } from 'node:crypto';

const lower = (s: string) => s.trim().toLowerCase();

/** The file if the execution can see it (`'root'` is the user's My Drive), else a 404 for `apiMethod`. */
export function visibleFile(ctx: ServiceContext, apiMethod: string, fileId: unknown): DriveFileRecord {
  const id = String(fileId ?? '');
  const state = ctx.world.drive;
  const file =
    id === 'root' ? rootFolderOf(state, ctx.exec.effectiveUser, ctx.exec.clock.now()) : state.files[id];
  if (!file || !visibleTo(ctx, file)) throw notFound(ctx, apiMethod, id);
  return file;
}

/** The file, checking the caller holds at least `role` on it. */
export function fileWithRole(
  ctx: ServiceContext,
  apiMethod: string,
  fileId: unknown,
  role: 'writer' | 'owner',
) {
  const file = visibleFile(ctx, apiMethod, fileId);
  if (!atLeast(roleFor(ctx, file), role)) throw insufficient(ctx, apiMethod);
  return file;
}

/** A folder the caller may add children to. */
export function parentFolder(ctx: ServiceContext, apiMethod: string, id: string): DriveFileRecord {
  const folder = visibleFile(ctx, apiMethod, id);
  if (folder.mimeType !== MIME.folder)
    throw apiError(ctx.exec, apiMethod, 'The specified parent is not a folder.', 400);
  if (!atLeast(roleFor(ctx, folder), 'writer')) throw insufficient(ctx, apiMethod);
  return folder;
}

/**
 * A parent for a new or moved item. `'root'` (or the user's root id) is always allowed: `drive.file`
 * apps may create in My Drive even though they cannot read the root folder itself.
 */
export function resolveParent(ctx: ServiceContext, apiMethod: string, id: string): DriveFileRecord {
  const root = rootFolderOf(ctx.world.drive, ctx.exec.effectiveUser, ctx.exec.clock.now());
  if (id === 'root' || id === root.id) return root;
  return parentFolder(ctx, apiMethod, id);
}

/** Sets a file's content from an uploaded blob, converting to a Google Doc when the file is one. */
export function setContent(
  ctx: ServiceContext,
  apiMethod: string,
  file: DriveFileRecord,
  blob: BlobLike | undefined,
): void {
  if (file.mimeType === MIME.folder) return;
  if (file.mimeType === MIME.document) {
    if (!blob) {
      file.doc ??= { text: '', html: textToHtml('') };
      return;
    }
    const type = baseType(blob.getContentType());
    const source = Buffer.from(blobBytes(blob)).toString('utf8');
    if (type === MIME.html) file.doc = { text: htmlToText(source), html: stampHeadingIds(file.id, source) };
    else if (type === MIME.text)
      file.doc = { text: source.replace(/\r\n?/g, '\n'), html: textToHtml(source) };
    else {
      // Drive also converts .docx, .odt, .rtf and (by OCR) PDFs and images; the emulator does not.
      throw appsScriptError(
        ctx.exec,
        `Emulator: converting ${type || 'untyped'} content to a Google Doc is not modelled (${apiMethod}); upload text/html.`,
      );
    }
    addRevision(file, ctx.exec.effectiveUser, ctx.exec.clock.now());
    return;
  }
  if (file.mimeType.startsWith('application/vnd.google-apps.')) {
    if (blob)
      throw appsScriptError(
        ctx.exec,
        `Emulator: converting content to ${file.mimeType} is not modelled (${apiMethod}).`,
      );
    return;
  }
  file.contentBase64 = Buffer.from(blob ? blobBytes(blob) : new Uint8Array(0)).toString('base64');
}

export interface CreateInit {
  name?: string;
  mimeType?: string;
  parents?: string[];
  description?: string;
  appProperties?: Record<string, unknown>;
  properties?: Record<string, unknown>;
  starred?: boolean;
  media?: unknown;
}

/** Creates a file as the app, owned by the effective user; checks parents and converts content. */
export function createFile(ctx: ServiceContext, apiMethod: string, init: CreateInit): DriveFileRecord {
  const state = ctx.world.drive;
  const now = ctx.exec.clock.now();
  const me = ctx.exec.effectiveUser;
  const blob = init.media === undefined || init.media === null ? undefined : asBlob(init.media);
  if (init.media != null && !blob)
    throw appsScriptError(ctx.exec, 'The mediaData parameter only supports Blob types for upload.');
  const requested = init.parents ?? [];
  if (requested.length > 1)
    throw apiError(ctx.exec, apiMethod, 'Increasing the number of parents is not allowed.', 403);
  const parents = requested.length
    ? [resolveParent(ctx, apiMethod, String(requested[0])).id]
    : [rootFolderOf(state, me, now).id];
  const mimeType =
    init.mimeType ??
    (blob ? baseType(blob.getContentType()) || 'application/octet-stream' : 'application/octet-stream');
  const file = newFileRecord(state, {
    name: init.name ?? blob?.getName() ?? 'Untitled',
    mimeType,
    parents,
    owner: me,
    now,
    byApp: true,
  });
  if (init.description !== undefined) file.description = String(init.description);
  if (init.starred !== undefined) file.starred = Boolean(init.starred);
  mergeProps(file.appProperties, init.appProperties);
  mergeProps(file.properties, init.properties);
  setContent(ctx, apiMethod, file, blob);
  state.files[file.id] = file;
  return file;
}

/** Drive stores property values as strings; `null` deletes a key. */
export function mergeProps(target: Record<string, string>, patch: Record<string, unknown> | undefined): void {
  if (!patch) return;
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete target[k];
    else if (v !== undefined) target[k] = String(v);
  }
}

export function userJson(ctx: ServiceContext, email: string) {
  return {
    kind: 'drive#user',
    displayName: email.split('@')[0],
    emailAddress: email,
    me: lower(email) === lower(ctx.exec.effectiveUser),
    permissionId: permissionIdFor(email),
  };
}

export function permissionJson(p: PermissionRecord): Record<string, unknown> {
  return {
    kind: 'drive#permission',
    id: p.id,
    type: p.type,
    role: p.role,
    ...(p.emailAddress !== undefined
      ? { emailAddress: p.emailAddress, displayName: p.emailAddress.split('@')[0] }
      : {}),
    ...(p.domain !== undefined ? { domain: p.domain, displayName: p.domain } : {}),
    ...(p.allowFileDiscovery !== undefined ? { allowFileDiscovery: p.allowFileDiscovery } : {}),
    deleted: false,
    pendingOwner: false,
  };
}

/** The full v3 File resource, as `fields: '*'` returns it. */
export function fileJson(ctx: ServiceContext, f: DriveFileRecord): Record<string, unknown> {
  const role = roleFor(ctx, f);
  const canEdit = atLeast(role, 'writer');
  const isFolder = f.mimeType === MIME.folder;
  const isGoogle = f.mimeType.startsWith('application/vnd.google-apps.');
  const ext = /\.([A-Za-z0-9]+)$/.exec(f.name)?.[1];
  const json: Record<string, unknown> = {
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    ...(f.description !== undefined ? { description: f.description } : {}),
    starred: f.starred,
    trashed: f.trashed,
    explicitlyTrashed: f.trashed,
    parents: [...f.parents],
    ...(Object.keys(f.properties).length ? { properties: { ...f.properties } } : {}),
    ...(Object.keys(f.appProperties).length ? { appProperties: { ...f.appProperties } } : {}),
    spaces: ['drive'],
    version: String(Math.max(1, Math.round((f.modifiedTime - f.createdTime) / 1000) + 1)),
    webViewLink: webViewLink(f),
    iconLink: `https://drive-thirdparty.googleusercontent.com/16/type/${f.mimeType}`,
    hasThumbnail: false,
    viewedByMe: true,
    createdTime: rfc3339(f.createdTime),
    modifiedTime: rfc3339(f.modifiedTime),
    owners: [userJson(ctx, f.owner)],
    lastModifyingUser: userJson(ctx, f.lastModifyingUser),
    shared: f.permissions.length > 1,
    ownedByMe: lower(f.owner) === lower(ctx.exec.effectiveUser),
    capabilities: {
      canEdit,
      canShare: canEdit,
      canComment: atLeast(role, 'commenter'),
      canCopy: !isFolder,
      canDownload: true,
      canDelete: role === 'owner',
      canTrash: canEdit,
      canRename: canEdit,
      canAddChildren: isFolder && canEdit,
      canListChildren: isFolder,
      canRemoveChildren: isFolder && canEdit,
    },
    viewersCanCopyContent: true,
    copyRequiresWriterPermission: false,
    writersCanShare: true,
    ...(canEdit ? { permissions: f.permissions.map(permissionJson) } : {}),
    permissionIds: f.permissions.map((p) => p.id),
    isAppAuthorized: f.createdByApp,
    quotaBytesUsed: String(isGoogle || isFolder ? 0 : fileSize(f)),
  };
  if (!isFolder) json.size = String(fileSize(f));
  if (f.mimeType === MIME.document) {
    json.exportLinks = Object.fromEntries(
      [MIME.pdf, MIME.text, MIME.html].map((t) => [
        t,
        `https://docs.google.com/feeds/download/documents/export/Export?id=${f.id}&exportFormat=${t === MIME.pdf ? 'pdf' : t === MIME.text ? 'txt' : 'html'}`,
      ]),
    );
  }
  if (!isGoogle && !isFolder) {
    json.webContentLink = `https://drive.google.com/uc?id=${f.id}&export=download`;
    json.originalFilename = f.name;
    json.md5Checksum = createHash('md5').update(fileBytes(f)).digest('hex');
    if (ext) {
      json.fileExtension = ext;
      json.fullFileExtension = ext;
    }
  }
  return json;
}

/**
 * Drive gives every heading of a converted Doc an id of its own (`h.…`, the `#heading=` of Docs' links
 * and the `id` of the HTML export's headings), kept while the heading stays, whatever its text
 * becomes. Source ids are not kept. Stored as `data-hid` on the stored HTML; ids drawn from the file's
 * id so that a run is repeatable.
 */
export function stampHeadingIds(fileId: string, html: string): string {
  let n = 0;
  return html.replace(/<(h[1-6])\b([^>]*)>/gi, (_m, tag: string, attrs: string) => {
    const id = 'h.' + createHash('sha1').update(`${fileId}:${n++}`).digest('hex').slice(0, 12);
    return `<${tag}${attrs.replace(/\s(id|data-hid)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')} data-hid="${id}">`;
  });
}

export function addRevision(file: DriveFileRecord, user: string, at: number): void {
  const list = (file.revisions ??= []);
  list.push({ id: String(list.length + 1), at, user });
}
