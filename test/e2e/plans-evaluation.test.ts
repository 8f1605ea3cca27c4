/**
 * Weekly plans and the monthly evaluation, clicked through in Chromium (issue 16): the official hands in
 * next week's plan on Friday → the leader reviews it on Monday → the month closes and the morning run of
 * its first working day prefills the form from the register → the official rates themselves → the leader
 * rates them with reasons → the head approves after the cap check → the result is published in
 * `Đánh giá`. The page is shown in the sidebar from the sidebar's own button.
 */
import { join } from 'node:path';
import { type Frame } from 'playwright-core';
import {
  ARTIFACTS,
  PEOPLE,
  signInSidebar,
  STAFF_HEADER,
  TASK_HEADER,
  taskRow,
  UNIT_HEADER,
  usePlayground,
} from './helpers';

const { ADMIN, LEADER, OFFICIAL } = PEOPLE;

const pg = usePlayground('nhacviec-plans-', {
  register: {
    'Đơn vị': [UNIT_HEADER, ['TP', 'Phòng Tư pháp', '', LEADER, '', '']],
    'Cán bộ': [
      STAFF_HEADER,
      [LEADER, 'Trần Văn Lãnh', 'TP', 'Lãnh đạo', 'Trưởng phòng', 'TRUE'],
      [OFFICIAL, 'Nguyễn Thị Bích', 'TP', 'Cán bộ thực hiện', 'Chuyên viên', 'TRUE'],
    ],
    // A task of November, done on time: the register's fact behind the form.
    'Nhiệm vụ': [
      TASK_HEADER,
      taskRow({
        id: 'NV-2026-0001',
        title: 'Báo cáo công tác tháng 11',
        assigner: LEADER,
        leadUnit: 'TP',
        assignees: OFFICIAL,
        assignedDate: '02/11/2026',
        deadline: '20/11/2026',
        reportedDate: '19/11/2026',
        confirmedBy: LEADER,
        confirmedAt: '19/11/2026',
      }),
    ],
  },
});
const { api } = pg;

/** Signs in and shows the plans page in the sidebar (from the task sidebar's button when it is there). */
async function plansAs(email: string): Promise<Frame> {
  let frame = await signInSidebar(pg.server, pg.page, email);
  if (await frame.locator('#open-plans').count()) {
    await frame.locator('#open-plans').click();
    await pg.page.waitForFunction(
      () => {
        const f = document.querySelector<HTMLIFrameElement>('iframe[name="sidebar"]');
        return !!f?.contentDocument?.querySelector('#my-plan');
      },
      undefined,
      { timeout: 20_000 },
    );
    frame = pg.page.frame({ name: 'sidebar' })!;
  }
  await frame.locator('#my-plan').waitFor({ timeout: 20_000 });
  return frame;
}

async function toast(frame: Frame, click: () => Promise<void>): Promise<string> {
  await frame.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
  await click();
  const t = frame.locator('.toast').last();
  await t.waitFor();
  return (await t.textContent()) ?? '';
}

async function evaluationTab(frame: Frame): Promise<void> {
  await frame.locator('.tabs button', { hasText: 'Đánh giá tháng' }).click();
  await frame.locator('section .nav strong', { hasText: 'Tháng 11/2026' }).waitFor();
}

