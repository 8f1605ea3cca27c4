/**
 * The playground as Sheets shows things: a fresh start opens on the office's account with setup one
 * click away in the sidebar (the agency's name asked there), the menu's prompt asked before setup goes
 * on, one toast at a time, hidden sheets without a tab, and the wall board in a dialog over the page.
 * Screenshots go to test/e2e/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Frame, type Page } from 'playwright-core';
import {
  launchChromium,
  ROOT,
  callApi,
  ensureBuilt,
  startPlayground,
  tempDir,
  type RunningServer,
} from './helpers';

const ADMIN = 'vanphong@nguhanhson.gov.vn';
const ARTIFACTS = join(ROOT, 'test', 'e2e', 'artifacts');

let server: RunningServer;
let browser: Browser;
let page: Page;
let state: { dir: string; remove(): void };

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  state = tempDir('nhacviec-fidelity-');
  server = await startPlayground({ PLAYGROUND_DIR: state.dir });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  state?.remove();
});

jest.setTimeout(180_000);

function sidebar(): Frame {
  const frame = page.frame({ name: 'sidebar' });
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

interface SheetInfo {
  name: string;
  hidden: boolean;
}

test('a fresh start: the office account, setup one click away with the agency name', async () => {
  await page.goto(server.url);
  await page.locator('#menubar button', { hasText: 'Thiết lập sổ theo dõi' }).waitFor({ timeout: 20_000 });
  expect(await page.locator('#user-select').inputValue()).toBe(ADMIN);
  const setup = sidebar().locator('section.setup');
  await setup.waitFor({ timeout: 20_000 });
  expect(await setup.textContent()).toContain('chưa được thiết lập');
  expect(await sidebar().locator('[role=alert]').count()).toBe(0); // no error screen
  await page.screenshot({ path: join(ARTIFACTS, 'fidelity-fresh-start.png') });

  await setup.locator('input').fill('UBND phường Mỹ An');
  await setup.locator('button.primary').click();
  // The sidebar's own first screen follows, and the agency's name is in the settings.
  await sidebar().locator('[role=tab]').first().waitFor({ timeout: 30_000 });
  const settings = await callApi<{ rows: { display: string }[][] }>(
    server,
    `/api/sheet?name=${encodeURIComponent('Cài đặt')}`,
  );
  expect(JSON.stringify(settings)).toContain('UBND phường Mỹ An');

  // Hidden sheets (the notification queue) have no tab; the button lists them.
  const st = await callApi<{ sheets: SheetInfo[] }>(server, '/api/state');
  const hidden = st.sheets.filter((s) => s.hidden).map((s) => s.name);
  expect(hidden.length).toBeGreaterThan(0);
  await page.reload();
  await page.locator('#sheet-tabs button', { hasText: 'Nhiệm vụ' }).waitFor();
  const tabs = await page.locator('#sheet-tabs button[data-sheet]').allTextContents();
  for (const name of hidden) expect(tabs).not.toContain(name);
  await page.locator('#sheet-tabs .hidden-toggle').click();
  expect(await page.locator('#sheet-tabs button[data-hidden]').allTextContents()).toEqual(hidden);
  await page.screenshot({ path: join(ARTIFACTS, 'fidelity-hidden-sheets.png') });
});

test("the menu's setup asks for the agency name first; one toast at a time", async () => {
  await callApi(server, '/api/reset', { demo: false });
  await page.reload();
  const item = page.locator('#menubar button', { hasText: 'Thiết lập sổ theo dõi' });
  await item.waitFor({ timeout: 20_000 });
  await item.click();
  const prompt = page.locator('#prompt');
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain('Tên cơ quan');
  // Nothing was done yet: the run waits for the answer.
  expect(
    (await callApi<{ sheets: SheetInfo[] }>(server, '/api/state')).sheets.map((s) => s.name),
  ).not.toContain('Cài đặt');
  await page.screenshot({ path: join(ARTIFACTS, 'fidelity-prompt.png') });
  await prompt.locator('input').fill('UBND phường Khuê Mỹ');
  await prompt.locator('button[data-button=OK]').click();
  await page.locator('#toasts .toast', { hasText: 'Đã thiết lập' }).waitFor();
  expect(await page.locator('#prompt').count()).toBe(0);
  const settings = await callApi(server, `/api/sheet?name=${encodeURIComponent('Cài đặt')}`);
  expect(JSON.stringify(settings)).toContain('UBND phường Khuê Mỹ');

  // Again: named now, no question; the new toast takes the old one's place.
  await item.click();
  await page.locator('#toasts .toast', { hasText: 'không có gì cần thêm' }).waitFor();
  expect(await page.locator('#toasts .toast').count()).toBe(1);
  await page.locator('#menubar button', { hasText: 'Cập nhật trạng thái ngay' }).click();
  await page.waitForTimeout(1500);
  expect(await page.locator('#toasts .toast').count()).toBe(1);
});

test('the wall board opens in a dialog over the page, its figures loaded', async () => {
  await callApi(server, '/api/reset', { demo: true });
  await page.reload();
  const item = page.locator('#menubar button', { hasText: 'Mở bảng điện tử' });
  await item.waitFor({ timeout: 20_000 });
  await item.click();
  const dialog = page.locator('#dialog');
  await dialog.waitFor({ state: 'visible' });
  expect(await page.locator('#dialog-title').textContent()).toBeTruthy();
  const frame = page.frame({ name: 'dialog' });
  expect(frame).toBeTruthy();
  await frame!.locator('.agency', { hasText: 'UBND quận Ngũ Hành Sơn' }).waitFor({ timeout: 30_000 });
  // Over the page: the dialog covers the grid, not a part of the page's flow.
  const box = (await page.locator('#dialog-box').boundingBox())!;
  expect(box.width).toBeGreaterThan(1000);
  expect(await dialog.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  await page.screenshot({ path: join(ARTIFACTS, 'fidelity-wallboard-dialog.png') });
  await page.locator('#dialog-close').click();
  await dialog.waitFor({ state: 'hidden' });
});

test("a Drive link in the sidebar opens the playground's Drive panel, not a Google page", async () => {
  await sidebar().locator('[role=tab]').first().waitFor({ timeout: 30_000 });
  const pages = browser.contexts()[0].pages().length;
  await sidebar().evaluate(() => {
    const a = document.createElement('a');
    a.href = 'https://docs.google.com/document/d/doc-khong-co/edit';
    a.target = '_blank';
    a.textContent = 'Tài liệu';
    document.body.append(a);
    a.click();
  });
  await page.locator('#panel-tabs button.active[data-panel=drive]').waitFor();
  expect(browser.contexts()[0].pages().length).toBe(pages); // no new tab to docs.google.com
});
