/**
 * The sidebar's task endpoints on the built bundle, per role, with every refusal.
 */
import { TASK_COLUMNS } from '../../src/core/schema';
import {
  ADMIN,
  LEADER,
  OFFICIAL,
  addStaff,
  addUnits,
  asUser,
  auditAfterSetup,
  expectPlainJson,
  setSetting,
  setUpRegister,
  sheetValues,
  taskRecords,
  settleAudit,
  queueValues,
  holdDocumentLock,
} from './helpers';
import type { Emulator } from '../../emulator';

const FOLLOWER = 'theo.doi@ubnd.example.vn';
const OTHER = 'nguoi.khac@ubnd.example.vn';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };
interface View {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  actions: string[];
  extensionCount: number;
  effectiveDeadline: string | null;
  progress: number;
}
interface ActionReply {
  message: string;
  task: View;
}
interface AssignReply {
  message?: string;
  task?: View;
  warning?: { code: string; message: string; suggestedIso: string };
}

function register(): Emulator {
  const emu = setUpRegister('2026-03-02T08:00:00+07:00'); // a Monday
  addUnits(emu, [{ code: 'TP', name: 'Phòng Tư pháp', follower: FOLLOWER }]);
  addStaff(emu, [
    { email: FOLLOWER, name: 'Lê Văn Theo', unit: 'VP', role: 'Chuyên viên theo dõi', active: true },
    { email: OTHER, name: 'Phạm Khác', unit: 'TP', role: 'Cán bộ thực hiện', active: true },
  ]);
  return emu;
}

/** A sidebar call: its reply must cross google.script.run, so it is plain JSON. */
function call<T>(emu: Emulator, as: string, fn: string, ...args: unknown[]): Reply<T> {
  return expectPlainJson(emu.run<Reply<T>>(fn, args, { as }).value);
}
function ok<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.data;
}
function refused(reply: Reply<unknown>): string {
  if (reply.ok) throw new Error('expected a refusal');
  return reply.error;
}

const basic = (extra: Record<string, unknown> = {}) => ({
  title: 'Báo cáo tổng kết công tác năm 2026',
  details: 'Tổng hợp số liệu các phòng',
  source: 'Thông báo 12/TB-UBND',
  leadUnit: 'TP',
  assignees: [OFFICIAL],
  deadline: { mode: 'date', date: '2026-03-10' },
  ...extra,
});

describe('who may call', () => {
  it('refuses an empty and an unknown e-mail with a clear message, for every endpoint', () => {
    const emu = register();
    for (const fn of ['getSidebarState', 'assignTask', 'updateProgress', 'confirmTask']) {
      expect(refused(call(emu, '', fn, 'NV-2026-0001', {}))).toMatch(/Không xác định được tài khoản Google/);
      expect(refused(call(emu, 'la@example.com', fn, 'NV-2026-0001', {}))).toMatch(
        /chưa có trong sheet "Cán bộ"/,
      );
    }
  });

  it('only leaders and admins assign', () => {
    const emu = register();
    expect(refused(call(emu, OFFICIAL, 'assignTask', basic()))).toBe(
      'Chỉ lãnh đạo hoặc quản trị mới được giao nhiệm vụ.',
    );
    expect(refused(call(emu, FOLLOWER, 'assignTask', basic()))).toMatch(/Chỉ lãnh đạo/);
    expect(sheetValues(emu, 'Nhiệm vụ')).toHaveLength(1);
    expect(ok(call<AssignReply>(emu, LEADER, 'assignTask', basic())).task!.id).toBe('NV-2026-0001');
  });

  it('opens the sidebar in one call that knows the person and their tasks', () => {
    const emu = register();
    ok(call(emu, LEADER, 'assignTask', basic()));
    const { value, cost } = emu.run<Reply<{ me: { name: string }; canAssign: boolean; mine: View[] }>>(
      'getSidebarState',
      [],
      { as: OFFICIAL },
    );
    const state = ok(value);
    expect(state.me.name).toBe('Nguyễn Thị Bích');
    expect(state.canAssign).toBe(false);
    expect(state.mine.map((t) => t.id)).toEqual(['NV-2026-0001']);
    expect(state.mine[0].actions).toEqual(expect.arrayContaining(['update', 'report', 'requestExtension']));
    // Google charges per data call and per cell: one read per sheet, nothing per task beyond its cells.
    expect(cost.dataCalls).toBeLessThanOrEqual(5);
    // The result crosses google.script.run: no Date, class instance or other non-JSON value in it.
    expectPlainJson(value);
  });
});

