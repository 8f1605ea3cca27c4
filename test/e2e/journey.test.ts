/**
 * The main journey, clicked through the real sidebar in Chromium: a leader assigns → the official sees
 * it, updates progress, requests an extension → the leader approves → the official reports late with an
 * explanation → the follower confirms → the register shows "Hoàn thành quá hạn" in orange, and the audit
 * sheet has every step.
 */
import { join } from 'node:path';
import { type Frame } from 'playwright-core';
import { ARTIFACTS, PEOPLE, signInSidebar, STAFF_HEADER, UNIT_HEADER, usePlayground } from './helpers';

const { ADMIN, LEADER, OFFICIAL, FOLLOWER } = PEOPLE;
const TITLE = 'Báo cáo <b>tổng kết</b> năm 2026';

const pg = usePlayground('nhacviec-journey-', {
  register: {
    'Đơn vị': [UNIT_HEADER, ['TP', 'Phòng Tư pháp', '', LEADER, FOLLOWER, '']],
    'Cán bộ': [
      STAFF_HEADER,
      [LEADER, 'Trần Văn Lãnh', 'TP', 'Lãnh đạo', 'Trưởng phòng', 'TRUE'],
      [OFFICIAL, 'Nguyễn Thị Bích', 'TP', 'Cán bộ thực hiện', 'Chuyên viên', 'TRUE'],
      [FOLLOWER, 'Lê Văn Theo', 'TP', 'Chuyên viên theo dõi', 'Chuyên viên', 'TRUE'],
    ],
  },
});
const { api } = pg;

/** Signs in as someone and waits for the sidebar's first screen. */
const signIn = (email: string): Promise<Frame> => signInSidebar(pg.server, pg.page, email);

async function openCard(frame: Frame, tab: string): Promise<void> {
  await frame.locator('.tabs button', { hasText: tab }).click();
  await frame.locator('.card-title', { hasText: TITLE }).click();
}

async function act(frame: Frame, action: string, fill: Record<string, string> = {}): Promise<string> {
  await frame.locator('.card .actions button', { hasText: action }).first().click();
  for (const [name, value] of Object.entries(fill)) await frame.fill(`.forms [name="${name}"]`, value);
  await frame.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
  await frame.locator('.forms button[type="submit"]').click();
  const toast = frame.locator('.toast').last();
  await toast.waitFor();
  return (await toast.textContent()) ?? '';
}

test('the administrator turns reminders on from the sidebar', async () => {
  const frame = await signIn(ADMIN);
  await frame.locator('.tabs button', { hasText: 'Quản trị' }).click();
  await frame.locator('.admin h2', { hasText: 'Nhắc việc qua thư' }).waitFor();
  expect(await frame.locator('.admin').textContent()).toContain('Đang tắt');
  await frame.selectOption('.admin select[name="hour"]', '7');
  await frame.locator('.admin button', { hasText: 'Bật nhắc việc' }).click();
  await frame
    .locator('.toast', {
      hasText: `Đã bật nhắc việc: gửi lúc 7 giờ mỗi ngày làm việc, từ tài khoản ${ADMIN}`,
    })
    .waitFor();
  expect(await frame.locator('.admin').textContent()).toContain('Đang bật: mỗi ngày làm việc lúc 07:00');
  const state = await api<{ triggers: { handler: string }[] }>('/api/state');
  expect(state.triggers.map((t) => t.handler)).toEqual(['hourlyJob']);
  // The last run's time as people write it, not "08:00:00 23/11/2026".
  await api('/api/run', { fn: 'hourlyJob', as: ADMIN });
  const again = await signIn(ADMIN);
  await again.locator('.tabs button', { hasText: 'Quản trị' }).click();
  await again.locator('.admin', { hasText: 'Lần chạy gần nhất' }).waitFor();
  expect(await again.locator('.admin').textContent()).toMatch(/Lần chạy gần nhất: 08:00 ngày 23\/11\/2026 —/);
}, 60_000);

