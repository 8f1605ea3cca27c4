/**
 * Issue 15 in a real browser: a coordinator opens "Soạn báo cáo chung" from the sidebar, pastes a
 * 5-section outline for 4 units and makes the shared Doc → units write in the Doc (the playground's
 * `doc-edit`, a person in the Docs editor) → one unit submits late with an explanation from the page →
 * the coordinator sends one back, then accepts all → "Tổng hợp": the final Doc and PDF exist, without
 * guidance, every section's text present and in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import type { WorldState } from '../../emulator';
import { htmlToText } from '../../emulator/services/drive/html';
import { ARTIFACTS, PEOPLE, runCli, STAFF_HEADER, UNIT_HEADER, usePlayground } from './helpers';

const { LEADER } = PEOPLE;
const COORD = 'dieu.phoi@ubnd.example.vn';
const UNITS = [
  ['TP', 'Phòng Tư pháp', 'tp@ubnd.example.vn'],
  ['YT', 'Phòng Y tế', 'yt@ubnd.example.vn'],
  ['GD', 'Phòng Giáo dục', 'gd@ubnd.example.vn'],
  ['VH', 'Phòng Văn hóa', 'vh@ubnd.example.vn'],
] as const;
const OUTLINE = `I. Kết quả thực hiện
1. Công tác tư pháp
Nêu số vụ hòa giải, tối đa nửa trang.
Đơn vị: Phòng Tư pháp
2. Y tế cơ sở
Đơn vị: Phòng Y tế
3. Giáo dục
Đơn vị: Phòng Giáo dục
II. Kiến nghị, đề xuất
Đơn vị: Phòng Văn hóa`;
const TEXT = [
  'Hòa giải thành 12 vụ việc.',
  'Tiêm chủng đạt 95 phần trăm.',
  'Tỉ lệ trẻ đến trường 99 phần trăm.',
  'Đề nghị bổ sung kinh phí văn hóa.',
];
const HEADINGS = ['1. Công tác tư pháp', '2. Y tế cơ sở', '3. Giáo dục', 'II. Kiến nghị, đề xuất'];
let taskId = '';

const pg = usePlayground('nhacviec-report-', {
  register: {
    'Đơn vị': [
      UNIT_HEADER,
      ['VP', 'Văn phòng', '', LEADER, '', ''],
      ...UNITS.map(([code, name, focal]) => [code, name, '', '', '', focal]),
    ],
    'Cán bộ': [
      STAFF_HEADER,
      [LEADER, 'Trần Văn Lãnh', 'VP', 'Lãnh đạo', 'Chánh văn phòng', 'TRUE'],
      [COORD, 'Nguyễn Điều Phối', 'VP', 'Cán bộ thực hiện', 'Chuyên viên', 'TRUE'],
      ...UNITS.map(([code, name, focal]) => [
        focal,
        `Đầu mối ${name}`,
        code,
        'Đầu mối đơn vị',
        'Chuyên viên',
        'TRUE',
      ]),
    ],
  },
  setup: async () => {
    const assigned = await run<{ task: { id: string } }>('assignTask', LEADER, {
      title: 'Báo cáo sơ kết năm 2026',
      leadUnit: 'VP',
      assignees: [COORD],
      deadline: { mode: 'date', date: '2026-12-04' },
    });
    taskId = assigned.task.id;
  },
});

/** The playground's API; once more when a kept-alive socket was closed while a CLI run blocked. */
const api = <T = unknown>(path: string, body?: unknown) =>
  pg.api<T>(path, body).catch(() => pg.api<T>(path, body));
const run = <T = unknown>(fn: string, as: string, ...args: unknown[]) =>
  api<{ ok: boolean; value: { ok: boolean; data: T; error?: string } }>('/api/run', { fn, as, args }).then(
    (r) => {
      if (!r.value?.ok) throw new Error(`${fn}: ${JSON.stringify(r)}`);
      return r.value.data;
    },
  );
const world = () => JSON.parse(readFileSync(join(pg.dir, 'world.json'), 'utf8')) as WorldState;

/** Signs in, opens "Soạn báo cáo chung" from the sidebar, and answers the page in its dialog. */
async function openReport(email: string): Promise<Frame> {
  await api('/api/user', { email });
  await pg.page.goto(pg.server.url);
  const sidebar = pg.page.frame({ name: 'sidebar' })!;
  await sidebar.locator('[data-testid="open-report"]').waitFor({ timeout: 20_000 });
  await sidebar.locator('[data-testid="open-report"]').click();
  await pg.page.locator('#dialog').waitFor({ state: 'visible', timeout: 20_000 });
  const frame = pg.page.frame({ name: 'dialog' })!;
  await frame.locator('[data-testid="report-task"]').waitFor({ timeout: 20_000 });
  return frame;
}

