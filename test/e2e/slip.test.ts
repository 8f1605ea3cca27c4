/**
 * Issue 5 in the real sidebar: a leader assigns in the playground; the Drive view holds the task's
 * folder, document and PDF slip shared with exactly the task's people; the register shows the QR code;
 * the card's "Tải ảnh phiếu giao việc" downloads a phone-sized PNG slip whose QR code decodes to the document's link,
 * and "Sao chép cho Zalo" copies a short text with the link.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { type Frame } from 'playwright-core';
import { ARTIFACTS, PEOPLE, signInSidebar, STAFF_HEADER, UNIT_HEADER, usePlayground } from './helpers';

const { LEADER, OFFICIAL, FOLLOWER, FOCAL } = PEOPLE;
const TITLE = 'Báo cáo kết quả chuyển đổi số quý IV – phường Hòa Hải';

const pg = usePlayground('nhacviec-slip-', {
  register: {
    'Đơn vị': [UNIT_HEADER, ['TP', 'Phòng Tư pháp', '', LEADER, FOLLOWER, FOCAL]],
    'Cán bộ': [
      STAFF_HEADER,
      [LEADER, 'Trần Văn Lãnh', 'TP', 'Lãnh đạo', 'Trưởng phòng', 'TRUE'],
      [OFFICIAL, 'Nguyễn Thị Bích', 'TP', 'Cán bộ thực hiện', 'Chuyên viên', 'TRUE'],
      [FOLLOWER, 'Lê Văn Theo', 'TP', 'Chuyên viên theo dõi', 'Chuyên viên', 'TRUE'],
      [FOCAL, 'Đỗ Đầu Mối', 'TP', 'Đầu mối đơn vị', 'Chuyên viên', 'TRUE'],
    ],
  },
  // Downloads kept, and the clipboard readable: the PNG slip and the text for Zalo.
  page: async (browser, server) => {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    return context.newPage();
  },
});
const { api } = pg;

const signIn = (email: string): Promise<Frame> => signInSidebar(pg.server, pg.page, email);

interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  permissions: { email: string; role: string }[];
}

test('a leader assigns; Drive, the register and the PNG slip follow', async () => {
  const frame = await signIn(LEADER);
  await frame.locator('.tabs button', { hasText: 'Giao việc' }).click();
  await frame.fill('form.assign [name="title"]', TITLE);
  await frame.selectOption('form.assign [name="leadUnit"]', 'TP');
  await frame.fill('form.assign input[type="search"]', 'Bích');
  await frame.check(`form.assign input[name="assignees"][value="${OFFICIAL}"]`);
  await frame.fill('form.assign [name="date"]', '2026-11-30');
  await frame.locator('form.assign button[type="submit"]').click();
  await frame
    .locator('.toast', {
      hasText: 'Đã tạo thư mục, tài liệu, mã QR và phiếu giao việc của nhiệm vụ NV-2026-0001.',
    })
    .waitFor();

  // The Drive view: the folder, the document and the slip, shared with exactly the task's people.
  const files = await api<DriveFile[]>('/api/drive');
  const folder = files.find((f) => f.name === `NV-2026-0001 – ${TITLE}`)!;
  expect(folder.mimeType).toBe('application/vnd.google-apps.folder');
  const inside = files.filter((f) => f.parents.includes(folder.id));
  expect(inside.map((f) => f.mimeType).sort()).toEqual([
    'application/pdf',
    'application/vnd.google-apps.document',
  ]);
  expect(inside.find((f) => f.mimeType === 'application/pdf')!.name).toBe('Phiếu giao việc NV-2026-0001.pdf');
  expect(Object.fromEntries(folder.permissions.map((p) => [p.email, p.role]))).toEqual({
    [LEADER]: 'owner',
    [OFFICIAL]: 'writer',
    [FOCAL]: 'writer',
    [FOLLOWER]: 'commenter',
  });
  const doc = inside.find((f) => f.mimeType === 'application/vnd.google-apps.document')!;
  const link = `https://docs.google.com/document/d/${doc.id}/edit`;

  // The register's QR column shows the code of the document's link.
  type SheetPage = { frozen: { v: string }[][]; rows: { v: string; img?: string }[][] };
  const sheet = await api<SheetPage>(`/api/sheet?name=${encodeURIComponent('Nhiệm vụ')}`);
  const qrCol = sheet.frozen[0].findIndex((c) => c.v === 'Mã QR');
  const img = sheet.rows[0][qrCol].img!;
  expect(img.startsWith('data:image/png;base64,')).toBe(true);
  const cellPng = PNG.sync.read(Buffer.from(img.split(',')[1], 'base64'));
  expect(jsQR(new Uint8ClampedArray(cellPng.data), cellPng.width, cellPng.height)?.data).toBe(link);
  await pg.page.locator('table.grid td img').first().waitFor();

  // The card: QR code, links, and the PNG slip.
  await frame.locator('.tabs button', { hasText: 'Việc của tôi' }).click();
  await frame.locator('.card-title', { hasText: TITLE }).click();
  const ws = frame.locator('.card .workspace');
  await ws.waitFor();
  expect(await ws.locator('a', { hasText: 'Mở tài liệu' }).getAttribute('href')).toBe(link);
  expect(await ws.locator('a', { hasText: 'Phiếu giao việc (PDF)' }).count()).toBe(1);
  const [download] = await Promise.all([
    pg.page.waitForEvent('download'),
    ws.locator('button', { hasText: 'Tải ảnh phiếu giao việc' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('phieu-giao-viec-NV-2026-0001.png');
  const path = join(pg.dir, 'slip.png');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const png = PNG.sync.read(bytes);
  expect([png.width, png.height]).toEqual([1080, 1920]);
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(link);
  writeFileSync(join(ARTIFACTS, 'slip.png'), bytes);

  // "Sao chép cho Zalo": the short text, with the link.
  await ws.locator('button', { hasText: 'Sao chép cho Zalo' }).click();
  await frame.locator('.toast', { hasText: 'Đã sao chép' }).waitFor();
  const copied = await frame.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')).toEqual([
    'PHIẾU GIAO VIỆC NV-2026-0001',
    TITLE,
    'Hạn xử lý: 30/11/2026',
    'Đơn vị chủ trì: Phòng Tư pháp',
    'Người thực hiện: Nguyễn Thị Bích',
    `Tài liệu: ${link}`,
  ]);
  await pg.page.screenshot({ path: join(ARTIFACTS, 'slip-sidebar.png') });
}, 120_000);

test('the assignee sees the document and the slip, but no buttons to manage the folder', async () => {
  const frame = await signIn(OFFICIAL);
  await frame.locator('.card-title', { hasText: TITLE }).click();
  const ws = frame.locator('.card .workspace');
  await ws.waitFor();
  expect(await ws.locator('img.qr').count()).toBe(1);
  expect(await ws.locator('button', { hasText: 'Tải ảnh phiếu giao việc' }).count()).toBe(1);
  expect(await ws.locator('button', { hasText: 'Cập nhật người được xem tài liệu' }).count()).toBe(0);
  expect(await ws.locator('button', { hasText: 'Tạo thư mục' }).count()).toBe(0);
}, 60_000);
