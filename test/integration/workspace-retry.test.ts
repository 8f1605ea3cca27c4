/**
 * Drive failures and people changing: every step of the workspace can fail and be retried without
 * duplicates; the account that owns the folder is the one that can finish or re-share it (drive.file),
 * and everyone else is told who; the agency's template is used when its account can read it.
 */
import type { Emulator } from '../../emulator';
import { addStaff, sheetValues, taskRecords } from './helpers';
import {
  ADMIN,
  EVERYONE,
  FOCAL,
  FOLLOWER,
  LEADER,
  OFFICIAL,
  TITLE,
  UNIT_LEADER,
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
  setSetting,
  workspaceRegister,
  type AssignReply,
  type View,
  type WorkspaceReply,
} from './workspace-helpers';

const SHARED = {
  [LEADER]: 'owner',
  [OFFICIAL]: 'writer',
  [ADMIN]: null,
  [FOCAL]: 'writer',
  [FOLLOWER]: 'commenter',
  [UNIT_LEADER]: 'commenter',
  'nguoi.khac@ubnd.example.vn': null,
};

/** The register's own folders (root and year) of one account. */
const folders = (emu: Emulator, key: string) =>
  Object.values(emu.world.drive.files).filter((f) => f.appProperties.nhacviecFolder === key);

function expectComplete(emu: Emulator, id: string): void {
  for (const kind of ['folder', 'doc', 'slip'] as const) expect(artefact(emu, id, kind)).toBeDefined();
  expect(artefacts(emu, id)).toHaveLength(3);
  expect(folders(emu, 'root')).toHaveLength(1);
  expect(folders(emu, 'year:2026')).toHaveLength(1);
  expect(accessOf(emu, artefact(emu, id, 'folder'), EVERYONE)).toEqual(SHARED);
  const link = String(row(emu, id).driveLink);
  expect(link).toBe(`https://docs.google.com/document/d/${artefact(emu, id, 'doc').id}/edit`);
  expect(qrInRegister(emu, id).text).toBe(link);
  expect(readSlip(artefact(emu, id, 'slip')).qr).toEqual([link]);
  expect(emu.world.drive.notifications).toEqual([]);
}

function cardOf(emu: Emulator, as: string, id: string): View {
  const state = ok(call<{ mine: View[]; urgent: View[]; pending: View[] }>(emu, as, 'getSidebarState'));
  const found = [...state.mine, ...state.urgent].find((t) => t.id === id);
  if (found) return found;
  return ok(call<{ tasks: View[] }>(emu, as, 'listTasks', { text: id })).tasks[0];
}

