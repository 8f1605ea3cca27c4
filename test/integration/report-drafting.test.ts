/**
 * Issue 15 on the built bundle: a coordinator makes a shared report from an outline; units write in the
 * Doc (people in the Docs editor), submit their part as their sub-task; the coordinator sends one back,
 * accepts all, and "Tổng hợp" makes the final Doc and PDF, and reports the report task.
 */
import type { Emulator } from '../../emulator';
import { fileContent } from '../../emulator/services/drive/state';
import { htmlToText } from '../../emulator/services/drive/html';
import type { ReportView } from '../../src/server/report';
import { addStaff, addUnits, setUpRegister, taskRecords, auditValues, queueValues } from './helpers';
import { pdfText } from './stats-helpers';
import { ADMIN, LEADER, OFFICIAL, call, ok, refused } from './workspace-helpers';

export const UNITS = [
  ['TP', 'Phòng Tư pháp', 'tp@ubnd.example.vn'],
  ['YT', 'Phòng Y tế', 'yt@ubnd.example.vn'],
  ['GD', 'Phòng Giáo dục', 'gd@ubnd.example.vn'],
  ['VH', 'Phòng Văn hóa', 'vh@ubnd.example.vn'],
] as const;
export const OUTLINE = `I. Kết quả thực hiện
1. Công tác tư pháp
Nêu số vụ hòa giải, tối đa nửa trang.
Đơn vị: Phòng Tư pháp
2. Y tế cơ sở [YT]
3. Giáo dục [GD]
II. Kiến nghị, đề xuất
Đơn vị: Phòng Văn hóa, TP`;

/** A register with four units, each with a focal point, and a report task assigned to OFFICIAL. */
export function reportRegister(): { emu: Emulator; taskId: string } {
  const emu = setUpRegister('2026-03-02T08:00:00+07:00');
  addUnits(
    emu,
    UNITS.map(([code, name, focal]) => ({ code, name, focal })),
  );
  addStaff(
    emu,
    UNITS.map(([code, name, focal]) => ({
      email: focal,
      name: `Đầu mối ${name}`,
      unit: code,
      role: 'Đầu mối đơn vị',
      active: true,
    })),
  );
  const assigned = ok(
    call<{ task: { id: string } }>(emu, LEADER, 'assignTask', {
      title: 'Báo cáo sơ kết quý I năm 2026',
      leadUnit: 'VP',
      assignees: [OFFICIAL],
      deadline: { mode: 'date', date: '2026-03-20' },
    }),
  );
  return { emu, taskId: assigned.task.id };
}

const states = (v: ReportView) => v.sections.map((s) => s.state);

