/**
 * Weekly plans and the monthly evaluation through the built bundle (issue 16): a plan submitted on
 * Friday (late after 17:00, still accepted), reviewed on Monday by the unit's leader, an item turned into
 * a task, an item moved to next week; the month's forms prefilled by the morning run of the first working
 * day, self-assessed, rated, approved by the head after the 20 % cap is checked, published in
 * `Đánh giá`. Every refusal is a Vietnamese sentence and changes nothing; every change is audited.
 */
import type { Emulator } from '../../emulator';
import { PLAN_COLUMNS } from '../../src/core/schema';
import {
  ADMIN,
  LEADER,
  OFFICIAL,
  addStaff,
  addTasks,
  addUnits,
  asUser,
  records,
  setSetting,
  setUpRegister,
  sheetValues,
  taskRecords,
  auditValues,
} from './helpers';

const OTHER = 'y.te@ubnd.example.vn';
type Reply<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };
interface PlanView {
  email: string;
  status: string;
  late: boolean;
  comment: string;
  items: { what: string; taskId: string; outcome: string }[];
}
interface Plans {
  week: string;
  deadline: string;
  mine: PlanView | null;
  team: PlanView[];
  missing: { email: string }[];
  message?: string;
}
interface Form {
  email: string;
  status: string;
  taskScore: number;
  total: number | null;
  level: string;
  figures: Record<string, [string, string][]>;
}
interface Evals {
  month: string;
  mine: Form | null;
  team: Form[];
  cap: { ok: boolean; text: string };
  canApprove: boolean;
  message?: string;
}

