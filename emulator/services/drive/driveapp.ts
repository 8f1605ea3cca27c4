/**
 * DriveApp over the same Drive state. It works (folders, files, sharing), but its creating and listing
 * methods need the full `drive` scope (scopes.ts) and `addEditor`/`addViewer` always e-mail the person:
 * the two reasons a script with narrow scopes uses the Advanced Drive service instead. Tests prove both.
 */
import type { Models } from '../../models';
import { appsScriptError, markEmulated } from '../../runtime';
import type { ServiceContext } from '../../world';
import type { Blob } from '../utilities';
import { asBlob, baseType, EMAIL_RE, makeBlob } from './common';
import { createFile } from './files';
import { docToPdf } from './pdf';
import {
  anyonePermissionId,
  atLeast,
  domainOf,
  effectiveRole,
  fileBytes,
  fileSize,
  MIME,
  permissionIdFor,
  roleFor,
  rootFolderOf,
  visibleTo,
  webViewLink,
  type DriveFileRecord,
  type Role,
} from './state';

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';
const ACCESS_DENIED = 'Access denied: DriveApp.';

/** A member of a DriveApp enum. */
interface DriveEnum<K extends string> {
  name(): K;
  toString(): K;
}
function enumOf<const K extends string>(names: readonly K[]): Record<K, DriveEnum<K>> {
  return Object.freeze(
    Object.fromEntries(names.map((n) => [n, Object.freeze({ name: () => n, toString: () => n })])) as Record<
      K,
      DriveEnum<K>
    >,
  );
}
const ACCESS = enumOf(['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'] as const);
const PERMISSION = enumOf([
  'VIEW',
  'EDIT',
  'COMMENT',
  'OWNER',
  'ORGANIZER',
  'FILE_ORGANIZER',
  'NONE',
] as const);
const ROLE_OF: Record<string, Role> = { VIEW: 'reader', COMMENT: 'commenter', EDIT: 'writer' };
const PERMISSION_OF: Partial<Record<Role, keyof typeof PERMISSION>> = {
  reader: 'VIEW',
  commenter: 'COMMENT',
  writer: 'EDIT',
};

/** The `Blob` or `(name, content, mimeType)` arguments of `createFile`, as Drive content. */
function createFileArgs(ctx: ServiceContext, a: unknown, content?: unknown, mimeType?: unknown) {
  const blob = asBlob(a);
  if (blob)
    return {
      name: blob.getName() ?? 'Untitled',
      mimeType: baseType(blob.getContentType()) || 'application/octet-stream',
      media: blob,
    };
  if (typeof a !== 'string') throw appsScriptError(ctx.exec, 'Invalid argument: name');
  const text = String(content ?? '');
  if (Buffer.byteLength(text, 'utf8') > 50 * 1024 * 1024)
    throw appsScriptError(ctx.exec, 'Invalid argument: content');
  const type = typeof mimeType === 'string' ? mimeType : MIME.text;
  if (type.startsWith('application/vnd.google-apps.'))
    throw appsScriptError(ctx.exec, 'Invalid argument: file.contentType');
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  return {
    name: a,
    mimeType: type,
    media: {
      getBytes: () => Array.from(bytes, (b) => (b << 24) >> 24),
      getContentType: () => type,
      getName: () => a,
      getDataAsString: () => text,
    },
  };
}

class DriveUser implements Models<
  GoogleAppsScript.Drive.User,
  'getDomain' | 'getEmail' | 'getName' | 'getPhotoUrl'
> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getName(): string {
    return this.email.split('@')[0];
  }
  getDomain(): string {
    return domainOf(this.email);
  }
  getPhotoUrl(): string {
    return '';
  }
}

/** What File and Folder share: a view over one record, looked up on every call. */
abstract class DriveItem {
  constructor(
    protected readonly ctx: ServiceContext,
    protected readonly id: string,
  ) {}

  protected _rec(): DriveFileRecord {
    const f = this.ctx.world.drive.files[this.id];
    if (!f || !visibleTo(this.ctx, f)) throw appsScriptError(this.ctx.exec, NOT_FOUND);
    return f;
  }
  protected _writable(): DriveFileRecord {
    const f = this._rec();
    if (!atLeast(roleFor(this.ctx, f), 'writer')) throw appsScriptError(this.ctx.exec, ACCESS_DENIED);
    return f;
  }
  protected _touch(f: DriveFileRecord): void {
    f.modifiedTime = this.ctx.exec.clock.now();
    f.lastModifyingUser = this.ctx.exec.effectiveUser.toLowerCase();
  }
  protected _date(ms: number): Date {
    return new this.ctx.exec.realm.Date(ms);
  }

