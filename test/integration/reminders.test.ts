/**
 * Reminders on the built bundle in the emulator: turning them on, a day-by-day walk over two months
 * (a swapped Saturday, weekends, Tết 2026), and "once": the same day twice, overlapping runs, a failure
 * after the k-th e-mail.
 */
import { Emulator } from '../../emulator';
import { addonEmulator } from '../../playground/project';
import { TASK_COLUMNS } from '../../src/core/schema';
import { ADMIN, LEADER, OFFICIAL, addStaff, addTasks, asUser, sheetValues } from './helpers';
import {
  FOLLOWER,
  LOG,
  QUEUE,
  editState,
  failOnNthMail,
  logRows,
  mailSince,
  remindersRegister,
  runJob,
  sentKeys,
  type Reply,
  type Status,
} from './reminders-helpers';

const ADMIN2 = 'van.thu@ubnd.example.vn';

describe('turning reminders on and off', () => {
  it('installs one hourly trigger, whatever the number of installs, and says who sends', () => {
    const emu = remindersRegister('2026-03-02T09:00:00+07:00', { install: false });
    const first = emu.run<Reply<Status>>('installReminders', [8], { as: ADMIN }).value;
    const second = emu.run<Reply<Status>>('installReminders', ['7'], { as: ADMIN }).value;
    expect(first.ok && second.ok).toBe(true);
    const triggers = emu.world.triggers.triggers;
    expect(triggers.map((t) => [t.handler, t.owner, t.schedule?.kind, t.schedule?.interval])).toEqual([
      ['hourlyJob', ADMIN, 'hours', 1],
    ]);
    expect(second.data).toMatchObject({
      on: true,
      installer: ADMIN,
      hour: 7,
      mine: true,
      triggerFound: true,
      quotaLeft: 1500,
    });
    expect(second.data!.message).toContain(`từ tài khoản ${ADMIN}`);
    // The hour is in the settings sheet, where the office sees it.
    const settings = sheetValues(emu, 'Cài đặt');
    expect(settings.find((r) => r[0] === 'reminderHour')![2]).toBe(7);
    // The send log and the hidden queue exist.
    const hidden = asUser(emu, (ss) => [
      ss.getSheetByName(LOG)!.isSheetHidden(),
      ss.getSheetByName(QUEUE)!.isSheetHidden(),
    ]);
    expect(hidden).toEqual([false, true]);
    // Anyone on the staff may read the status; only the installer sees the quota.
    const theirs = emu.run<Reply<Status>>('getReminderStatus', [], { as: OFFICIAL }).value.data!;
    expect(theirs).toMatchObject({
      on: true,
      installer: ADMIN,
      mine: false,
      triggerFound: null,
      quotaLeft: null,
    });
  });

  it('refuses non-administrators and bad hours, changing nothing', () => {
    const emu = remindersRegister('2026-03-02T09:00:00+07:00', { install: false });
    const refused = emu.run<Reply<Status>>('installReminders', [7], { as: OFFICIAL }).value;
    expect(refused).toMatchObject({ ok: false, code: 'auth.notAdmin' });
    expect(emu.run<Reply<Status>>('installReminders', [24], { as: ADMIN }).value).toMatchObject({
      ok: false,
      code: 'reminders.badHour',
    });
    expect(emu.run<Reply<Status>>('installReminders', [7.5], { as: ADMIN }).value.ok).toBe(false);
    expect(emu.run<Reply<Status>>('uninstallReminders', [], { as: LEADER }).value).toMatchObject({
      ok: false,
      code: 'auth.notAdmin',
    });
    expect(emu.run<Reply<Status>>('getReminderStatus', [], { as: 'la@khac.vn' }).value).toMatchObject({
      ok: false,
      code: 'auth.unknown',
    });
    expect(emu.world.triggers.triggers).toEqual([]);
  });

  it('follows the hour the office types in the settings sheet', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    addTasks(emu, [{ title: 'Hạn hôm nay', assignees: OFFICIAL, deadline: '03/03/2026' }]);
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Cài đặt')!;
      const row =
        sheet
          .getDataRange()
          .getValues()
          .findIndex((r) => r[0] === 'reminderHour') + 1;
      sheet.getRange(row, 3).setValue(9);
    });
    expect(runJob(emu, '2026-03-03T07:30:00+07:00').value.action).toBe('idle');
    expect(runJob(emu, '2026-03-03T08:30:00+07:00').value.action).toBe('idle');
    expect(emu.world.mail.outbox).toEqual([]);
    expect(runJob(emu, '2026-03-03T09:30:00+07:00').value).toMatchObject({ action: 'daily', sent: 1 });
    expect(emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!.hour).toBe(9);
  });

  it('works the same in a container-bound script (template copy)', () => {
    const emu = new Emulator(addonEmulator({ installation: 'bound' })).loadBundle();
    emu.clock.set('2026-03-02T09:00:00+07:00');
    emu.run('setup', [], { as: ADMIN });
    emu.run('installReminders', [7], { as: ADMIN });
    emu.run('installReminders', [7], { as: ADMIN });
    expect(emu.world.triggers.triggers.filter((t) => t.handler === 'hourlyJob')).toHaveLength(1);
  });

  it('a second administrator takes over: the first trigger removes itself at its next run', () => {
    const emu = remindersRegister('2026-03-02T06:00:00+07:00');
    addStaff(emu, [
      { email: ADMIN2, name: 'Văn thư', unit: 'VP', role: 'Quản trị (văn phòng)', active: true },
    ]);
    emu.run('installReminders', [7], { as: ADMIN2 });
    expect(emu.world.triggers.triggers.map((t) => t.owner).sort()).toEqual([ADMIN, ADMIN2].sort());
    const stale = runJob(emu, '2026-03-02T06:30:00+07:00', ADMIN).value;
    expect(stale.action).toBe('replaced');
    expect(emu.world.triggers.triggers.map((t) => t.owner)).toEqual([ADMIN2]);

    const off = emu.run<Reply<Status>>('uninstallReminders', [], { as: ADMIN }).value.data!;
    expect(off.on).toBe(false);
    expect(off.message).toContain(ADMIN2);
    expect(runJob(emu, '2026-03-02T07:30:00+07:00', ADMIN2).value.action).toBe('off');
    expect(emu.world.triggers.triggers).toEqual([]);
    expect(emu.world.mail.outbox).toEqual([]);
  });
});

