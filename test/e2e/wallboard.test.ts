/**
 * The statistics in a real browser: the wall board page (as its web app serves it) shows the figures in
 * large type, the overdue list in red, no confidential title and no e-mail, and refreshes itself when
 * the register changes; the `Thống kê` sheet shows its three charts; the leader drills down from a
 * number in the sidebar to the tasks behind it.
 */
import { join } from 'node:path';
import { type Frame, type Page } from 'playwright-core';
import { ARTIFACTS, PEOPLE, STAFF_HEADER, TASK_HEADER, taskRow, UNIT_HEADER, usePlayground } from './helpers';

const { ADMIN, LEADER, OFFICIAL } = PEOPLE;
const SECRET = 'Phương án bảo vệ mục tiêu trọng yếu';

/** A task of the leader's, given to the official; done (reported and confirmed) on `done` when given. */
const task = (
  id: string,
  title: string,
  unit: string,
  assigned: string,
  deadline: string,
  done?: string,
  secret = false,
) =>
  taskRow({
    id,
    title,
    assigner: LEADER,
    leadUnit: unit,
    assignees: OFFICIAL,
    assignedDate: assigned,
    deadline,
    reportedDate: done ?? '',
    confirmedBy: done ? LEADER : '',
    confirmedAt: done ?? '',
    updateCount: '1',
    confidential: secret ? 'TRUE' : 'FALSE',
  });

const pg = usePlayground('nhacviec-wallboard-', {
  register: {
    'Cài đặt': [
      ['Mã cài đặt', 'Cài đặt', 'Giá trị', 'Giải thích'],
      ['agencyName', 'Tên cơ quan', 'UBND quận Ngũ Hành Sơn', ''],
    ],
    'Đơn vị': [
      UNIT_HEADER,
      ['TP', 'Phòng Tư pháp', '', LEADER, '', ''],
      ['KT', 'Phòng Kinh tế', '', '', '', ''],
    ],
    'Cán bộ': [
      STAFF_HEADER,
      [LEADER, 'Trần Văn Lãnh', 'TP', 'Lãnh đạo', 'Trưởng phòng', 'TRUE'],
      [OFFICIAL, 'Nguyễn Thị Bích', 'TP', 'Cán bộ thực hiện', 'Chuyên viên', 'TRUE'],
    ],
    'Nhiệm vụ': [
      TASK_HEADER,
      task('NV-2026-0001', 'Rà soát thủ tục hành chính', 'TP', '2026-03-02', '2026-03-20', '2026-03-18'),
      task('NV-2026-0002', 'Báo cáo công tác tư pháp quý I', 'TP', '2026-03-02', '2026-03-31', '2026-04-03'),
      task('NV-2026-0003', 'Kiểm tra hộ kinh doanh ven biển', 'KT', '2026-09-01', '2026-10-15'),
      task('NV-2026-0004', SECRET, 'KT', '2026-09-01', '2026-10-30', undefined, true),
      task('NV-2026-0005', 'Tổng kết phong trào thi đua', 'KT', '2026-10-01', '2026-12-20'),
      task('NV-2026-0006', 'Chuẩn bị hội nghị tổng kết năm', 'TP', '2026-11-02', '2026-12-10'),
    ],
  },
  setup: () => pg.api('/api/run', { fn: 'refresh', as: ADMIN }),
  page: false, // each test opens its own, sized for what it shows
});
const { api } = pg;
let page: Page;

const tileValue = (p: Page, id: string) => p.locator(`[data-testid="tile-${id}"] .value`).textContent();

test('the wall board: large, read-only, the overdue list in red, nothing confidential, no e-mail, refreshing itself', async () => {
  page = await pg.browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(new URL('/wallboard?refresh=2', pg.server.url).toString());
  await page.locator('[data-testid="tile-assigned"]').waitFor({ timeout: 20_000 });

  expect(await tileValue(page, 'assigned')).toBe('6');
  expect(await tileValue(page, 'completedOnTime')).toBe('1');
  expect(await tileValue(page, 'doneLate')).toBe('1');
  expect(await tileValue(page, 'overdue')).toBe('2');
  expect(await page.locator('[data-testid="tile-overdue"] .share').textContent()).toBe('33 %');
  expect(await page.locator('header .agency').textContent()).toBe('UBND quận Ngũ Hành Sơn');
  expect(await page.locator('[data-testid="asof"]').textContent()).toContain('Năm 2026');

  // The overdue list: red, the longest late first, the confidential one by id only.
  const items = page.locator('[data-testid="overdue"] li');
  expect(await items.count()).toBe(2);
  expect(await items.nth(0).getAttribute('data-id')).toBe('NV-2026-0003');
  expect(await items.nth(0).textContent()).toContain('Kiểm tra hộ kinh doanh ven biển');
  expect(await items.nth(0).textContent()).toContain('Phòng Kinh tế');
  expect(await items.nth(1).textContent()).toContain('NV-2026-0004 · Nhiệm vụ mật');
  const colours = await items.nth(0).evaluate((li) => {
    const s = getComputedStyle(li);
    return { bg: s.backgroundColor, border: s.borderLeftColor };
  });
  expect(colours).toEqual({ bg: 'rgb(254, 226, 226)', border: 'rgb(220, 38, 38)' });

  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain('@');
  expect(text).not.toContain('Nguyễn Thị Bích');

  // Read across a room: the big numbers are large on a 1920-pixel screen; nothing to edit.
  const size = await page
    .locator('[data-testid="tile-assigned"] .value')
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(48);
  expect(await page.locator('input, textarea, select, button').count()).toBe(0);
  await page.screenshot({ path: join(ARTIFACTS, 'wallboard.png') });

  // The leader archives the overdue task: the board shows it at its next poll, without a reload.
  const archived = await api<{ ok: boolean; value: { ok: boolean; error?: string } }>('/api/run', {
    fn: 'archiveTask',
    args: ['NV-2026-0003', { reason: 'Đã gộp vào nhiệm vụ khác' }],
    as: LEADER,
  });
  expect(archived.value.ok).toBe(true);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="tile-overdue"] .value')?.textContent === '1',
    null,
    {
      timeout: 15_000,
    },
  );
  expect(await tileValue(page, 'archived')).toBe('1');
  expect(await items.count()).toBe(1);
  await page.close();
}, 90_000);