  getId(): string {
    return this._rec().id;
  }
  getName(): string {
    return this._rec().name;
  }
  getUrl(): string {
    return webViewLink(this._rec());
  }
  getDescription(): string | null {
    return this._rec().description ?? null;
  }
  getDateCreated(): Date {
    return this._date(this._rec().createdTime);
  }
  getLastUpdated(): Date {
    return this._date(this._rec().modifiedTime);
  }
  isTrashed(): boolean {
    return this._rec().trashed;
  }
  isStarred(): boolean {
    return this._rec().starred;
  }
  getOwner(): DriveUser {
    return new DriveUser(this._rec().owner);
  }
  getEditors(): DriveUser[] {
    const f = this._rec();
    return f.permissions
      .filter((p) => p.type === 'user' && p.role === 'writer')
      .map((p) => new DriveUser(p.emailAddress!));
  }
  getViewers(): DriveUser[] {
    const f = this._rec();
    return f.permissions
      .filter((p) => p.type === 'user' && (p.role === 'reader' || p.role === 'commenter'))
      .map((p) => new DriveUser(p.emailAddress!));
  }
  getParents(): FolderIterator {
    const f = this._rec();
    const ids = f.parents.filter((p) => {
      const parent = this.ctx.world.drive.files[p];
      return parent && visibleTo(this.ctx, parent);
    });
    return new FolderIterator(this.ctx, ids);
  }
  getSharingAccess(): DriveEnum<keyof typeof ACCESS> {
    const p = this._link();
    if (!p) return ACCESS.PRIVATE;
    if (p.type === 'anyone') return p.allowFileDiscovery ? ACCESS.ANYONE : ACCESS.ANYONE_WITH_LINK;
    return p.allowFileDiscovery ? ACCESS.DOMAIN : ACCESS.DOMAIN_WITH_LINK;
  }
  getSharingPermission(): DriveEnum<keyof typeof PERMISSION> {
    const p = this._link();
    return PERMISSION[(p && PERMISSION_OF[p.role]) ?? 'NONE'];
  }
  protected _link() {
    return this._rec().permissions.find((p) => p.type === 'anyone' || p.type === 'domain');
  }

  setName(name: string): this {
    const f = this._writable();
    f.name = String(name);
    this._touch(f);
    return this;
  }
  setDescription(description: string): this {
    const f = this._writable();
    f.description = String(description);
    this._touch(f);
    return this;
  }
  setStarred(starred: boolean): this {
    const f = this._rec();
    f.starred = Boolean(starred);
    return this;
  }
  setTrashed(trashed: boolean): this {
    const f = this._writable();
    f.trashed = Boolean(trashed);
    this._touch(f);
    return this;
  }

  /** Shares with a person: always sends Drive's notification e-mail (there is no way to turn it off). */
  addEditor(emailOrUser: unknown): this {
    return this._share(emailOrUser, 'writer', 'addEditor');
  }
  addEditors(emails: unknown[]): this {
    for (const e of emails) this._share(e, 'writer', 'addEditors');
    return this;
  }
  addViewer(emailOrUser: unknown): this {
    return this._share(emailOrUser, 'reader', 'addViewer');
  }
  addViewers(emails: unknown[]): this {
    for (const e of emails) this._share(e, 'reader', 'addViewers');
    return this;
  }
  addCommenter(emailOrUser: unknown): this {
    return this._share(emailOrUser, 'commenter', 'addCommenter');
  }
  removeEditor(emailOrUser: unknown): this {
    return this._unshare(emailOrUser, ['writer']);
  }
  removeViewer(emailOrUser: unknown): this {
    return this._unshare(emailOrUser, ['reader', 'commenter']);
  }