describe('a day-by-day walk over January and February 2026', () => {
  // 05/01 Monday … 27/02 Friday: Saturday 10/01 is a swapped working day (for Friday 02/01), Tết is
  // 16–20/02 with the weekends around it.
  const T1 = 'NV-2026-0001'; // due Monday 12/01; reported 14/01, confirmed 16/01
  const T2 = 'NV-2026-0002'; // due Friday 13/02, the last working day before Tết
  const T3 = 'NV-2026-0003'; // confidential, due 20/01
  const SECRET = 'Phương án bảo vệ bí mật nhà nước';
  let emu: Emulator;
  const mailDays = new Map<string, string[]>();
  const calls: number[] = [];
  /** The days with more to do: the weekly plans' due day (Friday), the month's first working day. */
  const FIRST_WORKING_DAYS = ['2026-01-05', '2026-02-02']; // 02/01/2026 is a day off
  const extraCalls: Record<string, number> = {};

  beforeAll(() => {
    emu = remindersRegister('2026-01-05T06:00:00+07:00');
    addTasks(emu, [
      {
        id: T1,
        title: 'Báo cáo tuần',
        assigner: LEADER,
        leadUnit: 'Văn phòng',
        assignees: OFFICIAL,
        assignedDate: '05/01/2026',
        deadline: '12/01/2026',
      },
      {
        id: T2,
        title: 'Chuẩn bị Tết',
        assigner: LEADER,
        leadUnit: 'Văn phòng',
        assignees: OFFICIAL,
        assignedDate: '05/01/2026',
        deadline: '13/02/2026',
      },
      {
        id: T3,
        title: SECRET,
        assigner: LEADER,
        leadUnit: 'Văn phòng',
        assignees: OFFICIAL,
        assignedDate: '05/01/2026',
        deadline: '20/01/2026',
        confidential: true,
      },
    ]);
    const col = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;
    const setCell = (row: number, key: string, value: unknown) =>
      asUser(emu, (ss) => ss.getSheetByName('Nhiệm vụ')!.getRange(row, col(key)).setValue(value));
    for (
      let day = Date.parse('2026-01-05T07:30:00+07:00');
      day <= Date.parse('2026-02-27T07:30:00+07:00');
      day += 86_400_000
    ) {
      const iso = new Date(day + 7 * 3600_000).toISOString().slice(0, 10);
      emu.clock.set(day - 3600_000);
      if (iso === '2026-01-14') setCell(2, 'reportedDate', '14/01/2026');
      if (iso === '2026-01-16') setCell(2, 'confirmedAt', '16/01/2026');
      if (iso === '2026-01-20') setCell(4, 'reportedDate', '20/01/2026');
      if (iso === '2026-01-21') setCell(4, 'confirmedBy', LEADER);
      const early = runJob(emu, new Date(day - 3600_000).toISOString()).value; // 06:30: before the hour
      expect(early.action).toBe('idle');
      const before = emu.world.mail.outbox.length;
      const run = runJob(emu, new Date(day).toISOString());
      const weekday = new Date(day + 7 * 3600_000).getUTCDay();
      if (weekday === 5 || FIRST_WORKING_DAYS.includes(iso)) extraCalls[iso] = run.cost.dataCalls;
      else calls.push(run.cost.dataCalls);
      const later = runJob(emu, new Date(day + 2 * 3600_000).toISOString()); // 09:30: done for the day
      expect(later.value.action).toBe('idle');
      expect(later.calls.total('spreadsheet')).toBe(0);
      mailDays.set(
        iso,
        mailSince(emu, before).map((m) => m.to.join(',')),
      );
    }
  });

  const sentOn = (iso: string) => mailDays.get(iso) ?? [];
  const keysOn = (iso: string, who: string) =>
    sentKeys(emu)
      .filter((k) => k.startsWith(`${iso} ${who} `))
      .map((k) => k.split(' ').slice(2).join(' '));

  it('sends nothing on weekends and on Tết, and does on the swapped Saturday', () => {
    for (const iso of ['2026-01-11', '2026-01-17', '2026-01-18', '2026-02-07', '2026-02-08'])
      expect(sentOn(iso)).toEqual([]);
    for (const iso of [
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ])
      expect(sentOn(iso)).toEqual([]);
    expect(sentOn('2026-01-10')).toContain(OFFICIAL);
  });

  it('never sends anyone two e-mails on one day', () => {
    for (const [, to] of mailDays) expect(new Set(to).size).toBe(to.length);
  });

  it('reminds the assignee before, on and after the deadline, counting the swapped Saturday', () => {
    // T1 due Monday 12/01: two working days before are Saturday 10/01 (worked) and Friday 09/01.
    expect(keysOn('2026-01-08', OFFICIAL).filter((k) => k.startsWith(T1))).toEqual([]);
    expect(keysOn('2026-01-09', OFFICIAL)).toContain(`${T1} due_soon`);
    expect(keysOn('2026-01-10', OFFICIAL)).toContain(`${T1} due_soon`);
    expect(keysOn('2026-01-12', OFFICIAL)).toContain(`${T1} due_today`);
    expect(keysOn('2026-01-13', OFFICIAL)).toContain(`${T1} overdue`);
    expect(keysOn('2026-01-13', LEADER)).toContain(`${T1} unit_overdue`);
    expect(keysOn('2026-01-13', FOLLOWER)).toContain(`${T1} unit_overdue`);
    // Reported on 14/01: the assigner and the follower are asked to confirm; confirmed on 16/01.
    expect(keysOn('2026-01-14', OFFICIAL).filter((k) => k.startsWith(T1))).toEqual([]);
    expect(keysOn('2026-01-14', LEADER)).toContain(`${T1} confirm`);
    expect(keysOn('2026-01-15', FOLLOWER)).toContain(`${T1} confirm`);
    expect(sentKeys(emu).filter((k) => k >= '2026-01-16' && k.includes(T1))).toEqual([]);
  });

  it('around Tết: due soon, due today on the last working day, overdue by one working day after', () => {
    expect(keysOn('2026-02-10', OFFICIAL)).toContain(`${T2} stale`);
    expect(keysOn('2026-02-11', OFFICIAL)).toContain(`${T2} due_soon`);
    expect(keysOn('2026-02-12', OFFICIAL)).toContain(`${T2} due_soon`);
    expect(keysOn('2026-02-13', OFFICIAL)).toContain(`${T2} due_today`);
    expect(keysOn('2026-02-23', OFFICIAL)).toContain(`${T2} overdue`);
    expect(keysOn('2026-02-23', LEADER)).toContain(`${T2} unit_overdue`);
    const mail = emu.world.mail.outbox.find(
      (m) => m.to[0] === OFFICIAL && new Date(m.at + 7 * 3600_000).toISOString().startsWith('2026-02-23'),
    )!;
    expect(mail.body).toContain('Hạn: 13/02/2026 · quá hạn 1 ngày làm việc');
  });

  it('sends the weekly summary to the office on the first working day of each week, none in the Tết week', () => {
    const summaryDays = sentKeys(emu)
      .filter((k) => k.includes(`${ADMIN} summary weekly`))
      .map((k) => k.slice(0, 10));
    expect(summaryDays).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-23',
    ]);
  });

  it('keeps the confidential title out of every e-mail, and a task once done out of the digests', () => {
    for (const m of emu.world.mail.outbox) {
      expect(m.htmlBody).not.toContain(SECRET);
      expect(m.body).not.toContain(SECRET);
      expect(m.subject).not.toContain(SECRET);
    }
    expect(keysOn('2026-01-19', OFFICIAL)).toContain(`${T3} due_soon`);
    expect(sentKeys(emu).filter((k) => k >= '2026-01-21' && k.includes(T3))).toEqual([]);
  });

  it('reads and writes the register in a fixed number of data calls a day', () => {
    expect(Math.max(...calls)).toBeLessThanOrEqual(13);
    // Fridays also read who handed in next week's plan (two calls); the month's first working day also
    // writes last month's evaluation forms and their audit line (four).
    const fridays = Object.entries(extraCalls).filter(([iso]) => !FIRST_WORKING_DAYS.includes(iso));
    expect(fridays).toHaveLength(8);
    expect(Math.max(...fridays.map(([, n]) => n))).toBeLessThanOrEqual(15);
    for (const iso of FIRST_WORKING_DAYS) expect(extraCalls[iso]).toBeLessThanOrEqual(17);
  });
});

