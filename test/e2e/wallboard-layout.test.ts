/**
 * The wall board's layout in a real browser, with 24 units and 30 overdue tasks: at 1366×768, at
 * 1920×1080 and on a 390-pixel phone nothing runs off the side, every unit row of the ranking's page is
 * on the screen (the rows per page follow the screen's height), every overdue card shows its id and
 * title, and the board says why its overdue tile and its overdue list count different things.
 * Screenshots go to test/e2e/artifacts/.
 */
import { join } from 'node:path';
import { ARTIFACTS, PEOPLE, STAFF_HEADER, TASK_HEADER, taskRow, UNIT_HEADER, usePlayground } from './helpers';

const { ADMIN, LEADER, OFFICIAL } = PEOPLE;

const units = Array.from({ length: 24 }, (_, i) => [`U${i + 1}`, `Phòng số ${i + 1}`]);
const task = (n: number, unit: string, assigned: string, deadline: string) =>
  taskRow({
    id: `NV-2026-${String(n).padStart(4, '0')}`,
    title: `Nhiệm vụ kiểm tra, rà soát hồ sơ đất đai khu dân cư số ${n}`,
    assigner: LEADER,
    leadUnit: unit,
    assignees: OFFICIAL,
    assignedDate: assigned,
    deadline,
    updateCount: '1',
  });

const pg = usePlayground('nhacviec-wallboard-layout-', {
  register: {
    'Đơn vị': [UNIT_HEADER, ...units.map(([code, name]) => [code, name, '', '', '', ''])],
    'Cán bộ': [
      STAFF_HEADER,
      [LEADER, 'Trần Văn Lãnh', 'U1', 'Lãnh đạo', 'Trưởng phòng', 'TRUE'],
      [OFFICIAL, 'Nguyễn Thị Bích', 'U1', 'Cán bộ thực hiện', 'Chuyên viên', 'TRUE'],
    ],
    'Nhiệm vụ': [
      TASK_HEADER,
      // Overdue, some assigned last year (in the list, not in this year's tile).
      ...Array.from({ length: 30 }, (_, i) =>
        task(i + 1, units[i % units.length][0], i < 6 ? '2025-11-03' : '2026-03-02', '2026-04-15'),
      ),
      ...Array.from({ length: 24 }, (_, i) => task(i + 31, units[i][0], '2026-03-02', '2027-03-31')),
    ],
  },
  setup: () => pg.api('/api/run', { fn: 'refresh', as: ADMIN }),
  page: false, // each test opens its own, at the size it checks
});

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
  [390, 844],
]) {
  test(`${width}×${height}: no sideways scroll, the ranking's rows on screen, cards with id and title`, async () => {
    const page = await pg.browser.newPage({ viewport: { width, height } });
    await page.goto(new URL('/wallboard', pg.server.url).toString());
    await page.locator('[data-testid="units"] tbody tr').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    const fit = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      rows: Array.from(document.querySelectorAll('[data-testid="units"] tbody tr')).map(
        (r) => r.getBoundingClientRect().bottom,
      ),
      cards: Array.from(document.querySelectorAll('[data-testid="overdue"] li')).map((li) => {
        const title = li.querySelector('.title') as HTMLElement;
        return {
          id: li.getAttribute('data-id'),
          text: title.textContent,
          clipped: title.scrollWidth > title.clientWidth,
        };
      }),
      tiles: Array.from(document.querySelectorAll('.tile')).map((t) => t.getBoundingClientRect().right),
    }));
    await page.screenshot({ path: join(ARTIFACTS, `wallboard-${width}x${height}.png`) });
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
    for (const right of fit.tiles) expect(right).toBeLessThanOrEqual(width);
    // A page of the ranking: more than a handful of rows, all of them within the screen.
    expect(fit.rows.length).toBeGreaterThanOrEqual(width < 500 ? 2 : 8);
    for (const bottom of fit.rows) expect(bottom).toBeLessThanOrEqual(height);
    expect(await page.locator('[data-testid="units"] h2 .page').textContent()).toMatch(/^1\/\d+$/);
    // The cards: id and title, nothing cut away on a phone.
    expect(fit.cards.length).toBeGreaterThan(0);
    for (const c of fit.cards) {
      expect(c.text).toContain(c.id!);
      expect(c.text).toContain('Nhiệm vụ kiểm tra');
      if (width < 500) expect(c.clipped).toBe(false);
    }
    // The tile and the list count different things, and the board says so.
    expect(await page.locator('[data-testid="overdue"] h2').textContent()).toContain('(30)');
    expect(await page.locator('[data-testid="tile-overdue"] .value').textContent()).toBe('24');
    expect(await page.locator('[data-testid="overdue-note"]').textContent()).toContain(
      'chỉ đếm nhiệm vụ của Năm 2026 theo căn cứ thống kê',
    );
    await page.close();
  }, 60_000);
}