  protected _share(emailOrUser: unknown, role: Role, method: string): this {
    const f = this._writable();
    const email = this._email(emailOrUser);
    if (this.ctx.world.users[email]?.noGoogleAccount) {
      // What Drive answers for an address without a Google account (seen from DriveApp.addEditor too).
      throw appsScriptError(
        this.ctx.exec,
        `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`,
      );
    }
    const id = permissionIdFor(email);
    const existing = f.permissions.find((p) => p.id === id);
    // Adding a viewer who is already an editor changes nothing, as in Apps Script.
    if (existing) {
      if (atLeast(existing.role, role)) return this;
      existing.role = role;
    } else {
      f.permissions.push({ id, type: 'user', role, emailAddress: email });
    }
    this.ctx.world.drive.notifications.push({
      to: email,
      from: this.ctx.exec.effectiveUser,
      fileId: f.id,
      fileName: f.name,
      role,
      message: '',
      via: `DriveApp.${method}`,
      at: this.ctx.exec.clock.now(),
    });
    this._touch(f);
    return this;
  }
  protected _unshare(emailOrUser: unknown, roles: Role[]): this {
    const f = this._writable();
    const email = this._email(emailOrUser);
    f.permissions = f.permissions.filter((p) => !(p.emailAddress === email && roles.includes(p.role)));
    this._touch(f);
    return this;
  }
  protected _email(emailOrUser: unknown): string {
    const raw = emailOrUser as { getEmail?: () => string } | string;
    const email = String(
      typeof raw === 'object' && raw && typeof raw.getEmail === 'function' ? raw.getEmail() : raw,
    )
      .trim()
      .toLowerCase();
    if (!EMAIL_RE.test(email))
      throw appsScriptError(this.ctx.exec, `Invalid argument: ${String(emailOrUser)}`);
    return email;
  }

  setSharing(accessType: unknown, permissionType: unknown): this {
    const f = this._writable();
    const access = String(accessType);
    const perm = String(permissionType);
    if (!(access in ACCESS)) throw appsScriptError(this.ctx.exec, 'Invalid argument: accessType');
    if (!(perm in PERMISSION)) throw appsScriptError(this.ctx.exec, 'Invalid argument: permissionType');
    f.permissions = f.permissions.filter((p) => p.type !== 'anyone' && p.type !== 'domain');
    if (access !== 'PRIVATE') {
      const role = ROLE_OF[perm];
      if (!role) throw appsScriptError(this.ctx.exec, 'Invalid argument: permissionType');
      const discover = access === 'ANYONE' || access === 'DOMAIN';
      if (access.startsWith('ANYONE')) {
        f.permissions.push({
          id: anyonePermissionId(discover),
          type: 'anyone',
          role,
          allowFileDiscovery: discover,
        });
      } else {
        const domain = domainOf(f.owner);
        if (domain === 'gmail.com') throw appsScriptError(this.ctx.exec, 'Invalid argument: accessType');
        f.permissions.push({
          id: `${domain}${discover ? '' : 'withLink'}`,
          type: 'domain',
          role,
          domain,
          allowFileDiscovery: discover,
        });
      }
    }
    this._touch(f);
    return this;
  }

  moveTo(destination: unknown): this {
    const f = this._writable();
    const target = destination as Folder;
    if (!(target instanceof Folder)) throw appsScriptError(this.ctx.exec, 'Invalid argument: destination');
    const folder = target._rec();
    if (!atLeast(roleFor(this.ctx, folder), 'writer')) throw appsScriptError(this.ctx.exec, ACCESS_DENIED);
    f.parents = [folder.id];
    this._touch(f);
    return this;
  }
}

