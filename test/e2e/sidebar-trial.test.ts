/**
 * What officials found trying the sidebar at 300 px in the demo district (issue 14): the people picker
 * filters, no submit button does nothing without saying why, a sub-task of an overdue task keeps the
 * parent's deadline, extensions ask the rest-day question, no tab scrolls sideways, and searching
 * ignores accents. Screenshots of every tab, for every role, go to test/e2e/artifacts/.
 */
import { join } from 'node:path';
import { type Frame } from 'playwright-core';
import { ARTIFACTS, runCli, STAFF_HEADER, usePlayground, writeCsv } from './helpers';

const VIEWER = 'chi.xem@ngu-hanh-son.example.vn';

type Staff = { email: string; name: string; unit: string; role: string; active: boolean };
let staff: Staff[];
let today: string;

const pg = usePlayground('nhacviec-trial-', {
  args: ['--demo'],
  setup: async () => {
    const first = await readStaff();
    // The demo district has no read-only account: one is added, as the office would.
    const unit = first.find((p) => p.role === 'Lãnh đạo')!.unit;
    runCli(
      pg.dir,
      'import',
      'Cán bộ',
      writeCsv(pg.dir, 'viewer.csv', [
        STAFF_HEADER,
        [VIEWER, 'Người Chỉ Xem', unit, 'Chỉ xem', 'Chuyên viên', 'TRUE'],
      ]),
      '--append',
    );
    // Setting the register up again makes everyone see the staff sheet as it is now.
    await api('/api/run', { fn: 'setup', as: first.find((p) => p.role === 'Quản trị (văn phòng)')!.email });
    staff = await readStaff();
    today = (await api<{ nowInput: string }>('/api/state')).nowInput.slice(0, 10);
  },
  page: (browser) => browser.newPage({ viewport: { width: 300, height: 900 } }),
});
const { api } = pg;
type SheetPage = { frozen: { v: string }[][]; rows: { v: string }[][] };

async function readStaff(): Promise<Staff[]> {
  const sheet = await api<SheetPage>(`/api/sheet?name=${encodeURIComponent('Cán bộ')}&limit=2000`);
  const header = sheet.frozen[0].map((c) => c.v);
  const col = (name: string) => header.indexOf(name);
  return sheet.rows
    .filter((r) => r[col('Email')]?.v)
    .map((r) => ({
      email: r[col('Email')].v,
      name: r[col('Họ và tên')].v,
      unit: r[col('Đơn vị (mã)')].v,
      role: r[col('Vai trò')].v,
      active: r[col('Đang công tác')]?.v !== 'FALSE',
    }));
}

/** The sidebar page alone, 300 px wide as in Sheets, signed in as someone. */
async function signIn(email: string): Promise<Frame> {
  await api('/api/user', { email });
  await pg.page.goto(new URL('sidebar', pg.server.url).href);
  const frame = pg.page.mainFrame();
  await frame.locator('.tabs').waitFor({ timeout: 30_000 });
  return frame;
}
const shoot = (name: string) => pg.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

async function openTab(frame: Frame, label: string): Promise<void> {
  await frame.locator('.tabs button', { hasText: label }).click();
  await frame.waitForFunction(() => !document.body.innerText.includes('Đang tải'), undefined, {
    timeout: 30_000,
  });
}

/** The total "Tất cả" shows once the filters typed have been applied ("Hiển thị 12/34 nhiệm vụ"). */
async function filtered(frame: Frame): Promise<number> {
  await frame.waitForFunction(
    () =>
      !document.querySelector('form.filters[aria-busy]') &&
      /\/\d+/.test(document.querySelector('form.filters [role="status"]')!.textContent!),
  );
  const note = await frame.locator('form.filters [role="status"]').textContent();
  return Number(/\/(\d+)/.exec(note ?? '')![1]);
}

const scrollWidth = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollWidth);

/** yyyy-mm-dd plus n days (UTC arithmetic on a calendar date). */
function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
/** The first Saturday strictly after `iso`. */
function saturdayAfter(iso: string): string {
  let d = addDays(iso, 1);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 6) d = addDays(d, 1);
  return d;
}
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