describe('a Drive failure at each step leaves the task assigned and is completed by "Thử lại"', () => {
  const steps: [string, { on: `Drive.${string}`; at: number }][] = [
    ['listing what exists', { on: 'Drive.Files.list', at: 1 }],
    ["the register's root folder", { on: 'Drive.Files.create', at: 1 }],
    ['the year folder', { on: 'Drive.Files.create', at: 2 }],
    ["the task's folder", { on: 'Drive.Files.create', at: 3 }],
    ['the document', { on: 'Drive.Files.create', at: 4 }],
    ['the slip', { on: 'Drive.Files.create', at: 5 }],
    ['the sharing', { on: 'Drive.Permissions.create', at: 3 }],
  ];
  it.each(steps)('failing at %s', (_step, rule) => {
    const emu = workspaceRegister();
    // Once, in the assignment: the retry succeeds.
    emu.faults.inject({ ...rule, fn: 'assignTask', limit: 1, message: 'User rate limit exceeded' });
    const reply = assign(emu);
    const id = reply.task.id;
    expect(reply.message).toBe(`Đã giao nhiệm vụ ${id}.`);
    expect(reply.workspace).toEqual({
      ok: false,
      message: `Chưa tạo xong thư mục và tài liệu trên Drive cho nhiệm vụ ${id}: Google Drive đang giới hạn số lần gọi; hãy thử lại sau vài phút. Nhiệm vụ vẫn được giao; bấm «Thử lại» trên thẻ nhiệm vụ.`,
    });
    expect(row(emu, id).title).toBe(TITLE);
    expect(row(emu, id).status).toBe('Đang thực hiện trong hạn');
    // The card offers to try again, and says what went wrong.
    const card = cardOf(emu, LEADER, id);
    expect(card.workspace.canCreate).toBe(true);
    expect(card.workspace.error).toBe('Google Drive đang giới hạn số lần gọi; hãy thử lại sau vài phút.');
    const retry = ok(call<WorkspaceReply>(emu, LEADER, 'createTaskWorkspace', id));
    expect(retry.ok).toBe(true);
    expect(retry.task.workspace).toMatchObject({ state: 'ready', error: '', needsSync: false });
    expectComplete(emu, id);
    // And once more: nothing new.
    const files = Object.keys(emu.world.drive.files).length;
    ok(call(emu, LEADER, 'createTaskWorkspace', id));
    expect(Object.keys(emu.world.drive.files)).toHaveLength(files);
  });

  it('says when the Drive is full, and records the partial folder for its owner only', () => {
    const emu = workspaceRegister();
    emu.faults.inject({
      on: 'Drive.Files.create',
      at: 4,
      fn: 'assignTask',
      limit: 1,
      message: 'The user has exceeded their Drive storage quota',
    });
    const { task, workspace } = assign(emu);
    expect(workspace?.message).toContain(
      `Google Drive của tài khoản ${LEADER} đã hết dung lượng hoặc hết hạn mức tạo tệp trong ngày.`,
    );
    expect(row(emu, task.id).folderId).toBe(artefact(emu, task.id, 'folder').id);
    expect(JSON.parse(String(row(emu, task.id).workspace)).owner).toBe(LEADER);
    // Another manager cannot finish it: the add-on cannot see that folder when it runs as them.
    const admin = cardOf(emu, ADMIN, task.id).workspace;
    expect(admin.canCreate).toBe(false);
    expect(admin.blocked).toBe(
      `Thư mục của nhiệm vụ ${task.id} do tài khoản Trần Văn Lãnh tạo. Google chỉ cho Nhắc Việc sửa thư mục này khi chạy bằng chính tài khoản đó, nên hãy nhờ Trần Văn Lãnh mở Nhắc Việc và bấm «Thử lại» trên thẻ nhiệm vụ.`,
    );
    expect(refused(call(emu, ADMIN, 'createTaskWorkspace', task.id))).toBe(admin.blocked);
    expect(artefacts(emu, task.id)).toHaveLength(1);
    // An official may not create workspaces at all.
    expect(refused(call(emu, OFFICIAL, 'createTaskWorkspace', task.id))).toBe(
      `Chỉ người giao, lãnh đạo hoặc quản trị mới tạo được thư mục và tài liệu cho nhiệm vụ ${task.id}.`,
    );
    ok(call(emu, LEADER, 'createTaskWorkspace', task.id));
    expectComplete(emu, task.id);
  });

  it('a folder deleted from Drive: the sync says so and forgets it, and "create" makes a new one', () => {
    const emu = workspaceRegister();
    const { task } = assign(emu);
    const old = artefact(emu, task.id, 'folder');
    for (const f of [old, ...artefacts(emu, task.id)]) delete emu.world.drive.files[f.id];
    const sync = ok(call<WorkspaceReply>(emu, LEADER, 'syncTaskSharing', task.id));
    expect(sync.ok).toBe(false);
    expect(sync.message).toContain('không tìm thấy thư mục hay tệp trên Drive (có thể đã bị xoá)');
    expect(sync.task.workspace).toMatchObject({ state: 'partial', canCreate: true, docLink: '' });
    ok(call(emu, LEADER, 'createTaskWorkspace', task.id));
    expectComplete(emu, task.id);
    expect(artefact(emu, task.id, 'folder').id).not.toBe(old.id);
  });

  it("a year folder deleted from Drive is made again under the register's folder", () => {
    const emu = workspaceRegister();
    assign(emu);
    const [year] = folders(emu, 'year:2026');
    delete emu.world.drive.files[year.id];
    const second = assign(emu, { title: 'Kiểm tra hồ sơ đất đai' });
    expect(second.workspace?.ok).toBe(true);
    const [again] = folders(emu, 'year:2026');
    expect(again.parents).toEqual([folders(emu, 'root')[0].id]);
    expect(artefact(emu, second.task.id, 'folder').parents).toEqual([again.id]);
  });

  it('when the owner has left, a manager makes a new workspace under their own account', () => {
    const emu = workspaceRegister();
    const { task } = assign(emu);
    setStaffActive(emu, LEADER, false);
    const card = cardOf(emu, ADMIN, task.id).workspace;
    expect(card).toMatchObject({ canCreate: true, blocked: '' });
    const res = ok(call<WorkspaceReply>(emu, ADMIN, 'createTaskWorkspace', task.id));
    expect(res.ok).toBe(true);
    expect(res.task.workspace.owner?.email).toBe(ADMIN);
    const mine = artefacts(emu, task.id).filter((f) => f.owner === ADMIN);
    expect(mine.map((f) => f.appProperties.nhacviecKind).sort()).toEqual(['doc', 'folder', 'slip']);
    expect(row(emu, task.id).folderId).toBe(mine.find((f) => f.appProperties.nhacviecKind === 'folder')!.id);
    expect(qrInRegister(emu, task.id).text).toBe(row(emu, task.id).driveLink);
  });
});

