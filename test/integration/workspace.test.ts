/**
 * Issue 5 on the built bundle: a leader's assignment makes the task's Drive folder, working document,
 * QR code and slip, shared with exactly the task's people, with the manifest's scopes only.
 */
import { statSync } from 'node:fs';
import { Emulator } from '../../emulator';
import { SCOPE } from '../../emulator/scope-names';
import { htmlToText } from '../../emulator/services/drive/html';
import { fileContent } from '../../emulator/services/drive/state';
import { qrGifBase64 } from '../../src/core/qr';
import { auditValues } from './helpers';
import {
  ADMIN,
  FOCAL,
  FOLLOWER,
  LEADER,
  OFFICIAL,
  OTHER,
  TITLE,
  UNIT_LEADER,
  EVERYONE,
  accessOf,
  artefact,
  artefacts,
  assign,
  call,
  ok,
  qrInRegister,
  readSlip,
  refused,
  row,
  setCell,
  setSetting,
  workspaceRegister,
  type WorkspaceReply,
} from './workspace-helpers';

describe('assigning a task makes its workspace', () => {
  const emu = workspaceRegister();
  setSetting(emu, 'agencyName', 'UBND phường Hòa Hải');
  const reply = assign(emu);
  const id = reply.task.id;

  it('answers that the task is assigned and the workspace made, in one reply', () => {
    expect(reply.message).toBe(`Đã giao nhiệm vụ ${id}.`);
    expect(reply.workspace).toEqual({
      ok: true,
      message: `Đã tạo thư mục, tài liệu, mã QR và phiếu giao việc của nhiệm vụ ${id}.`,
    });
    expect(reply.task.workspace).toMatchObject({
      state: 'ready',
      canSync: true,
      canCreate: false,
      needsSync: false,
      error: '',
    });
    expect(reply.task.workspace.owner).toEqual({ email: LEADER, name: 'Trần Văn Lãnh' });
  });

  it('puts a folder "<id> – <title>" in the register\'s folder for the year, in the assigner\'s Drive', () => {
    const folder = artefact(emu, id, 'folder');
    expect(folder.name).toBe(`${id} – ${TITLE}`);
    const year = emu.world.drive.files[folder.parents[0]];
    expect(year.name).toBe('2026');
    const root = emu.world.drive.files[year.parents[0]];
    expect(root.name).toBe('Nhắc Việc – Sổ theo dõi nhiệm vụ');
    expect(emu.world.drive.files[root.parents[0]].isRoot).toBe(true);
    for (const f of [folder, year, root]) expect(f.owner).toBe(LEADER);
    // The document and the slip are in the task's folder.
    expect(artefact(emu, id, 'doc').parents).toEqual([folder.id]);
    expect(artefact(emu, id, 'slip').parents).toEqual([folder.id]);
    expect(artefacts(emu, id)).toHaveLength(3);
  });

  it("shares folder, document and slip with exactly the task's people, without Drive's e-mails", () => {
    const expected = {
      [LEADER]: 'owner', // the assigner made it
      [OFFICIAL]: 'writer', // assignee
      [FOCAL]: 'writer', // the lead unit's focal point
      [FOLLOWER]: 'commenter', // the unit's follower
      [UNIT_LEADER]: 'commenter', // the unit's leader
      [ADMIN]: null,
      [OTHER]: null,
    };
    expect(accessOf(emu, artefact(emu, id, 'folder'), EVERYONE)).toEqual(expected);
    // Inside the folder the owner can edit (Drive: owning a folder gives write access to its content).
    const inside = { ...expected, [LEADER]: 'owner' };
    expect(accessOf(emu, artefact(emu, id, 'doc'), EVERYONE)).toEqual(inside);
    expect(accessOf(emu, artefact(emu, id, 'slip'), EVERYONE)).toEqual(inside);
    // Only the folder carries permissions; nothing is public.
    expect(artefact(emu, id, 'doc').permissions.map((p) => p.role)).toEqual(['owner']);
    expect(
      Object.values(emu.world.drive.files).some((f) =>
        f.permissions.some((p) => p.type === 'anyone' || p.type === 'domain'),
      ),
    ).toBe(false);
    expect(emu.world.drive.notifications).toEqual([]);
  });

  it('records folder, document, link, owner and sharing in the row, and the QR cell decodes to the link', () => {
    const r = row(emu, id);
    const doc = artefact(emu, id, 'doc');
    expect(r.folderId).toBe(artefact(emu, id, 'folder').id);
    expect(r.docId).toBe(doc.id);
    expect(r.driveLink).toBe(`https://docs.google.com/document/d/${doc.id}/edit`);
    expect(JSON.parse(String(r.workspace))).toEqual({
      owner: LEADER,
      slip: artefact(emu, id, 'slip').id,
      slipFacts: expect.stringMatching(/^[0-9a-f]{8}$/),
      shared: {
        [FOCAL]: 'writer',
        [FOLLOWER]: 'commenter',
        [OFFICIAL]: 'writer',
        [UNIT_LEADER]: 'commenter',
      },
      error: '',
      templateFallback: false,
    });
    const qr = qrInRegister(emu, id);
    expect(qr.text).toBe(r.driveLink);
    expect(qr.alt).toBe(`Mã QR mở tài liệu của nhiệm vụ ${id}`);
  });

  it('writes the task into a Google Doc with a report outline, one part per unit', () => {
    const doc = artefact(emu, id, 'doc');
    expect(doc.mimeType).toBe('application/vnd.google-apps.document');
    const text = doc.doc!.text;
    for (const s of [
      TITLE,
      id,
      'Tổng hợp số liệu các tổ dân phố',
      'Thông báo 12/TB-UBND',
      'Phòng Tư pháp',
      'Trần Văn Lãnh',
      'Nguyễn Thị Bích',
      '10/03/2026',
      '02/03/2026',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toContain('UBND PHƯỜNG HÒA HẢI');
    expect(text).toContain('Đề cương báo cáo');
    expect(text).toContain('Phần của Phòng Tư pháp');
    expect(text).toContain('IV. Kiến nghị, đề xuất');
  });

  it('makes a one-page PDF slip with the task, the QR code and the link', () => {
    const slip = artefact(emu, id, 'slip');
    expect(slip.name).toBe(`Phiếu giao việc ${id}.pdf`);
    expect(slip.mimeType).toBe('application/pdf');
    const read = readSlip(slip);
    expect(read.numPages).toBe(1);
    const link = String(row(emu, id).driveLink);
    for (const s of [
      'UBND PHƯỜNG HÒA HẢI',
      'PHIẾU GIAO VIỆC',
      `Số: ${id}`,
      TITLE,
      'Hạn xử lý 10/03/2026',
      'Phòng Tư pháp',
      'Nguyễn Thị Bích',
      'Trần Văn Lãnh',
      link,
    ]) {
      expect(read.text).toContain(s);
    }
    expect(read.qr).toEqual([link]);
  });

  it('keeps the Vietnamese title intact in every artefact', () => {
    const folder = artefact(emu, id, 'folder');
    const doc = artefact(emu, id, 'doc');
    expect(folder.name).toContain(TITLE);
    expect(doc.name).toContain(TITLE);
    expect(htmlToText(doc.doc!.html)).toContain(TITLE);
    expect(readSlip(artefact(emu, id, 'slip')).text).toContain(TITLE);
    // The Doc as a person downloads it (PDF export) too.
    expect(Buffer.from(fileContent(emu.world.drive, doc.id).bytes).toString('latin1')).toContain('%PDF');
    expect(row(emu, id).title).toBe(TITLE);
    expect(TITLE.normalize('NFC')).toBe(TITLE);
  });

  it('running "create" again creates nothing and says so, with two Drive calls', () => {
    const before = Object.keys(emu.world.drive.files).length;
    const res = emu.run<{ ok: true; data: WorkspaceReply }>('createTaskWorkspace', [id], { as: LEADER });
    expect(res.value.data.message).toBe(
      `Thư mục, tài liệu và phiếu giao việc của nhiệm vụ ${id} đã có đủ, không tạo thêm.`,
    );
    expect(res.value.data.ok).toBe(true);
    expect(Object.keys(emu.world.drive.files)).toHaveLength(before);
    expect(res.calls.count('Drive.Files.create')).toBe(0);
    expect(res.calls.total('drive')).toBe(2); // one list of the task's files, one of the folder's permissions
  });

  it('shows the assignee the document, the folder and the slip on the card, but no buttons to manage them', () => {
    const state = ok(
      call<{
        mine: {
          id: string;
          workspace: {
            state: string;
            docLink: string;
            slipLink: string;
            canCreate: boolean;
            canSync: boolean;
          };
        }[];
      }>(emu, OFFICIAL, 'getSidebarState'),
    );
    const card = state.mine.find((t) => t.id === id)!;
    expect(card.workspace).toMatchObject({
      state: 'ready',
      docLink: row(emu, id).driveLink,
      canCreate: false,
      canSync: false,
    });
    expect(card.workspace.slipLink).toBe(
      `https://drive.google.com/file/d/${artefact(emu, id, 'slip').id}/view`,
    );
  });

  it('the assignment e-mail carries the QR code of the document', () => {
    ok(call(emu, ADMIN, 'installReminders', 7));
    emu.run('hourlyJob', [], { as: ADMIN, at: '2026-03-02T09:05:00+07:00' });
    const mail = emu.world.mail.outbox.find((m) => m.to.includes(OFFICIAL));
    expect(mail?.htmlBody).toContain(TITLE);
    const images = Object.values(mail!.inlineImages).map((i) => i.base64);
    expect(images.length).toBeGreaterThan(0);
    expect(new Set(images)).toEqual(new Set([qrGifBase64(String(row(emu, id).driveLink))]));
  });
});

describe('confidential tasks', () => {
  it('get no folder, document, QR code, slip or link, and the card says why', () => {
    const emu = workspaceRegister();
    const reply = assign(emu, { confidential: true, title: 'Hồ sơ mật về nhân sự' });
    expect(reply.workspace).toBeUndefined();
    expect(Object.keys(emu.world.drive.files)).toHaveLength(0);
    const r = row(emu, reply.task.id);
    expect([r.driveLink, r.folderId, r.docId, r.qr, r.workspace]).toEqual(['', '', '', '', '']);
    expect(reply.task.workspace).toMatchObject({
      state: 'confidential',
      docLink: '',
      canCreate: false,
      canSync: false,
    });
    expect(refused(call(emu, LEADER, 'createTaskWorkspace', reply.task.id))).toBe(
      `Nhiệm vụ ${reply.task.id} là nhiệm vụ mật: không tạo thư mục, tài liệu, mã QR hay phiếu giao việc.`,
    );
    expect(Object.keys(emu.world.drive.files)).toHaveLength(0);
  });

  it('a task made confidential later is unshared by the sync, and its link is hidden', () => {
    const emu = workspaceRegister();
    const { task } = assign(emu);
    setCell(emu, task.id, 'Mật', true);
    const res = ok(call<WorkspaceReply>(emu, LEADER, 'syncTaskSharing', task.id));
    expect(res.message).toBe(
      `Đã cập nhật người được xem tài liệu của nhiệm vụ ${task.id}: thêm 0, bỏ 4, đổi quyền 0.`,
    );
    expect(accessOf(emu, artefact(emu, task.id, 'doc'), [OFFICIAL, FOCAL, FOLLOWER, UNIT_LEADER])).toEqual({
      [OFFICIAL]: null,
      [FOCAL]: null,
      [FOLLOWER]: null,
      [UNIT_LEADER]: null,
    });
    expect(res.task.workspace.state).toBe('confidential');
    expect(res.task.driveLink).toBe('');
  });
});

describe("the manifest's scopes are enough, and nothing more is used", () => {
  it('uses drive.file with the Advanced Drive service only: no DriveApp, no DocumentApp, no full Drive', () => {
    const emu = workspaceRegister();
    const scopes = emu.world.manifest.oauthScopes ?? [];
    expect(scopes).toContain(SCOPE.driveFile);
    expect(scopes).not.toContain(SCOPE.drive);
    expect(scopes).not.toContain(SCOPE.documents);
    const res = emu.run<{ ok: true; data: { workspace: { ok: boolean } } }>('assignTask', [assignmentFor()], {
      as: LEADER,
    });
    expect(res.value.data.workspace.ok).toBe(true);
    const methods = Object.keys(res.calls.byMethod());
    const drive = methods.filter((m) => /^(Drive|DriveApp|DocumentApp|Folder|File|Document)\b/.test(m));
    expect(drive.sort()).toEqual(['Drive.Files.create', 'Drive.Files.list', 'Drive.Permissions.create']);
    expect(res.calls.count('Drive.Permissions.create')).toBe(4);
    expect(res.calls.total('drive')).toBe(8 + 2); // the register's root and year folders are made once
  });

  it('without drive.file in the manifest the emulator refuses the calls: the task is assigned, nothing is made', () => {
    const base = workspaceRegister();
    const manifest = {
      ...base.world.manifest,
      oauthScopes: (base.world.manifest.oauthScopes ?? []).filter((s) => s !== SCOPE.driveFile),
    };
    const emu = new Emulator({ world: { ...base.world, manifest } }).loadBundle();
    emu.clock.set(base.clock.now());
    const reply = ok(
      call<{ message: string; workspace: { ok: boolean; message: string } }>(
        emu,
        LEADER,
        'assignTask',
        assignmentFor(),
      ),
    );
    expect(reply.message).toBe('Đã giao nhiệm vụ NV-2026-0001.');
    expect(reply.workspace.ok).toBe(false);
    expect(reply.workspace.message).toContain(
      'Specified permissions are not sufficient to call Drive.Files.list',
    );
    expect(Object.keys(emu.world.drive.files)).toHaveLength(0);
  });
});

function assignmentFor() {
  return {
    title: TITLE,
    leadUnit: 'TP',
    assignees: [OFFICIAL],
    deadline: { mode: 'date', date: '2026-03-10' },
  };
}

describe('an admin editing the row by hand', () => {
  it("is noticed (needs sync) and the owner's sync makes the sharing match, adding and removing", () => {
    const emu = workspaceRegister();
    const { task } = assign(emu);
    setCell(emu, task.id, 'Người thực hiện (email)', OTHER);
    const card = ok(
      call<{ urgent: { id: string; workspace: { needsSync: boolean; canSync: boolean } }[] }>(
        emu,
        LEADER,
        'getSidebarState',
      ),
    );
    expect(
      card.urgent.find((t) => t.id === task.id)?.workspace ?? { needsSync: true, canSync: true },
    ).toMatchObject({ needsSync: true, canSync: true });
    const res = ok(call<WorkspaceReply>(emu, LEADER, 'syncTaskSharing', task.id));
    expect(res.message).toBe(
      `Đã cập nhật người được xem tài liệu của nhiệm vụ ${task.id}: thêm 1, bỏ 1, đổi quyền 0.`,
    );
    expect(res.task.workspace.needsSync).toBe(false);
    expect(accessOf(emu, artefact(emu, task.id, 'folder'), [OFFICIAL, OTHER])).toEqual({
      [OFFICIAL]: null,
      [OTHER]: 'writer',
    });
    // Someone shared the document directly and made the folder public: the sync takes both back.
    const doc = artefact(emu, task.id, 'doc');
    doc.permissions.push({ id: 'x1', type: 'user', role: 'writer', emailAddress: ADMIN });
    artefact(emu, task.id, 'folder').permissions.push({
      id: 'anyoneWithLink',
      type: 'anyone',
      role: 'reader',
      allowFileDiscovery: false,
    });
    const again = ok(call<WorkspaceReply>(emu, LEADER, 'syncTaskSharing', task.id));
    expect(again.message).toBe(
      `Đã cập nhật người được xem tài liệu của nhiệm vụ ${task.id}: thêm 0, bỏ 2, đổi quyền 0.`,
    );
    expect(accessOf(emu, doc, [ADMIN, 'anyone@else.vn'])).toEqual({ [ADMIN]: null, 'anyone@else.vn': null });
    expect(ok(call<WorkspaceReply>(emu, LEADER, 'syncTaskSharing', task.id)).message).toBe(
      `Chia sẻ thư mục nhiệm vụ ${task.id} đã khớp với người của nhiệm vụ.`,
    );
    // Every change is in the audit sheet.
    const audit = auditValues(emu)
      .filter((r) => r[2] === task.id)
      .map((r) => r[3]);
    expect(audit).toEqual([
      'Giao nhiệm vụ',
      'Cập nhật người được xem tài liệu',
      'Cập nhật người được xem tài liệu',
    ]);
  });

  it('roles follow the settings when they change', () => {
    const emu = workspaceRegister();
    const { task } = assign(emu);
    setSetting(emu, 'shareFollower', 'Chỉnh sửa');
    const res = ok(call<WorkspaceReply>(emu, LEADER, 'syncTaskSharing', task.id));
    expect(res.message).toBe(
      `Đã cập nhật người được xem tài liệu của nhiệm vụ ${task.id}: thêm 0, bỏ 0, đổi quyền 1.`,
    );
    expect(accessOf(emu, artefact(emu, task.id, 'folder'), [FOLLOWER])).toEqual({ [FOLLOWER]: 'writer' });
  });
});

describe('budget', () => {
  it('a workspace adds 8 Drive calls and at most 2 data calls to an assignment', () => {
    const emu = workspaceRegister();
    assign(emu); // the register's root and year folders exist from now on
    setSetting(emu, 'autoWorkspace', 'Không');
    const off = emu.run('assignTask', [{ ...assignmentFor(), title: 'Việc không có thư mục' }], {
      as: LEADER,
    });
    setSetting(emu, 'autoWorkspace', 'Có');
    const on = emu.run('assignTask', [{ ...assignmentFor(), title: 'Việc có thư mục' }], { as: LEADER });
    expect(off.calls.total('drive')).toBe(0);
    // One list, the folder, the document, the slip, four people shared.
    expect(on.calls.total('drive')).toBe(8);
    // Its writes to the row, and the flush they need (an assignment without one has none: the column
    // check after its row applies it).
    expect(on.cost.dataCalls - off.cost.dataCalls).toBeLessThanOrEqual(3);
    expect(off.cost.dataCalls).toBeLessThanOrEqual(10);
  });

  it('keeps the sidebar page under 150 KB with the QR encoder and the slip drawing in it', () => {
    expect(statSync('dist/Sidebar.html').size).toBeLessThan(150 * 1024);
  });
});