describe('a report drafted together', () => {
  const { emu, taskId } = reportRegister();
  const create = (as = OFFICIAL, outline = OUTLINE) =>
    call<ReportView>(emu, as, 'createReport', { taskId, basis: 'Kế hoạch 12/KH-UBND', outline });

  it('refuses an empty outline, an unknown unit, anyone but the coordinator, with nothing made', () => {
    expect(refused(create(OFFICIAL, ' '))).toMatch(/^Đề cương trống/);
    expect(refused(create(OFFICIAL, 'I. Mục [Phòng Mới]'))).toMatch(/không có đơn vị "Phòng Mới"/);
    expect(refused(create(LEADER))).toMatch(/Chỉ người được giao nhiệm vụ .* \(người điều phối\)/);
    expect(refused(create(OFFICIAL, 'I. Mục'))).toMatch(/chưa có đơn vị viết/);
    expect(
      Object.values(emu.world.drive.files).filter((f) => f.appProperties.nhacviecKind === 'report'),
    ).toEqual([]);
  });

  let view: ReportView;
  let docId = '';
  it('makes one Doc from the outline and one sub-task per unit, due 2 working days before the report', () => {
    const before = emu.world.drive.notifications.length;
    view = ok(create());
    docId = /document\/d\/([^/]+)/.exec(view.docUrl)![1];
    expect(view.message).toBe('Đã tạo tài liệu báo cáo chung và 4 nhiệm vụ con cho các đơn vị.');
    expect(view.unitsDeadline).toBe('18/03/2026');
    expect(view.sections.map((s) => [s.heading, s.state])).toEqual([
      ['I. Kết quả thực hiện', ''],
      ['1. Công tác tư pháp', 'notStarted'],
      ['2. Y tế cơ sở', 'notStarted'],
      ['3. Giáo dục', 'notStarted'],
      ['II. Kiến nghị, đề xuất', 'notStarted'],
    ]);
    const doc = emu.world.drive.files[docId];
    const text = doc.doc!.text;
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Hướng dẫn: Nêu số vụ hòa giải, tối đa nửa trang.');
    expect(text).toContain('Đơn vị viết: Phòng Văn hóa, Phòng Tư pháp');
    // Shared for editing with each unit's focal point, the assigner commenting; no Drive e-mails.
    const roles = Object.fromEntries(doc.permissions.map((p) => [p.emailAddress, p.role]));
    for (const [, , focal] of UNITS) expect(roles[focal]).toBe('writer');
    expect(roles[LEADER]).toBeDefined();
    expect(emu.world.drive.notifications.length).toBe(before);
    const subs = taskRecords(emu).filter((r) => r.parentId === taskId);
    expect(subs.map((s) => [s.leadUnit, s.assignees])).toEqual(UNITS.map(([, name, focal]) => [name, focal]));
    for (const s of subs)
      expect(String(s.driveLink)).toMatch(
        new RegExp(`^https://docs.google.com/document/d/${docId}/edit#heading=h\\.[0-9a-f]{12}$`),
      );
    expect(view.sections[1].link).toBe(subs[0].driveLink);
    // Each unit's focal point is told of its sub-task once, by the notice its audit line carries.
    const told = queueValues(emu)
      .slice(1)
      .filter((r) => r[3] === 'assigned' && subs.some((sub) => sub.id === r[4]));
    expect(told.map((r) => [r[4], r[2], r[5]])).toEqual(subs.map((sub) => [sub.id, sub.assignees, OFFICIAL]));
    expect(refused(create())).toMatch(/đã có báo cáo chung/);
  });

  it('sees each section fill as units type, with the Doc history from its revisions', () => {
    emu.clock.set('2026-03-05T09:00:00+07:00');
    emu.typeInDoc(UNITS[0][2], docId, '1. Công tác tư pháp', 'Hòa giải thành 12 vụ.');
    emu.typeInDoc(UNITS[1][2], docId, '2. Y tế cơ sở', 'Tiêm chủng đạt 95 %.\nKhám 300 lượt.');
    const r = emu.run<{ ok: true; data: ReportView }>('getReport', [taskId, { refresh: true }], {
      as: OFFICIAL,
    });
    view = r.value.data;
    expect(states(view)).toEqual(['', 'writing', 'writing', 'notStarted', 'notStarted']);
    expect(view.sections[2].length).toBe('Tiêm chủng đạt 95 %.\nKhám 300 lượt.'.length);
    expect(view.sections[2].changed).toMatch(/^2026-03-05T02:00/);
    expect(view.revisions.map((x) => x.who).slice(0, 2)).toEqual([UNITS[1][2], UNITS[0][2]]);
    // One export (a conversion) and one revisions list: seconds, whatever the size of the report.
    expect(r.cost.conversions).toBe(1);
    expect(r.cost.driveCalls).toBe(2);
    expect(r.cost.modelledMs).toBeLessThan(5000);
    // Only the coordinator's account can read the Doc (drive.file): others see the states, not a refresh.
    const other = ok(call<ReportView>(emu, UNITS[0][2], 'getReport', taskId, { refresh: true }));
    expect(other.message).toMatch(/^Chỉ tài khoản đã tạo tài liệu/);
    expect(other.mine).toEqual([view.sections[1].tasks[0]]);
  });

  it('a renamed heading is followed by its id and reported; a deleted one is reported and nothing is mis-attributed', () => {
    emu.editDoc(OFFICIAL, docId, '3. Giáo dục', '3. Giáo dục và đào tạo');
    view = ok(call<ReportView>(emu, OFFICIAL, 'getReport', taskId, { refresh: true }));
    expect(view.sections[3].flag).toBe('renamed');
    emu.editDoc(OFFICIAL, docId, '3. Giáo dục và đào tạo', '3. Giáo dục');
  });

  it('units submit as their sub-task (late needs an explanation); the coordinator sends back and accepts', () => {
    const sub = (i: number) => view.sections[i].tasks[0];
    ok(call(emu, UNITS[0][2], 'reportResult', sub(1), { result: 'Đã viết phần tư pháp' }));
    emu.clock.set('2026-03-19T09:00:00+07:00'); // after the units' deadline
    emu.typeInDoc(UNITS[2][2], docId, '3. Giáo dục', 'Tỉ lệ đi học 99 %.');
    emu.typeInDoc(UNITS[3][2], docId, 'II. Kiến nghị, đề xuất', 'Đề nghị bổ sung kinh phí.');
    expect(refused(call(emu, UNITS[1][2], 'reportResult', sub(2), { result: 'Xong' }))).toMatch(
      /giải trình/i,
    );
    ok(
      call(emu, UNITS[1][2], 'reportResult', sub(2), {
        result: 'Xong',
        explanation: 'Chờ số liệu trạm y tế',
      }),
    );
    ok(call(emu, UNITS[2][2], 'reportResult', sub(3), { result: 'Xong', explanation: 'Họp đột xuất' }));
    ok(call(emu, UNITS[3][2], 'reportResult', sub(4), { result: 'Xong', explanation: 'Nghỉ ốm' }));
    view = ok(call<ReportView>(emu, OFFICIAL, 'getReport', taskId));
    expect(states(view)).toEqual(['', 'submitted', 'submitted', 'submitted', 'submitted']);
    expect(refused(call(emu, OFFICIAL, 'compileReport', taskId))).toMatch(/Còn 4 phần chưa được chấp nhận/);
    ok(call(emu, OFFICIAL, 'sendBackTask', sub(2), { reason: 'Thiếu số liệu tháng 3' }));
    ok(call(emu, OFFICIAL, 'confirmTask', sub(1)));
    view = ok(call<ReportView>(emu, OFFICIAL, 'getReport', taskId));
    // Section II is written by two units: as far as the less advanced (TP accepted, VH submitted).
    expect(states(view)).toEqual(['', 'accepted', 'sentBack', 'submitted', 'submitted']);
    emu.typeInDoc(UNITS[1][2], docId, '2. Y tế cơ sở', 'Tháng 3: 120 lượt.');
    ok(call(emu, UNITS[1][2], 'reportResult', sub(2), { result: 'Đã bổ sung' }));
    for (const i of [2, 3]) ok(call(emu, OFFICIAL, 'confirmTask', sub(i)));
    ok(call(emu, OFFICIAL, 'confirmTask', view.sections[4].tasks[0]));
    view = ok(call<ReportView>(emu, OFFICIAL, 'getReport', taskId));
    expect(view.progress).toMatchObject({ total: 4, accepted: 4, share: 1 });
  });

  it('"Tổng hợp" makes the final Doc and PDF without guidance, every section in order, and reports the task', () => {
    // The report itself is due 20/03; compiled on 19/03 it is on time: no explanation asked.
    view = ok(call<ReportView>(emu, OFFICIAL, 'compileReport', taskId));
    expect(view.message).toMatch(/^Đã tổng hợp/);
    const final = emu.world.drive.files[view.final!.doc];
    const text = htmlToText(final.doc!.html);
    expect(text).not.toMatch(/Hướng dẫn|Đơn vị viết/);
    const order = [
      'I. Kết quả thực hiện',
      '1. Công tác tư pháp',
      'Hòa giải thành 12 vụ.',
      '2. Y tế cơ sở',
      'Tiêm chủng đạt 95 %.',
      'Khám 300 lượt.',
      'Tháng 3: 120 lượt.',
      '3. Giáo dục',
      'Tỉ lệ đi học 99 %.',
      'II. Kiến nghị, đề xuất',
      'Đề nghị bổ sung kinh phí.',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const pdf = emu.world.drive.files[view.final!.pdf];
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.parents).toEqual(final.parents);
    expect(pdfText(fileContent(emu.world.drive, pdf.id).bytes)).toContain('Đề nghị bổ sung kinh phí.');
    const task = taskRecords(emu).find((r) => r.id === taskId)!;
    expect(String(task.result)).toContain(`https://docs.google.com/document/d/${final.id}/edit`);
    expect(task.reportedDate).not.toBe('');
    // Every change audited: the report made, each sub-task, each decision, the compilation.
    const audit = auditValues(emu).map((r) => r.join('|'));
    expect(audit.filter((l) => l.includes('Tạo báo cáo chung'))).toHaveLength(1);
    expect(audit.filter((l) => l.includes('Tổng hợp báo cáo chung'))).toHaveLength(1);
    // Assigned, made, 4 sub-tasks (their parent noted), compiled, reported.
    expect(audit.filter((l) => l.includes(taskId))).toHaveLength(8);
  });
});

