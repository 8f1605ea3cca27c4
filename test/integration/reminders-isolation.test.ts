/**
 * One bad row never stops the rest, and a short quota is shared fairly, on the built bundle: a link too
 * long for a QR code, a deadline that is not a date, a link refused when written; the people deferred
 * yesterday go first today.
 */
import { ADMIN, LEADER, OFFICIAL, addTasks } from './helpers';
import { logRows, mailSince, remindersRegister, runJob, type Reply, type Status } from './reminders-helpers';

const status = (emu: ReturnType<typeof remindersRegister>) =>
  emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!;

describe('one bad row never stops the rest', () => {
  it('a link too long for a QR code: every e-mail goes, that one without its QR code, and the row is reported', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00'); // Tuesday
    const long = 'https://drive.google.com/' + 'ệ'.repeat(900);
    addTasks(emu, [
      {
        id: 'NV-2026-0001',
        title: 'Liên kết quá dài',
        assigner: LEADER,
        assignees: OFFICIAL,
        deadline: '27/02/2026',
        driveLink: long,
      },
      { id: 'NV-2026-0002', title: 'Việc khác', assignees: LEADER, deadline: '03/03/2026' },
    ]);
    const run = runJob(emu, '2026-03-03T07:30:00+07:00').value;
    expect(run).toMatchObject({ action: 'daily', failed: 0 });
    const to = emu.world.mail.outbox.map((m) => m.to[0]);
    expect(to).toEqual(expect.arrayContaining([OFFICIAL, LEADER, ADMIN]));
    const official = emu.world.mail.outbox.find((m) => m.to[0] === OFFICIAL)!;
    expect(Object.keys(official.inlineImages)).toEqual([]);
    expect(official.body).toContain('Liên kết quá dài');
    // Told to the assigner and the admin, in their digests, and to the admins in the sidebar.
    for (const who of [LEADER, ADMIN]) {
      const mail = emu.world.mail.outbox.find((m) => m.to[0] === who)!;
      expect(mail.body).toContain('NV-2026-0001: Liên kết phải bắt đầu bằng https://');
    }
    expect(status(emu).warning).toContain('NV-2026-0001: Liên kết phải bắt đầu bằng https://');
    // The next hour sends nothing again: the day is done.
    expect(runJob(emu, '2026-03-03T08:30:00+07:00').value.sent).toBe(0);
  });

  it('a deadline that is not a date, a title too long: told to the assigner and the admins, the rest go', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    addTasks(emu, [
      { id: 'NV-2026-0885', title: 'Hạn sai', assigner: LEADER, assignees: OFFICIAL, deadline: '31/11/2026' },
      { id: 'NV-2026-0886', title: 'Hạn đúng', assignees: OFFICIAL, deadline: '03/03/2026' },
      {
        id: 'NV-2026-0887',
        title: 'x'.repeat(600),
        assigner: LEADER,
        assignees: OFFICIAL,
        deadline: '10/03/2026',
      },
    ]);
    runJob(emu, '2026-03-03T07:30:00+07:00');
    const mail = (who: string) => emu.world.mail.outbox.find((m) => m.to[0] === who);
    expect(mail(OFFICIAL)!.body).toContain('Hạn đúng');
    for (const who of [LEADER, ADMIN]) {
      expect(mail(who)!.body).toContain('NV-2026-0885: ');
      expect(mail(who)!.body).toContain('31/11/2026');
      expect(mail(who)!.htmlBody).toContain('NV-2026-0885: ');
    }
    expect(mail(OFFICIAL)!.body).not.toContain('NV-2026-0885');
    expect(mail(LEADER)!.body).toContain('NV-2026-0887: Tên nhiệm vụ: dài 600 ký tự, tối đa 500.');
    expect(mail(LEADER)!.subject).toBe('Nhắc việc ngày 03/03/2026: 2 việc cần xem');
    expect(status(emu).warning).toContain('NV-2026-0885: ');
    // Reported once a day, not every hour.
    const before = emu.world.mail.outbox.length;
    runJob(emu, '2026-03-03T08:30:00+07:00');
    expect(mailSince(emu, before)).toHaveLength(0);
  });

  it('a link refused when written: not https, or too long for a QR code', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    addTasks(emu, [{ id: 'NV-2026-0001', title: 'Một', assignees: OFFICIAL, deadline: '10/03/2026' }]);
    runJob(emu, '2026-03-03T07:30:00+07:00');
    for (const link of ['http://drive.google.com/x', 'https://drive.google.com/' + 'ệ'.repeat(900)]) {
      const r = emu.run<{ ok: boolean; error?: string }>(
        'updateProgress',
        ['NV-2026-0001', { progress: 10, link }],
        { as: OFFICIAL },
      ).value;
      expect(r.ok).toBe(false);
      expect(r.error).toMatch(/Liên kết phải bắt đầu bằng https/);
    }
  });
});

describe('fair when the quota is short', () => {
  const people = Array.from({ length: 12 }, (_, i) => `p${String(i + 1).padStart(2, '0')}@gmail.com`);
  /** Five recipients left in the installer's quota at `at`. */
  const fiveLeft = (emu: ReturnType<typeof remindersRegister>, at: string) => {
    emu.world.mail.quota[ADMIN] = { start: Date.parse(at) - 3600_000, used: 95 };
  };

  it('those deferred before go first: nobody is deferred day after day while others are served', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    emu.world.users[ADMIN] = { email: ADMIN, accountType: 'consumer' };
    addTasks(
      emu,
      people.map((p) => ({ title: 'Quá hạn', assignees: p, deadline: '27/02/2026' })),
    );
    const days = ['2026-03-03', '2026-03-04', '2026-03-05'];
    const served: string[][] = [];
    for (const day of days) {
      const at = `${day}T07:30:00+07:00`;
      fiveLeft(emu, at);
      const before = emu.world.mail.outbox.length;
      runJob(emu, at);
      served.push(mailSince(emu, before).map((m) => m.to[0]));
    }
    expect(served[0]).toEqual(people.slice(0, 5));
    // Yesterday's deferred first: p06…p10 today, then p11, p12 and the first three again.
    expect(served[1]).toEqual(people.slice(5, 10));
    expect(served[2]).toEqual([...people.slice(10), ...people.slice(0, 3)]);
    // The log records the deferrals, and the warning says when they go.
    expect(logRows(emu).filter((r) => r.code === 'deferred')).toHaveLength(7 * 3);
    expect(status(emu).warning).toContain('gửi vào sáng mai');
  });
});
