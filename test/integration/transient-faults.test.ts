/**
 * Google's transient errors in the middle of each kind of action, on the built bundle (the emulator
 * injects them: emulator/faults.ts). Either the action succeeds after a retry, or the person gets a
 * clear Vietnamese message and the register is consistent: no half row, no audit line without its
 * change, no change without its audit line, no e-mail twice.
 */
import { evictAll } from '../../emulator/services/cache';
import type { Emulator } from '../../emulator';
import {
  ADMIN,
  LEADER,
  OFFICIAL,
  addTasks,
  auditAfterSetup,
  setUpRegister,
  sheetValues,
  taskRecords,
  queueValues,
} from './helpers';
import { QUEUE, logRows, remindersRegister, runJob, type Reply } from './reminders-helpers';

const TRANSIENT = /Google Sheets đang tạm thời lỗi \(đã thử lại mấy lần\): thao tác chưa được lưu/;
/** More failures than the add-on's tries (1 + 2 retries). */
const ALWAYS = 3;

function register(): Emulator {
  return setUpRegister('2026-03-02T08:00:00+07:00'); // a Monday
}
const basic = {
  title: 'Báo cáo tổng kết công tác năm 2026',
  leadUnit: 'VP',
  assignees: [OFFICIAL],
  deadline: { mode: 'date', date: '2026-03-10' },
};
function call<T>(emu: Emulator, as: string, fn: string, ...args: unknown[]): Reply<T> {
  return emu.run<Reply<T>>(fn, args, { as }).value;
}
/** Task rows with content (a row emptied again is no task). */
const tasks = (emu: Emulator) => taskRecords(emu).filter((r) => String(r.id ?? '') !== '');
/** The task sheet as text, row by row. */
const taskSheet = (emu: Emulator) => sheetValues(emu, 'Nhiệm vụ').map((r) => r.map((v) => String(v)));
const queued = (emu: Emulator) => queueValues(emu).length - 1;

function assigned(emu: Emulator): string {
  const r = call<{ task: { id: string } }>(emu, LEADER, 'assignTask', basic);
  if (!r.ok) throw new Error(r.error);
  return r.data!.task.id;
}

describe('assigning', () => {
  it('a read that times out is tried again: the task is assigned once', () => {
    const emu = register();
    const audit = auditAfterSetup(emu).length;
    emu.faults.inject({ on: 'Range.getValues', at: 1, fn: 'assignTask' });
    const r = call<{ message: string }>(emu, LEADER, 'assignTask', basic);
    expect(r.ok).toBe(true);
    expect(emu.faults.log).toHaveLength(1);
    expect(tasks(emu)).toHaveLength(1);
    expect(auditAfterSetup(emu)).toHaveLength(audit + 1);
  });

  it('an audit line that cannot be written: the new row is emptied again, and the person is told', () => {
    const emu = register();
    const audit = auditAfterSetup(emu).length;
    // The audit line, its notice and the id counter are one write of the document properties.
    emu.faults.inject({ on: 'Properties.setProperties', at: 1, times: ALWAYS, fn: 'assignTask' });
    const r = call(emu, LEADER, 'assignTask', basic);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(TRANSIENT);
    expect(tasks(emu)).toEqual([]);
    expect(auditAfterSetup(emu)).toHaveLength(audit);
    expect(queued(emu)).toBe(0);
    // Google is back: the next try assigns it (a new id: ids are never reused).
    emu.faults.clear();
    expect(call(emu, LEADER, 'assignTask', basic).ok).toBe(true);
    expect(tasks(emu)).toHaveLength(1);
    expect(auditAfterSetup(emu)).toHaveLength(audit + 1);
  });

  it('a notice travels with its audit line: a move to the queue that fails leaves it waiting, moved once later', () => {
    const emu = register();
    expect(call(emu, LEADER, 'assignTask', basic).ok).toBe(true);
    expect(queued(emu)).toBe(1); // waiting in the properties with the audit line
    // The admin's check moves the waiting lines; Google keeps failing on the queue's write. The move
    // stops, the check goes on over the sheet's lines and the waiting one.
    emu.faults.inject({ on: 'Range.setValues', at: 1, times: ALWAYS, fn: 'checkAuditLog' });
    const cut = call<{ ok: boolean }>(emu, ADMIN, 'checkAuditLog');
    expect(cut).toMatchObject({ ok: true, data: { ok: true } });
    expect(queued(emu)).toBe(1);
    expect(auditAfterSetup(emu)).toHaveLength(1);
    emu.faults.clear();
    expect(call(emu, ADMIN, 'checkAuditLog').ok).toBe(true);
    const sheetRows = sheetValues(emu, QUEUE)
      .slice(1)
      .filter((r) => r[0] !== '');
    expect(sheetRows.map((r) => r[3])).toEqual(['assigned']);
    expect(queued(emu)).toBe(1);
    expect(auditAfterSetup(emu)).toHaveLength(1);
  });
});