test('assign → update → extension → approve → late report → confirm, in the real sidebar', async () => {
  // The leader assigns from the form.
  let frame = await signIn(LEADER);
  await frame.locator('.tabs button', { hasText: 'Giao việc' }).click();
  await frame.fill('form.assign [name="title"]', TITLE);
  await frame.fill('form.assign [name="source"]', 'Thông báo 245/TB-UBND');
  // The lead unit is a decision: none is chosen at first, and sending without one says so beside it.
  expect(await frame.inputValue('form.assign [name="leadUnit"]')).toBe('');
  await frame.locator('form.assign button[type="submit"]').click();
  expect(await frame.locator('form.assign .field-error').allTextContents()).toContain(
    'Chọn đơn vị chủ trì của nhiệm vụ.',
  );
  // People are listed with their unit's name; the office mailbox (the admin's account) is not offered.
  const people = (await frame.locator('form.assign .people label').allTextContents()).map((l) => l.trim());
  expect(people).toContain('Nguyễn Thị Bích · Phòng Tư pháp');
  expect(await frame.locator(`form.assign .people input[value="${ADMIN}"]`).count()).toBe(0);
  await frame.locator('form.assign [name="leadUnit"]').scrollIntoViewIfNeeded();
  await pg.page.screenshot({ path: join(ARTIFACTS, 'assign-lead-unit.png') });
  await frame.selectOption('form.assign [name="leadUnit"]', 'TP');
  await frame.fill('form.assign input[type="search"]', 'Bích');
  await frame.check(`form.assign input[name="assignees"][value="${OFFICIAL}"]`);
  await frame.fill('form.assign [name="date"]', '2026-11-25');
  await frame.locator('form.assign button[type="submit"]').click();
  await frame.locator('.toast', { hasText: 'Đã giao nhiệm vụ NV-2026-0001.' }).waitFor();

  // The official sees it (the title shown as typed, not as HTML), updates and asks for more time.
  frame = await signIn(OFFICIAL);
  const card = frame.locator('.card-title', { hasText: TITLE });
  await card.waitFor();
  expect(await frame.locator('.card-title b').count()).toBe(0);
  await openCard(frame, 'Việc của tôi');
  expect(await act(frame, 'Cập nhật tiến độ', { progress: '40', note: 'Đã thu số liệu' })).toBe(
    'Đã cập nhật tiến độ NV-2026-0001.',
  );
  await frame.locator('.card-title', { hasText: TITLE }).click(); // the list re-rendered: open it again
  expect(
    await act(frame, 'Đề nghị gia hạn', { newDeadline: '2026-11-27', reason: 'Chờ số liệu phòng Y tế' }),
  ).toBe('Đã gửi đề nghị gia hạn NV-2026-0001.');

  // The leader approves it from "Chờ tôi xử lý".
  frame = await signIn(LEADER);
  await openCard(frame, 'Chờ tôi xử lý');
  // The slip PDF follows the new deadline (the leader made the folder, so it is remade at once).
  expect(await act(frame, 'Duyệt gia hạn')).toBe(
    'Đã duyệt gia hạn NV-2026-0001 đến 27/11/2026. Đã làm lại phiếu giao việc (PDF) của nhiệm vụ NV-2026-0001 theo thông tin mới.',
  );

  // Monday 30/11: past the extended deadline. A report without explanation is refused, input kept.
  await api('/api/clock', { at: '2026-11-30T09:00' });
  frame = await signIn(OFFICIAL);
  await openCard(frame, 'Việc của tôi');
  await frame.locator('.card .actions button', { hasText: 'Báo cáo kết quả' }).click();
  await frame.fill('.forms [name="result"]', 'Đã nộp báo cáo');
  await frame.locator('.forms button[type="submit"]').click();
  const error = frame.locator('.forms .status.error');
  await error.waitFor();
  expect(await error.textContent()).toMatch(/cần nhập giải trình/);
  expect(await frame.inputValue('.forms [name="result"]')).toBe('Đã nộp báo cáo');
  await frame.fill('.forms [name="explanation"]', 'Phòng Y tế gửi chậm số liệu');
  await frame.locator('.forms button[type="submit"]').click();
  await frame.locator('.toast', { hasText: 'Đã báo cáo kết quả NV-2026-0001.' }).waitFor();

  // The unit's follower confirms.
  frame = await signIn(FOLLOWER);
  await openCard(frame, 'Chờ tôi xử lý');
  expect(await frame.locator('header').textContent()).toContain('Chờ xác nhận: 1');
  expect(await act(frame, 'Xác nhận hoàn thành')).toBe('Đã xác nhận hoàn thành NV-2026-0001. Hoàn tác');
  // The header's counts follow the action without reloading.
  expect(await frame.locator('header').textContent()).toContain('Chờ xác nhận: 0');
  // A confirmation clicked by mistake is taken back from the toast: the card awaits confirmation again.
  await frame.locator('.toast button', { hasText: 'Hoàn tác' }).click();
  await frame
    .locator('.toast', { hasText: 'Đã hoàn tác: nhiệm vụ NV-2026-0001 trở lại chờ xác nhận.' })
    .waitFor();
  expect(await frame.locator('header').textContent()).toContain('Chờ xác nhận: 1');
  const back = frame.locator('.card', { has: frame.locator('.card-title', { hasText: TITLE }) });
  expect(await back.locator('.chip').first().textContent()).toBe('Chờ xác nhận');
  // Its history, as people write times: "09:00 ngày 30/11/2026", no seconds; the undo is its own line.
  await frame.locator('.card-title', { hasText: TITLE }).click();
  await frame.locator('.card .actions button', { hasText: 'Lịch sử' }).click();
  const history = frame.locator('.forms ol.history');
  await history.waitFor();
  const lines = await history.locator('li').allTextContents();
  expect(lines.at(-1)).toMatch(/^Hoàn tác xác nhận hoàn thành — Lê Văn Theo, 09:00 ngày 30\/11\/2026/);
  expect(lines.join('\n')).not.toMatch(/\d{1,2}:\d{2}:\d{2}/);
  await frame.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
  await history.scrollIntoViewIfNeeded();
  await pg.page.screenshot({ path: join(ARTIFACTS, 'undo-confirm.png') });
  expect(await act(frame, 'Xác nhận hoàn thành')).toMatch(/^Đã xác nhận hoàn thành NV-2026-0001\./);

  // The register: orange "Hoàn thành quá hạn"; the audit sheet: every step.
  type SheetPage = { frozen: { v: string }[][]; rows: { v: string; bg?: string }[][] };
  const tasks = await api<SheetPage>(`/api/sheet?name=${encodeURIComponent('Nhiệm vụ')}`);
  const header = tasks.frozen[0];
  const statusCol = header.findIndex((c) => c.v === 'Trạng thái');
  const row = tasks.rows[0];
  expect(row[statusCol].v).toBe('Hoàn thành quá hạn');
  expect(row[statusCol].bg?.toUpperCase()).toBe('#FFEDD5');
  // The admin checks the audit: the lines waiting in the properties go to the sheet first (the hourly
  // job does the same within the hour).
  await api('/api/run', { fn: 'checkAuditLog', as: ADMIN });
  const audit = await api<SheetPage>(`/api/sheet?name=${encodeURIComponent('Nhật ký')}`);
  const actions = audit.rows.filter((r) => r[2].v === 'NV-2026-0001').map((r) => r[3].v);
  expect(actions).toEqual([
    'Giao nhiệm vụ',
    'Cập nhật tiến độ',
    'Đề nghị gia hạn',
    'Duyệt gia hạn',
    'Báo cáo kết quả',
    'Xác nhận hoàn thành',
    'Hoàn tác xác nhận hoàn thành',
    'Xác nhận hoàn thành',
  ]);
  await pg.page.screenshot({ path: join(ARTIFACTS, 'journey.png') });
}, 120_000);
