/**
 * The Advanced Drive service, v3 (`Drive.Files`, `Drive.Permissions`), as typed in
 * @types/google-apps-script apis/drive_v3.d.ts. Responses are plain objects with only the requested
 * `fields` (v3 returns `kind,id,name,mimeType` by default, so `webViewLink` needs `fields`), errors are
 * `GoogleJsonResponseException`s, and `drive.file` limits what is visible (see state.ts).
 */
import type { Models } from '../../models';
import { apiError, appsScriptError, markEmulated, tagEmulated } from '../../runtime';
import type { ServiceContext } from '../../world';
import type { Blob } from '../utilities';
import { asBlob, EMAIL_RE, insufficient, makeBlob } from './common';
import {
  userJson,
  createFile,
  fileJson,
  fileWithRole,
  mergeProps,
  resolveParent,
  permissionJson,
  setContent,
  visibleFile,
} from './files';
import { exportDocHtml } from './export';
import { docToPdf } from './pdf';
import {
  compileQuery,
  FILE_FIELDS,
  parseFields,
  PERMISSION_FIELDS,
  QueryError,
  selectFields,
  unknownFields,
  FieldsError,
  type FieldTree,
} from './query';
import {
  anyonePermissionId,
  atLeast,
  childrenOf,
  MIME,
  permissionIdFor,
  roleFor,
  rootFolderOf,
  visibleTo,
  type DriveFileRecord,
  type PermissionRecord,
  type PermissionType,
  type Role,
} from './state';

type Args = Record<string, unknown>;

const DEFAULT_FILE = 'kind,id,name,mimeType';
const DEFAULT_FILE_LIST = 'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)';
const DEFAULT_PERMISSION = 'kind,id,type,role';
const DEFAULT_PERMISSION_LIST = 'kind,nextPageToken,permissions(kind,id,type,role)';
const ROLES: Role[] = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
const TYPES: PermissionType[] = ['user', 'group', 'domain', 'anyone'];
/** Members of a File the API sets itself: writing them is an error. */
const READ_ONLY = [
  'id',
  'kind',
  'webViewLink',
  'webContentLink',
  'owners',
  'permissions',
  'size',
  'capabilities',
  'createdTime',
];

function fieldsOf(
  ctx: ServiceContext,
  apiMethod: string,
  spec: unknown,
  fallback: string,
  known: ReadonlySet<string>,
  nested: Record<string, ReadonlySet<string>> = {},
): FieldTree | '*' {
  try {
    const tree = parseFields(typeof spec === 'string' ? spec : fallback);
    const bad = unknownFields(tree, known, nested);
    if (bad) throw new FieldsError(bad);
    return tree;
  } catch (e) {
    if (e instanceof FieldsError)
      throw apiError(ctx.exec, apiMethod, `Invalid field selection ${e.message}`, 400);
    throw e;
  }
}