function run<T>(emu: Emulator, as: string, fn: string, args: unknown, at?: string): Reply<T> {
  return emu.run<Reply<T>>(fn, [args], { as, ...(at ? { at } : {}) }).value;
}
function ok<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.error}`);
  return r.data;
}
function refused(r: Reply<unknown>): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

const FRIDAY = '2026-03-06T10:00:00+07:00';
const FRIDAY_EVENING = '2026-03-06T18:30:00+07:00';
const MONDAY = '2026-03-09T08:30:00+07:00';

function office(): Emulator {
  const emu = setUpRegister('2026-03-02T08:00:00+07:00');
  addUnits(emu, [{ code: 'YT', name: 'Trạm Y tế' }]);
  addStaff(emu, [{ email: OTHER, name: 'Lê Văn Y', unit: 'YT', role: 'Cán bộ thực hiện', active: true }]);
  setSetting(emu, 'agencyHead', ADMIN);
  return emu;
}

const items = [
  { what: 'Rà soát hồ sơ đất đai', when: 'Thứ Hai', expected: 'Báo cáo rà soát' },
  { what: 'Họp tổ dân phố 5', when: 'Thứ Tư chiều', expected: 'Biên bản' },
];

describe('weekly plans', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = office();
  });

  it('setup made the two sheets, protected, and the plans are due on Friday at 17:00', () => {
    const names = asUser(emu, (ss) => ss.getSheets().map((s) => s.getName()));
    expect(names).toEqual(expect.arrayContaining(['Kế hoạch tuần', 'Đánh giá']));
    const p = ok(run<Plans>(emu, OFFICIAL, 'getWeekPlans', {}, FRIDAY));
    expect([p.week, p.deadline, p.mine]).toEqual(['2026-03-09', '06/03/2026 17:00', null]);
  });

  it('the sidebar’s button shows the plans page in the sidebar, and its own button the tasks again', () => {
    ok(run(emu, OFFICIAL, 'openPage', 'plans', FRIDAY));
    expect(emu.world.ui.sidebar?.html).toContain('Kế hoạch tuần');
    expect(emu.world.ui.sidebar?.html).not.toContain('Giao việc</button>');
    ok(run(emu, OFFICIAL, 'openPage', 'sidebar', FRIDAY));
    expect(emu.world.ui.sidebar?.html).toContain('Kế hoạch tuần · Đánh giá tháng');
  });

  it('an official submits on Friday; after 17:00 the plan is accepted and marked late', () => {
    const p = ok(run<Plans>(emu, OFFICIAL, 'saveWeekPlan', { items, submit: true }, FRIDAY));
    expect(p.mine).toMatchObject({ status: 'submitted', late: false });
    expect(p.message).toBe('Đã nộp kế hoạch tuần 09/03/2026.');
    const late = ok(
      run<Plans>(
        emu,
        OTHER,
        'saveWeekPlan',
        { items: [{ what: 'Tiêm chủng' }], submit: true },
        FRIDAY_EVENING,
      ),
    );
    expect(late.mine).toMatchObject({ status: 'submitted', late: true });
    expect(late.message).toContain('nộp muộn');
    const rows = records(emu, 'Kế hoạch tuần', PLAN_COLUMNS);
    expect(rows.map((r) => [r.email, r.late])).toEqual([
      [OFFICIAL, false],
      [OTHER, true],
    ]);
    expect(String(rows[0].items)).toBe(
      '1. Rà soát hồ sơ đất đai — Thứ Hai — Báo cáo rà soát\n2. Họp tổ dân phố 5 — Thứ Tư chiều — Biên bản',
    );
  });

  it('refuses bad items, someone else’s plan and a leader outside their units, changing nothing', () => {
    const before = sheetValues(emu, 'Kế hoạch tuần');
    expect(refused(run(emu, OFFICIAL, 'saveWeekPlan', { items: [{ what: '' }] }, FRIDAY))).toMatch(
      /^Kế hoạch có tối đa 30 việc/,
    );
    expect(refused(run(emu, LEADER, 'saveWeekPlan', { items, email: OFFICIAL }, FRIDAY))).toBe(
      `Chỉ ${LEADER} được sửa kế hoạch của mình.`,
    );
    expect(
      refused(
        run(emu, LEADER, 'reviewWeekPlan', { week: '2026-03-09', email: OTHER, approve: true }, MONDAY),
      ),
    ).toBe(`Bạn không phụ trách đơn vị của ${OTHER}, nên không duyệt kế hoạch hay chấm phiếu của người này.`);
    expect(
      refused(run(emu, OFFICIAL, 'markPlanItem', { week: '2026-03-09', index: 0, outcome: 'xong' }, MONDAY)),
    ).toMatch(/^Kết quả là: đã làm, chưa làm/);
    expect(sheetValues(emu, 'Kế hoạch tuần')).toEqual(before);
  });

  it('on Monday the leader sees the unit’s plans and who has not submitted, comments, approves', () => {
    const p = ok(run<Plans>(emu, LEADER, 'getWeekPlans', {}, MONDAY));
    expect(p.week).toBe('2026-03-09');
    expect(p.team.map((v) => v.email)).toEqual([OFFICIAL]);
    expect(p.missing).toEqual([]); // the leader's own plan is not theirs to chase; OTHER is not in their unit
    const r = ok(
      run<Plans>(
        emu,
        LEADER,
        'reviewWeekPlan',
        { week: p.week, email: OFFICIAL, comment: 'Ưu tiên hồ sơ đất', approve: true },
        MONDAY,
      ),
    );
    expect(r.team[0]).toMatchObject({ status: 'approved', comment: 'Ưu tiên hồ sơ đất' });
    const head = ok(run<Plans>(emu, ADMIN, 'getWeekPlans', { week: '2026-03-09' }, MONDAY));
    expect(head.missing.map((m) => m.email)).toEqual(expect.arrayContaining([LEADER]));
    expect(head.missing.map((m) => m.email)).not.toContain(OTHER);
  });

  it('the leader turns an item into a task assigned to the official', () => {
    const r = ok(
      run<Plans>(
        emu,
        LEADER,
        'planItemToTask',
        { week: '2026-03-09', email: OFFICIAL, index: 1, deadline: '2026-03-13' },
        MONDAY,
      ),
    );
    const id = r.team[0].items[1].taskId;
    expect(id).toMatch(/^NV-2026-\d{4}$/);
    expect(r.message).toBe(`Đã giao nhiệm vụ ${id} từ kế hoạch của Nguyễn Thị Bích.`);
    const task = taskRecords(emu).find((t) => t.id === id)!;
    expect([task.title, task.assignees, task.assigner]).toEqual(['Họp tổ dân phố 5', OFFICIAL, LEADER]);
  });

  it('the official marks outcomes; a moved item is carried into next week’s plan', () => {
    const r = ok(
      run<Plans>(
        emu,
        OFFICIAL,
        'markPlanItem',
        { week: '2026-03-09', index: 0, outcome: 'moved' },
        '2026-03-13T16:00:00+07:00',
      ),
    );
    expect(r.mine!.items[0].outcome).toBe('moved');
    expect(r.message).toBe('Đã chuyển việc "Rà soát hồ sơ đất đai" sang kế hoạch tuần 16/03/2026.');
    const next = ok(
      run<Plans>(emu, OFFICIAL, 'getWeekPlans', { week: '2026-03-16' }, '2026-03-13T16:00:00+07:00'),
    );
    expect(next.mine).toMatchObject({
      status: 'draft',
      items: [{ what: 'Rà soát hồ sơ đất đai', outcome: '' }],
    });
  });

  it('an item marked moved and then done leaves no copy in next week’s plan', () => {
    ok(
      run<Plans>(
        emu,
        OFFICIAL,
        'markPlanItem',
        { week: '2026-03-09', index: 0, outcome: 'done' },
        '2026-03-13T16:05:00+07:00',
      ),
    );
    const next = ok(
      run<Plans>(emu, OFFICIAL, 'getWeekPlans', { week: '2026-03-16' }, '2026-03-13T16:05:00+07:00'),
    );
    expect(next.mine?.items ?? []).toEqual([]);
  });

  it('columns moved by hand are still found by their header', () => {
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Kế hoạch tuần')!;
      sheet.insertColumnBefore(1);
      sheet.getRange(1, 1).setValue('Ghi chú riêng');
    });
    const p = ok(run<Plans>(emu, LEADER, 'getWeekPlans', { week: '2026-03-09' }, MONDAY));
    expect(p.team[0].items.map((i) => i.what)).toEqual(items.map((i) => i.what));
  });

  it('every change is in the audit, with what it did', () => {
    const lines = auditValues(emu).filter((r) => r[3] === 'Kế hoạch tuần');
    expect(lines.map((r) => [r[4], r[5]])).toEqual([
      [OFFICIAL, 'Đã nộp kế hoạch tuần 09/03/2026.'],
      [OTHER, 'Đã nộp kế hoạch tuần 09/03/2026, sau hạn 06/03/2026 17:00: ghi là nộp muộn.'],
      [OFFICIAL, 'Đã duyệt kế hoạch tuần 09/03/2026 của Nguyễn Thị Bích.'],
      [OFFICIAL, expect.stringMatching(/^Đã giao nhiệm vụ NV-2026-\d{4} từ kế hoạch của Nguyễn Thị Bích\.$/)],
      [OFFICIAL, 'Đã chuyển việc "Rà soát hồ sơ đất đai" sang kế hoạch tuần 16/03/2026.'],
      [OFFICIAL, 'Đã ghi kết quả việc "Rà soát hồ sơ đất đai".'],
    ]);
    expect(auditValues(emu).map((r) => r[3])).toContain('Giao nhiệm vụ');
  });
});

describe('the monthly evaluation', () => {
  let emu: Emulator;
  const task = (id: string, deadline: string, reported?: string, extra: Record<string, unknown> = {}) => ({
    id,
    title: `Việc ${id}`,
    leadUnit: 'VP',
    assigner: LEADER,
    assignees: OFFICIAL,
    assignedDate: '02/03/2026',
    deadline,
    ...(reported ? { reportedDate: reported, confirmedBy: LEADER, confirmedAt: reported } : {}),
    ...extra,
  });

  beforeAll(() => {
    emu = office();
    addTasks(emu, [
      task('NV-2026-0101', '10/03/2026', '09/03/2026'),
      task('NV-2026-0102', '12/03/2026', '16/03/2026'),
      task('NV-2026-0103', '20/03/2026'),
      task('NV-2026-0104', '05/04/2026'),
    ]);
    ok(run(emu, ADMIN, 'installReminders', 7));
    // The first working day of April: the morning run prefills March.
    emu.run('hourlyJob', [], { as: ADMIN, at: '2026-04-01T07:30:00+07:00' });
  });

  it('the morning run of the month’s first working day prefilled last month’s forms from the register', () => {
    const e = ok(run<Evals>(emu, OFFICIAL, 'getEvaluations', {}, '2026-04-01T09:00:00+07:00'));
    expect(e.month).toBe('2026-03');
    const f = e.mine!;
    const ids = (k: string) => f.figures[k].map((r) => r[0]);
    expect([ids('due'), ids('onTime'), ids('late'), ids('overdue')]).toEqual([
      ['NV-2026-0101', 'NV-2026-0102', 'NV-2026-0103'],
      ['NV-2026-0101'],
      ['NV-2026-0102'],
      ['NV-2026-0103'],
    ]);
    expect(ids('assigned')).toHaveLength(4);
    // quantity 2/3, quality offered 2/3, timeliness (1 + 0.75) / 3: 70 × 1.9167 / 3
    expect(f.taskScore).toBe(44.72);
    expect(e.team).toEqual([]); // an official sees only their own form
    const audit = auditValues(emu).map((r) => r[3]);
    expect(audit).toContain('Đánh giá tháng');
  });

  it('refuses a rating outside the scale, a level above the score, and a leader outside their units', () => {
    ok(run(emu, OFFICIAL, 'selfEvaluate', { month: '03/2026', level: 'good', note: 'Hoàn thành phần lớn' }));
    const before = sheetValues(emu, 'Đánh giá');
    const rate = (extra: Record<string, unknown>, as = LEADER) =>
      run(emu, as, 'rateEvaluation', {
        month: '2026-03',
        email: OFFICIAL,
        general: 28,
        quality: 80,
        level: 'pass',
        strengths: 'Chủ động',
        weaknesses: 'Còn chậm',
        ...extra,
      });
    expect(refused(rate({ general: 31 }))).toBe('Điểm tiêu chí chung phải là số từ 0 đến 30.');
    expect(refused(rate({ level: 'tot' }))).toMatch(
      /^Mức xếp loại phải là một trong: Hoàn thành xuất sắc nhiệm vụ/,
    );
    expect(refused(rate({ level: 'excellent' }))).toMatch(
      /^Tổng điểm .* chỉ đạt mức "Hoàn thành tốt nhiệm vụ"/,
    );
    expect(refused(rate({ email: OTHER }))).toMatch(/^Bạn không phụ trách đơn vị của y.te@/);
    expect(refused(rate({}, OFFICIAL))).toMatch(/^Bạn không phụ trách đơn vị của can.bo@/);
    expect(refused(run(emu, LEADER, 'approveEvaluations', { month: '2026-03' }))).toBe(
      `Chỉ Thủ trưởng cơ quan (${ADMIN}) duyệt và công bố kết quả đánh giá.`,
    );
    expect(sheetValues(emu, 'Đánh giá')).toEqual(before);
  });

  it('the leader rates, the head checks the cap and approves, and the result is published', () => {
    const r = ok(
      run<Evals>(emu, LEADER, 'rateEvaluation', {
        month: '2026-03',
        email: OFFICIAL,
        general: 28,
        quality: 90,
        level: 'good',
        strengths: 'Chủ động',
        weaknesses: 'Một việc quá hạn',
      }),
    );
    const f = r.team.find((x) => x.email === OFFICIAL)!;
    expect([f.status, f.total, f.level]).toEqual(['rated', 78.17, 'good']); // 28 + 70 × (2/3 + 0.9 + 1.75/3) / 3
    const head = ok(run<Evals>(emu, ADMIN, 'getEvaluations', { month: '2026-03' }));
    expect(head.cap).toEqual({
      ok: true,
      text: 'Tháng 03/2026: 0 xuất sắc, 1 tốt (tối đa 0).',
    });
    const done = ok(run<Evals>(emu, ADMIN, 'approveEvaluations', { month: '2026-03' }));
    expect(done.message).toBe('Đã duyệt và công bố 1 phiếu đánh giá tháng 03/2026.');
    const published = sheetValues(emu, 'Đánh giá').find((row) => row.includes(OFFICIAL))!;
    expect(published).toEqual(
      expect.arrayContaining(['Đã duyệt, công bố', 'Hoàn thành tốt nhiệm vụ', ADMIN]),
    );
    const s = ok(
      run<{ quarters: ({ mean: number } | null)[] }>(emu, OFFICIAL, 'getEvaluationSummary', { year: 2026 }),
    );
    expect(s.quarters[0]).toEqual({ mean: 78.17, level: 'good' });
  });

  it('refuses to approve a month whose xuất sắc break the cap, and says why', () => {
    const e2 = office();
    addStaff(e2, [
      { email: 'b@ubnd.example.vn', name: 'B', unit: 'VP', role: 'Cán bộ thực hiện', active: true },
    ]);
    ok(run(e2, LEADER, 'prefillEvaluations', { month: '2026-03' }, '2026-04-01T09:00:00+07:00'));
    for (const [email, level] of [
      [OFFICIAL, 'excellent'],
      ['b@ubnd.example.vn', 'good'],
    ])
      ok(
        run(e2, LEADER, 'rateEvaluation', {
          month: '2026-03',
          email,
          general: 30,
          quality: 100,
          level,
          strengths: 'Tốt',
          weaknesses: 'Không',
        }),
      );
    const before = sheetValues(e2, 'Đánh giá');
    expect(refused(run(e2, ADMIN, 'approveEvaluations', { month: '2026-03' }))).toBe(
      'Tháng 03/2026 có 1 người xếp loại xuất sắc, vượt quá 20% của 1 người xếp loại tốt (tối đa 0 người). Hãy xem lại xếp loại trước khi duyệt.',
    );
    expect(sheetValues(e2, 'Đánh giá')).toEqual(before);
  });
});

describe('the digest on the plans’ due day', () => {
  it('reminds, on Friday morning, those who have not handed in next week’s plan, and nobody else', () => {
    const emu = office();
    ok(run(emu, ADMIN, 'installReminders', 7));
    ok(run(emu, OFFICIAL, 'saveWeekPlan', { items, submit: true }, '2026-03-05T15:00:00+07:00'));
    ok(run(emu, OTHER, 'saveWeekPlan', { items }, '2026-03-05T15:00:00+07:00')); // a draft is not handed in
    emu.run('hourlyJob', [], { as: ADMIN, at: '2026-03-06T07:30:00+07:00' });
    const line = 'Bạn chưa nộp kế hoạch công tác tuần 09/03/2026 (hạn 06/03/2026 17:00).';
    const told = emu.world.mail.outbox.filter((m) => m.body.includes(line)).flatMap((m) => m.to);
    expect(told.sort()).toEqual([ADMIN, LEADER, OTHER].sort());
    // Thursday is not the due day: no such line.
    const thursday = office();
    ok(run(thursday, ADMIN, 'installReminders', 7));
    thursday.run('hourlyJob', [], { as: ADMIN, at: '2026-03-05T07:30:00+07:00' });
    expect(thursday.world.mail.outbox.filter((m) => m.body.includes('kế hoạch công tác'))).toEqual([]);
  });
});

describe('the yearly rating’s reminder in December', () => {
  it('tells the leader, once a day on working days until 15/12, how many officials are not rated; then nothing', () => {
    const emu = setUpRegister('2026-11-02T06:00:00+07:00');
    ok(run(emu, ADMIN, 'installReminders', 7));
    const morning = (at: string) => emu.run('hourlyJob', [], { as: ADMIN, at });
    morning('2026-11-02T07:30:00+07:00'); // prefills October's forms
    const line = (n: number) =>
      `Đơn vị của bạn còn ${n} cán bộ chưa được đánh giá đủ các tháng trong năm (hạn xếp loại năm 15/12/2026).`;
    const told = (n: number) =>
      emu.world.mail.outbox.filter((m) => m.body.includes(line(n))).flatMap((m) => m.to);
    const any = () => emu.world.mail.outbox.filter((m) => m.body.includes('xếp loại năm'));
    expect(any()).toEqual([]); // November: nothing
    morning('2026-12-01T07:30:00+07:00'); // prefills November's, and the leader is told
    morning('2026-12-01T09:30:00+07:00'); // the same day again: not told twice
    expect(told(1)).toEqual([LEADER]);
    morning('2026-12-05T07:30:00+07:00'); // Saturday
    expect(any()).toHaveLength(1);
    morning('2026-12-07T07:30:00+07:00'); // Monday: told again
    expect(told(1)).toEqual([LEADER, LEADER]);
    for (const month of ['2026-10', '2026-11'])
      ok(
        run(emu, LEADER, 'rateEvaluation', {
          month,
          email: OFFICIAL,
          general: 28,
          quality: 80,
          level: 'pass',
          strengths: 'Chủ động',
          weaknesses: 'Còn chậm',
        }),
      );
    morning('2026-12-08T07:30:00+07:00'); // all rated: nothing more
    expect(any()).toHaveLength(2);
  });
});