export class File
  extends DriveItem
  implements
    Models<
      GoogleAppsScript.Drive.File,
      | 'addCommenter'
      | 'addEditor'
      | 'addEditors'
      | 'addViewer'
      | 'addViewers'
      | 'getAs'
      | 'getBlob'
      | 'getDateCreated'
      | 'getDescription'
      | 'getEditors'
      | 'getId'
      | 'getLastUpdated'
      | 'getMimeType'
      | 'getName'
      | 'getOwner'
      | 'getParents'
      | 'getSharingAccess'
      | 'getSharingPermission'
      | 'getSize'
      | 'getUrl'
      | 'getViewers'
      | 'isStarred'
      | 'isTrashed'
      | 'makeCopy'
      | 'moveTo'
      | 'removeEditor'
      | 'removeViewer'
      | 'setDescription'
      | 'setName'
      | 'setSharing'
      | 'setStarred'
      | 'setTrashed'
    >
{
  getMimeType(): string {
    return this._rec().mimeType;
  }
  getSize(): number {
    return fileSize(this._rec());
  }
  /** A Doc's blob is its PDF, as in Apps Script. */
  getBlob(): Blob {
    const f = this._rec();
    if (f.doc) return makeBlob(this.ctx.exec, docToPdf(f.name, f.doc.text), MIME.pdf, `${f.name}.pdf`);
    return makeBlob(this.ctx.exec, fileBytes(f), f.mimeType, f.name);
  }
  getAs(contentType: string): Blob {
    const f = this._rec();
    if (contentType === f.mimeType) return makeBlob(this.ctx.exec, fileBytes(f), f.mimeType, f.name);
    if (contentType === MIME.pdf && f.doc) return this.getBlob();
    throw appsScriptError(this.ctx.exec, `Converting from ${f.mimeType} to ${contentType} is not supported.`);
  }
  makeCopy(nameOrDestination?: unknown, destination?: unknown): File {
    const source = this._rec();
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Copy of ${source.name}`;
    const dest = (typeof nameOrDestination === 'string' ? destination : nameOrDestination) as
      Folder | undefined;
    const parents =
      dest instanceof Folder
        ? [dest.getId()]
        : source.parents.filter((p) => {
            const folder = this.ctx.world.drive.files[p];
            return folder && visibleTo(this.ctx, folder) && atLeast(roleFor(this.ctx, folder), 'writer');
          });
    const copy = createFile(this.ctx, 'DriveApp', {
      name,
      mimeType: source.mimeType,
      parents: parents.slice(0, 1),
    });
    if (source.doc) copy.doc = { ...source.doc };
    if (source.contentBase64 !== undefined) copy.contentBase64 = source.contentBase64;
    return new File(this.ctx, copy.id);
  }
}

export class Folder
  extends DriveItem
  implements
    Models<
      GoogleAppsScript.Drive.Folder,
      | 'addEditor'
      | 'addEditors'
      | 'addViewer'
      | 'addViewers'
      | 'createFile'
      | 'createFolder'
      | 'getDateCreated'
      | 'getDescription'
      | 'getEditors'
      | 'getFiles'
      | 'getFilesByName'
      | 'getFolders'
      | 'getFoldersByName'
      | 'getId'
      | 'getLastUpdated'
      | 'getName'
      | 'getOwner'
      | 'getParents'
      | 'getSharingAccess'
      | 'getSharingPermission'
      | 'getUrl'
      | 'getViewers'
      | 'isStarred'
      | 'isTrashed'
      | 'moveTo'
      | 'removeEditor'
      | 'removeViewer'
      | 'setDescription'
      | 'setName'
      | 'setSharing'
      | 'setStarred'
      | 'setTrashed'
    >
{
  createFolder(name: string): Folder {
    const parent = this._writable();
    const f = createFile(this.ctx, 'DriveApp', {
      name: String(name),
      mimeType: MIME.folder,
      parents: [parent.id],
    });
    return new Folder(this.ctx, f.id);
  }
  createFile(nameOrBlob: unknown, content?: unknown, mimeType?: unknown): File {
    const parent = this._writable();
    const f = createFile(this.ctx, 'DriveApp', {
      ...createFileArgs(this.ctx, nameOrBlob, content, mimeType),
      parents: [parent.id],
    });
    return new File(this.ctx, f.id);
  }
  getFiles(): FileIterator {
    return new FileIterator(
      this.ctx,
      this._children(false).map((f) => f.id),
    );
  }
  getFolders(): FolderIterator {
    return new FolderIterator(
      this.ctx,
      this._children(true).map((f) => f.id),
    );
  }
  getFilesByName(name: string): FileIterator {
    return new FileIterator(
      this.ctx,
      this._children(false)
        .filter((f) => f.name === name)
        .map((f) => f.id),
    );
  }
  getFoldersByName(name: string): FolderIterator {
    return new FolderIterator(
      this.ctx,
      this._children(true)
        .filter((f) => f.name === name)
        .map((f) => f.id),
    );
  }
  private _children(folders: boolean): DriveFileRecord[] {
    const me = this._rec();
    return Object.values(this.ctx.world.drive.files).filter(
      (f) =>
        f.parents.includes(me.id) &&
        !f.trashed &&
        (f.mimeType === MIME.folder) === folders &&
        visibleTo(this.ctx, f),
    );
  }
}

abstract class DriveIterator<T> {
  private pos = 0;
  constructor(
    protected readonly ctx: ServiceContext,
    private readonly ids: string[],
  ) {}
  hasNext(): boolean {
    return this.pos < this.ids.length;
  }
  next(): T {
    if (this.pos >= this.ids.length)
      throw appsScriptError(this.ctx.exec, 'Cannot retrieve the next object: iterator has reached the end.');
    return this._make(this.ids[this.pos++]);
  }
  getContinuationToken(): string {
    return Buffer.from(JSON.stringify(this.ids.slice(this.pos))).toString('base64url');
  }
  protected abstract _make(id: string): T;
}
export class FileIterator
  extends DriveIterator<File>
  implements Models<GoogleAppsScript.Drive.FileIterator, 'getContinuationToken' | 'hasNext' | 'next'>
{
  protected _make(id: string): File {
    return new File(this.ctx, id);
  }
}
export class FolderIterator
  extends DriveIterator<Folder>
  implements Models<GoogleAppsScript.Drive.FolderIterator, 'getContinuationToken' | 'hasNext' | 'next'>
{
  protected _make(id: string): Folder {
    return new Folder(this.ctx, id);
  }
}

class DriveAppService implements Models<
  GoogleAppsScript.Drive.DriveApp,
  | 'Access'
  | 'Permission'
  | 'createFile'
  | 'createFolder'
  | 'getFileById'
  | 'getFiles'
  | 'getFilesByName'
  | 'getFolderById'
  | 'getFolders'
  | 'getFoldersByName'
  | 'getRootFolder'
> {
  readonly Access = ACCESS;
  readonly Permission = PERMISSION;
  constructor(private readonly ctx: ServiceContext) {}

  createFolder(name: string): Folder {
    const f = createFile(this.ctx, 'DriveApp', { name: String(name), mimeType: MIME.folder });
    return new Folder(this.ctx, f.id);
  }
  createFile(nameOrBlob: unknown, content?: unknown, mimeType?: unknown): File {
    const f = createFile(this.ctx, 'DriveApp', createFileArgs(this.ctx, nameOrBlob, content, mimeType));
    return new File(this.ctx, f.id);
  }
  getFileById(id: string): File {
    const f = this._find(id);
    if (f.mimeType === MIME.folder) throw appsScriptError(this.ctx.exec, NOT_FOUND);
    return new File(this.ctx, f.id);
  }
  getFolderById(id: string): Folder {
    const f = this._find(id);
    if (f.mimeType !== MIME.folder) throw appsScriptError(this.ctx.exec, NOT_FOUND);
    return new Folder(this.ctx, f.id);
  }
  getRootFolder(): Folder {
    return new Folder(
      this.ctx,
      rootFolderOf(this.ctx.world.drive, this.ctx.exec.effectiveUser, this.ctx.exec.clock.now()).id,
    );
  }
  getFiles(): FileIterator {
    return new FileIterator(
      this.ctx,
      this._all(false).map((f) => f.id),
    );
  }
  getFolders(): FolderIterator {
    return new FolderIterator(
      this.ctx,
      this._all(true).map((f) => f.id),
    );
  }
  getFilesByName(name: string): FileIterator {
    return new FileIterator(
      this.ctx,
      this._all(false)
        .filter((f) => f.name === name)
        .map((f) => f.id),
    );
  }
  getFoldersByName(name: string): FolderIterator {
    return new FolderIterator(
      this.ctx,
      this._all(true)
        .filter((f) => f.name === name)
        .map((f) => f.id),
    );
  }

  private _find(id: string): DriveFileRecord {
    const f = this.ctx.world.drive.files[String(id)];
    if (!f || !visibleTo(this.ctx, f)) throw appsScriptError(this.ctx.exec, NOT_FOUND);
    return f;
  }
  private _all(folders: boolean): DriveFileRecord[] {
    return Object.values(this.ctx.world.drive.files).filter(
      (f) => !f.isRoot && !f.trashed && (f.mimeType === MIME.folder) === folders && visibleTo(this.ctx, f),
    );
  }
}

markEmulated(DriveAppService, 'DriveApp', 'drive');
markEmulated(Folder, 'Folder', 'drive');
markEmulated(File, 'File', 'drive');
markEmulated(FileIterator, 'FileIterator', 'drive');
markEmulated(FolderIterator, 'FolderIterator', 'drive');
// Not `User`: scopes.ts reserves `User.getEmail` for Session's user (userinfo.email).
markEmulated(DriveUser, 'DriveUser', 'drive');

export function createDriveApp(ctx: ServiceContext): object {
  return new DriveAppService(ctx);
}

/** The role a user holds on a file, for DocumentApp (which is not limited by drive.file). */
export function userRole(ctx: ServiceContext, f: DriveFileRecord): Role | null {
  return effectiveRole(ctx.world.drive, f, ctx.exec.effectiveUser);
}