describe('language', () => {
  it('speaks English when the settings say en: refusals, statuses and roles', () => {
    const emu = register();
    setSetting(emu, 'language', 'en');
    expect(refused(call(emu, OFFICIAL, 'assignTask', basic()))).toBe(
      'Only leaders and administrators assign tasks.',
    );
    ok(call(emu, LEADER, 'assignTask', basic()));
    const state = ok(call<{ me: { roleLabel: string }; mine: View[] }>(emu, OFFICIAL, 'getSidebarState'));
    expect(state.me.roleLabel).toBe('Official');
    expect(state.mine[0].statusLabel).toBe('In progress');
  });

  it('reads the English texts, kept out of Code.js, once per English execution and never in Vietnamese', () => {
    const emu = register();
    setSetting(emu, 'autoWorkspace', 'Không'); // a Drive folder's words are read from i18n-vi
    const READ = 'HtmlService.createHtmlOutputFromFile';
    const refusal = emu.run<Reply<unknown>>('assignTask', [basic()], { as: OFFICIAL });
    expect(refused(refusal.value)).toBe('Chỉ lãnh đạo hoặc quản trị mới được giao nhiệm vụ.');
    const assigned = emu.run<Reply<AssignReply>>('assignTask', [basic()], { as: LEADER });
    expect(ok(assigned.value).message).toBe('Đã giao nhiệm vụ NV-2026-0001.');
    const vi = emu.run<Reply<{ mine: View[] }>>('getSidebarState', [], { as: OFFICIAL });
    expect(ok(vi.value).mine[0].statusLabel).toBe('Đang thực hiện trong hạn');
    for (const run of [refusal, assigned, vi]) expect(run.calls.count(READ)).toBe(0);

    setSetting(emu, 'language', 'en');
    const en = emu.run<Reply<unknown>>('assignTask', [basic()], { as: OFFICIAL });
    expect(refused(en.value)).toBe('Only leaders and administrators assign tasks.');
    expect(en.calls.count(READ)).toBe(1);
    // A message and the task's status, both in English: the file is read once for all of them.
    const enAssigned = emu.run<Reply<AssignReply>>('assignTask', [basic()], { as: LEADER });
    expect(ok(enAssigned.value).message).toBe('Task NV-2026-0002 assigned.');
    expect(ok(enAssigned.value).task!.statusLabel).toBe('In progress');
    expect(enAssigned.calls.count(READ)).toBe(1);
  });
});