/** The admin unticks (or ticks) a person's "active" cell by hand: `onEdit` runs as in Google. */
function setStaffActive(emu: Emulator, email: string, active: boolean): void {
  const values = sheetValues(emu, 'Cán bộ');
  const r = values.findIndex((v) => v[0] === email);
  const c = values[0].indexOf('Đang công tác');
  emu.edit(ADMIN, (ui) => ui.setValue('Cán bộ', `${String.fromCharCode(65 + c)}${r + 1}`, active));
}

describe('people without a Google account', () => {
  it('are reported by address, everyone else is shared, and a later sync adds them', () => {
    const emu = workspaceRegister();
    emu.world.users[FOCAL] = { email: FOCAL, accountType: 'workspace', noGoogleAccount: true };
    const { task, workspace } = assign(emu);
    expect(workspace?.ok).toBe(true);
    expect(workspace?.message).toContain(
      `Chưa chia sẻ được với ${FOCAL}: địa chỉ không gắn với tài khoản Google nào (Drive chỉ chia sẻ không kèm thư mời cho tài khoản Google).`,
    );
    expect(accessOf(emu, artefact(emu, task.id, 'folder'), [FOCAL, OFFICIAL])).toEqual({
      [FOCAL]: null,
      [OFFICIAL]: 'writer',
    });
    expect(emu.world.drive.notifications).toEqual([]); // never an invitation e-mail as a way round
    expect(cardOf(emu, LEADER, task.id).workspace).toMatchObject({ needsSync: true, canSync: true });
    delete emu.world.users[FOCAL]; // the person now has a Google account
    const res = ok(call<WorkspaceReply>(emu, LEADER, 'syncTaskSharing', task.id));
    expect(res.message).toBe(
      `Đã cập nhật người được xem tài liệu của nhiệm vụ ${task.id}: thêm 1, bỏ 0, đổi quyền 0.`,
    );
    expect(accessOf(emu, artefact(emu, task.id, 'folder'), EVERYONE)).toEqual(SHARED);
  });
});

describe("delegation adds people to the parent's folder", () => {
  const HELPER = 'ho.tro@ubnd.example.vn';

  it("the sub-task shares the parent's document; the owner, not the delegator, shares it", () => {
    const emu = workspaceRegister();
    addStaff(emu, [{ email: HELPER, name: 'Vũ Hỗ Trợ', unit: 'VP', role: 'Cán bộ thực hiện', active: true }]);
    const { task } = assign(emu);
    const child = ok(
      call<AssignReply>(emu, OFFICIAL, 'delegateTask', task.id, {
        title: 'Thu số liệu tổ dân phố 1',
        assignees: [HELPER],
        deadline: { mode: 'date', date: '2026-03-06' },
      }),
    );
    expect(child.message).toBe(`Đã phân công cho cán bộ đơn vị: nhiệm vụ ${child.task.id}.`);
    expect(child.workspace?.message).toBe(
      `Người nhận việc chưa vào được tài liệu của nhiệm vụ ${task.id}: chỉ Trần Văn Lãnh (tài khoản tạo thư mục) mới thêm được, bằng nút «Cập nhật người được xem tài liệu» trên thẻ nhiệm vụ đó.`,
    );
    // The sub-task points at the parent's document (and so its e-mails carry that QR code).
    expect(child.task.driveLink).toBe(row(emu, task.id).driveLink);
    expect(child.task.workspace).toMatchObject({ state: 'inherited', canCreate: false, canSync: false });
    expect(refused(call(emu, LEADER, 'createTaskWorkspace', child.task.id))).toBe(
      `Nhiệm vụ ${child.task.id} là phần việc phân công: dùng chung thư mục và tài liệu của nhiệm vụ ${task.id}.`,
    );
    expect(artefacts(emu, child.task.id)).toHaveLength(0);
    // The owner sees the sharing is behind and fixes it.
    expect(cardOf(emu, LEADER, task.id).workspace).toMatchObject({ needsSync: true, canSync: true });
    ok(call(emu, LEADER, 'syncTaskSharing', task.id));
    expect(accessOf(emu, artefact(emu, task.id, 'doc'), [HELPER])).toEqual({ [HELPER]: 'writer' });
    expect(cardOf(emu, LEADER, task.id).workspace.needsSync).toBe(false);
  });

  it("a non-owner's sync is refused with the owner's name", () => {
    const emu = workspaceRegister();
    const { task } = assign(emu);
    expect(refused(call(emu, ADMIN, 'syncTaskSharing', task.id))).toContain(
      'hãy nhờ Trần Văn Lãnh mở Nhắc Việc và bấm «Cập nhật người được xem tài liệu»',
    );
  });
});