function csv(v: unknown): string[] {
  return typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** The Drive API's JSON, as the typings declare it (the emulator builds it field by field). */
type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileListResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type PermissionResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionListResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;

export class DriveFiles implements Models<
  GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection,
  'copy' | 'create' | 'export' | 'get' | 'list' | 'remove' | 'update'
> {
  constructor(private readonly ctx: ServiceContext) {}

  create(resource?: Args | null, mediaData?: unknown, optionalArgs?: Args | null): FileResource {
    const api = 'drive.files.create';
    const r = resource ?? {};
    const fields = fieldsOf(this.ctx, api, optionalArgs?.fields, DEFAULT_FILE, FILE_FIELDS);
    const file = createFile(this.ctx, api, {
      name: r.name as string | undefined,
      mimeType: r.mimeType as string | undefined,
      parents: Array.isArray(r.parents) ? (r.parents as string[]) : undefined,
      description: r.description as string | undefined,
      appProperties: r.appProperties as Args | undefined,
      properties: r.properties as Args | undefined,
      starred: r.starred as boolean | undefined,
      media: mediaData,
    });
    return selectFields(fileJson(this.ctx, file), fields) as FileResource;
  }

  /** With `{alt: 'media'}` (the typings' string result) it throws: not modelled. */
  get(fileId: string, optionalArgs: { alt: 'media' }): string;
  get(fileId: string, optionalArgs?: Args | null): FileResource;
  get(fileId: string, optionalArgs?: Args | null): unknown {
    const api = 'drive.files.get';
    const file = visibleFile(this.ctx, api, fileId);
    if (optionalArgs?.alt === 'media') {
      // Apps Script's handling of alt=media through the advanced service is unconfirmed: keep scripts off it.
      throw appsScriptError(
        this.ctx.exec,
        'Emulator: Drive.Files.get with alt=media is not modelled; use Drive.Files.export for Docs.',
      );
    }
    const fields = fieldsOf(this.ctx, api, optionalArgs?.fields, DEFAULT_FILE, FILE_FIELDS);
    return selectFields(fileJson(this.ctx, file), fields) as FileResource;
  }

  list(optionalArgs?: Args | null): FileListResource {
    const api = 'drive.files.list';
    const args = optionalArgs ?? {};
    const fields = fieldsOf(
      this.ctx,
      api,
      args.fields,
      DEFAULT_FILE_LIST,
      new Set(['kind', 'incompleteSearch', 'nextPageToken', 'files']),
      { files: FILE_FIELDS },
    );
    let match: (f: DriveFileRecord) => boolean = () => true;
    if (typeof args.q === 'string' && args.q.trim()) {
      try {
        const root = rootFolderOf(
          this.ctx.world.drive,
          this.ctx.exec.effectiveUser,
          this.ctx.exec.clock.now(),
        );
        match = compileQuery(args.q, { root: root.id });
      } catch (e) {
        if (e instanceof QueryError) throw apiError(this.ctx.exec, api, 'Invalid Value', 400);
        throw e;
      }
    }
    const pageSize = args.pageSize === undefined ? 100 : Number(args.pageSize);
    if (!Number.isInteger(pageSize) || pageSize < 1) throw apiError(this.ctx.exec, api, 'Invalid Value', 400);
    const offset = args.pageToken ? decodeToken(String(args.pageToken)) : 0;
    if (offset === undefined) throw apiError(this.ctx.exec, api, 'Invalid Value', 400);
    const all = Object.values(this.ctx.world.drive.files)
      .filter((f) => !f.isRoot && visibleTo(this.ctx, f) && match(f))
      .sort(orderBy(typeof args.orderBy === 'string' ? args.orderBy : ''));
    const page = all.slice(offset, offset + Math.min(pageSize, 1000));
    const next = offset + page.length < all.length ? encodeToken(offset + page.length) : undefined;
    const body = {
      kind: 'drive#fileList',
      incompleteSearch: false,
      ...(next ? { nextPageToken: next } : {}),
      files: page.map((f) => fileJson(this.ctx, f)),
    };
    return selectFields(body, fields) as FileListResource;
  }

  update(
    resource: Args | null,
    fileId: string,
    mediaData?: unknown,
    optionalArgs?: Args | null,
  ): FileResource {
    const api = 'drive.files.update';
    const file = fileWithRole(this.ctx, api, fileId, 'writer');
    const r = resource ?? {};
    const args = optionalArgs ?? {};
    const fields = fieldsOf(this.ctx, api, args.fields, DEFAULT_FILE, FILE_FIELDS);
    if ('parents' in r) {
      throw apiError(
        this.ctx.exec,
        api,
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
        403,
      );
    }
    if (READ_ONLY.some((k) => k in r))
      throw apiError(
        this.ctx.exec,
        api,
        'The resource body includes fields which are not directly writable.',
        403,
      );
    const adds = csv(args.addParents).map((id) => resolveParent(this.ctx, api, id).id);
    const rootId = rootFolderOf(
      this.ctx.world.drive,
      this.ctx.exec.effectiveUser,
      this.ctx.exec.clock.now(),
    ).id;
    const removes = csv(args.removeParents).map((id) => (id === 'root' ? rootId : id));
    const unique = file.parents.filter((p) => !removes.includes(p));
    for (const id of adds) if (!unique.includes(id)) unique.push(id);
    if (unique.length > 1)
      throw apiError(this.ctx.exec, api, 'Increasing the number of parents is not allowed.', 403);
    const blob = mediaData === undefined || mediaData === null ? undefined : asBlob(mediaData);
    if (mediaData != null && !blob)
      throw appsScriptError(this.ctx.exec, 'The mediaData parameter only supports Blob types for upload.');

    if (typeof r.name === 'string') file.name = r.name;
    if (r.description !== undefined) file.description = String(r.description);
    if (typeof r.starred === 'boolean') file.starred = r.starred;
    if (typeof r.trashed === 'boolean') file.trashed = r.trashed;
    if (typeof r.mimeType === 'string' && r.mimeType !== file.mimeType) {
      if (
        file.mimeType.startsWith('application/vnd.google-apps.') ||
        r.mimeType.startsWith('application/vnd.google-apps.')
      ) {
        throw apiError(
          this.ctx.exec,
          api,
          'The mimeType of a Google Workspace file or folder cannot be changed.',
          403,
        );
      }
      file.mimeType = r.mimeType;
    }
    mergeProps(file.appProperties, r.appProperties as Args | undefined);
    mergeProps(file.properties, r.properties as Args | undefined);
    file.parents = unique;
    if (blob) setContent(this.ctx, api, file, blob);
    file.modifiedTime = this.ctx.exec.clock.now();
    file.lastModifyingUser = this.ctx.exec.effectiveUser.toLowerCase();
    return selectFields(fileJson(this.ctx, file), fields) as FileResource;
  }

  copy(resource: Args | null, fileId: string, optionalArgs?: Args | null): FileResource {
    const api = 'drive.files.copy';
    const source = visibleFile(this.ctx, api, fileId);
    if (source.mimeType === MIME.folder)
      throw apiError(this.ctx.exec, api, 'This file cannot be copied by the user.', 403);
    const r = resource ?? {};
    const fields = fieldsOf(this.ctx, api, optionalArgs?.fields, DEFAULT_FILE, FILE_FIELDS);
    const parents = Array.isArray(r.parents)
      ? (r.parents as string[])
      : source.parents.filter((p) => {
          const folder = this.ctx.world.drive.files[p];
          return folder && visibleTo(this.ctx, folder) && atLeast(roleFor(this.ctx, folder), 'writer');
        });
    const copy = createFile(this.ctx, api, {
      name: typeof r.name === 'string' ? r.name : `Copy of ${source.name}`,
      mimeType: source.mimeType,
      parents: parents.length ? parents : undefined,
      description: (r.description as string | undefined) ?? source.description,
      appProperties: { ...source.appProperties, ...((r.appProperties as Args) ?? {}) },
      properties: { ...source.properties, ...((r.properties as Args) ?? {}) },
    });
    if (source.doc) copy.doc = { ...source.doc };
    if (source.contentBase64 !== undefined) copy.contentBase64 = source.contentBase64;
    return selectFields(fileJson(this.ctx, copy), fields) as FileResource;
  }

  /** Deletes permanently (skipping the trash); a folder takes the descendants its owner owns with it. */
  remove(fileId: string, _optionalArgs?: Args | null): void {
    const api = 'drive.files.delete';
    const file = fileWithRole(this.ctx, api, fileId, 'owner');
    const state = this.ctx.world.drive;
    const doomed = [file];
    while (doomed.length) {
      const f = doomed.pop()!;
      for (const child of childrenOf(state, f.id)) {
        if (child.owner === f.owner) doomed.push(child);
        else child.parents = child.parents.filter((p) => p !== f.id);
      }
      delete state.files[f.id];
    }
  }

  /**
   * Exports a Google Doc as PDF, plain text or HTML and returns a Blob. Apps Script's advanced service
   * needs `{alt: 'media'}` here although the reference does not say so (issuetracker 468534237).
   */
  export(fileId: string, mimeType: string, optionalArgs?: Args | null): Blob {
    const api = 'drive.files.export';
    const file = visibleFile(this.ctx, api, fileId);
    if (optionalArgs?.alt !== 'media') {
      throw apiError(this.ctx.exec, api, 'Export requires alt=media to download the exported content.', 400);
    }
    if (!file.mimeType.startsWith('application/vnd.google-apps.') || file.mimeType === MIME.folder) {
      throw apiError(this.ctx.exec, api, 'Export only supports Docs Editors files.', 403);
    }
    if (!file.doc)
      throw appsScriptError(this.ctx.exec, `Emulator: exporting ${file.mimeType} is not modelled.`);
    switch (mimeType) {
      case MIME.pdf:
        return makeBlob(this.ctx.exec, docToPdf(file.name, file.doc.text), MIME.pdf, `${file.name}.pdf`);
      case MIME.text:
        return makeBlob(
          this.ctx.exec,
          new Uint8Array(Buffer.from('\ufeff' + file.doc.text, 'utf8')),
          MIME.text,
          `${file.name}.txt`,
        );
      case MIME.html:
        return makeBlob(
          this.ctx.exec,
          new Uint8Array(Buffer.from(exportDocHtml(file.doc.html, this.ctx.world.drive.htmlExport), 'utf8')),
          MIME.html,
          `${file.name}.html`,
        );
      default:
        throw apiError(this.ctx.exec, api, 'The requested conversion is not supported.', 400);
    }
  }
}

export class DrivePermissions implements Models<
  GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection,
  'create' | 'get' | 'list' | 'remove' | 'update'
> {
  constructor(private readonly ctx: ServiceContext) {}

  create(resource: Args, fileId: string, optionalArgs?: Args | null): PermissionResource {
    const api = 'drive.permissions.create';
    const { ctx } = this;
    const file = visibleFile(ctx, api, fileId);
    if (!atLeast(roleFor(ctx, file), 'writer')) throw insufficient(ctx, api);
    const args = optionalArgs ?? {};
    const fields = fieldsOf(ctx, api, args.fields, DEFAULT_PERMISSION, PERMISSION_FIELDS);
    const r = resource ?? {};
    const type = r.type as PermissionType;
    const role = r.role as Role;
    if (!type) throw apiError(ctx.exec, api, 'The permission type field is required.', 400);
    if (!role) throw apiError(ctx.exec, api, 'The permission role field is required.', 400);
    if (!TYPES.includes(type) || !ROLES.includes(role)) throw apiError(ctx.exec, api, 'Invalid Value', 400);
    if (role === 'owner' && args.transferOwnership !== true) {
      throw apiError(
        ctx.exec,
        api,
        "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
        403,
      );
    }
    const notify = args.sendNotificationEmail !== false; // Drive's default is to send
    let record: PermissionRecord;
    if (type === 'user' || type === 'group') {
      const email = String(r.emailAddress ?? '')
        .trim()
        .toLowerCase();
      if (!email) throw apiError(ctx.exec, api, 'The permission emailAddress field is required.', 400);
      if (!EMAIL_RE.test(email)) throw apiError(ctx.exec, api, 'Invalid Value', 400);
      if (ctx.world.users[email]?.noGoogleAccount && !notify) {
        throw apiError(
          ctx.exec,
          api,
          `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`,
          400,
        );
      }
      record = upsert(file, { id: permissionIdFor(email), type, role, emailAddress: email });
      if (role === 'owner') transferOwnership(file, email);
      if (notify) {
        ctx.world.drive.notifications.push({
          to: email,
          from: ctx.exec.effectiveUser,
          fileId: file.id,
          fileName: file.name,
          role,
          message: typeof args.emailMessage === 'string' ? args.emailMessage : '',
          via: 'Permissions.create',
          at: ctx.exec.clock.now(),
        });
      }
    } else if (type === 'domain') {
      const domain = String(r.domain ?? '')
        .trim()
        .toLowerCase();
      if (!domain) throw apiError(ctx.exec, api, 'The permission domain field is required.', 400);
      const discover = r.allowFileDiscovery === true;
      record = upsert(file, {
        id: `${domain}${discover ? '' : 'withLink'}`,
        type,
        role,
        domain,
        allowFileDiscovery: discover,
      });
    } else {
      const discover = r.allowFileDiscovery === true;
      record = upsert(file, { id: anyonePermissionId(discover), type, role, allowFileDiscovery: discover });
    }
    file.modifiedTime = ctx.exec.clock.now();
    return selectFields(permissionJson(record), fields) as PermissionResource;
  }

  list(fileId: string, optionalArgs?: Args | null): PermissionListResource {
    const api = 'drive.permissions.list';
    const file = visibleFile(this.ctx, api, fileId);
    const fields = fieldsOf(
      this.ctx,
      api,
      optionalArgs?.fields,
      DEFAULT_PERMISSION_LIST,
      new Set(['kind', 'nextPageToken', 'permissions']),
      { permissions: PERMISSION_FIELDS },
    );
    return selectFields(
      { kind: 'drive#permissionList', permissions: file.permissions.map(permissionJson) },
      fields,
    ) as PermissionListResource;
  }

  get(fileId: string, permissionId: string, optionalArgs?: Args | null): PermissionResource {
    const api = 'drive.permissions.get';
    const file = visibleFile(this.ctx, api, fileId);
    const fields = fieldsOf(this.ctx, api, optionalArgs?.fields, DEFAULT_PERMISSION, PERMISSION_FIELDS);
    return selectFields(
      permissionJson(this.permission(api, file, permissionId)),
      fields,
    ) as PermissionResource;
  }

  update(
    resource: Args,
    fileId: string,
    permissionId: string,
    optionalArgs?: Args | null,
  ): PermissionResource {
    const api = 'drive.permissions.update';
    const { ctx } = this;
    const file = fileWithRole(ctx, api, fileId, 'writer');
    const args = optionalArgs ?? {};
    const fields = fieldsOf(ctx, api, args.fields, DEFAULT_PERMISSION, PERMISSION_FIELDS);
    const p = this.permission(api, file, permissionId);
    const role = (resource ?? {}).role as Role | undefined;
    if (role !== undefined) {
      if (!ROLES.includes(role)) throw apiError(ctx.exec, api, 'Invalid Value', 400);
      if (role === 'owner') {
        if (args.transferOwnership !== true) {
          throw apiError(
            ctx.exec,
            api,
            "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
            403,
          );
        }
        if (!p.emailAddress) throw apiError(ctx.exec, api, 'Invalid Value', 400);
        transferOwnership(file, p.emailAddress);
      } else {
        if (p.role === 'owner') throw insufficient(ctx, api);
        p.role = role;
      }
    }
    file.modifiedTime = ctx.exec.clock.now();
    return selectFields(permissionJson(p), fields) as PermissionResource;
  }

  remove(fileId: string, permissionId: string, _optionalArgs?: Args | null): void {
    const api = 'drive.permissions.delete';
    const file = fileWithRole(this.ctx, api, fileId, 'writer');
    const p = this.permission(api, file, permissionId);
    if (p.role === 'owner') throw apiError(this.ctx.exec, api, 'The owner of a file cannot be removed.', 403);
    file.permissions = file.permissions.filter((x) => x !== p);
    file.modifiedTime = this.ctx.exec.clock.now();
  }

  private permission(api: string, file: DriveFileRecord, permissionId: string): PermissionRecord {
    const p = file.permissions.find((x) => x.id === String(permissionId));
    if (!p) throw apiError(this.ctx.exec, api, `Permission not found: ${permissionId}.`, 404);
    return p;
  }
}

/** Adds a permission, or changes the role of the one the same grantee already has (as Drive does). */
function upsert(file: DriveFileRecord, p: PermissionRecord): PermissionRecord {
  const existing = file.permissions.find((x) => x.id === p.id);
  if (existing) {
    if (existing.role !== 'owner') existing.role = p.role;
    return existing;
  }
  file.permissions.push(p);
  return p;
}

function transferOwnership(file: DriveFileRecord, email: string): void {
  for (const p of file.permissions) if (p.role === 'owner' && p.emailAddress !== email) p.role = 'writer';
  const target = file.permissions.find((p) => p.emailAddress === email);
  if (target) target.role = 'owner';
  file.owner = email;
}

function encodeToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}
function decodeToken(token: string): number | undefined {
  const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  return m ? Number(m[1]) : undefined;
}

