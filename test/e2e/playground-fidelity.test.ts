/**
 * The playground as Sheets shows things: a fresh start opens on the office's account with setup one
 * click away in the sidebar (the agency's name asked there), the menu's prompt asked before setup goes
 * on, one toast at a time, hidden sheets without a tab, and the wall board in a dialog over the page.
 * Screenshots go to test/e2e/artifacts/.
 */
import { join } from 'node:path';
import { ARTIFACTS, sidebarFrame, usePlayground } from './helpers';

const ADMIN = 'vanphong@nguhanhson.gov.vn';

const pg = usePlayground('nhacviec-fidelity-');

jest.setTimeout(180_000);

const sidebar = () => sidebarFrame(pg.page);

interface SheetInfo {
  name: string;
  hidden: boolean;
}

test('a fresh start: the office account, setup one click away with the agency name', async () => {
  await pg.page.goto(pg.server.url);
  await pg.page.locator('#menubar button', { hasText: 'Thiết lập sổ theo dõi' }).waitFor({ timeout: 20_000 });
  expect(await pg.page.locator('#user-select').inputValue()).toBe(ADMIN);
  const setup = sidebar().locator('section.setup');
  await setup.waitFor({ timeout: 20_000 });
  expect(await setup.textContent()).toContain('chưa được thiết lập');
  expect(await sidebar().locator('[role=alert]').count()).toBe(0); // no error screen
  await pg.page.screenshot({ path: join(ARTIFACTS, 'fidelity-fresh-start.png') });

  await setup.locator('input').fill('UBND phường Mỹ An');
  await setup.locator('button.primary').click();
  // The sidebar's own first screen follows, and the agency's name is in the settings.
  await sidebar().locator('[role=tab]').first().waitFor({ timeout: 30_000 });
  const settings = await pg.api<{ rows: { display: string }[][] }>(
    `/api/sheet?name=${encodeURIComponent('Cài đặt')}`,
  );
  expect(JSON.stringify(settings)).toContain('UBND phường Mỹ An');

  // Hidden sheets (the notification queue) have no tab; the button lists them.
  const st = await pg.api<{ sheets: SheetInfo[] }>('/api/state');
  const hidden = st.sheets.filter((s) => s.hidden).map((s) => s.name);
  expect(hidden.length).toBeGreaterThan(0);
  await pg.page.reload();
  await pg.page.locator('#sheet-tabs button', { hasText: 'Nhiệm vụ' }).waitFor();
  const tabs = await pg.page.locator('#sheet-tabs button[data-sheet]').allTextContents();
  for (const name of hidden) expect(tabs).not.toContain(name);
  await pg.page.locator('#sheet-tabs .hidden-toggle').click();
  expect(await pg.page.locator('#sheet-tabs button[data-hidden]').allTextContents()).toEqual(hidden);
  await pg.page.screenshot({ path: join(ARTIFACTS, 'fidelity-hidden-sheets.png') });
});

test("the menu's setup asks for the agency name first; one toast at a time", async () => {
  await pg.api('/api/reset', { demo: false });
  await pg.page.reload();
  const item = pg.page.locator('#menubar button', { hasText: 'Thiết lập sổ theo dõi' });
  await item.waitFor({ timeout: 20_000 });
  await item.click();
  const prompt = pg.page.locator('#prompt');
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain('Tên cơ quan');
  // Nothing was done yet: the run waits for the answer.
  expect((await pg.api<{ sheets: SheetInfo[] }>('/api/state')).sheets.map((s) => s.name)).not.toContain(
    'Cài đặt',
  );
  await pg.page.screenshot({ path: join(ARTIFACTS, 'fidelity-prompt.png') });
  await prompt.locator('input').fill('UBND phường Khuê Mỹ');
  await prompt.locator('button[data-button=OK]').click();
  await pg.page.locator('#toasts .toast', { hasText: 'Đã thiết lập' }).waitFor();
  expect(await pg.page.locator('#prompt').count()).toBe(0);
  const settings = await pg.api(`/api/sheet?name=${encodeURIComponent('Cài đặt')}`);
  expect(JSON.stringify(settings)).toContain('UBND phường Khuê Mỹ');

  // Again: named now, no question; the new toast takes the old one's place.
  await item.click();
  await pg.page.locator('#toasts .toast', { hasText: 'không có gì cần thêm' }).waitFor();
  expect(await pg.page.locator('#toasts .toast').count()).toBe(1);
  await pg.page.locator('#menubar button', { hasText: 'Cập nhật trạng thái ngay' }).click();
  await pg.page.waitForTimeout(1500);
  expect(await pg.page.locator('#toasts .toast').count()).toBe(1);
});

test('the wall board opens in a dialog over the page, its figures loaded', async () => {
  await pg.api('/api/reset', { demo: true });
  await pg.page.reload();
  const item = pg.page.locator('#menubar button', { hasText: 'Mở bảng điện tử' });
  await item.waitFor({ timeout: 20_000 });
  await item.click();
  const dialog = pg.page.locator('#dialog');
  await dialog.waitFor({ state: 'visible' });
  expect(await pg.page.locator('#dialog-title').textContent()).toBeTruthy();
  const frame = pg.page.frame({ name: 'dialog' });
  expect(frame).toBeTruthy();
  await frame!.locator('.agency', { hasText: 'UBND quận Ngũ Hành Sơn' }).waitFor({ timeout: 30_000 });
  // Over the page: the dialog covers the grid, not a part of the page's flow.
  const box = (await pg.page.locator('#dialog-box').boundingBox())!;
  expect(box.width).toBeGreaterThan(1000);
  expect(await dialog.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  await pg.page.screenshot({ path: join(ARTIFACTS, 'fidelity-wallboard-dialog.png') });
  await pg.page.locator('#dialog-close').click();
  await dialog.waitFor({ state: 'hidden' });
});

test("a Drive link in the sidebar opens the playground's Drive panel, not a Google page", async () => {
  await sidebar().locator('[role=tab]').first().waitFor({ timeout: 30_000 });
  const pages = pg.browser.contexts()[0].pages().length;
  await sidebar().evaluate(() => {
    const a = document.createElement('a');
    a.href = 'https://docs.google.com/document/d/doc-khong-co/edit';
    a.target = '_blank';
    a.textContent = 'Tài liệu';
    document.body.append(a);
    a.click();
  });
  await pg.page.locator('#panel-tabs button.active[data-panel=drive]').waitFor();
  expect(pg.browser.contexts()[0].pages().length).toBe(pages); // no new tab to docs.google.com
});
