// scopes.ts first: runtime.ts and scopes.ts import each other (see service-context.ts).
import '../../emulator/scopes';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Faults } from '../../emulator/faults';
import { Clock, instrument, newExecution, SCOPE, type Manifest } from '../../emulator/runtime';
import type { ServiceContext, WorldState } from '../../emulator/world';
import {
  addDriveFile,
  createAdvancedDrive,
  createDocumentApp,
  createDriveApp,
  createDriveState,
  fileContent,
  listDriveFiles,
  MIME,
  openWithApp,
} from '../../emulator/services/drive';
import { blobFromBytes } from '../../emulator/services/utilities';

const MANIFEST = JSON.parse(readFileSync('appsscript.json', 'utf8')) as Manifest;
const OUR_SCOPES = MANIFEST.oauthScopes!;
const LEADER = 'lanhdao@ubnd-nhs.gov.vn';
const STAFF = 'chuyenvien@gmail.com';

/* eslint-disable @typescript-eslint/no-explicit-any -- scripts see untyped API objects */
type Api = any;

function makeWorld(): WorldState {
  return { manifest: MANIFEST, users: {}, drive: createDriveState() } as unknown as WorldState;
}

/** One execution with the given scopes (our manifest's by default), faults and the Drive-backed globals. */
function run(world: WorldState, clock: Clock, as: string, scopes: string[] = OUR_SCOPES, faults?: Faults) {
  const exec = newExecution({
    faults,
    clock,
    activeUser: as,
    effectiveUser: as,
    authMode: 'FULL',
    scopes: new Set(scopes),
    advancedServices: new Set(['Drive']),
    scriptTimeZone: 'Asia/Ho_Chi_Minh',
  });
  faults?.begin(exec);
  const ctx: ServiceContext = { exec, world, project: { html: {} } };
  return {
    exec,
    Drive: instrument(exec, createAdvancedDrive(ctx)) as Api,
    DriveApp: instrument(exec, createDriveApp(ctx)) as Api,
    DocumentApp: instrument(exec, createDocumentApp(ctx)) as Api,
  };
}