/** `orderBy` such as `name`, `createdTime desc`, `folder,modifiedTime desc`; default is creation order. */
function orderBy(spec: string): (a: DriveFileRecord, b: DriveFileRecord) => number {
  const keys = spec
    .split(',')
    .map((s) => s.trim().split(/\s+/))
    .filter((k) => k[0]);
  return (a, b) => {
    for (const [key, dir] of keys) {
      const sign = dir === 'desc' ? -1 : 1;
      let d = 0;
      if (key === 'name' || key === 'name_natural') d = a.name.localeCompare(b.name, 'vi');
      else if (key === 'createdTime') d = a.createdTime - b.createdTime;
      else if (key === 'modifiedTime' || key === 'recency') d = a.modifiedTime - b.modifiedTime;
      else if (key === 'folder') d = Number(b.mimeType === MIME.folder) - Number(a.mimeType === MIME.folder);
      else if (key === 'starred') d = Number(b.starred) - Number(a.starred);
      if (d !== 0) return d * sign;
    }
    return a.createdTime - b.createdTime;
  };
}

const REVISION_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'id',
  'mimeType',
  'modifiedTime',
  'keepForever',
  'published',
  'lastModifyingUser',
  'exportLinks',
]);

/**
 * `Revisions.list` (works under `drive.file`, Drive API v3 reference): each revision's id, time and
 * `lastModifyingUser` (asked for in `fields`). Drive warns that the list "might be incomplete" for
 * frequently edited Docs; the emulator returns every revision it recorded, oldest first.
 */