test('the Thống kê sheet shows its three charts in the playground', async () => {
  const r = await api<{ ok: boolean; value: { ok: boolean } }>('/api/run', {
    fn: 'refreshStatisticsSheet',
    as: ADMIN,
  });
  expect(r.value.ok).toBe(true);
  page = await pg.browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(pg.server.url);
  await page.locator('#sheet-tabs button', { hasText: 'Thống kê' }).click();
  const charts = page.locator('[data-testid="chart"] svg');
  await charts.first().waitFor({ timeout: 20_000 });
  expect(await charts.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-chart-type')))).toEqual([
    'PIE',
    'BAR',
    'LINE',
  ]);
  // The pie's slices are the grid's non-empty cells, in the register's colours.
  const slices = await page
    .locator('[data-chart-type="PIE"] path')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
  expect(slices).toEqual(['#16A34A', '#EA580C', '#6B7280', '#2563EB', '#DC2626']);
  expect(await page.locator('[data-testid="grid"]').textContent()).toContain(
    'Hoàn thành đúng hạn (kể cả trước hạn)',
  );
  await page.locator('#grid-wrap').evaluate((el) => (el.scrollLeft = 1100));
  await page.screenshot({ path: join(ARTIFACTS, 'statistics-sheet.png') });
  await page.close();
}, 60_000);

test('the leader drills down from a number in the sidebar to the tasks behind it', async () => {
  await api('/api/user', { email: LEADER });
  page = await pg.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(pg.server.url);
  const frame: Frame = page.frame({ name: 'sidebar' })!;
  await frame.locator('.tabs').waitFor({ timeout: 20_000 });
  await frame.locator('.tabs button', { hasText: 'Thống kê' }).click();
  const whole = frame.locator('[data-testid="stats-whole"]');
  await whole.waitFor({ timeout: 20_000 });
  await page.screenshot({ path: join(ARTIFACTS, 'statistics-tab.png') });
  const row = whole.locator('tr', { hasText: 'Hoàn thành quá hạn' });
  expect(await row.locator('td').allTextContents()).toEqual(['1', '17 %']);
  await row.locator('button').click();
  await frame.locator('[data-testid="drill-title"]').waitFor();
  expect(await frame.locator('[data-testid="drill-title"]').textContent()).toBe(
    'Hoàn thành quá hạn — Toàn cơ quan: 1 nhiệm vụ',
  );
  expect(await frame.locator('[data-testid="drill-list"] .card').getAttribute('data-id')).toBe(
    'NV-2026-0002',
  );
  await frame.locator('button', { hasText: 'Quay lại thống kê' }).click();
  // By unit: the units' table, ranked; the overdue number of Phòng Kinh tế lists its overdue task.
  const units = frame.locator('[data-testid="stats-units"]');
  await units.waitFor();
  const kt = units.locator('tr', { hasText: 'Phòng Kinh tế' });
  await kt.locator('button[data-figure="overdue"]').click();
  await frame.locator('[data-testid="drill-title"]', { hasText: 'Phòng Kinh tế' }).waitFor();
  expect(await frame.locator('[data-testid="drill-list"] .card').count()).toBe(1);
  await page.screenshot({ path: join(ARTIFACTS, 'statistics-sidebar.png') });

  // A custom period: the dates appear only then; March holds the two tasks assigned on 02/03.
  await frame.locator('button', { hasText: 'Quay lại thống kê' }).click();
  const from = frame.locator('.stats input[name="from"]');
  expect(await from.isVisible()).toBe(false);
  await frame.selectOption('.stats select[name="period"]', 'custom');
  expect(await from.isVisible()).toBe(true);
  await from.fill('2026-03-01');
  await frame.locator('.stats input[name="to"]').fill('2026-03-31');
  await frame.locator('.stats button[type="submit"]').click();
  await frame.locator('.stats p', { hasText: 'Từ 01/03/2026 đến 31/03/2026' }).waitFor();
  const assigned = frame.locator('[data-testid="stats-whole"] tr', { hasText: 'Nhiệm vụ được giao' });
  expect(await assigned.locator('td').allTextContents()).toEqual(['2', '100 %']);
  await page.close();
}, 60_000);