function htmlBlob(html: string, name = 'doc.html') {
  return blobFromBytes(new Uint8Array(Buffer.from(html, 'utf8')), 'text/html', name);
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

/** The text pdf.js extracts from a PDF (pdfjs-dist is ESM-only, so a node child process reads it). */
function pdfText(bytes: Uint8Array): { numPages: number; title: string | null; pages: string[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'doc.pdf');
  writeFileSync(file, bytes);
  const out = execFileSync(process.execPath, [join(__dirname, '../helpers/pdf-text.mjs'), file], {
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

const REPORT_HTML = `<!DOCTYPE html><html><head><title>ignored</title><style>p{color:red}</style></head>
<body><h1>Báo cáo tổng kết công tác năm 2026</h1>
<p>Đơn vị: <b>Phòng Nội vụ</b> &amp; Văn phòng UBND &ndash; quận Ngũ Hành Sơn</p>
<ul><li>Hoàn thành đúng hạn: 604</li><li>Quá hạn: 3</li></ul>
<p>Người ký:<br>Nguyễn Thị Ánh&nbsp;Tuyết &#272;&#7891;ng</p>
<table><tr><td>Mã</td><td>Nội dung</td></tr></table></body></html>`;

describe('Advanced Drive service (v3)', () => {
  let world: WorldState;
  let clock: Clock;
  beforeEach(() => {
    world = makeWorld();
    clock = new Clock(Date.UTC(2026, 2, 2, 2, 30, 0));
  });

  it('creates folders and returns only kind, id, name and mimeType unless fields asks for more', () => {
    const { Drive } = run(world, clock, LEADER);
    const folder = Drive.Files.create({ name: 'Nhiệm vụ 2026', mimeType: MIME.folder });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(folder).toMatchObject({ kind: 'drive#file', name: 'Nhiệm vụ 2026', mimeType: MIME.folder });
    expect(folder.id).toMatch(/^[A-Za-z0-9_-]{33}$/);

    const full = Drive.Files.get(folder.id, {
      fields: 'id,webViewLink,createdTime,modifiedTime,parents,owners(emailAddress)',
    });
    expect(full.webViewLink).toBe(`https://drive.google.com/drive/folders/${folder.id}`);
    expect(full.createdTime).toBe('2026-03-02T02:30:00.000Z');
    expect(full.owners).toEqual([{ emailAddress: LEADER }]);
    expect(full.parents).toHaveLength(1);
    expect(full.name).toBeUndefined();

    expect(thrown(() => Drive.Files.get(folder.id, { fields: 'id,nonsense' })).message).toBe(
      'API call to drive.files.get failed with error: Invalid field selection nonsense',
    );
  });

  it('converts an uploaded HTML blob into a Google Doc whose text keeps Vietnamese diacritics', () => {
    const { Drive } = run(world, clock, LEADER);
    const folder = Drive.Files.create({ name: 'NV-001', mimeType: MIME.folder });
    const doc = Drive.Files.create(
      { name: 'Báo cáo', mimeType: MIME.document, parents: [folder.id] },
      htmlBlob(REPORT_HTML),
      { fields: 'id,mimeType,webViewLink,parents' },
    );
    expect(doc.mimeType).toBe(MIME.document);
    expect(doc.parents).toEqual([folder.id]);
    expect(doc.webViewLink).toBe(`https://docs.google.com/document/d/${doc.id}/edit`);
    expect(world.drive.files[doc.id].doc!.text).toBe(
      [
        'Báo cáo tổng kết công tác năm 2026',
        'Đơn vị: Phòng Nội vụ & Văn phòng UBND – quận Ngũ Hành Sơn',
        'Hoàn thành đúng hạn: 604',
        'Quá hạn: 3',
        'Người ký:\nNguyễn Thị Ánh Tuyết Đồng',
        'Mã\tNội dung',
      ].join('\n'),
    );
    // Stored as uploaded, each heading stamped with the id Drive gives it.
    expect(world.drive.files[doc.id].doc!.html.replace(/ data-hid="h\.[0-9a-f]{12}"/g, '')).toBe(REPORT_HTML);

    const txt = Drive.Files.export(doc.id, 'text/plain', { alt: 'media' });
    expect(txt.getContentType()).toBe('text/plain');
    expect(txt.getDataAsString()).toContain('Báo cáo tổng kết công tác năm 2026');
    // Re-serialised as Google does (test/emulator/drive-export.test.ts); verbatim only when asked.
    expect(Drive.Files.export(doc.id, 'text/html', { alt: 'media' }).getDataAsString()).toContain(
      'doc-content',
    );
    world.drive.htmlExport = { mode: 'verbatim' };
    expect(Drive.Files.export(doc.id, 'text/html', { alt: 'media' }).getDataAsString()).toBe(REPORT_HTML);
    delete world.drive.htmlExport;
  });

  it('exports a Doc to a real PDF whose extracted text is the document text', () => {
    const { Drive } = run(world, clock, LEADER);
    const doc = Drive.Files.create(
      { name: 'Báo cáo tổng kết', mimeType: MIME.document },
      htmlBlob(REPORT_HTML),
    );
    const pdf = Drive.Files.export(doc.id, 'application/pdf', { alt: 'media' });
    expect(pdf.getContentType()).toBe('application/pdf');
    const bytes = Uint8Array.from(pdf.getBytes() as number[], (b) => b & 0xff);
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.4');
    const extracted = pdfText(bytes);
    expect(extracted.numPages).toBe(1);
    expect(extracted.title).toBe('Báo cáo tổng kết');
    expect(extracted.pages[0]).toContain('Báo cáo tổng kết công tác năm 2026');
    expect(extracted.pages[0]).toContain('Nguyễn Thị Ánh Tuyết Đồng');
    expect(extracted.pages[0]).toContain('Đơn vị: Phòng Nội vụ & Văn phòng UBND – quận Ngũ Hành Sơn');
  });

  it('paginates long documents across PDF pages', () => {
    const { Drive } = run(world, clock, LEADER);
    const lines = Array.from(
      { length: 120 },
      (_, i) => `<p>Nhiệm vụ số ${i + 1}: đôn đốc các phường</p>`,
    ).join('');
    const doc = Drive.Files.create({ name: 'Dài', mimeType: MIME.document }, htmlBlob(lines));
    const out = pdfText(fileContent(world.drive, doc.id).bytes);
    expect(out.numPages).toBe(3);
    expect(out.pages[2]).toContain('Nhiệm vụ số 120: đôn đốc các phường');
  });

  it('needs alt=media to export, and exports only Docs Editors files', () => {
    const { Drive } = run(world, clock, LEADER);
    const doc = Drive.Files.create({ name: 'D', mimeType: MIME.document });
    const e = thrown(() => Drive.Files.export(doc.id, 'application/pdf'));
    expect(e.name).toBe('GoogleJsonResponseException');
    expect(e.message).toBe(
      'API call to drive.files.export failed with error: Export requires alt=media to download the exported content.',
    );
    const png = Drive.Files.create(
      { name: 'qr.png' },
      blobFromBytes(new Uint8Array([137, 80, 78, 71]), 'image/png', 'qr.png'),
    );
    expect(thrown(() => Drive.Files.export(png.id, 'application/pdf', { alt: 'media' })).message).toBe(
      'API call to drive.files.export failed with error: Export only supports Docs Editors files.',
    );
    expect(thrown(() => Drive.Files.export(doc.id, 'image/png', { alt: 'media' })).message).toContain(
      'The requested conversion is not supported.',
    );
  });

  it('stores uploaded PDF and PNG bytes as they were', () => {
    const { Drive } = run(world, clock, LEADER);
    const pngBytes = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255, 128]);
    const png = Drive.Files.create({ name: 'QR NV-001.png' }, blobFromBytes(pngBytes, 'image/png', 'x.png'), {
      fields: 'id,name,mimeType,size,webViewLink,fileExtension',
    });
    expect(png).toMatchObject({
      name: 'QR NV-001.png',
      mimeType: 'image/png',
      size: '11',
      fileExtension: 'png',
    });
    expect(png.webViewLink).toBe(`https://drive.google.com/file/d/${png.id}/view`);
    expect(fileContent(world.drive, png.id)).toEqual({ bytes: pngBytes, mimeType: 'image/png' });

    const pdfBytes = new Uint8Array(Buffer.from('%PDF-1.7 fake'));
    const pdf = Drive.Files.create(
      { mimeType: 'application/pdf' },
      blobFromBytes(pdfBytes, 'application/pdf', 'bien-ban.pdf'),
    );
    expect(pdf.name).toBe('bien-ban.pdf');
    expect(Buffer.from(fileContent(world.drive, pdf.id).bytes).toString()).toBe('%PDF-1.7 fake');
  });

  it("creates in My Drive with parents ['root'] but cannot read the root folder under drive.file", () => {
    const { Drive } = run(world, clock, LEADER);
    const f = Drive.Files.create({ name: 'Ở gốc', mimeType: MIME.folder, parents: ['root'] }, null, {
      fields: 'id,parents',
    });
    const implicit = Drive.Files.create({ name: 'Mặc định', mimeType: MIME.folder });
    expect(Drive.Files.get(implicit.id, { fields: 'parents' }).parents).toEqual(f.parents);
    expect(Drive.Files.list({ q: "'root' in parents", fields: 'files(name)' }).files).toEqual([
      { name: 'Ở gốc' },
      { name: 'Mặc định' },
    ]);
    expect(thrown(() => Drive.Files.get('root')).message).toBe(
      'API call to drive.files.get failed with error: File not found: root.',
    );
    expect(run(world, clock, LEADER, [SCOPE.drive]).Drive.Files.get('root', { fields: 'id,name' })).toEqual({
      id: f.parents[0],
      name: 'My Drive',
    });
  });

  describe('drive.file scope', () => {
    it('hides files the app did not create: get, update, list and permissions behave as not found', () => {
      const manual = addDriveFile(world.drive, {
        name: 'Hồ sơ cá nhân',
        mimeType: MIME.document,
        owner: LEADER,
        text: 'riêng',
      });
      const { Drive } = run(world, clock, LEADER);
      const mine = Drive.Files.create({ name: 'Của add-on', mimeType: MIME.folder });

      const e = thrown(() => Drive.Files.get(manual.id));
      expect(e.name).toBe('GoogleJsonResponseException');
      expect(e.message).toBe(`API call to drive.files.get failed with error: File not found: ${manual.id}.`);
      expect(`${e.name}: ${e.message}`).toBe(
        `GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${manual.id}.`,
      );
      expect(thrown(() => Drive.Files.update({ name: 'x' }, manual.id)).message).toContain(
        'drive.files.update failed with error: File not found',
      );
      expect(thrown(() => Drive.Permissions.list(manual.id)).message).toContain(
        'drive.permissions.list failed with error: File not found',
      );
      expect(
        thrown(() =>
          Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: STAFF }, manual.id),
        ).message,
      ).toContain('drive.permissions.create failed with error: File not found');
      expect(thrown(() => Drive.Files.create({ name: 'x', parents: [manual.id] })).message).toContain(
        `File not found: ${manual.id}.`,
      );
      expect(Drive.Files.list({ q: 'trashed = false' }).files.map((f: { id: string }) => f.id)).toEqual([
        mine.id,
      ]);

      // Opened with the app (e.g. through the Picker): now drive.file reaches it.
      openWithApp(world.drive, manual.id, LEADER);
      expect(run(world, clock, LEADER).Drive.Files.get(manual.id).name).toBe('Hồ sơ cá nhân');
    });

    it('shows everything the user can open with the full drive scope', () => {
      const manual = addDriveFile(world.drive, { name: 'Hồ sơ', mimeType: MIME.folder, owner: LEADER });
      const someoneElses = addDriveFile(world.drive, {
        name: 'Không chia sẻ',
        mimeType: MIME.folder,
        owner: 'khac@gmail.com',
      });
      const { Drive } = run(world, clock, LEADER, [SCOPE.drive]);
      expect(Drive.Files.get(manual.id).name).toBe('Hồ sơ');
      expect(thrown(() => Drive.Files.get(someoneElses.id)).message).toContain('File not found');
      expect(Drive.Files.list().files.map((f: { name: string }) => f.name)).toEqual(['Hồ sơ']);
    });

    it('grants per user: a file the add-on made as the leader stays invisible to the assignee until opened with the app', () => {
      const leader = run(world, clock, LEADER);
      const doc = leader.Drive.Files.create({ name: 'Phiếu giao việc', mimeType: MIME.document });
      leader.Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: STAFF }, doc.id, {
        sendNotificationEmail: false,
      });

      const staff = run(world, clock, STAFF);
      expect(thrown(() => staff.Drive.Files.get(doc.id)).message).toContain(`File not found: ${doc.id}.`);
      // With full Drive access the shared file is there.
      expect(run(world, clock, STAFF, [SCOPE.drive]).Drive.Files.get(doc.id).name).toBe('Phiếu giao việc');
      openWithApp(world.drive, doc.id, STAFF);
      expect(run(world, clock, STAFF).Drive.Files.get(doc.id, { fields: 'capabilities/canEdit' })).toEqual({
        capabilities: { canEdit: true },
      });
    });
  });

  it('lists with the supported q subset, pages, and omits nextPageToken when fields does not ask for it', () => {
    const { Drive } = run(world, clock, LEADER);
    const root = Drive.Files.create({
      name: 'Nhắc Việc',
      mimeType: MIME.folder,
      appProperties: { nhacviec: 'root' },
    });
    const a = Drive.Files.create({
      name: 'NV-001',
      mimeType: MIME.folder,
      parents: [root.id],
      appProperties: { taskId: 'NV-001' },
    });
    const b = Drive.Files.create({
      name: 'NV-002',
      mimeType: MIME.folder,
      parents: [root.id],
      appProperties: { taskId: 'NV-002' },
    });
    const c = Drive.Files.create({ name: "Biên bản 'họp'", mimeType: MIME.document, parents: [root.id] });
    Drive.Files.update({ trashed: true }, b.id);

    const ids = (q: string) =>
      Drive.Files.list({ q, fields: 'files(id)' }).files.map((f: { id: string }) => f.id);
    expect(ids(`'${root.id}' in parents`)).toEqual([a.id, b.id, c.id]);
    expect(ids(`'${root.id}' in parents and trashed = false`)).toEqual([a.id, c.id]);
    expect(ids(`'${root.id}' in parents and mimeType = '${MIME.folder}' and trashed = false`)).toEqual([
      a.id,
    ]);
    expect(ids(`name = 'Biên bản \\'họp\\''`)).toEqual([c.id]);
    expect(ids(`appProperties has { key='taskId' and value='NV-002' }`)).toEqual([b.id]);
    expect(ids(`appProperties has { key='nhacviec' and value='root' } and trashed = false`)).toEqual([
      root.id,
    ]);
    expect(ids(`mimeType != '${MIME.folder}'`)).toEqual([c.id]);
    expect(ids(`(name = 'NV-001' or name = 'NV-002') and not trashed = true`)).toEqual([a.id]);
    expect(thrown(() => Drive.Files.list({ q: 'fullText contains "x"' })).message).toBe(
      'API call to drive.files.list failed with error: Invalid Value',
    );

    const page1 = Drive.Files.list({ q: `'${root.id}' in parents`, pageSize: 2 });
    expect(page1.files.map((f: { name: string }) => f.name)).toEqual(['NV-001', 'NV-002']);
    expect(Object.keys(page1.files[0]).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const page2 = Drive.Files.list({
      q: `'${root.id}' in parents`,
      pageSize: 2,
      pageToken: page1.nextPageToken,
    });
    expect(page2.files.map((f: { id: string }) => f.id)).toEqual([c.id]);
    expect(page2.nextPageToken).toBeUndefined();
    expect(
      Drive.Files.list({ q: `'${root.id}' in parents`, pageSize: 2, fields: 'files(id)' }).nextPageToken,
    ).toBeUndefined();
    const byName = (orderBy: string) =>
      Drive.Files.list({ orderBy, fields: 'files(name)' }).files.map((f: { name: string }) => f.name);
    expect(byName('name')).toEqual(["Biên bản 'họp'", 'Nhắc Việc', 'NV-001', 'NV-002']);
    expect(byName('name desc')[0]).toBe('NV-002');
  });

  it('updates metadata, merges appProperties and moves between folders with addParents/removeParents', () => {
    const { Drive } = run(world, clock, LEADER);
    const from = Drive.Files.create({ name: 'Đang làm', mimeType: MIME.folder });
    const to = Drive.Files.create({ name: 'Lưu trữ', mimeType: MIME.folder });
    const f = Drive.Files.create({
      name: 'NV-9',
      mimeType: MIME.folder,
      parents: [from.id],
      appProperties: { a: '1', b: '2' },
    });
    clock.advance(60_000);
    const updatedAt = clock.now(); // each call moves the clock by its modelled cost
    const updated = Drive.Files.update(
      { name: 'NV-9 (xong)', description: 'đã hoàn thành', appProperties: { a: null, c: 3 } },
      f.id,
      null,
      {
        addParents: to.id,
        removeParents: from.id,
        fields: 'name,description,appProperties,parents,modifiedTime',
      },
    );
    expect(updated).toEqual({
      name: 'NV-9 (xong)',
      description: 'đã hoàn thành',
      appProperties: { b: '2', c: '3' },
      parents: [to.id],
      modifiedTime: new Date(updatedAt).toISOString(),
    });
    expect(thrown(() => Drive.Files.update({ parents: [from.id] }, f.id)).message).toBe(
      'API call to drive.files.update failed with error: The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
    );
    expect(thrown(() => Drive.Files.update({}, f.id, null, { addParents: from.id })).message).toContain(
      'Increasing the number of parents is not allowed.',
    );
  });

  it('replaces a Doc’s content when HTML media is uploaded on update, and copies files', () => {
    const { Drive } = run(world, clock, LEADER);
    const doc = Drive.Files.create({ name: 'Mẫu', mimeType: MIME.document }, htmlBlob('<p>Cũ</p>'));
    Drive.Files.update({}, doc.id, htmlBlob('<p>Mới: tiến độ 50%</p>'));
    expect(world.drive.files[doc.id].doc!.text).toBe('Mới: tiến độ 50%');
    const copy = Drive.Files.copy({ name: 'Bản sao' }, doc.id, { fields: 'id,name,mimeType' });
    expect(copy).toMatchObject({ name: 'Bản sao', mimeType: MIME.document });
    expect(world.drive.files[copy.id].doc!.text).toBe('Mới: tiến độ 50%');
    expect(world.drive.files[copy.id].createdByApp).toBe(true);
  });

  it('removes a folder with the descendants its owner owns', () => {
    const { Drive } = run(world, clock, LEADER);
    const folder = Drive.Files.create({ name: 'Tạm', mimeType: MIME.folder });
    const child = Drive.Files.create({ name: 'con', mimeType: MIME.folder, parents: [folder.id] });
    const grandchild = Drive.Files.create({ name: 'cháu', mimeType: MIME.document, parents: [child.id] });
    expect(Drive.Files.remove(folder.id)).toBeUndefined();
    for (const id of [folder.id, child.id, grandchild.id]) expect(world.drive.files[id]).toBeUndefined();
    expect(thrown(() => Drive.Files.get(folder.id)).message).toContain('File not found');
  });

  describe('Permissions', () => {
    it('shares without a notification e-mail only when sendNotificationEmail is false (Drive’s default sends one)', () => {
      const { Drive } = run(world, clock, LEADER);
      const folder = Drive.Files.create({ name: 'NV-001', mimeType: MIME.folder });
      const p = Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: STAFF }, folder.id, {
        sendNotificationEmail: false,
        supportsAllDrives: true,
      });
      expect(Object.keys(p).sort()).toEqual(['id', 'kind', 'role', 'type']);
      expect(p).toMatchObject({ type: 'user', role: 'writer' });
      expect(world.drive.notifications).toEqual([]);

      Drive.Permissions.create(
        { type: 'user', role: 'reader', emailAddress: 'lanhdao2@ubnd-nhs.gov.vn' },
        folder.id,
        {
          emailMessage: 'Mời đồng chí theo dõi',
        },
      );
      expect(world.drive.notifications).toEqual([
        expect.objectContaining({
          to: 'lanhdao2@ubnd-nhs.gov.vn',
          from: LEADER,
          fileId: folder.id,
          role: 'reader',
          message: 'Mời đồng chí theo dõi',
          via: 'Permissions.create',
        }),
      ]);
    });

    it('lists (emailAddress only when asked for), updates and removes permissions', () => {
      const { Drive } = run(world, clock, LEADER);
      const folder = Drive.Files.create({ name: 'NV-002', mimeType: MIME.folder });
      const p = Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: STAFF }, folder.id, {
        sendNotificationEmail: false,
      });
      expect(Drive.Permissions.list(folder.id).permissions.every((x: object) => !('emailAddress' in x))).toBe(
        true,
      );
      const listed = () =>
        Drive.Permissions.list(folder.id, { fields: 'permissions(id,emailAddress,role)' }).permissions.map(
          (x: { emailAddress: string; role: string }) => `${x.emailAddress}:${x.role}`,
        );
      expect(listed()).toEqual([`${LEADER}:owner`, `${STAFF}:reader`]);

      expect(Drive.Permissions.update({ role: 'writer' }, folder.id, p.id).role).toBe('writer');
      expect(listed()).toEqual([`${LEADER}:owner`, `${STAFF}:writer`]);
      // Creating again for the same person changes the role instead of adding a second grant.
      Drive.Permissions.create(
        { type: 'user', role: 'commenter', emailAddress: STAFF.toUpperCase() },
        folder.id,
        { sendNotificationEmail: false },
      );
      expect(listed()).toEqual([`${LEADER}:owner`, `${STAFF}:commenter`]);

      Drive.Permissions.remove(folder.id, p.id);
      expect(listed()).toEqual([`${LEADER}:owner`]);
      expect(thrown(() => Drive.Permissions.remove(folder.id, p.id)).message).toBe(
        `API call to drive.permissions.delete failed with error: Permission not found: ${p.id}.`,
      );
      const owner = Drive.Permissions.list(folder.id).permissions[0];
      expect(thrown(() => Drive.Permissions.remove(folder.id, owner.id)).message).toContain(
        'The owner of a file cannot be removed.',
      );
      expect(
        thrown(() =>
          Drive.Permissions.create({ type: 'user', role: 'owner', emailAddress: STAFF }, folder.id),
        ).message,
      ).toContain("The transferOwnership parameter must be enabled when the permission role is 'owner'.");
    });

    it('cannot share silently with an address that has no Google account', () => {
      world.users['ubnd.phuong@yahoo.com'] = {
        email: 'ubnd.phuong@yahoo.com',
        accountType: 'consumer',
        noGoogleAccount: true,
      };
      const { Drive } = run(world, clock, LEADER);
      const folder = Drive.Files.create({ name: 'NV-003', mimeType: MIME.folder });
      const e = thrown(() =>
        Drive.Permissions.create(
          { type: 'user', role: 'writer', emailAddress: 'ubnd.phuong@yahoo.com' },
          folder.id,
          { sendNotificationEmail: false },
        ),
      );
      expect(e.name).toBe('GoogleJsonResponseException');
      expect(e.message).toBe(
        'API call to drive.permissions.create failed with error: Bad Request. User message: "You are trying to invite ubnd.phuong@yahoo.com. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."',
      );
      expect(world.drive.files[folder.id].permissions).toHaveLength(1);
      // With the invitation e-mail Drive accepts it.
      Drive.Permissions.create(
        { type: 'user', role: 'writer', emailAddress: 'ubnd.phuong@yahoo.com' },
        folder.id,
      );
      expect(world.drive.notifications.map((n) => n.to)).toEqual(['ubnd.phuong@yahoo.com']);
    });

    it('lets only writers share: a reader gets a permissions error', () => {
      const leader = run(world, clock, LEADER);
      const folder = leader.Drive.Files.create({ name: 'NV-004', mimeType: MIME.folder });
      leader.Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: STAFF }, folder.id, {
        sendNotificationEmail: false,
      });
      const staff = run(world, clock, STAFF, [SCOPE.drive]);
      expect(
        thrown(() => staff.Drive.Permissions.create({ type: 'anyone', role: 'reader' }, folder.id)).message,
      ).toBe(
        'API call to drive.permissions.create failed with error: The user does not have sufficient permissions for this file.',
      );
      expect(thrown(() => staff.Drive.Files.update({ name: 'x' }, folder.id)).message).toContain(
        'sufficient permissions',
      );
    });
  });

  it('fails the k-th call when a failure is injected, then recovers', () => {
    const faults = new Faults(() => '');
    faults.inject({ on: 'Drive.Files.create', at: 3, message: 'User rate limit exceeded' });
    faults.inject({
      on: 'Drive.Permissions.create',
      at: 1,
      times: 2,
      message: 'The user has exceeded their Drive storage quota',
    });
    const { Drive } = run(world, clock, LEADER, OUR_SCOPES, faults);
    Drive.Files.create({ name: '1', mimeType: MIME.folder });
    const second = Drive.Files.create({ name: '2', mimeType: MIME.folder });
    const e = thrown(() => Drive.Files.create({ name: '3', mimeType: MIME.folder }));
    expect(e.name).toBe('GoogleJsonResponseException');
    expect(e.message).toBe('API call to drive.files.create failed with error: User rate limit exceeded');
    expect(listDriveFiles(world.drive).map((f) => f.name)).toEqual(['1', '2']);
    Drive.Files.create({ name: '3', mimeType: MIME.folder });
    expect(listDriveFiles(world.drive)).toHaveLength(3);

    const share = () =>
      Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: STAFF }, second.id, {
        sendNotificationEmail: false,
      });
    expect(thrown(share).message).toContain('The user has exceeded their Drive storage quota');
    expect(thrown(share).message).toContain('The user has exceeded their Drive storage quota');
    expect(share().role).toBe('reader');
  });

  it("names the API's method in an injected error (remove is drive.files.delete) and charges the call", () => {
    const faults = new Faults(() => '');
    faults.inject({ on: 'Drive.Files.remove', at: 1, message: 'User rate limit exceeded' });
    const { Drive, exec } = run(world, clock, LEADER, OUR_SCOPES, faults);
    const f = Drive.Files.create({ name: 'x', mimeType: MIME.folder });
    const spent = exec.cost.metrics.modelledMs;
    const e = thrown(() => Drive.Files.remove(f.id)) as Error & { details?: unknown };
    expect(e.message).toBe('API call to drive.files.delete failed with error: User rate limit exceeded');
    expect(e.details).toEqual({ code: 403, message: 'User rate limit exceeded' });
    expect(exec.cost.metrics.modelledMs).toBeGreaterThan(spent);
    expect(exec.cost.metrics.driveCalls).toBe(2);
    expect(listDriveFiles(world.drive).map((x) => x.id)).toEqual([f.id]);
  });

  it('counts every call under the drive service as Drive.Files.* / Drive.Permissions.*', () => {
    const { Drive, exec } = run(world, clock, LEADER);
    const f = Drive.Files.create({ name: 'x', mimeType: MIME.folder });
    Drive.Files.get(f.id);
    Drive.Files.list({ q: 'trashed = false' });
    Drive.Permissions.create({ type: 'anyone', role: 'reader' }, f.id);
    expect(exec.calls.count('Drive.Files.create')).toBe(1);
    expect(exec.calls.count('Drive.Files.get')).toBe(1);
    expect(exec.calls.count('Drive.Files.list')).toBe(1);
    expect(exec.calls.count('Drive.Permissions.create')).toBe(1);
    expect(exec.calls.total('drive')).toBe(4);
  });

  it('needs a Drive scope at all', () => {
    const { Drive } = run(world, clock, LEADER, [SCOPE.spreadsheetsCurrentOnly]);
    expect(thrown(() => Drive.Files.create({ name: 'x' })).message).toBe(
      `Specified permissions are not sufficient to call Drive.Files.create. Required permissions: ${SCOPE.drive} || ${SCOPE.driveFile}`,
    );
  });

  it('keeps plain JSON state that a later execution sees, and summarises it for the playground', () => {
    const first = run(world, clock, LEADER);
    const folder = first.Drive.Files.create({ name: 'NV-010', mimeType: MIME.folder });
    first.Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: STAFF }, folder.id, {
      sendNotificationEmail: false,
    });
    const doc = first.Drive.Files.create(
      { name: 'Phiếu', mimeType: MIME.document, parents: [folder.id] },
      htmlBlob('<p>Nội dung</p>'),
    );

    const copy = JSON.parse(JSON.stringify(world)) as WorldState;
    expect(copy.drive).toEqual(world.drive);
    const second = run(copy, clock, LEADER);
    expect(second.Drive.Files.get(doc.id, { fields: 'parents' }).parents).toEqual([folder.id]);

    expect(listDriveFiles(world.drive)).toEqual([
      expect.objectContaining({
        id: folder.id,
        name: 'NV-010',
        mimeType: MIME.folder,
        webViewLink: `https://drive.google.com/drive/folders/${folder.id}`,
        permissions: [
          { email: LEADER, role: 'owner' },
          { email: STAFF, role: 'writer' },
        ],
        size: 0,
      }),
      expect.objectContaining({ id: doc.id, parents: [folder.id], size: Buffer.byteLength('Nội dung') }),
    ]);
    const content = fileContent(world.drive, doc.id);
    expect(content.mimeType).toBe('application/pdf');
    expect(pdfText(content.bytes).pages[0]).toContain('Nội dung');
  });
});