const byRole = (role: string) => staff.find((p) => p.role === role)!;
/** Two officials of one unit (one assigned, the other delegated to). */
function team(): [Staff, Staff] {
  const officials = staff.filter((p) => p.role === 'Cán bộ thực hiện');
  const a = officials.find((p) => officials.some((q) => q !== p && q.unit === p.unit))!;
  return [a, officials.find((q) => q !== a && q.unit === a.unit)!];
}

test('no tab scrolls sideways at 300 px, for any role; a screenshot of each', async () => {
  const roles: [string, string][] = [
    ['admin', byRole('Quản trị (văn phòng)').email],
    ['leader', byRole('Lãnh đạo').email],
    ['official', byRole('Cán bộ thực hiện').email],
    ['viewer', VIEWER],
  ];
  const wide: string[] = [];
  for (const [role, email] of roles) {
    const frame = await signIn(email);
    const tabs = await frame.locator('.tabs button').allTextContents();
    expect(tabs.length).toBeGreaterThan(1);
    for (const [i, label] of tabs.entries()) {
      await openTab(frame, label);
      // Open the first card too: its actions and details must fit as well.
      const card = frame.locator('.card-title').first();
      if ((await card.count()) > 0) await card.click();
      const width = await scrollWidth(frame);
      if (width > 300) wide.push(`${role} · ${label}: ${width}px`);
      await shoot(`trial-${role}-${i + 1}`);
    }
  }
  expect(wide).toEqual([]);
}, 300_000);

test('"Tìm người" filters the list as one types, with or without accents', async () => {
  const leader = byRole('Lãnh đạo');
  const frame = await signIn(leader.email);
  await openTab(frame, 'Giao việc');
  const labels = frame.locator('form.assign .people label');
  const total = await labels.count();
  expect(total).toBeGreaterThan(5);
  const someone = staff.find((p) => p.role === 'Cán bộ thực hiện' && /[^\x20-\x7e]/.test(p.name))!;
  const plain = someone.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  for (const q of [someone.name, plain.toLowerCase()]) {
    await frame.fill('form.assign input[type="search"]', q);
    const visible = frame.locator('form.assign .people label:visible');
    expect(await visible.count()).toBeGreaterThan(0);
    expect(await visible.count()).toBeLessThan(total);
    for (const text of await visible.allTextContents()) expect(text).toContain(someone.name.split(' ')[0]);
    expect(await frame.isVisible(`form.assign input[value="${someone.email}"]`)).toBe(true);
  }
  await frame.fill('form.assign input[type="search"]', 'zzzz-nobody');
  expect(await frame.locator('form.assign .people label:visible').count()).toBe(0);
  await frame.fill('form.assign input[type="search"]', '');
  expect(await frame.locator('form.assign .people label:visible').count()).toBe(total);
}, 120_000);

test('"Tất cả" finds the same tasks with or without accents, whichever vowel carries the tone', async () => {
  const frame = await signIn(byRole('Quản trị (văn phòng)').email);
  // The filters apply as one types: no button to press.
  const shown = async (text: string) => {
    await openTab(frame, 'Tất cả');
    await frame.fill('form.filters [name="text"]', text);
    return filtered(frame);
  };
  const accented = await shown('vệ sinh');
  expect(accented).toBeGreaterThan(0);
  expect(await shown('ve sinh')).toBe(accented);
  expect(await shown('VE SINH')).toBe(accented);
  expect(await shown('Hòa')).toBe(await shown('Hoà'));
}, 120_000);

