/**
 * "Kiểm tra hoạt động" (`selfCheck`) on the built bundle: each item reports in Vietnamese, a failure
 * says what to do, the test e-mail goes only when asked, and only administrators may run it. The menu
 * carries the item.
 */
import type { Emulator } from '../../emulator';
import { outbox } from '../../emulator/services/mail';
import { ADMIN, OFFICIAL, setUpRegister, uiMenus } from './helpers';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
interface Item {
  key: string;
  label: string;
  status: 'ok' | 'fail' | 'info' | 'skipped';
  detail: string;
  fix: string;
}
interface Report {
  ok: boolean;
  email: string;
  deployment: string;
  items: Item[];
  message: string;
}

function selfCheck(emu: Emulator, as: string, args?: unknown): Reply<Report> {
  return emu.run<Reply<Report>>('selfCheck', args === undefined ? [] : [args], { as }).value;
}
function report(emu: Emulator, args?: unknown): Report {
  const r = selfCheck(emu, ADMIN, args);
  if (!r.ok) throw new Error(r.error);
  return r.data;
}
const byKey = (r: Report) => Object.fromEntries(r.items.map((i) => [i.key, i]));

test('everything works once reminders are on; the test e-mail only when asked', () => {
  const emu = setUpRegister();
  const off = report(emu);
  expect(off.ok).toBe(false);
  expect(byKey(off).trigger).toMatchObject({ status: 'fail', fix: expect.stringMatching(/Bật nhắc việc/) });

  expect(emu.run<Reply<unknown>>('installReminders', [7], { as: ADMIN }).value.ok).toBe(true);
  const sentBefore = outbox(emu.world.mail).length;
  const on = report(emu);
  expect(on.items.map((i) => i.key)).toEqual([
    'scopes',
    'trigger',
    'quota',
    'timezone',
    'lock',
    'drive',
    'docHeadings',
    'mail',
    'deployment',
  ]);
  const items = byKey(on);
  for (const key of ['scopes', 'trigger', 'quota', 'timezone', 'lock', 'drive', 'docHeadings'])
    expect(items[key]).toMatchObject({ status: 'ok', fix: '' });
  expect(items.trigger.detail).toMatch(/đúng một trình kích hoạt/);
  expect(items.timezone.detail).toContain('Asia/Ho_Chi_Minh');
  expect(items.mail.status).toBe('skipped');
  expect(items.deployment.status).toBe('info');
  expect(on.ok).toBe(true);
  expect(on.message.split('\n')[0]).toMatch(/cả 9 mục đều đạt/);
  expect(outbox(emu.world.mail).length).toBe(sentBefore);
  // Each check's Drive file is trashed at once (two checks so far).
  const files = Object.values(emu.world.drive.files).filter((f) => f.name.startsWith('Nhắc Việc – kiểm tra'));
  expect(files.map((f) => f.trashed)).toEqual([true, true]);

  const mailed = report(emu, { sendTestMail: true });
  expect(byKey(mailed).mail.status).toBe('ok');
  const last = outbox(emu.world.mail).at(-1)!;
  expect(last.to).toEqual([ADMIN]);
  expect(last.subject).toBe('Nhắc Việc: thư thử');
});

test('report drafting’s Doc: a heading converted and exported back with an id, or a failure saying what to do; the Doc deleted', () => {
  const emu = setUpRegister();
  const testDocs = () =>
    Object.values(emu.world.drive.files).filter((f) => f.name === 'Nhắc Việc – đề mục thử');
  expect(byKey(report(emu)).docHeadings).toMatchObject({
    status: 'ok',
    detail: expect.stringMatching(/xuất lại được đề mục cùng mã/),
    fix: '',
  });
  // An export that gives back the uploaded HTML (a heading without an id): report links would break.
  emu.world.drive.htmlExport = { mode: 'verbatim' };
  const bad = byKey(report(emu)).docHeadings;
  expect(bad).toMatchObject({ status: 'fail', fix: expect.stringMatching(/bước 8/) });
  expect(bad.detail).toMatch(/không còn là đề mục có mã/);
  expect(testDocs()).toEqual([]); // each check's Doc is deleted, not left in Drive or its trash
});

test('a trigger gone, a second one, or a wrong time zone: each says what to do', () => {
  const emu = setUpRegister();
  // A bound script (a template's copy): every trigger of ours in the project serves this spreadsheet.
  emu.world.installation = 'bound';
  emu.run('installReminders', [7], { as: ADMIN });
  const trigger = emu.world.triggers.triggers[0];
  emu.world.triggers.triggers.push({ ...trigger, id: `${trigger.id}-copy` });
  expect(byKey(report(emu)).trigger).toMatchObject({
    status: 'fail',
    detail: expect.stringMatching(/Có 2 trình kích hoạt/),
    fix: expect.stringMatching(/Cài lại/),
  });
  emu.world.triggers.triggers = [];
  expect(byKey(report(emu)).trigger).toMatchObject({ status: 'fail', fix: expect.stringMatching(/Cài lại/) });

  emu.world.spreadsheets.byId[emu.world.activeSpreadsheetId].timeZone = 'Asia/Bangkok';
  const tz = byKey(report(emu)).timezone;
  expect(tz).toMatchObject({ status: 'fail', fix: expect.stringMatching(/Thiết lập/) });
  expect(tz.detail).toContain('Asia/Bangkok');
});

test('only administrators; the menu has the item', () => {
  const emu = setUpRegister();
  const r = selfCheck(emu, OFFICIAL);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error).toMatch(/Chỉ quản trị/);
  emu.run('onOpen', [{ authMode: 'FULL' }], { as: ADMIN });
  const items = JSON.stringify(uiMenus(emu));
  expect(items).toContain('Kiểm tra hoạt động');
  expect(items).toContain('selfCheckFromMenu');
});
