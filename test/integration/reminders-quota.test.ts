/**
 * Reminders within limits, on the built bundle: the daily e-mail quota (a gmail.com installer with 300
 * people due), the 6-minute limit, the 50-recipient limit, and what reaches the inbox (escaping,
 * confidential tasks, QR codes).
 */
import { ADMIN, OFFICIAL, addStaff, addTasks, asUser, sheetValues } from './helpers';
import {
  LOG,
  logRows,
  mailSince,
  remindersRegister,
  runJob,
  slowMail,
  type Reply,
  type Status,
} from './reminders-helpers';

const people = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}@gmail.com`);

describe('the daily e-mail quota', () => {
  it('a gmail.com installer (100 recipients a day) with 300 people due: overdue first, the rest deferred and shown', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00'); // Tuesday: no weekly summary
    emu.world.users[ADMIN] = { email: ADMIN, accountType: 'consumer' };
    const late = people(150, 'tre');
    const soon = people(150, 'sap');
    addTasks(emu, [
      ...soon.map((p, i) => ({ title: `Sắp đến hạn ${i}`, assignees: p, deadline: '05/03/2026' })),
      ...late.map((p, i) => ({ title: `Quá hạn ${i}`, assignees: p, deadline: '27/02/2026' })),
    ]);

    const first = runJob(emu, '2026-03-03T07:30:00+07:00').value;
    expect(first).toMatchObject({ action: 'daily', sent: 100, deferred: 200 });
    const to = emu.world.mail.outbox.map((m) => m.to[0]);
    expect(to).toHaveLength(100);
    expect(to.every((p) => p.startsWith('tre'))).toBe(true); // the most urgent first
    const rows = logRows(emu);
    expect(rows.filter((r) => r.code === 'sent')).toHaveLength(100);
    expect(rows.filter((r) => r.code === 'deferred')).toHaveLength(200);
    expect(rows.find((r) => r.code === 'deferred')!.outcome).toBe('Hoãn: hết hạn mức gửi thư trong ngày');

    // The warning: in the sidebar's status, and on the register (the log's tab turns red).
    const status = emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!;
    expect(status.warning).toContain(
      'Hết hạn mức gửi thư của tài khoản vanphong@ubnd.example.vn: 200 thư chưa gửi',
    );
    expect(status.quotaLeft).toBe(0);
    expect(status.today).toMatchObject({ complete: false });
    expect(asUser(emu, (ss) => ss.getSheetByName(LOG)!.getTabColor())).toBe('#dc2626');

    // Later the same day the quota is still spent: nothing is read, sent or logged again.
    const later = runJob(emu, '2026-03-03T08:30:00+07:00');
    expect(later.value.action).toBe('waiting');
    expect(later.calls.total('spreadsheet')).toBe(0);
    expect(emu.world.mail.outbox).toHaveLength(100);
    expect(logRows(emu)).toHaveLength(300);

    // 24 hours after the first e-mail the quota is back: the next morning, those deferred yesterday go
    // first (overdue first among them), before anyone served yesterday.
    const next = runJob(emu, '2026-03-04T07:35:00+07:00').value;
    expect(next.sent).toBe(100);
    const today = mailSince(emu, 100).map((m) => m.to[0]);
    expect(today.slice(0, 50).every((p) => p.startsWith('tre') && !to.includes(p))).toBe(true);
    expect(today.slice(50).every((p) => p.startsWith('sap'))).toBe(true);
  });

  it('quota left for part of the list: a later run the same day sends the rest, once', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    emu.world.users[ADMIN] = { email: ADMIN, accountType: 'consumer' };
    // 95 recipients were used yesterday at 08:00: 5 left until 08:00 today.
    emu.world.mail.quota[ADMIN] = { start: Date.parse('2026-03-02T08:00:00+07:00'), used: 95 };
    addTasks(
      emu,
      people(12, 'p').map((p) => ({ title: 'Quá hạn', assignees: p, deadline: '27/02/2026' })),
    );
    expect(runJob(emu, '2026-03-03T07:30:00+07:00').value).toMatchObject({ sent: 5, deferred: 7 });
    const second = runJob(emu, '2026-03-03T08:30:00+07:00').value;
    expect(second).toMatchObject({ sent: 7, deferred: 0 });
    const to = emu.world.mail.outbox.map((m) => m.to[0]);
    expect(new Set(to).size).toBe(12);
    const status = emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!;
    expect(status.warning).toBeNull();
    expect(status.today).toMatchObject({ complete: true });
    expect(asUser(emu, (ss) => ss.getSheetByName(LOG)!.getTabColor())).toBeNull();
    // The deferred rows stay as the record of the morning; each person has one "sent" row.
    const rows = logRows(emu);
    expect(
      rows
        .filter((r) => r.code === 'sent')
        .map((r) => r.to)
        .sort(),
    ).toEqual([...new Set(to)].sort());
  });
});

describe('the 6-minute limit', () => {
  it('stops before the limit when e-mails are slow, and the next hourly run finishes', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    addTasks(
      emu,
      people(200, 'p').map((p) => ({
        title: 'Hạn hôm nay',
        assignees: p.replace('gmail.com', 'ubnd.example.vn'),
        deadline: '03/03/2026',
      })),
    );
    const restore = slowMail(emu, 2000); // two seconds an e-mail: 200 would take 6 min 40 s
    const first = runJob(emu, '2026-03-03T07:30:00+07:00');
    restore();
    expect(first.value.sent).toBeGreaterThan(100);
    expect(first.value.sent).toBeLessThan(200);
    expect(first.exec.clock.now() - Date.parse('2026-03-03T07:30:00+07:00')).toBeLessThan(5 * 60_000);
    expect(first.value.deferred).toBe(200 - first.value.sent);
    expect(emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!.warning).toContain(
      '6 phút',
    );
    const second = runJob(emu, '2026-03-03T08:30:00+07:00').value;
    expect(second.sent + first.value.sent).toBe(200);
    expect(new Set(emu.world.mail.outbox.map((m) => m.to[0])).size).toBe(200);
  });
});

describe('recipients per message', () => {
  it('60 administrators on a Monday: 60 e-mails, each to one person, none over 50 recipients', () => {
    const emu = remindersRegister('2026-03-02T06:00:00+07:00');
    const admins = Array.from({ length: 59 }, (_, i) => `vp${i + 1}@ubnd.example.vn`);
    addStaff(
      emu,
      admins.map((email) => ({ email, name: email, unit: 'VP', role: 'Quản trị (văn phòng)', active: true })),
    );
    addTasks(emu, [{ title: 'Quá hạn', assignees: OFFICIAL, leadUnit: 'Văn phòng', deadline: '27/02/2026' }]);
    runJob(emu, '2026-03-02T07:30:00+07:00');
    const outbox = emu.world.mail.outbox;
    const summaries = outbox.filter((m) => m.subject.includes('tổng hợp tuần'));
    expect(summaries).toHaveLength(60);
    for (const m of outbox) expect(m.to.length + m.cc.length + m.bcc.length).toBeLessThanOrEqual(50);
    expect(new Set(outbox.map((m) => m.to[0])).size).toBe(outbox.length);
    expect(summaries[0].body).toContain('Văn phòng: 1 (1)');
  });
});

describe('what reaches the inbox', () => {
  it('escapes hostile titles and names, links and shows QR codes for Drive links, hides confidential tasks', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    asUser(emu, (ss) => ss.getSheetByName('Cán bộ')!.getRange(4, 2).setValue('<script>alert("x")</script>')); // the official's name
    const secret = 'Danh sách đối tượng cần xác minh';
    addTasks(emu, [
      {
        title: '<img src=x onerror=alert(1)>',
        assignees: OFFICIAL,
        deadline: '27/02/2026',
        driveLink: 'https://drive.google.com/drive/folders/1AbC',
      },
      { title: 'Link lạ', assignees: OFFICIAL, deadline: '03/03/2026', driveLink: 'javascript:alert(1)' },
      {
        title: secret,
        assignees: OFFICIAL,
        deadline: '04/03/2026',
        confidential: true,
        driveLink: 'https://drive.google.com/mat',
      },
    ]);
    runJob(emu, '2026-03-03T07:30:00+07:00');
    const mail = emu.world.mail.outbox.find((m) => m.to[0] === OFFICIAL)!;
    const html = mail.htmlBody!;
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://drive.google.com/drive/folders/1AbC"');
    // One QR code, inline, for the one safe, non-confidential link.
    expect(Object.keys(mail.inlineImages)).toEqual(['qr1']);
    expect(mail.inlineImages.qr1.contentType).toBe('image/gif');
    expect(Buffer.from(mail.inlineImages.qr1.base64, 'base64').subarray(0, 6).toString('latin1')).toBe(
      'GIF87a',
    );
    expect(html).toContain('src="cid:qr1"');
    for (const part of [html, mail.body, mail.subject]) {
      expect(part).not.toContain(secret);
      expect(part).not.toContain('drive.google.com/mat');
    }
    expect(mail.body).toContain('Nhiệm vụ mật');
    expect(mail.name).toBe('Nhắc Việc');
    // The log lists ids, never titles.
    expect(JSON.stringify(sheetValues(emu, LOG))).not.toContain(secret);
  });

  it('links every task to its row of the register and its document, opens with the register, names the reader', () => {
    const emu = remindersRegister('2026-03-02T06:00:00+07:00'); // Monday: the admins' weekly summary
    addStaff(emu, [
      {
        email: 'chu.tich@ubnd.example.vn',
        name: 'Phạm Chủ Tịch',
        unit: 'VP',
        role: 'Quản trị (văn phòng)',
        active: true,
      },
    ]);
    const secret = 'Danh sách đối tượng cần xác minh';
    addTasks(emu, [
      {
        title: 'Báo cáo <quý> & tổng kết',
        assignees: OFFICIAL,
        leadUnit: 'Văn phòng',
        deadline: '27/02/2026',
        driveLink: 'https://drive.google.com/drive/folders/1AbC',
      },
      { title: 'Không có tài liệu', assignees: OFFICIAL, deadline: '02/03/2026' },
      { title: secret, assignees: OFFICIAL, deadline: '03/03/2026', confidential: true },
    ]);
    runJob(emu, '2026-03-02T07:30:00+07:00');
    const [id, gid] = asUser(emu, (ss) => [ss.getId(), ss.getSheetByName('Nhiệm vụ')!.getSheetId()]);
    const register = `https://docs.google.com/spreadsheets/d/${id}/edit#gid=${gid}`;
    const mine = emu.world.mail.outbox.find((m) => m.to[0] === OFFICIAL)!;
    const html = mine.htmlBody!;
    expect(mine.body).toContain('Kính gửi đồng chí Nguyễn Thị Bích,');
    expect(mine.body).not.toContain('anh/chị');
    // The register first, then each task's row (rows 2 and 3 of the task sheet) and its document.
    expect(html.indexOf(`href="${register}"`)).toBeGreaterThan(0);
    expect(html.indexOf(`href="${register}"`)).toBeLessThan(html.indexOf('NV-'));
    expect(html).toContain(`href="${register}&amp;range=A2"`);
    expect(html).toContain(`href="${register}&amp;range=A3"`);
    expect(html).not.toContain('range=A4'); // the confidential one: no row link
    expect(html).toContain('href="https://drive.google.com/drive/folders/1AbC"');
    expect(html).toContain('Báo cáo &lt;quý&gt; &amp; tổng kết');
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
    for (const part of [html, mine.body, mine.subject]) expect(part).not.toContain(secret);
    // The chairman's weekly summary: by name, opening with the register.
    const chair = emu.world.mail.outbox.find((m) => m.to[0] === 'chu.tich@ubnd.example.vn')!;
    expect(chair.subject).toContain('tổng hợp tuần');
    expect(chair.body).toContain('Kính gửi đồng chí Phạm Chủ Tịch,');
    expect(chair.htmlBody).toContain(`href="${register}"`);
    expect(chair.body).toContain('Tiện ích mở rộng › Nhắc Việc › Mở bảng giao việc');
    expect(chair.htmlBody).not.toContain(secret);
  });
});