describe('the units hear of their section', () => {
  it("in their next digest, with the section's link and QR code; the wall board shows the report", () => {
    const { emu, taskId } = reportRegister();
    const made = ok(call<ReportView>(emu, OFFICIAL, 'createReport', { taskId, outline: OUTLINE }));
    const r = emu.run<{ ok: boolean; error?: string }>('installReminders', [7], { as: ADMIN }).value;
    expect(r.ok).toBe(true);
    emu.run('hourlyJob', [], { as: ADMIN, at: '2026-03-03T07:10:00+07:00' });
    const mail = emu.world.mail.outbox.filter((m) => m.to.includes(UNITS[1][2]));
    expect(mail.length).toBeGreaterThan(0);
    const html = mail.map((m) => m.htmlBody ?? '').join('');
    expect(html).toContain(made.sections[2].link.replace(/&/g, '&amp;'));
    expect(mail.some((m) => Object.keys(m.inlineImages).length > 0)).toBe(true);
    const wall = emu.run<{ ok: true; data: { reports: { title: string; share: number }[] } }>(
      'getWallboard',
      [],
      {
        as: ADMIN,
      },
    ).value.data;
    expect(wall.reports).toEqual([{ title: 'Báo cáo sơ kết quý I năm 2026', share: 0 }]);
  });
});