describe('DriveApp', () => {
  const clock = new Clock(Date.UTC(2026, 2, 2));

  it('cannot create folders or files with our manifest’s scopes (full drive is required)', () => {
    const { DriveApp } = run(makeWorld(), clock, LEADER);
    expect(thrown(() => DriveApp.createFolder('Nhiệm vụ')).message).toBe(
      'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(thrown(() => DriveApp.createFile('a.txt', 'x')).message).toContain(
      'DriveApp.createFile. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(thrown(() => DriveApp.getRootFolder()).message).toContain('DriveApp.getRootFolder');
    expect(thrown(() => DriveApp.getFiles()).message).toContain('DriveApp.getFiles');
  });

  it('reaches app-created items by id under drive.file but cannot create inside them', () => {
    const world = makeWorld();
    const { Drive, DriveApp } = run(world, clock, LEADER);
    const folder = Drive.Files.create({ name: 'NV-001', mimeType: MIME.folder });
    const f = DriveApp.getFolderById(folder.id);
    expect(f.getName()).toBe('NV-001');
    expect(f.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.id}`);
    expect(thrown(() => f.createFolder('con')).message).toBe(
      'Specified permissions are not sufficient to call Folder.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
    const other = addDriveFile(world.drive, { name: 'riêng', mimeType: MIME.folder, owner: LEADER });
    expect(thrown(() => DriveApp.getFolderById(other.id)).message).toBe(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  });

  it('works with the full drive scope, and addEditor always sends a notification e-mail', () => {
    const world = makeWorld();
    const { DriveApp, exec } = run(world, clock, LEADER, [SCOPE.drive]);
    const root = DriveApp.createFolder('Nhắc Việc');
    const createdAt = clock.now(); // each call moves the clock by its modelled cost
    const sub = root.createFolder('NV-001');
    const file = sub.createFile('ghi-chu.txt', 'Ghi chú tiếng Việt', 'text/plain');
    expect(file.getMimeType()).toBe('text/plain');
    expect(file.getBlob().getDataAsString()).toBe('Ghi chú tiếng Việt');
    expect(DriveApp.getFileById(file.getId()).getName()).toBe('ghi-chu.txt');
    const names: string[] = [];
    const it = root.getFolders();
    while (it.hasNext()) names.push(it.next().getName());
    expect(names).toEqual(['NV-001']);
    expect(thrown(() => it.next()).message).toBe(
      'Cannot retrieve the next object: iterator has reached the end.',
    );
    expect(sub.getParents().next().getId()).toBe(root.getId());
    expect(DriveApp.getRootFolder().getName()).toBe('My Drive');
    expect(DriveApp.getFolders().hasNext()).toBe(true);

    sub.addEditor(STAFF);
    sub.addViewer('lanhdao2@ubnd-nhs.gov.vn');
    sub.addViewer(STAFF); // already an editor: no change, no new e-mail
    expect(world.drive.notifications.map((n) => [n.to, n.role, n.via])).toEqual([
      [STAFF, 'writer', 'DriveApp.addEditor'],
      ['lanhdao2@ubnd-nhs.gov.vn', 'reader', 'DriveApp.addViewer'],
    ]);
    expect(sub.getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual([STAFF]);

    expect(String(sub.getSharingAccess())).toBe('PRIVATE');
    sub.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    expect(String(sub.getSharingAccess())).toBe('ANYONE_WITH_LINK');
    expect(sub.getSharingPermission().name()).toBe('VIEW');
    expect(sub.getDateCreated().getTime()).toBe(createdAt);
    expect(exec.calls.count('DriveApp.createFolder')).toBe(1);
    expect(exec.calls.count('Folder.addEditor')).toBe(1);
  });

  it('fails on addEditor for an address without a Google account', () => {
    const world = makeWorld();
    world.users['x@yahoo.com'] = { email: 'x@yahoo.com', accountType: 'consumer', noGoogleAccount: true };
    const { DriveApp } = run(world, clock, LEADER, [SCOPE.drive]);
    const folder = DriveApp.createFolder('a');
    expect(thrown(() => folder.addEditor('x@yahoo.com')).message).toContain(
      'Since there is no Google account associated with this email address',
    );
    expect(world.drive.notifications).toEqual([]);
  });

  it('can be made to fail by injection too', () => {
    const world = makeWorld();
    const faults = new Faults(() => '');
    faults.inject({ on: 'DriveApp.createFolder', at: 1, message: 'Limit Exceeded: DriveApp.' });
    const { DriveApp } = run(world, clock, LEADER, [SCOPE.drive], faults);
    expect(thrown(() => DriveApp.createFolder('a')).message).toBe('Limit Exceeded: DriveApp.');
    expect(DriveApp.createFolder('a').getName()).toBe('a');
  });
});

describe('DocumentApp', () => {
  const clock = new Clock(Date.UTC(2026, 2, 2));

  it('needs the full documents scope to create or open a Doc', () => {
    const world = makeWorld();
    const { DocumentApp, Drive } = run(world, clock, LEADER);
    expect(thrown(() => DocumentApp.create('Báo cáo')).message).toBe(
      'Specified permissions are not sufficient to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
    const doc = Drive.Files.create({ name: 'x', mimeType: MIME.document });
    expect(thrown(() => DocumentApp.openById(doc.id)).message).toContain(
      'DocumentApp.openById. Required permissions: https://www.googleapis.com/auth/documents',
    );
  });

  it('creates and edits a Doc with the documents scope, visible to Drive afterwards', () => {
    const world = makeWorld();
    const { DocumentApp, Drive, exec } = run(world, clock, LEADER, [SCOPE.documents, SCOPE.driveFile]);
    const doc = DocumentApp.create('Biên bản họp');
    const body = doc.getBody();
    expect(body.appendParagraph('Thành phần: Ban lãnh đạo').getText()).toBe('Thành phần: Ban lãnh đạo');
    body.appendParagraph('Kết luận: giao Phòng Nội vụ chủ trì');
    doc.saveAndClose();
    // A new Doc starts with one empty paragraph, as in Google Docs.
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toBe(
      '\nThành phần: Ban lãnh đạo\nKết luận: giao Phòng Nội vụ chủ trì',
    );
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(Drive.Files.get(doc.getId()).mimeType).toBe(MIME.document);
    expect(thrown(() => DocumentApp.openById('nope')).message).toBe(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
    expect(exec.calls.count('DocumentApp.create')).toBe(1);
    expect(exec.calls.count('Body.appendParagraph')).toBe(2);
    expect(exec.calls.total('document')).toBeGreaterThanOrEqual(8);
  });
});