test('a blocked submit says why, beside the field; a hidden date never blocks', async () => {
  const leader = byRole('Lãnh đạo');
  const [official] = team();
  const frame = await signIn(leader.email);
  await openTab(frame, 'Giao việc');
  // Nothing typed: each problem beside its field, nothing sent.
  await frame.locator('form.assign button[type="submit"]').click();
  const errors = frame.locator('form.assign .field-error');
  await errors.first().waitFor();
  expect(await errors.allTextContents()).toEqual([
    'Chưa nhập Tên nhiệm vụ.',
    'Chọn đơn vị chủ trì của nhiệm vụ.',
    'Chọn ít nhất một người thực hiện.',
    'Chọn ngày của hạn xử lý.',
  ]);
  expect(await frame.locator('form.assign .status.error').textContent()).toBe(
    'Chưa gửi: hãy sửa ô được đánh dấu.',
  );
  await shoot('trial-assign-errors');
  // A date before today is named as such.
  await frame.fill('form.assign [name="title"]', 'Kiểm tra vệ sinh an toàn thực phẩm');
  await frame.selectOption('form.assign [name="leadUnit"]', official.unit);
  await frame.check(`form.assign input[name="assignees"][value="${official.email}"]`);
  await frame.fill('form.assign [name="date"]', addDays(today, -3));
  await frame.locator('form.assign button[type="submit"]').click();
  expect(await frame.locator('form.assign .field-error').allTextContents()).toEqual([
    `Hạn không được trước ${vnDate(today)}.`,
  ]);
  // Then "Số ngày làm việc": the hidden date no longer matters, the task is assigned.
  await frame.selectOption('form.assign [name="mode"]', 'working_days');
  await frame.fill('form.assign [name="workingDays"]', '3');
  await frame.locator('form.assign button[type="submit"]').click();
  await frame.locator('.toast', { hasText: /Đã giao nhiệm vụ NV-/ }).waitFor();
  expect(await frame.locator('form.assign .field-error').count()).toBe(0);
}, 120_000);

test('extensions ask the rest-day question; the approver may take the next working day', async () => {
  const leader = byRole('Lãnh đạo');
  const [official] = team();
  const title = 'Tổng hợp số liệu gia hạn thử';
  const deadline = addDays(today, 2);
  let frame = await signIn(leader.email);
  await openTab(frame, 'Giao việc');
  await frame.fill('form.assign [name="title"]', title);
  await frame.selectOption('form.assign [name="leadUnit"]', official.unit);
  await frame.check(`form.assign input[name="assignees"][value="${official.email}"]`);
  await frame.fill('form.assign [name="date"]', deadline);
  await frame.locator('form.assign button[type="submit"]').click();
  const warned = frame.locator('form.assign .status.warning');
  const done = frame.locator('.toast', { hasText: /Đã giao nhiệm vụ NV-/ });
  await Promise.race([warned.waitFor(), done.waitFor()]);
  if (await warned.isVisible()) await frame.locator('form.assign button', { hasText: 'Giữ ngày' }).click();
  await done.waitFor();

  // The official asks for a Saturday: the question, then "keep my date".
  const saturday = saturdayAfter(addDays(deadline, 1));
  const monday = addDays(saturday, 2);
  frame = await signIn(official.email);
  await openTab(frame, 'Việc của tôi');
  await frame.locator('.card-title', { hasText: title }).click();
  await frame.locator('.card .actions button', { hasText: 'Đề nghị gia hạn' }).click();
  await frame.fill('.forms [name="newDeadline"]', saturday);
  await frame.fill('.forms [name="reason"]', 'Chờ số liệu của phường');
  await frame.locator('.forms button[type="submit"]').click();
  const warning = frame.locator('.forms .status.warning');
  await warning.waitFor();
  expect(await warning.textContent()).toContain('ngày nghỉ cuối tuần');
  expect(await warning.textContent()).toContain(vnDate(monday));
  await shoot('trial-extension-restday');
  await frame.locator('.forms button', { hasText: 'Giữ ngày đã chọn' }).click();
  await frame.locator('.toast', { hasText: /Đã gửi đề nghị gia hạn/ }).waitFor();

  // The leader approves: asked again, takes Monday.
  frame = await signIn(leader.email);
  await openTab(frame, 'Chờ tôi xử lý');
  const card = frame.locator('.card', { has: frame.locator('.card-title', { hasText: title }) });
  expect(await card.locator('.chip.ext').textContent()).toBe('Chờ duyệt gia hạn');
  await frame.locator('.card-title', { hasText: title }).click();
  await frame.locator('.card .actions button', { hasText: 'Duyệt gia hạn' }).click();
  await frame.locator('.forms button[type="submit"]').click();
  await frame.locator('.forms .status.warning').waitFor();
  await frame.locator('.forms button', { hasText: `Dùng ngày ${vnDate(monday)}` }).click();
  await frame.locator('.toast', { hasText: `đến ${vnDate(monday)}` }).waitFor();
}, 180_000);