describe('the hourly job', () => {
  it("refreshes the reports its installer made (only that account reads their Docs), not others'", () => {
    const { emu, taskId } = reportRegister();
    const own = ok(
      call<{ task: { id: string } }>(emu, LEADER, 'assignTask', {
        title: 'Báo cáo của văn phòng',
        leadUnit: 'VP',
        assignees: [ADMIN],
        deadline: { mode: 'date', date: '2026-03-20' },
      }),
    ).task.id;
    const mine = ok(call<ReportView>(emu, ADMIN, 'createReport', { taskId: own, outline: OUTLINE }));
    const theirs = ok(call<ReportView>(emu, OFFICIAL, 'createReport', { taskId, outline: OUTLINE }));
    const doc = (v: ReportView) => /document\/d\/([^/]+)/.exec(v.docUrl)![1];
    for (const v of [mine, theirs])
      emu.typeInDoc(UNITS[0][2], doc(v), '1. Công tác tư pháp', 'Hòa giải 12 vụ.');
    expect(emu.run<{ ok: boolean }>('installReminders', [7], { as: ADMIN }).value.ok).toBe(true);
    emu.run('hourlyJob', [], { as: ADMIN, at: '2026-03-03T07:10:00+07:00' });
    const seen = (id: string) => ok(call<ReportView>(emu, LEADER, 'getReport', id));
    expect(seen(own).sections[1]).toMatchObject({ state: 'writing', length: 'Hòa giải 12 vụ.'.length });
    expect(seen(own).seen).toMatch(/^2026-03-03T00:1/);
    expect(seen(taskId).sections[1]).toMatchObject({ state: 'notStarted', length: 0 });
  });
});

describe('a deleted heading', () => {
  it('is reported, and the section before it is not measured rather than given its text', () => {
    const { emu, taskId } = reportRegister();
    const made = ok(call<ReportView>(emu, OFFICIAL, 'createReport', { taskId, outline: OUTLINE }));
    const docId = /document\/d\/([^/]+)/.exec(made.docUrl)![1];
    emu.typeInDoc(UNITS[0][2], docId, '1. Công tác tư pháp', 'Hòa giải 12 vụ.');
    emu.typeInDoc(UNITS[1][2], docId, '2. Y tế cơ sở', 'Tiêm chủng 95 %.');
    const seen = ok(call<ReportView>(emu, OFFICIAL, 'getReport', taskId, { refresh: true }));
    emu.editDoc(UNITS[1][2], docId, '2. Y tế cơ sở', '');
    const after = ok(call<ReportView>(emu, OFFICIAL, 'getReport', taskId, { refresh: true }));
    expect(after.sections.map((s) => s.flag)).toEqual(['', 'unclear', 'missing', '', '']);
    expect(after.sections[1].length).toBe(seen.sections[1].length); // not 12 vụ + 95 %
    expect(refused(call(emu, OFFICIAL, 'compileReport', taskId))).toMatch(/chưa được chấp nhận/);
  });
});

describe('confidential report tasks', () => {
  it('are refused: nothing confidential goes to Drive', () => {
    const { emu } = reportRegister();
    const secret = ok(
      call<{ task: { id: string } }>(emu, LEADER, 'assignTask', {
        title: 'Báo cáo mật',
        leadUnit: 'VP',
        assignees: [OFFICIAL],
        deadline: { mode: 'date', date: '2026-03-20' },
        confidential: true,
      }),
    );
    expect(
      refused(call(emu, OFFICIAL, 'createReport', { taskId: secret.task.id, outline: OUTLINE })),
    ).toMatch(/nhiệm vụ mật/);
  });
});