describe('updating and confirming', () => {
  it('a row write that times out (whether or not it happened) is written again: one change, one line', () => {
    for (const tookEffect of [false, true]) {
      const emu = register();
      const id = assigned(emu);
      const audit = auditAfterSetup(emu).length;
      emu.faults.inject({ on: 'Range.setValues', at: 1, fn: 'updateProgress', tookEffect });
      const r = call(emu, OFFICIAL, 'updateProgress', id, { progress: 40, note: 'Đã có số liệu' });
      expect(r.ok).toBe(true);
      expect(tasks(emu)[0].progress).toBe(0.4);
      expect(auditAfterSetup(emu)).toHaveLength(audit + 1);
    }
  });

  it('an audit line that cannot be written: the row goes back as it was, and the person is told', () => {
    const emu = register();
    const id = assigned(emu);
    const before = taskSheet(emu);
    const audit = auditAfterSetup(emu).length;
    emu.faults.inject({ on: 'Properties.setProperties', at: 1, times: ALWAYS, fn: 'updateProgress' });
    const r = call(emu, OFFICIAL, 'updateProgress', id, { progress: 40 });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(TRANSIENT);
    expect(taskSheet(emu)).toEqual(before);
    expect(auditAfterSetup(emu)).toHaveLength(audit);
  });

  it('a confirmation whose search for the task fails is confirmed after a retry, once', () => {
    const emu = register();
    const id = assigned(emu);
    expect(call(emu, OFFICIAL, 'reportResult', id, { result: 'Đã xong' }).ok).toBe(true);
    const audit = auditAfterSetup(emu).length;
    evictAll(emu.world.cache); // no row hint (src/gas/row-index.ts): the task is searched
    emu.faults.inject({ on: 'TextFinder.findAll', at: 1, fn: 'confirmTask', kind: 'server' });
    const r = call<{ task: { status: string } }>(emu, LEADER, 'confirmTask', id);
    expect(r.ok ? '' : r.error).toBe('');
    expect(emu.faults.log).toHaveLength(1);
    expect(auditAfterSetup(emu)).toHaveLength(audit + 1);
  });

  it('a search for the task that keeps failing: refused in words, nothing written', () => {
    const emu = register();
    const id = assigned(emu);
    const before = taskSheet(emu);
    const audit = auditAfterSetup(emu).length;
    evictAll(emu.world.cache); // no row hint (src/gas/row-index.ts): the task is searched
    emu.faults.inject({ on: 'TextFinder.findAll', at: 1, times: ALWAYS, fn: 'updateProgress' });
    const r = call(emu, OFFICIAL, 'updateProgress', id, { progress: 40 });
    expect(r.ok ? '' : r.error).toMatch(TRANSIENT);
    expect(taskSheet(emu)).toEqual(before);
    expect(auditAfterSetup(emu)).toHaveLength(audit);
  });

  it('the document lock that fails to answer is asked again', () => {
    const emu = register();
    const id = assigned(emu);
    emu.faults.inject({ on: 'Lock.tryLock', at: 1, fn: 'updateProgress', kind: 'address' });
    expect(call(emu, OFFICIAL, 'updateProgress', id, { progress: 10 }).ok).toBe(true);
    expect(emu.faults.log.map((f) => f.message)).toEqual(['Address unavailable']);
  });
});