describe('assigning', () => {
  it('writes one row with its status and one audit line', () => {
    const emu = register();
    const { value, calls } = emu.run<Reply<AssignReply>>('assignTask', [basic()], { as: LEADER });
    const reply = ok(expectPlainJson(value));
    expect(reply.message).toBe('Đã giao nhiệm vụ NV-2026-0001.');
    const [task] = taskRecords(emu);
    expect(task).toMatchObject({
      id: 'NV-2026-0001',
      title: 'Báo cáo tổng kết công tác năm 2026',
      assigner: LEADER,
      leadUnit: 'Phòng Tư pháp',
      assignees: OFFICIAL,
      status: 'Đang thực hiện trong hạn',
    });
    const audit = auditAfterSetup(emu);
    expect(audit).toHaveLength(1);
    expect(audit[0].slice(1, 4)).toEqual([LEADER, 'NV-2026-0001', 'Giao nhiệm vụ']);
    // The Drive workspace made with it has its own budget (workspace.test.ts); without it, the
    // assignment itself stays within a fixed number of data calls.
    setSetting(emu, 'autoWorkspace', 'Không');
    const plain = emu.run<Reply<AssignReply>>('assignTask', [basic({ title: 'Không thư mục' })], {
      as: LEADER,
    });
    expect(ok(plain.value).task!.id).toBe('NV-2026-0002');
    expect(plain.calls.total('drive')).toBe(0);
    expect(plain.cost.dataCalls).toBeLessThanOrEqual(10);
    expect(calls.total('drive')).toBeGreaterThan(0);
  });

  it.each([
    ['an empty title', { title: '   ' }, /Tên nhiệm vụ: chưa nhập/],
    ['a 2,000-character title', { title: 'x'.repeat(2000) }, /Tên nhiệm vụ: dài 2000 ký tự, tối đa 500/],
    [
      'a deadline before the assignment',
      { deadline: { mode: 'date', date: '2026-02-27' } },
      /không được trước ngày giao/,
    ],
    ['an invalid date', { deadline: { mode: 'date', date: '31/02/2026' } }, /Hạn xử lý: Ngày không hợp lệ/],
    [
      'an unknown assignee',
      { assignees: ['ai.do@example.com'] },
      /Không có trong danh sách cán bộ: ai.do@example.com/,
    ],
    ['no assignee', { assignees: [] }, /ít nhất một người thực hiện/],
    ['an unknown unit', { leadUnit: 'Phòng Ma' }, /Đơn vị "Phòng Ma" không có/],
    [
      'zero working days',
      { deadline: { mode: 'working_days', workingDays: 0 } },
      /số ngày làm việc phải là số nguyên/,
    ],
  ])('refuses %s and writes nothing', (_, extra, message) => {
    const emu = register();
    const reply = call(emu, LEADER, 'assignTask', basic(extra));
    expect(refused(reply)).toMatch(message);
    expect(sheetValues(emu, 'Nhiệm vụ')).toHaveLength(1);
    expect(auditAfterSetup(emu)).toHaveLength(0);
  });

  it('warns when the deadline falls on a rest day and suggests the next working day', () => {
    const emu = register();
    const first = ok(
      call<AssignReply>(emu, LEADER, 'assignTask', basic({ deadline: { mode: 'date', date: '2026-03-07' } })),
    );
    expect(first.task).toBeUndefined();
    expect(first.warning!.message).toBe(
      'Hạn 07/03/2026 rơi vào ngày nghỉ cuối tuần. Theo Bộ luật Dân sự (điều 148), hạn sẽ là ngày làm việc tiếp theo: 09/03/2026.',
    );
    expect(first.warning!.suggestedIso).toBe('2026-03-09');
    expect(sheetValues(emu, 'Nhiệm vụ')).toHaveLength(1);
    // 30/4 and 1/5/2026 are holidays (from the register's holidays sheet), then a weekend.
    const holiday = ok(
      call<AssignReply>(emu, LEADER, 'assignTask', basic({ deadline: { mode: 'date', date: '2026-04-30' } })),
    );
    expect(holiday.warning!.message).toMatch(
      /^Hạn 30\/04\/2026 rơi vào ngày nghỉ lễ \(.+\)\..*: 04\/05\/2026\.$/,
    );
    const kept = ok(
      call<AssignReply>(
        emu,
        LEADER,
        'assignTask',
        basic({ deadline: { mode: 'date', date: '2026-03-07' }, acceptRestDay: true }),
      ),
    );
    expect(kept.task!.effectiveDeadline).toBe('2026-03-07');
  });

  it('counts N working days from the day after assignment, skipping the weekend', () => {
    const emu = register();
    const reply = ok(
      call<AssignReply>(
        emu,
        LEADER,
        'assignTask',
        basic({ deadline: { mode: 'working_days', workingDays: 5 } }),
      ),
    );
    expect(reply.task!.effectiveDeadline).toBe('2026-03-09'); // Mon 2/3 + 5 working days = Mon 9/3
  });

  it('keeps text that starts like a formula as text, and HTML as typed', () => {
    const emu = register();
    const title = '=HYPERLINK("http://evil.example","bấm")';
    ok(
      call(
        emu,
        LEADER,
        'assignTask',
        basic({ title, details: '<img src=x onerror=alert(1)>', source: '+84 912 345 678' }),
      ),
    );
    const [task] = taskRecords(emu);
    expect(task.title).toBe(title);
    expect(task.details).toBe('<img src=x onerror=alert(1)>');
    expect(task.source).toBe('+84 912 345 678');
    const formulas = asUser(
      emu,
      (ss) => ss.getSheetByName('Nhiệm vụ')!.getRange(2, 1, 1, TASK_COLUMNS.length).getFormulas()[0],
    );
    expect(formulas.every((f) => f === '')).toBe(true);
  });

  it('two leaders assigning at the same moment get two rows and two ids, nothing lost', () => {
    const emu = register();
    // The admin's execution finishes its write two seconds later; the leader waits for it.
    const other = holdDocumentLock(emu, ADMIN, 2000);
    const first = ok(call<AssignReply>(emu, LEADER, 'assignTask', basic({ title: 'Một' })));
    other.end();
    const second = ok(call<AssignReply>(emu, ADMIN, 'assignTask', basic({ title: 'Hai' })));
    expect([first.task!.id, second.task!.id]).toEqual(['NV-2026-0001', 'NV-2026-0002']);
    expect(taskRecords(emu).map((t) => t.title)).toEqual(['Một', 'Hai']);
  });

  it('tells the second leader to retry when the lock is held too long, writing nothing', () => {
    const emu = register();
    const other = emu.beginExecution({ as: ADMIN });
    (other.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock().tryLock(0);
    expect(refused(call(emu, LEADER, 'assignTask', basic()))).toBe(
      'Có người khác đang cập nhật sổ theo dõi. Vui lòng thử lại sau ít giây.',
    );
    other.end();
    expect(sheetValues(emu, 'Nhiệm vụ')).toHaveLength(1);
  });
});

describe('the life of a task', () => {
  it('assign → update → extension → approve → late report with explanation → confirm: orange, every step audited', () => {
    const emu = register();
    const { task } = ok(
      call<AssignReply>(emu, LEADER, 'assignTask', basic({ deadline: { mode: 'date', date: '2026-03-04' } })),
    );
    const id = task!.id;

    let reply = ok(
      call<ActionReply>(emu, OFFICIAL, 'updateProgress', id, {
        progress: 40,
        note: 'Đã thu số liệu 3/5 phòng',
      }),
    );
    expect(reply.task.progress).toBe(40);
    expect(refused(call(emu, OTHER, 'updateProgress', id, { progress: 50 }))).toMatch(
      /Bạn không có quyền cập nhật tiến độ/,
    );

    reply = ok(
      call<ActionReply>(emu, OFFICIAL, 'requestExtension', id, {
        newDeadline: '2026-03-06',
        reason: 'Chờ số liệu phòng Y tế',
      }),
    );
    expect(reply.task.actions).not.toContain('requestExtension');
    expect(
      refused(call(emu, OFFICIAL, 'requestExtension', id, { newDeadline: '2026-03-09', reason: 'Lần nữa' })),
    ).toMatch(/đã có một đề nghị gia hạn đang chờ/);
    expect(refused(call(emu, OFFICIAL, 'decideExtension', id, { approve: true }))).toMatch(
      /không có quyền duyệt gia hạn/,
    );

    reply = ok(call<ActionReply>(emu, LEADER, 'decideExtension', id, { approve: true, note: 'Đồng ý' }));
    // The task slip (PDF) follows the new deadline: the leader made the folder, so it is remade now.
    expect(reply.message).toBe(
      'Đã duyệt gia hạn NV-2026-0001 đến 06/03/2026. Đã làm lại phiếu giao việc (PDF) của nhiệm vụ NV-2026-0001 theo thông tin mới.',
    );
    expect(reply.task.extensionCount).toBe(1);
    expect(
      refused(call(emu, OFFICIAL, 'requestExtension', id, { newDeadline: '2026-03-20', reason: 'Thêm lần' })),
    ).toMatch(/đã gia hạn 1 lần, đạt giới hạn 1 lần/);

    // Monday 9 March: past the extended deadline (Friday 6 March).
    emu.clock.set('2026-03-09T09:00:00+07:00');
    expect(refused(call(emu, OFFICIAL, 'reportResult', id, { result: 'Đã xong' }))).toMatch(
      /cần nhập giải trình/,
    );
    reply = ok(
      call<ActionReply>(emu, OFFICIAL, 'reportResult', id, {
        result: 'Đã nộp báo cáo',
        explanation: 'Phòng Y tế gửi chậm số liệu',
      }),
    );
    expect(reply.task.status).toBe('awaiting_confirmation');
    expect(refused(call(emu, OFFICIAL, 'confirmTask', id))).toMatch(/không có quyền xác nhận hoàn thành/);

    emu.clock.set('2026-03-10T09:00:00+07:00');
    reply = ok(call<ActionReply>(emu, FOLLOWER, 'confirmTask', id));
    // C is the report day (9/3), not the confirmation day: the unit is late by one working day, no more.
    expect(reply.task.statusLabel).toBe('Hoàn thành quá hạn');
    expect(taskRecords(emu)[0].status).toBe('Hoàn thành quá hạn');

    const actions = auditAfterSetup(emu).map((r) => r[3]);
    expect(actions).toEqual([
      'Giao nhiệm vụ',
      'Cập nhật tiến độ',
      'Đề nghị gia hạn',
      'Duyệt gia hạn',
      'Báo cáo kết quả',
      'Xác nhận hoàn thành',
    ]);
    const history = ok(call<{ action: string; actor: string }[]>(emu, OFFICIAL, 'getTaskHistory', id));
    expect(history.map((h) => h.action)).toEqual(actions);
    expect(history[5].actor).toBe('Lê Văn Theo');
  });

  it('refuses to confirm a task someone else just archived', () => {
    const emu = register();
    const id = ok(call<AssignReply>(emu, LEADER, 'assignTask', basic())).task!.id;
    ok(call(emu, OFFICIAL, 'reportResult', id, { result: 'Xong' }));
    ok(call(emu, ADMIN, 'archiveTask', id, { reason: 'Nhiệm vụ được gộp vào NV khác' }));
    expect(refused(call(emu, FOLLOWER, 'confirmTask', id))).toBe(
      'Nhiệm vụ NV-2026-0001 đã được lưu trữ nên không thể xác nhận hoàn thành.',
    );
    expect(taskRecords(emu)[0].status).toBe('Lưu trữ');
  });

  it('sends a result back, refuses an extension, and asks a reason for both', () => {
    const emu = register();
    const id = ok(call<AssignReply>(emu, LEADER, 'assignTask', basic())).task!.id;
    ok(call(emu, OFFICIAL, 'reportResult', id, { link: 'https://docs.google.com/document/d/abc' }));
    expect(refused(call(emu, LEADER, 'sendBackTask', id, { reason: '' }))).toMatch(/Lý do: chưa nhập/);
    const back = ok(call<ActionReply>(emu, LEADER, 'sendBackTask', id, { reason: 'Thiếu số liệu quý IV' }));
    expect(back.task.status).toBe('in_progress');
    ok(
      call(emu, OFFICIAL, 'requestExtension', id, {
        newDeadline: '2026-03-20',
        reason: 'Cần thêm thời gian',
      }),
    );
    const no = ok(
      call<ActionReply>(emu, LEADER, 'decideExtension', id, { approve: false, note: 'Không đủ lý do' }),
    );
    expect(no.message).toBe('Đã từ chối gia hạn NV-2026-0001.');
    expect(no.task.extensionCount).toBe(0);
    expect(no.task.effectiveDeadline).toBe('2026-03-10');
  });

  it('refuses a javascript: link and keeps the form input unsaved', () => {
    const emu = register();
    const id = ok(call<AssignReply>(emu, LEADER, 'assignTask', basic())).task!.id;
    expect(
      refused(call(emu, OFFICIAL, 'updateProgress', id, { progress: 10, link: 'javascript:alert(1)' })),
    ).toMatch(/Liên kết phải bắt đầu bằng https/);
    expect(refused(call(emu, OFFICIAL, 'updateProgress', id, { progress: 140 }))).toMatch(
      /Tiến độ phải từ 0 đến 100/,
    );
    expect(taskRecords(emu)[0].progress).toBe(0);
  });
});

describe('the audit log', () => {
  it('detects a line edited or deleted by hand, and only admins may check', () => {
    const emu = register();
    const id = ok(call<AssignReply>(emu, LEADER, 'assignTask', basic())).task!.id;
    ok(call(emu, OFFICIAL, 'updateProgress', id, { progress: 30, note: 'Bắt đầu' }));
    ok(call(emu, OFFICIAL, 'updateProgress', id, { progress: 60, note: 'Gần xong' }));
    expect(refused(call(emu, OFFICIAL, 'checkAuditLog'))).toMatch(/Chỉ quản trị/);
    expect(ok(call<{ ok: boolean; lines: number }>(emu, ADMIN, 'checkAuditLog'))).toMatchObject({
      ok: true,
      lines: 4, // setup's line, the assignment, two updates
    });

    // Someone softens a progress note by hand: the chain breaks at that row.
    settleAudit(emu); // the hourly job has moved the lines to their sheet
    asUser(emu, (ss) => ss.getSheetByName('Nhật ký')!.getRange(4, 7).setValue('Đã xong'));
    const edited = ok(call<{ ok: boolean; brokenRow: number; message: string }>(emu, ADMIN, 'checkAuditLog'));
    expect(edited).toMatchObject({ ok: false, brokenRow: 4 });
    expect(edited.message).toBe(
      'Nhật ký đã bị sửa bằng tay: dòng 4 đã bị sửa (nội dung hoặc mã kiểm tra không còn khớp).',
    );

    // A deleted line breaks it too.
    const emu2 = register();
    const id2 = ok(call<AssignReply>(emu2, LEADER, 'assignTask', basic())).task!.id;
    ok(call(emu2, OFFICIAL, 'updateProgress', id2, { progress: 30 }));
    ok(call(emu2, OFFICIAL, 'updateProgress', id2, { progress: 60 }));
    settleAudit(emu2);
    asUser(emu2, (ss) => ss.getSheetByName('Nhật ký')!.deleteRow(4));
    expect(ok(call<{ brokenRow: number }>(emu2, ADMIN, 'checkAuditLog')).brokenRow).toBe(4);
  });
});

describe('delegation', () => {
  it('lets an assignee delegate to their own unit, no later than the parent, and shows the children on the parent', () => {
    const emu = register();
    // The official belongs to VP; the task is led by VP so the sub-task stays in the unit.
    const id = ok(call<AssignReply>(emu, LEADER, 'assignTask', basic({ leadUnit: 'VP' }))).task!.id;
    const colleague = {
      title: 'Thu số liệu',
      assignees: [LEADER],
      deadline: { mode: 'date', date: '2026-03-06' },
    };
    const child = ok(call<AssignReply>(emu, OFFICIAL, 'delegateTask', id, colleague));
    expect(child.task!.id).toBe('NV-2026-0002');
    expect(taskRecords(emu)[1].parentId).toBe(id);
    expect(
      refused(
        call(emu, OFFICIAL, 'delegateTask', id, {
          ...colleague,
          deadline: { mode: 'date', date: '2026-03-20' },
        }),
      ),
    ).toMatch(/không được sau hạn của nhiệm vụ gốc/);
    expect(refused(call(emu, OFFICIAL, 'delegateTask', id, { ...colleague, assignees: [OTHER] }))).toMatch(
      /Chỉ phân công được cho cán bộ trong đơn vị của bạn/,
    );
    const state = ok(
      call<{ mine: (View & { children: { id: string }[] })[] }>(emu, OFFICIAL, 'getSidebarState'),
    );
    expect(state.mine.find((t) => t.id === id)!.children.map((c) => c.id)).toEqual(['NV-2026-0002']);
  });
});

describe('undoing a confirmation (issue 14)', () => {
  const queued = (emu: Emulator) =>
    queueValues(emu)
      .slice(1)
      .filter((r) => r[0] !== '');
  function confirmed(): { emu: Emulator; id: string } {
    const emu = register();
    const id = ok(call<AssignReply>(emu, LEADER, 'assignTask', basic())).task!.id;
    ok(call(emu, OFFICIAL, 'reportResult', id, { result: 'Đã xong' }));
    emu.clock.set('2026-03-03T09:00:00+07:00');
    // Only the confirmation's notice to the official stays queued: what came before was sent.
    settleAudit(emu);
    asUser(emu, (ss) => ss.getSheetByName('Hàng đợi thông báo')!.getRange('A2:G20').clearContent());
    ok(call(emu, FOLLOWER, 'confirmTask', id));
    return { emu, id };
  }

  it('within minutes, by the one who confirmed: awaiting again, audited, the unsent notice dropped', () => {
    const { emu, id } = confirmed();
    expect(queued(emu).map((r) => r[3])).toEqual(['confirmed']);
    emu.clock.set('2026-03-03T09:04:00+07:00');
    const reply = ok(call<ActionReply>(emu, FOLLOWER, 'undoConfirmTask', id));
    expect(reply.message).toBe('Đã hoàn tác: nhiệm vụ NV-2026-0001 trở lại chờ xác nhận.');
    expect(reply.task.status).toBe('awaiting_confirmation');
    expect(reply.task.actions).toContain('confirm');
    const row = taskRecords(emu)[0];
    expect([row.confirmedBy, row.confirmedAt, row.status]).toEqual(['', '', 'Chờ xác nhận']);
    expect(
      auditAfterSetup(emu)
        .map((r) => r[3])
        .slice(-2),
    ).toEqual(['Xác nhận hoàn thành', 'Hoàn tác xác nhận hoàn thành']);
    expect(queued(emu)).toEqual([]);
    // Undone once: a second undo has nothing to take back.
    expect(refused(call(emu, FOLLOWER, 'undoConfirmTask', id))).toBe(
      'Nhiệm vụ NV-2026-0001 chưa được xác nhận hoàn thành nên không có gì để hoàn tác.',
    );
  });

  it('the notice already sent: the official is sent a correction', () => {
    const { emu, id } = confirmed();
    settleAudit(emu);
    asUser(emu, (ss) => ss.getSheetByName('Hàng đợi thông báo')!.getRange('A2:G20').clearContent());
    ok(call(emu, FOLLOWER, 'undoConfirmTask', id));
    expect(queued(emu).map((r) => [r[2], r[3], r[4]])).toEqual([[OFFICIAL, 'confirm_undone', id]]);
  });

  it('refuses anyone else, and after five minutes, in Vietnamese, changing nothing', () => {
    const { emu, id } = confirmed();
    expect(refused(call(emu, LEADER, 'undoConfirmTask', id))).toBe(
      'Chỉ người đã xác nhận hoàn thành nhiệm vụ NV-2026-0001 mới hoàn tác được.',
    );
    emu.clock.set('2026-03-03T09:05:30+07:00');
    expect(refused(call(emu, FOLLOWER, 'undoConfirmTask', id))).toMatch(
      /^Đã quá 5 phút kể từ khi xác nhận hoàn thành nhiệm vụ NV-2026-0001 nên không thể hoàn tác/,
    );
    expect(taskRecords(emu)[0].confirmedBy).toBe(FOLLOWER);
    expect(
      auditAfterSetup(emu)
        .map((r) => r[3])
        .at(-1),
    ).toBe('Xác nhận hoàn thành');
  });
});

describe('who the audit names for a status refresh (issue 14)', () => {
  it('the person who started it; the timed daily job is "Nhắc Việc"', () => {
    const emu = register();
    ok(call<AssignReply>(emu, LEADER, 'assignTask', basic()));
    const last = () => auditAfterSetup(emu).at(-1)!;
    emu.run('refresh', [], { as: OFFICIAL, at: '2026-03-06T09:00:00+07:00' });
    expect([last()[1], last()[3]]).toEqual([OFFICIAL, 'Cập nhật trạng thái']);
    emu.run('dailyJob', [], { as: ADMIN, at: '2026-03-11T07:00:00+07:00' });
    expect([last()[1], last()[3]]).toEqual(['Nhắc Việc', 'Cập nhật trạng thái tự động']);
  });
});