test('a sub-task of an overdue task is due today, as the form says; "no deadline" is not offered', async () => {
  const leader = byRole('Lãnh đạo');
  const [official, helper] = team();
  const title = 'Rà soát hồ sơ quá hạn thử';
  let frame = await signIn(leader.email);
  await openTab(frame, 'Giao việc');
  await frame.fill('form.assign [name="title"]', title);
  await frame.selectOption('form.assign [name="leadUnit"]', official.unit);
  await frame.check(`form.assign input[name="assignees"][value="${official.email}"]`);
  await frame.selectOption('form.assign [name="mode"]', 'working_days');
  await frame.fill('form.assign [name="workingDays"]', '1');
  await frame.locator('form.assign button[type="submit"]').click();
  await frame.locator('.toast', { hasText: /Đã giao nhiệm vụ NV-/ }).waitFor();

  // A week later the task is overdue; the official delegates part of it.
  const later = addDays(today, 7);
  await api('/api/clock', { at: `${later}T09:00` });
  frame = await signIn(official.email);
  await openTab(frame, 'Việc của tôi');
  await frame.locator('.card-title', { hasText: title }).click();
  await frame.locator('.card .actions button', { hasText: 'Phân công cho cán bộ đơn vị' }).click();
  const form = frame.locator('.forms form.assign');
  expect(await form.locator('[name="mode"] option').allTextContents()).toEqual(['Theo ngày']);
  expect(await form.locator('[name="date"]').inputValue()).toBe(later);
  const hint = /Nhiệm vụ gốc đã quá hạn \((\d\d\/\d\d\/\d{4})\): phần việc phân công có hạn hôm nay/;
  expect(await form.textContent()).toMatch(hint);
  await form.locator('[name="title"]').fill('Phần việc con');
  await form.locator(`input[name="assignees"][value="${helper.email}"]`).check();
  // A later date is refused beside the field, saying why; today goes through.
  await form.locator('[name="date"]').fill(addDays(later, 1));
  await form.locator('button[type="submit"]').click();
  const errors = await form.locator('.field-error').allTextContents();
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(hint);
  await shoot('trial-delegate-overdue');
  await form.locator('[name="date"]').fill(later);
  await form.locator('button[type="submit"]').click();
  const answered = form.locator('.status.warning, .status.error');
  const done = frame.locator('.toast', { hasText: /Đã phân công cho cán bộ đơn vị/ });
  await Promise.race([answered.waitFor(), done.waitFor()]);
  expect(await answered.allTextContents()).toEqual([]);
  await done.waitFor();
}, 180_000);

/** Clicks "Xem thêm" in every group until each shows all its cards. */
async function showAll(frame: Frame): Promise<void> {
  const more = frame.locator('button.more:visible');
  while ((await more.count()) > 0) await more.first().click();
}

test('every count in the header opens its list, for each role; the numbers agree', async () => {
  const officials = staff.filter((p) => p.role === 'Cán bộ thực hiện' && p.active).slice(0, 8);
  const emails = [byRole('Quản trị (văn phòng)').email, byRole('Lãnh đạo').email, VIEWER];
  let opened = 0;
  let outside = 0; // tasks an official is counted but not on: a unit's task, in none of their lists
  for (const email of [...emails, ...officials.map((p) => p.email)]) {
    const frame = await signIn(email);
    await openTab(frame, 'Việc của tôi');
    const mine = await frame.locator('.tasks > .group > h2').allTextContents();
    const counts = frame.locator('header .counts button');
    for (let i = 0; i < (await counts.count()); i++) {
      const button = frame.locator('header .counts button').nth(i);
      const label = (await button.textContent())!;
      const n = Number(/(\d+)$/.exec(label)![1]);
      await button.click();
      const title = frame.locator('[data-testid="count-title"]', { hasText: `(${n})` });
      await title.waitFor();
      await showAll(frame);
      expect([label, await frame.locator('.card').count()]).toEqual([label, n]);
      const status = (await button.getAttribute('data-status'))!;
      const group = mine.find((g) => g.startsWith(label.replace(/: \d+$/, ' (')));
      if (!emails.includes(email)) outside += n - Number(/\((\d+)\)$/.exec(group ?? '(0)')![1]);
      if (opened++ === 0) await shoot('lists-count');
      expect(await scrollWidth(frame)).toBeLessThanOrEqual(300);
      await frame.locator('button', { hasText: '← Quay lại' }).click();
      await frame.locator('[data-testid="count-title"]').waitFor({ state: 'detached' });
      expect(status).toMatch(/^(overdue|due_soon|awaiting_confirmation)$/);
    }
  }
  expect(opened).toBeGreaterThan(3);
  // Officials are counted their unit's tasks too: those are listed now, though in none of their tabs.
  expect(outside).toBeGreaterThan(0);
}, 300_000);