describe("the agency's template document", () => {
  it('made from the menu by an admin, filled for their tasks; another account falls back and says so', () => {
    const emu = workspaceRegister();
    emu.run('createDocTemplateFromMenu', [], { as: ADMIN });
    const settings = sheetValues(emu, 'Cài đặt');
    const templateId = String(settings.find((r) => r[0] === 'docTemplate')?.[2]);
    const template = emu.world.drive.files[templateId];
    expect(template.owner).toBe(ADMIN);
    expect(template.doc!.text).toContain('{{ten}}');
    // The office edits it to its own layout (as in Google Docs).
    template.doc = {
      text: '',
      html: '<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Về việc: {{ten}}</p><p>Hạn: {{han}} · {{nguoi_thuc_hien}}</p></body></html>',
    };
    const byAdmin = assign(emu, {}, ADMIN);
    const doc = artefact(emu, byAdmin.task.id, 'doc');
    expect(doc.doc!.text).toBe(
      `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVề việc: ${TITLE}\nHạn: 10/03/2026 · Nguyễn Thị Bích`,
    );
    expect(byAdmin.workspace?.message).not.toContain('mẫu có sẵn');

    const byLeader = assign(emu, { title: 'Kiểm tra hồ sơ đất đai' });
    expect(byLeader.workspace?.ok).toBe(true);
    expect(byLeader.workspace?.message).toContain(
      `Tài khoản ${LEADER} không đọc được tài liệu mẫu của cơ quan nên đã dùng mẫu có sẵn`,
    );
    expect(artefact(emu, byLeader.task.id, 'doc').doc!.text).toContain('Kiểm tra hồ sơ đất đai');
    expect(byLeader.task.workspace.templateFallback).toBe(true);
  });

  it('a template id nobody can read falls back too; autoWorkspace "Không" makes nothing on assignment', () => {
    const emu = workspaceRegister();
    setSetting(emu, 'docTemplate', '1ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ');
    const one = assign(emu);
    expect(one.workspace?.message).toContain('đã dùng mẫu có sẵn');
    setSetting(emu, 'autoWorkspace', 'Không');
    const two = assign(emu, { title: 'Việc không cần thư mục' });
    expect(two.workspace).toBeUndefined();
    expect(artefacts(emu, two.task.id)).toHaveLength(0);
    expect(two.task.workspace).toMatchObject({ state: 'none', canCreate: true });
    ok(call(emu, LEADER, 'createTaskWorkspace', two.task.id));
    expect(artefacts(emu, two.task.id)).toHaveLength(3);
  });

  it('only an admin can make the template (the menu shows why)', () => {
    const emu = workspaceRegister();
    emu.run('createDocTemplateFromMenu', [], { as: LEADER });
    expect(emu.world.ui.alerts.at(-1)?.prompt).toMatch(
      /^Chỉ quản trị \(văn phòng\) mới được thực hiện việc này/,
    );
    expect(Object.keys(emu.world.drive.files)).toHaveLength(0);
  });
});

describe('registers set up before this version', () => {
  it('setup adds the hidden technical column at the end, and workspaces work again', () => {
    const emu = workspaceRegister();
    const header = 'Thư mục Drive (kỹ thuật)';
    asUserSheet(emu, (sheet) => sheet.deleteColumn(sheetValues(emu, 'Nhiệm vụ')[0].indexOf(header) + 1));
    expect(refused(call(emu, LEADER, 'assignTask', assignmentFor()))).toContain(`thiếu cột: ${header}`);
    emu.run('setup', [], { as: ADMIN });
    const names = sheetValues(emu, 'Nhiệm vụ')[0];
    expect(names[names.length - 1]).toBe(header);
    expect(asUserSheet(emu, (sheet) => sheet.isColumnHiddenByUser(names.length))).toBe(true);
    const { task, workspace } = assign(emu);
    expect(workspace?.ok).toBe(true);
    expect(JSON.parse(String(taskRecords(emu).find((r) => r.id === task.id)?.workspace)).owner).toBe(LEADER);
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

function asUserSheet<T>(emu: Emulator, fn: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => T): T {
  const { globals, end } = emu.beginExecution({ as: ADMIN });
  try {
    const ss = (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    return fn(ss.getSheetByName('Nhiệm vụ')!);
  } finally {
    end();
  }
}