describe("the sidebar's first screen", () => {
  it('opens after a read that timed out', () => {
    const emu = register();
    assigned(emu);
    emu.faults.inject({ on: 'Range.getValues', at: 1, fn: 'getSidebarState' });
    const r = call<{ mine: { id: string }[] }>(emu, OFFICIAL, 'getSidebarState');
    expect(r.ok).toBe(true);
    expect(r.data!.mine).toHaveLength(1);
  });

  it('opens when the cache keeps failing (the sheets are read) and a property read fails once', () => {
    const emu = register();
    assigned(emu);
    emu.faults.inject({ on: 'cache', rate: 1, fn: 'getSidebarState' });
    emu.faults.inject({ on: 'Properties.getProperties', at: 1, fn: 'getSidebarState' });
    const r = call<{ mine: { id: string }[] }>(emu, OFFICIAL, 'getSidebarState');
    expect(r.ok ? '' : r.error).toBe('');
    expect(r.data!.mine).toHaveLength(1);
    expect(emu.faults.log.length).toBeGreaterThan(1);
  });

  it('when Google keeps failing, says so in Vietnamese (no stack trace)', () => {
    const emu = register();
    emu.faults.inject({ on: 'spreadsheet', rate: 1, fn: 'getSidebarState' });
    const r = call(emu, OFFICIAL, 'getSidebarState');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^Google (Sheets )?đang tạm thời lỗi/);
    expect(r.error).not.toMatch(/\bat \w+ \(/);
  });
});

describe('the hourly job', () => {
  function busyMorning(): Emulator {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    addTasks(emu, [
      { title: 'Quá hạn', assignees: OFFICIAL, leadUnit: 'Văn phòng', deadline: '27/02/2026' },
      { title: 'Hôm nay', assignees: LEADER, deadline: '03/03/2026' },
      { title: 'Sắp đến', assignees: 'theo.doi@ubnd.example.vn', deadline: '05/03/2026' },
    ]);
    return emu;
  }

  it('plans after a read that timed out, and sends each e-mail once', () => {
    const emu = busyMorning();
    emu.faults.inject({ on: 'Range.getValues', at: 2, fn: 'hourlyJob' });
    expect(runJob(emu, '2026-03-03T07:10:00+07:00').value.sent).toBe(3);
    expect(emu.faults.log).toHaveLength(1);
    expect(emu.world.mail.outbox).toHaveLength(3);
  });

  it('a send that fails is never repeated in the run: the run stops, the next one sends the rest once', () => {
    const emu = busyMorning();
    emu.faults.inject({ on: 'MailApp.sendEmail', at: 2, fn: 'hourlyJob', limit: 1 });
    const broken = runJob(emu, '2026-03-03T07:10:00+07:00').value;
    expect(broken.sent).toBe(1);
    expect(emu.world.mail.outbox).toHaveLength(1);
    expect(logRows(emu).map((r) => r.code)).toEqual(['sent']);
    expect(runJob(emu, '2026-03-03T08:10:00+07:00').value.sent).toBe(2);
    const to = emu.world.mail.outbox.map((m) => m.to[0]);
    expect(new Set(to).size).toBe(3);
  });

  it('"too many times for one day" stops sending: the rest waits for the quota, nothing is sent twice', () => {
    const emu = busyMorning();
    emu.faults.inject({ on: 'MailApp.sendEmail', at: 2, fn: 'hourlyJob', kind: 'quota', limit: 1 });
    const r = runJob(emu, '2026-03-03T07:10:00+07:00').value;
    expect(r.sent).toBe(1);
    expect(r.deferred).toBe(2);
    expect(emu.world.mail.outbox).toHaveLength(1);
    runJob(emu, '2026-03-04T07:10:00+07:00');
    const to = emu.world.mail.outbox.map((m) => `${m.to[0]} ${m.subject}`);
    expect(new Set(to).size).toBe(to.length);
  });
});