test('"Việc của tôi" of a leader: grouped by state, ten a group, finished folded, sortable', async () => {
  const frame = await signIn(byRole('Lãnh đạo').email);
  await openTab(frame, 'Việc của tôi');
  const groups = await frame.locator('.tasks > .group > h2, .tasks > .group > summary').allTextContents();
  const names = groups.map((g) => g.replace(/ \(\d+\)$/, ''));
  const order = ['Quá hạn', 'Sắp đến hạn', 'Chờ xác nhận', 'Đang thực hiện', 'Đã hoàn thành, lưu trữ'];
  expect(names.length).toBeGreaterThan(1);
  expect(names).toEqual(order.filter((g) => names.includes(g)));
  // Finished tasks are folded away, the others show ten cards at a time.
  const finished = frame.locator('details.group');
  expect(await finished.count()).toBe(1);
  expect(await finished.locator('.card').count()).toBe(0);
  for (const g of await frame.locator('section.group').all())
    expect(await g.locator('.card').count()).toBeLessThanOrEqual(10);
  const big = frame.locator('section.group', { has: frame.locator('button.more:visible') }).first();
  const before = await big.locator('.card').count();
  await big.locator('button.more').click();
  expect(await big.locator('.card').count()).toBeGreaterThan(before);
  await finished.locator('summary').click();
  await finished.locator('.card').first().waitFor();
  // Each card: the lead unit, the assignees by name (no e-mail), a % on the bar.
  const card = frame.locator('section.group .card').first();
  expect(await card.locator('.who strong').textContent()).toBeTruthy();
  expect(await card.locator('.who').textContent()).not.toContain('@');
  expect(await card.locator('.progress').textContent()).toMatch(/^\d+ %$/);
  await shoot('lists-leader-mine');
  // More than the first screen holds: the tab says how many, the next ones load on demand.
  const label = await frame.locator('.tabs button', { hasText: 'Việc của tôi' }).textContent();
  const total = Number(/\((\d+)\)/.exec(label!)![1]);
  const loaded = async () =>
    (await frame.locator('.tasks > .group > h2, .tasks > .group > summary').allTextContents())
      .map((g) => Number(/\((\d+)\)$/.exec(g)![1]))
      .reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(150);
  expect(await loaded()).toBe(150);
  await frame.locator('button.load-more').click();
  await frame.waitForFunction(() => !document.querySelector('button.load-more:disabled'));
  expect(await loaded()).toBeGreaterThan(150);
  // Sorting by deadline: within a group the nearest deadline first.
  await frame.selectOption('select[name="sort"]', 'deadline');
  const first = frame.locator('section.group').first();
  const dates = (await first.locator('.meta').allTextContents()).map((t) => {
    const m = /Hạn (\d\d)\/(\d\d)\/(\d{4})/.exec(t);
    return m ? `${m[3]}-${m[2]}-${m[1]}` : '9999';
  });
  expect(dates).toEqual([...dates].sort());
  expect(await scrollWidth(frame)).toBeLessThanOrEqual(300);
}, 120_000);

test('each role lands on the most useful tab: what awaits them, else their tasks, else everything', async () => {
  const selected = async (email: string) => {
    const frame = await signIn(email);
    return frame.locator('.tabs button[aria-selected="true"]').textContent();
  };
  const admin = byRole('Quản trị (văn phòng)').email;
  await signIn(admin);
  const pending = await pg.page.locator('.tabs button', { hasText: 'Chờ tôi xử lý' }).textContent();
  expect(await selected(admin)).toMatch(
    pending && !/\(0\)/.test(pending) ? /^Chờ tôi xử lý/ : /^(Việc của tôi|Tất cả)/,
  );
  // The viewer decides nothing and is on no task: everything they may see, the urgent first.
  expect(await selected(VIEWER)).toMatch(/^Tất cả/);
  const frame = pg.page.mainFrame();
  expect(await filtered(frame)).toBeGreaterThan(0);
  expect(await frame.locator('.tasks .group h2').first().textContent()).toMatch(/^Quá hạn/);
}, 120_000);

