/** Writing the reminder e-mails: escaping, confidential tasks, colours, QR codes, notifications. */
import { WorkingCalendar } from '../../../../src/core/calendar';
import { dayFromIso } from '../../../../src/core/civil-date';
import { Directory } from '../../../../src/core/directory';
import { prefillHolidays } from '../../../../src/core/holidays';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';
import { STATUS_COLOURS } from '../../../../src/core/status';
import type { Task } from '../../../../src/core/task';
import { blankTask } from '../../../helpers/tasks';
import {
  compose,
  registerUrl,
  MAX_QR_PER_MESSAGE,
  NOTIFY_LIMIT,
  type Outgoing,
} from '../../../../src/core/reminders/compose';
import { buildOutgoing, carriedEntries } from '../../../../src/core/reminders/outgoing';
import { planDigests } from '../../../../src/core/reminders/planner';
import { notificationKey, type QueuedNotification } from '../../../../src/core/reminders/notifications';

const d = (iso: string) => dayFromIso(iso)!;
const cal = WorkingCalendar.fromRows(prefillHolidays(2026));
const TODAY = d('2026-03-03');
const A = 'a@x.vn';
const HOSTILE = '<img src=x onerror=alert(1)>';
const SECRET = 'Kế hoạch bảo vệ mục tiêu trọng yếu';

let seq = 0;
function task(extra: Partial<Task>): Task {
  seq += 1;
  return blankTask({
    row: seq + 1,
    id: `NV-2026-${String(seq).padStart(4, '0')}`,
    title: `Nhiệm vụ ${seq}`,
    assignees: [A],
    leadUnit: 'Phòng Một',
    ...extra,
  });
}

const directory = new Directory(
  [
    { email: A, name: 'Nguyễn <b>An</b>', unit: 'P1', role: 'official', active: true, row: 2 },
    { email: 'lead@x.vn', name: 'Trần Lãnh', unit: 'P1', role: 'leader', active: true, row: 3 },
  ],
  [],
);

function outgoingFor(tasks: Task[], queue: QueuedNotification[] = [], lang: 'vi' | 'en' = 'vi') {
  const plan = planDigests({
    tasks,
    directory,
    calendar: cal,
    settings: DEFAULT_SETTINGS,
    today: TODAY,
    handled: new Set(),
  });
  const out = buildOutgoing(
    plan.digests,
    queue,
    new Map(tasks.map((t) => [t.id, t])),
    directory,
    new Set(),
    TODAY,
  );
  return {
    out,
    mail: (o: Outgoing, register: string | null = null) =>
      compose(o, { lang, agencyName: 'UBND <quận>', today: TODAY, register }),
  };
}