describe('once', () => {
  function busyMorning(at = '2026-03-03T06:00:00+07:00'): Emulator {
    const emu = remindersRegister(at);
    addTasks(emu, [
      { title: 'Quá hạn', assignees: OFFICIAL, leadUnit: 'Văn phòng', deadline: '27/02/2026' },
      { title: 'Hôm nay', assignees: LEADER, deadline: '03/03/2026' },
      { title: 'Sắp đến', assignees: FOLLOWER, deadline: '05/03/2026' },
    ]);
    return emu;
  }

  it('the same day twice sends nothing twice, even when the day was not marked as done', () => {
    const emu = busyMorning();
    expect(runJob(emu, '2026-03-03T07:10:00+07:00').value.sent).toBe(3);
    expect(runJob(emu, '2026-03-03T08:10:00+07:00').value.action).toBe('idle');
    // As if the run had died after sending, before saving its progress: the log alone prevents repeats.
    editState(emu, (state) => ({ ...state, day: null, logTail: null }));
    const again = runJob(emu, '2026-03-03T09:10:00+07:00').value;
    expect(again).toMatchObject({ action: 'daily', sent: 0 });
    expect(emu.world.mail.outbox).toHaveLength(3);
    expect(logRows(emu).filter((r) => r.code === 'sent')).toHaveLength(3);
  });

  it('a run that finds the lock held by another run waits, gives up, and the next run sends once', () => {
    const emu = busyMorning();
    const other = emu.beginExecution({ as: ADMIN, at: '2026-03-03T07:09:00+07:00' });
    const lock = (other.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    const blocked = runJob(emu, '2026-03-03T07:10:00+07:00').value;
    expect(blocked.action).toBe('busy');
    expect(emu.world.mail.outbox).toEqual([]);
    other.end();
    expect(runJob(emu, '2026-03-03T08:10:00+07:00').value.sent).toBe(3);
    expect(runJob(emu, '2026-03-03T09:10:00+07:00').value.sent).toBe(0);
    expect(emu.world.mail.outbox).toHaveLength(3);
  });

  it('a service error after the 2nd e-mail: both are logged, the rerun sends the 3rd only', () => {
    const emu = busyMorning();
    const restore = failOnNthMail(emu, 3);
    const broken = runJob(emu, '2026-03-03T07:10:00+07:00').value;
    restore();
    expect(broken).toMatchObject({ action: 'daily', sent: 2 });
    expect(broken.deferred).toBe(1);
    expect(logRows(emu).map((r) => r.code)).toEqual(['sent', 'sent']);
    const status = emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!;
    expect(status.today!.complete).toBe(false);
    expect(status.warning).toContain('Service unavailable');
    const rerun = runJob(emu, '2026-03-03T08:10:00+07:00').value;
    expect(rerun.sent).toBe(1);
    const to = emu.world.mail.outbox.map((m) => m.to[0]);
    expect(to.sort()).toEqual([OFFICIAL, LEADER, FOLLOWER].sort());
    expect(emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!.warning).toBeNull();
  });

  it('an address Apps Script refuses fails alone, is logged, and is not retried; fixed, it is sent the next day', () => {
    const emu = busyMorning();
    const bad = 'truong.phong@ubnd'; // no top-level domain: "Invalid email"
    const fixed = 'truong.phong@ubnd.example.vn';
    // The task sheet checks addresses; the units sheet does not: a leader typed wrong gets the escalation.
    asUser(emu, (ss) => ss.getSheetByName('Đơn vị')!.getRange(2, 4).setValue(bad));
    const first = runJob(emu, '2026-03-03T07:10:00+07:00').value;
    expect(first).toMatchObject({ sent: 3, failed: 1 });
    expect(
      logRows(emu)
        .filter((r) => r.code === 'failed')
        .map((r) => r.to),
    ).toEqual([bad]);
    expect(emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!.warning).toContain(bad);
    expect(runJob(emu, '2026-03-03T08:10:00+07:00').value.action).toBe('idle');
    expect(emu.world.mail.outbox).toHaveLength(3);
    // The office fixes the address: the escalation reaches the leader with the next digest.
    asUser(emu, (ss) => ss.getSheetByName('Đơn vị')!.getRange(2, 4).setValue(fixed));
    const tomorrow = runJob(emu, '2026-03-04T07:10:00+07:00').value;
    expect(tomorrow.failed).toBe(0);
    const to = mailSince(emu, 3).map((m) => m.to[0]);
    expect(new Set(to).size).toBe(to.length);
    expect(to).toContain(fixed);
    expect(logRows(emu).filter((r) => r.code === 'failed')).toHaveLength(1);
  });

  it('rows of the log moved by hand: the whole log is read and nothing is sent twice', () => {
    const emu = busyMorning('2026-03-02T06:00:00+07:00');
    runJob(emu, '2026-03-02T07:10:00+07:00'); // Monday
    runJob(emu, '2026-03-03T07:10:00+07:00'); // Tuesday, 1st run: marks the day done
    const sent = emu.world.mail.outbox.length;
    // Two Monday rows deleted: Tuesday's rows move up past where the run would start reading.
    asUser(emu, (ss) => ss.getSheetByName(LOG)!.deleteRows(2, 2));
    editState(emu, (state) => ({ ...state, day: null }));
    expect(runJob(emu, '2026-03-03T09:10:00+07:00').value.sent).toBe(0);
    expect(emu.world.mail.outbox).toHaveLength(sent);
  });
});