export class DriveRevisions implements Models<
  GoogleAppsScript.Drive_v3.Drive.V3.Collection.RevisionsCollection,
  'list'
> {
  constructor(private readonly ctx: ServiceContext) {}

  list(fileId: string, optionalArgs?: Args | null): GoogleAppsScript.Drive_v3.Drive.V3.Schema.RevisionList {
    const api = 'drive.revisions.list';
    const file = visibleFile(this.ctx, api, fileId);
    const fields = fieldsOf(
      this.ctx,
      api,
      optionalArgs?.fields,
      'kind,nextPageToken,revisions(kind,id,mimeType,modifiedTime)',
      new Set(['kind', 'nextPageToken', 'revisions']),
      { revisions: REVISION_FIELDS },
    );
    const revisions = (file.revisions ?? []).map((r) => ({
      kind: 'drive#revision',
      id: r.id,
      mimeType: file.mimeType,
      modifiedTime: new Date(r.at).toISOString(),
      keepForever: false,
      published: false,
      lastModifyingUser: userJson(this.ctx, r.user),
    }));
    return selectFields({ kind: 'drive#revisionList', revisions }, fields) as object;
  }
}

markEmulated(DriveFiles, 'Drive.Files', 'drive');
markEmulated(DriveRevisions, 'Drive.Revisions', 'drive');
markEmulated(DrivePermissions, 'Drive.Permissions', 'drive');

/** The global `Drive` (present only when the manifest enables the advanced service). */
export function createAdvancedDrive(ctx: ServiceContext): object {
  return tagEmulated(
    {
      Files: new DriveFiles(ctx),
      Permissions: new DrivePermissions(ctx),
      Revisions: new DriveRevisions(ctx),
      newFile: (): FileResource => ({}),
      newPermission: (): PermissionResource => ({}),
    } satisfies Models<
      GoogleAppsScript.Drive,
      'Files' | 'Permissions' | 'Revisions' | 'newFile' | 'newPermission'
    >,
    'Drive',
    'drive',
  );
}