test('"Tất cả" filters as one types; typing more of a word asks the server nothing', async () => {
  const frame = await signIn(byRole('Lãnh đạo').email);
  await openTab(frame, 'Tất cả');
  const calls: string[] = [];
  const spy = (r: { url(): string; postData(): string | null }) => {
    if (r.url().includes('script-run') && r.postData()?.includes('listTasks')) calls.push(r.postData()!);
  };
  pg.page.on('request', spy);
  await filtered(frame);
  await frame.fill('form.filters [name="text"]', 'v');
  const wide = await filtered(frame);
  const asked = calls.length;
  await frame.locator('form.filters [name="text"]').pressSequentially('e sinh', { delay: 40 });
  const narrow = await filtered(frame);
  expect(narrow).toBeGreaterThan(0);
  expect(narrow).toBeLessThanOrEqual(wide);
  // A filter on the status narrows too: still no call.
  await frame.locator('form.filters summary').click();
  await frame.selectOption('form.filters [name="status"]', 'overdue');
  await filtered(frame);
  if (wide <= 200) expect(calls.length).toBe(asked);
  pg.page.off('request', spy);
  await shoot('lists-all-filtered');
}, 120_000);

test('a morning digest as the leader reads it: a screenshot', async () => {
  const admin = byRole('Quản trị (văn phòng)').email;
  const leader = byRole('Lãnh đạo').email;
  await api('/api/run', { fn: 'installReminders', args: [7], as: admin });
  // The next working morning, 07:30: the hourly job sends the day's digests.
  let day = addDays((await api<{ nowInput: string }>('/api/state')).nowInput.slice(0, 10), 1);
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, 1);
  await api('/api/clock', { at: `${day}T07:30` });
  await api('/api/run', { fn: 'hourlyJob', as: admin });
  const mails = await api<{ index: number; to: string[]; hasHtml: boolean }[]>('/api/outbox');
  const digest = mails.filter((m) => m.to.includes(leader) && m.hasHtml).pop();
  expect(digest).toBeDefined();
  const mail = await pg.browser.newPage({ viewport: { width: 640, height: 900 } });
  await mail.goto(new URL(`api/mail?i=${digest!.index}`, pg.server.url).href);
  await mail.screenshot({ path: join(ARTIFACTS, 'digest.png'), fullPage: true });
  expect(await mail.locator('body').textContent()).toMatch(/NV-\d{4}-\d{4}/);
  expect(await mail.locator('a[href]').count()).toBeGreaterThan(1);
  await mail.close();
}, 120_000);

test('a statistics number behind hundreds of tasks lists them grouped, page by page', async () => {
  const frame = await signIn(byRole('Lãnh đạo').email);
  await openTab(frame, 'Thống kê');
  const assigned = frame.locator('[data-testid="stats-whole"] tr', { hasText: 'Nhiệm vụ được giao' });
  await assigned.waitFor();
  const n = Number(await assigned.locator('button').textContent());
  expect(n).toBeGreaterThan(200);
  await assigned.locator('button').click();
  const list = frame.locator('[data-testid="drill-list"]');
  await list.locator('.group').first().waitFor();
  // The groups' counts add up to what is loaded: a first page, then the next.
  const loaded = async () =>
    (await list.locator('.group > h2, .group > summary').allTextContents())
      .map((g) => Number(/\((\d+)\)$/.exec(g)![1]))
      .reduce((a, b) => a + b, 0);
  expect(await loaded()).toBe(200);
  await list.locator('button.load-more').click();
  await frame.waitForFunction(
    () => !document.querySelector('[data-testid="drill-list"] button.load-more:disabled'),
  );
  expect(await loaded()).toBe(Math.min(400, n));
  expect(await scrollWidth(frame)).toBeLessThanOrEqual(300);
  await shoot('lists-statistics-drill');
}, 120_000);