const sectionStates = (f: Frame) =>
  f
    .locator('[data-testid="report-section"] [data-state]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));

test('a coordinator and four units draft a report together, to the final Doc and PDF', async () => {
  // The coordinator pastes the outline and makes the Doc.
  let f = await openReport(COORD);
  await f.locator('[data-testid="report-outline"]').fill(OUTLINE);
  await f.locator('[data-testid="report-basis"]').fill('Kế hoạch số 12/KH-UBND');
  await f.locator('[data-testid="report-create"]').click();
  await f.locator('[data-testid="report-progress"]').waitFor({ timeout: 30_000 });
  expect(await f.locator('.msg').textContent()).toContain('4 nhiệm vụ con');
  expect(await sectionStates(f)).toEqual(['notStarted', 'notStarted', 'notStarted', 'notStarted']);
  // 300 px wide, no horizontal scroll (the page works in a sidebar's width too).
  const report = await run<{ docUrl: string; sections: { tasks: string[] }[] }>('getReport', COORD, taskId);
  const docId = /document\/d\/([^/]+)/.exec(report.docUrl)![1];

  // Two units write, in the Docs editor; the coordinator refreshes.
  for (const i of [0, 1]) runCli(pg.dir, 'doc-edit', docId, HEADINGS[i], TEXT[i], '--as', UNITS[i][2]);
  await f.locator('[data-testid="report-refresh"]').click();
  await f.locator('[data-state="writing"]').nth(1).waitFor({ timeout: 20_000 });
  expect(await sectionStates(f)).toEqual(['writing', 'writing', 'notStarted', 'notStarted']);
  // Times read as in the task history: "08:01 ngày 23/11/2026", Viet Nam time.
  expect(await f.locator('li.muted').first().textContent()).toMatch(
    /^\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4} — yt@ubnd\.example\.vn$/,
  );

  // The others write and submit on time; Y tế submits after the units' deadline (02/12), explaining.
  for (const i of [2, 3]) runCli(pg.dir, 'doc-edit', docId, HEADINGS[i], TEXT[i], '--as', UNITS[i][2]);
  for (const i of [0, 2, 3])
    await run('reportResult', UNITS[i][2], report.sections[i + 1].tasks[0], { result: 'Đã viết xong' });
  await api('/api/clock', { at: '2026-12-03T09:00' });
  f = await openReport(UNITS[1][2]);
  await f.locator('[data-testid="report-submit"]').click();
  await f.locator('.msg.err').waitFor({ timeout: 20_000 });
  expect(await f.locator('.msg.err').textContent()).toMatch(/giải trình/i);
  await f.locator('[data-testid="report-note"]').fill('Chờ số liệu của trạm y tế');
  await f.locator('[data-testid="report-submit"]').click();
  await f.locator('[data-state="submitted"]').nth(3).waitFor({ timeout: 20_000 });

  // The coordinator sends Tư pháp back, the unit completes it, then everything is accepted.
  f = await openReport(COORD);
  await f.locator('[data-testid="report-note"]').fill('Bổ sung số liệu tháng 11');
  await f.locator('[data-testid="report-sendback"]').first().click();
  await f.locator('[data-state="sentBack"]').waitFor({ timeout: 20_000 });
  runCli(pg.dir, 'doc-edit', docId, HEADINGS[0], 'Tháng 11: 3 vụ.', '--as', UNITS[0][2]);
  await run('reportResult', UNITS[0][2], report.sections[1].tasks[0], {
    result: 'Đã bổ sung',
    explanation: 'Bổ sung theo yêu cầu',
  });
  f = await openReport(COORD);
  for (let i = 0; i < 4; i++) {
    await f.locator('[data-testid="report-accept"]').first().click();
    await f.locator('[data-state="accepted"]').nth(i).waitFor({ timeout: 20_000 });
  }
  expect(await f.locator('[data-testid="report-progress"]').textContent()).toBe('Đã chấp nhận 4/4 phần');
  await f.locator('[data-testid="report-compile"]').click();
  await f.locator('[data-testid="report-final"]').waitFor({ timeout: 30_000 });
  await pg.page.screenshot({ path: join(ARTIFACTS, 'report-drafting.png') });

  // The final Doc and its PDF, in the report's folder: no guidance, every section's text in order.
  const files = Object.values(world().drive.files).filter((x) => x.appProperties.nhacviecKind === 'final');
  const doc = files.find((x) => x.mimeType === 'application/vnd.google-apps.document')!;
  expect(files.map((x) => x.mimeType).sort()).toEqual([
    'application/pdf',
    'application/vnd.google-apps.document',
  ]);
  const text = htmlToText(doc.doc!.html);
  expect(text).not.toMatch(/Hướng dẫn|Đơn vị viết/);
  const order = [
    'I. Kết quả thực hiện',
    HEADINGS[0],
    TEXT[0],
    'Tháng 11: 3 vụ.',
    HEADINGS[1],
    TEXT[1],
    HEADINGS[2],
    TEXT[2],
    HEADINGS[3],
    TEXT[3],
  ];
  const at = order.map((s) => text.indexOf(s));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}, 240_000);

test('the page fits a 300 px sidebar without horizontal scroll', async () => {
  const f = await openReport(COORD);
  await f.locator('[data-testid="report-progress"]').waitFor({ timeout: 20_000 });
  const widest = await f.evaluate(() => {
    document.documentElement.style.width = '300px';
    return Math.max(
      ...Array.from(document.querySelectorAll('body *')).map((e) => e.getBoundingClientRect().right),
    );
  });
  expect(widest).toBeLessThanOrEqual(300);
});