describe('escaping', () => {
  test('a hostile title, name and agency never reach the HTML as markup', () => {
    const t1 = task({ title: HOSTILE, deadline: d('2026-03-02'), driveLink: 'javascript:alert(1)' });
    const { out, mail } = outgoingFor([t1]);
    const m = mail(out[0]);
    expect(m.htmlBody).not.toContain('<img src=x');
    expect(m.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(m.htmlBody).not.toContain('<b>An</b>');
    expect(m.htmlBody).toContain('Nguyễn &lt;b&gt;An&lt;/b&gt;');
    expect(m.htmlBody).not.toContain('<quận>');
    expect(m.htmlBody).not.toContain('javascript:');
    expect(m.qr).toEqual([]);
    // The plain-text body is text: the title is shown as typed.
    expect(m.body).toContain(HOSTILE);
    // Every tag in the HTML is one the composer wrote.
    const tags = new Set([...m.htmlBody.matchAll(/<([a-z0-9]+)/g)].map((x) => x[1]));
    expect([...tags].sort()).toEqual(['b', 'div', 'h3', 'p', 'span', 'table', 'td', 'tr']);
  });
});

describe('digest e-mail', () => {
  test('status colours, dates dd/MM/yyyy, working days left or late, sections in order', () => {
    const late = task({ title: 'Báo cáo quý', deadline: d('2026-02-27') });
    const today = task({ title: 'Hạn hôm nay', deadline: d('2026-03-03') });
    const soon = task({ title: 'Sắp đến', deadline: d('2026-03-05') });
    const { out, mail } = outgoingFor([soon, today, late]);
    const m = mail(out[0]);
    expect(m.subject).toBe('Nhắc việc ngày 03/03/2026: 1 quá hạn, 1 đến hạn hôm nay, 1 sắp đến hạn');
    expect(m.htmlBody).toContain(STATUS_COLOURS.overdue.solid);
    expect(m.htmlBody).toContain(STATUS_COLOURS.due_soon.solid);
    expect(m.body).toContain('Hạn: 27/02/2026 · quá hạn 2 ngày làm việc · Đang thực hiện quá hạn');
    expect(m.body).toContain('Hạn: 03/03/2026 · hạn chót là hôm nay');
    expect(m.body).toContain('Hạn: 05/03/2026 · còn 2 ngày làm việc');
    const order = ['NHIỆM VỤ QUÁ HẠN', 'ĐẾN HẠN HÔM NAY', 'SẮP ĐẾN HẠN'].map((s) => m.body.indexOf(s));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(m.body).toContain('Kính gửi đồng chí Nguyễn <b>An</b>,');
    expect(m.body).not.toContain('anh/chị');
    expect(m.body).toContain('UBND <quận>');
  });

  test('English when the register is in English', () => {
    const { out, mail } = outgoingFor([task({ deadline: d('2026-02-27') })], [], 'en');
    const m = mail(out[0]);
    expect(m.subject).toBe('Reminders for 03/03/2026: 1 overdue');
    expect(m.body).toContain('2 working days late');
  });

  test('confidential tasks: "Nhiệm vụ mật" and the id, nothing else', () => {
    const secret = task({
      title: SECRET,
      confidential: true,
      deadline: d('2026-02-27'),
      leadUnit: 'Phòng Bảo vệ',
      driveLink: 'https://drive.google.com/secret',
      extensionRequest: 'lý do mật',
    });
    const { out, mail } = outgoingFor([secret]);
    const m = mail(out[0]);
    for (const part of [m.htmlBody, m.body, m.subject]) {
      expect(part).not.toContain(SECRET);
      expect(part).not.toContain('drive.google.com/secret');
      expect(part).not.toContain('Phòng Bảo vệ');
      expect(part).not.toContain('lý do mật');
      expect(part).not.toContain('27/02/2026');
    }
    expect(m.body).toContain(`${secret.id} · Nhiệm vụ mật`);
    expect(m.htmlBody).toContain('Nhiệm vụ mật');
    expect(m.qr).toEqual([]);
  });

  test('QR codes: one inline image per linked task, referenced by cid, capped per e-mail', () => {
    const linked = Array.from({ length: MAX_QR_PER_MESSAGE + 2 }, (_, i) =>
      task({ deadline: d('2026-02-27'), driveLink: `https://drive.google.com/drive/folders/f${i}` }),
    );
    const { out, mail } = outgoingFor(linked);
    const m = mail(out[0]);
    expect(m.qr).toHaveLength(MAX_QR_PER_MESSAGE);
    for (const q of m.qr) expect(m.htmlBody).toContain(`src="cid:${q.cid}"`);
    expect(new Set(m.qr.map((q) => q.text)).size).toBe(MAX_QR_PER_MESSAGE);
    expect(m.htmlBody).toContain('href="https://drive.google.com/drive/folders/f0"');
  });
});

describe('notifications', () => {
  const entry = (extra: Partial<QueuedNotification>): QueuedNotification => ({
    id: 'e1',
    at: 1,
    to: A,
    kind: 'assigned',
    taskId: 'NV-2026-9999',
    actor: 'lead@x.vn',
    note: '',
    row: 2,
    ...extra,
  });

  test('folded into the digest of the same person: one e-mail, both recorded', () => {
    const t1 = task({ deadline: d('2026-03-03'), title: 'Kiểm tra hồ sơ' });
    const n = entry({ taskId: t1.id, note: `Làm gấp ${HOSTILE}` });
    const { out, mail } = outgoingFor([t1], [n]);
    expect(out).toHaveLength(1);
    expect(out[0].keys).toContain(notificationKey(n, TODAY));
    const m = mail(out[0]);
    expect(m.subject).toContain('1 thông báo mới');
    expect(m.body).toContain(`Trần Lãnh giao cho đồng chí nhiệm vụ ${t1.id} · Kiểm tra hồ sơ.`);
    expect(m.htmlBody).not.toContain('<img src=x');
    expect(carriedEntries(out)).toEqual(new Set(['e1']));
  });

  test('alone, for someone with no digest; a confidential task keeps its title and note out', () => {
    const secret = task({
      title: SECRET,
      confidential: true,
      deadline: d('2026-06-30'),
      assignees: ['b@x.vn'],
    });
    const n1 = entry({
      id: 'e2',
      to: 'b@x.vn',
      kind: 'sent_back',
      taskId: secret.id,
      note: 'thiếu phụ lục mật',
    });
    const n2 = entry({
      id: 'e3',
      to: 'b@x.vn',
      kind: 'extension_approved',
      taskId: 'NV-2026-0404',
      actor: 'who@x.vn',
    });
    const { out, mail } = outgoingFor([secret], [n1, n2]);
    expect(out.map((o) => [o.to, o.digest, o.notifications.length])).toEqual([['b@x.vn', null, 2]]);
    const m = mail(out[0]);
    expect(m.subject).toBe('Nhắc Việc: 2 thông báo mới về nhiệm vụ');
    for (const part of [m.htmlBody, m.body]) {
      expect(part).not.toContain(SECRET);
      expect(part).not.toContain('thiếu phụ lục mật');
    }
    expect(m.body).toContain(`Trần Lãnh trả lại kết quả nhiệm vụ ${secret.id} · Nhiệm vụ mật để hoàn thiện.`);
    expect(m.body).toContain('who@x.vn đồng ý gia hạn nhiệm vụ NV-2026-0404.');
  });

  test('at most NOTIFY_LIMIT listed in one e-mail; all of them leave the queue', () => {
    const many = Array.from({ length: NOTIFY_LIMIT + 5 }, (_, i) => entry({ id: `n${i}`, at: i }));
    const { out, mail } = outgoingFor([], many);
    const m = mail(out[0]);
    expect(m.body.match(/giao cho đồng chí/g)).toHaveLength(NOTIFY_LIMIT);
    expect(m.body).toContain('… và 5 thông báo khác');
    expect(carriedEntries(out).size).toBe(NOTIFY_LIMIT + 5);
  });

  test('already sent today: not sent again', () => {
    const n = entry({});
    const plan = buildOutgoing([], [n], new Map(), directory, new Set([notificationKey(n, TODAY)]), TODAY);
    expect(plan).toEqual([]);
  });
});

describe('links and names', () => {
  const REGISTER = registerUrl('1AbC-def_GHIjklmnop', 123456)!;

  test('the register link: https, the task sheet; refused for an id that is not one', () => {
    expect(REGISTER).toBe('https://docs.google.com/spreadsheets/d/1AbC-def_GHIjklmnop/edit#gid=123456');
    expect(registerUrl('x"><script>', 1)).toBeNull();
    expect(registerUrl('1AbC-def_GHIjklmnop', -1)).toBeNull();
  });

  test('the digest opens with the register and each task links to its row and its document', () => {
    const t1 = task({ deadline: d('2026-02-27'), driveLink: 'https://drive.google.com/drive/folders/f1' });
    const t2 = task({ deadline: d('2026-03-03') });
    const { out, mail } = outgoingFor([t1, t2]);
    const m = mail(out[0], REGISTER);
    const open = m.htmlBody.indexOf(`href="${REGISTER.replace(/&/g, '&amp;')}"`);
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(m.htmlBody.indexOf(t1.id)); // before the first task
    expect(m.htmlBody).toContain('Mở bảng giao việc');
    expect(m.htmlBody).toContain(`href="${REGISTER}&amp;range=A${t1.row}"`);
    expect(m.htmlBody).toContain(`href="${REGISTER}&amp;range=A${t2.row}"`);
    expect(m.htmlBody).toContain('href="https://drive.google.com/drive/folders/f1"');
    expect(m.body).toContain(`${REGISTER}&range=A${t1.row}`);
    expect(m.body).toContain(`Mở sổ theo dõi nhiệm vụ: ${REGISTER}`);
    // Every href is https.
    for (const [, href] of m.htmlBody.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
  });

  test('a confidential task gets neither a row link nor a document link', () => {
    const secret = task({
      title: SECRET,
      confidential: true,
      deadline: d('2026-02-27'),
      driveLink: 'https://drive.google.com/secret',
    });
    const { out, mail } = outgoingFor([secret]);
    const m = mail(out[0], REGISTER);
    for (const part of [m.htmlBody, m.body]) {
      expect(part).not.toContain(SECRET);
      expect(part).not.toContain(`range=A${secret.row}`);
      expect(part).not.toContain('drive.google.com/secret');
    }
    expect(m.htmlBody).toContain(REGISTER); // the register itself, as for everyone
  });

  test('the weekly summary alone (the chairman) still opens with the register', () => {
    const { out, mail } = outgoingFor([task({ deadline: d('2026-02-27') })]);
    const o: Outgoing = {
      ...out[0],
      name: 'Lê Chủ Tịch',
      digest: { ...out[0].digest!, items: [], more: {}, summary: { total: 0, units: [] } },
    };
    const m = mail(o, REGISTER);
    expect(m.body).toContain('Kính gửi đồng chí Lê Chủ Tịch,');
    expect(m.htmlBody).toContain(`href="${REGISTER}"`);
  });

  test('a notification links to the task row; with no name the address is used', () => {
    const t1 = task({ deadline: d('2026-03-10') });
    const queue: QueuedNotification[] = [
      {
        id: 'e1',
        kind: 'assigned',
        taskId: t1.id,
        to: 'nobody@x.vn',
        actor: 'lead@x.vn',
        note: '',
        at: 0,
        row: 2,
      },
    ];
    const { out, mail } = outgoingFor([t1], queue);
    const o = out.find((x) => x.to === 'nobody@x.vn')!;
    const m = mail(o, REGISTER);
    expect(m.body).toContain('Kính gửi nobody@x.vn,');
    expect(m.body).toContain('giao cho đồng chí nhiệm vụ');
    expect(m.htmlBody).toContain(`href="${REGISTER}&amp;range=A${t1.row}"`);
  });

  test('English: the name, "you" in the sentences', () => {
    const { out, mail } = outgoingFor([task({ deadline: d('2026-02-27') })], [], 'en');
    const m = mail(out[0], REGISTER);
    expect(m.body).toContain('Dear Nguyễn <b>An</b>,');
    expect(m.body).toContain('Open the task register');
  });
});