test('a plan handed in on Friday, reviewed on Monday; the month prefilled, rated, approved, published', async () => {
  // Friday 27/11, 10:00: the official plans next week, in the sidebar, 300 px wide.
  await api('/api/clock', { at: '2026-11-27T10:00' });
  let frame = await plansAs(OFFICIAL);
  expect(await frame.locator('section .nav').first().textContent()).toContain('Tuần từ 30/11/2026');
  expect(await frame.locator('section .nav').first().textContent()).toContain('Hạn nộp: 27/11/2026 17:00');
  const item = frame.locator('#my-plan .item').first();
  await item.locator('input').nth(0).fill('Thẩm định hồ sơ chứng thực');
  await item.locator('input').nth(1).fill('Thứ Hai, Thứ Ba');
  await item.locator('input').nth(2).fill('20 hồ sơ');
  expect(
    await toast(frame, () => frame.locator('#my-plan button', { hasText: 'Nộp kế hoạch' }).click()),
  ).toBe('Đã nộp kế hoạch tuần 30/11/2026.');
  expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

  // Monday 30/11: the leader sees the plan, comments and approves it.
  await api('/api/clock', { at: '2026-11-30T08:30' });
  frame = await plansAs(LEADER);
  const card = frame.locator(`.team-plan[data-email="${OFFICIAL}"]`);
  expect(await card.textContent()).toContain('Thẩm định hồ sơ chứng thực — Thứ Hai, Thứ Ba — 20 hồ sơ');
  // Nobody is named head of the agency: the leader stands in and chases everyone, the office included.
  expect(await frame.locator('#missing').textContent()).toMatch(/^Chưa nộp \(1\): (?!.*Bích)/);
  await card.locator('textarea').fill('Ưu tiên hồ sơ của người cao tuổi');
  expect(await toast(frame, () => card.locator('button', { hasText: 'Duyệt' }).click())).toBe(
    'Đã duyệt kế hoạch tuần 30/11/2026 của Nguyễn Thị Bích.',
  );

  // Tuesday 01/12, the month's first working day: the morning run prefills November's forms.
  await api('/api/run', { fn: 'installReminders', args: [7], as: ADMIN });
  await api('/api/clock', { at: '2026-12-01T07:30' });
  await api('/api/run', { fn: 'hourlyJob', as: ADMIN });

  // The official opens their form: each figure opens the tasks behind it; they rate themselves.
  frame = await plansAs(OFFICIAL);
  await evaluationTab(frame);
  const mine = frame.locator('#my-form');
  await mine.locator('summary', { hasText: 'Hoàn thành đúng hạn: 1' }).click();
  expect(await mine.locator('.figure-onTime li').textContent()).toBe(
    'NV-2026-0001 — Báo cáo công tác tháng 11',
  );
  expect(await mine.textContent()).toContain('Điểm kết quả nhiệm vụ: 70');
  await mine.locator('select').selectOption('good');
  await mine.locator('textarea').fill('Hoàn thành đúng hạn các việc được giao');
  expect(await toast(frame, () => mine.locator('button', { hasText: 'Gửi tự đánh giá' }).click())).toBe(
    'Đã ghi tự đánh giá tháng 11/2026.',
  );

  // The leader rates with reasons.
  frame = await plansAs(LEADER);
  await evaluationTab(frame);
  const form = frame.locator(`.team-form[data-email="${OFFICIAL}"]`);
  expect(await form.textContent()).toContain('Tự xếp loại: Hoàn thành tốt nhiệm vụ');
  const inputs = form.locator('input');
  await inputs.nth(0).fill('27');
  await inputs.nth(1).fill('100');
  await form.locator('select').selectOption('good');
  await form.locator('textarea').nth(0).fill('Đúng hạn, chủ động');
  await form.locator('textarea').nth(1).fill('Cần rút ngắn thời gian thẩm định');
  expect(await toast(frame, () => form.locator('button', { hasText: 'Chấm' }).click())).toBe(
    'Đã chấm phiếu tháng 11/2026 của Nguyễn Thị Bích: 97 điểm, Hoàn thành tốt nhiệm vụ.',
  );

  // The head of the agency (the administrator, none being named) sees the cap check and approves.
  frame = await plansAs(ADMIN);
  await evaluationTab(frame);
  expect(await frame.locator('#cap').textContent()).toBe('Tháng 11/2026: 0 xuất sắc, 1 tốt (tối đa 0).');
  expect(
    await toast(frame, () => frame.locator('button', { hasText: 'Duyệt và công bố tháng' }).click()),
  ).toBe('Đã duyệt và công bố 1 phiếu đánh giá tháng 11/2026.');
  await pg.page.screenshot({ path: join(ARTIFACTS, 'evaluation-approved.png') });

  // Published: the row of `Đánh giá`, and every step in the audit.
  type SheetPage = { frozen: { v: string }[][]; rows: { v: string }[][] };
  const sheet = await api<SheetPage>(`/api/sheet?name=${encodeURIComponent('Đánh giá')}`);
  const header = sheet.frozen[0].map((c) => c.v);
  const row = sheet.rows.find((r) => r.some((c) => c.v === OFFICIAL))!;
  const at = (h: string) => row[header.indexOf(h)].v;
  expect([at('Tháng'), at('Trạng thái'), at('Tổng điểm'), at('Xếp loại'), at('Người duyệt')]).toEqual([
    '2026-11',
    'Đã duyệt, công bố',
    '97',
    'Hoàn thành tốt nhiệm vụ',
    ADMIN,
  ]);
  // The admin checks the audit: the lines waiting in the properties go to the sheet first (the hourly
  // job does the same within the hour).
  await api('/api/run', { fn: 'checkAuditLog', as: ADMIN });
  const audit = await api<SheetPage>(`/api/sheet?name=${encodeURIComponent('Nhật ký')}`);
  const actions = audit.rows.map((r) => r[3].v);
  expect(actions.filter((a) => a === 'Kế hoạch tuần')).toHaveLength(2);
  expect(actions.filter((a) => a === 'Đánh giá tháng')).toHaveLength(4);
}, 180_000);
