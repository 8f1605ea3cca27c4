/**
 * The reminders under each answer Google may give to the unconfirmed behaviours (docs/platform.md,
 * "Execution contexts"; the emulator's `answers`, docs/emulator.md), in an editor add-on and in a
 * template copy's bound script: install and turn off, the trigger recorded by its id, orphans, the
 * hourly job fired by its trigger, the wall board's web app, and a morning run that never came.
 */
import { Emulator, type ContextAnswers, type EmulatorOptions } from '../../emulator';
import { addonEmulator } from '../../playground/project';
import { ADMIN, addStaff, addTasks, addUnits, OFFICIAL } from './helpers';
import { editState, FOLLOWER, logRows, type JobResult, type Reply, type Status } from './reminders-helpers';

const INSTALLATIONS = ['addon', 'bound'] as const;
const YES_NO = [true, false];

function register(opts: EmulatorOptions, at = '2026-03-02T06:00:00+07:00'): Emulator {
  const emu = new Emulator(addonEmulator(opts)).loadBundle();
  emu.clock.set(at);
  emu.run('setup', [], { as: ADMIN });
  addUnits(emu, [{ code: 'VP', name: 'Văn phòng', leader: 'lanh.dao@ubnd.example.vn', follower: FOLLOWER }]);
  addStaff(emu, [
    { email: OFFICIAL, name: 'Nguyễn Thị Bích', unit: 'VP', role: 'Cán bộ thực hiện', active: true },
  ]);
  addTasks(emu, [{ title: 'Hạn hôm nay', assignees: OFFICIAL, deadline: '02/03/2026' }]);
  return emu;
}

const call = <T>(emu: Emulator, fn: string, args: unknown[] = [], as = ADMIN) =>
  emu.run<Reply<T>>(fn, args, { as }).value;
const install = (emu: Emulator) => call<Status>(emu, 'installReminders', [7]);
const status = (emu: Emulator, as = ADMIN) => call<Status>(emu, 'getReminderStatus', [], as).data!;
const ours = (emu: Emulator) => emu.world.triggers.triggers.filter((t) => t.handler === 'hourlyJob');
const recorded = (emu: Emulator) =>
  (
    JSON.parse(emu.world.properties.documents[emu.world.activeSpreadsheetId]['nhacviec.reminders']) as {
      triggerId: string;
    }
  ).triggerId;

/** A trigger of ours that is not the recorded one (left by an earlier install), made past the limits. */
function leftover(emu: Emulator): string {
  const first = ours(emu)[0];
  const id = String(9_000_000_000 + emu.world.triggers.nextId++);
  emu.world.triggers.triggers.push({ ...first, id });
  return id;
}

describe.each(INSTALLATIONS)('installed as %s', (installation) => {
  describe.each(YES_NO)('clock triggers listed by getUserTriggers: %s', (listed) => {
    const answers: Partial<ContextAnswers> = { clockTriggersInUserTriggers: listed };

    it('install twice: one trigger, the one recorded; turn off: none', () => {
      const emu = register({ installation, answers });
      expect(install(emu).ok).toBe(true);
      expect(install(emu).ok).toBe(true);
      expect(ours(emu)).toHaveLength(1);
      expect(recorded(emu)).toBe(ours(emu)[0].id);
      expect(status(emu)).toMatchObject({ on: true, mine: true, triggerFound: true });
      expect(call<Status>(emu, 'uninstallReminders').ok).toBe(true);
      expect(ours(emu)).toHaveLength(0);
      expect(recorded(emu)).toBe('');
    });

    it('an orphan goes: at its owner’s next action here, or at its own run', () => {
      const emu = register({ installation, answers });
      install(emu);
      const keep = recorded(emu);
      const orphan = leftover(emu);
      // The owner's action finds it when it is known to be this document's (bound, listed, mapped).
      status(emu);
      const seen = installation === 'bound' || listed;
      expect(ours(emu).map((t) => t.id)).toEqual(seen ? [keep] : [keep, orphan]);
      if (!seen) {
        const mails = emu.world.mail.outbox.length;
        const run = emu.runTrigger<JobResult>(orphan, { at: '2026-03-02T07:20:00+07:00' });
        expect(run.value.action).toBe('replaced');
        expect(ours(emu).map((t) => t.id)).toEqual([keep]);
        expect(emu.world.mail.outbox).toHaveLength(mails);
      }
      // The recorded trigger sends, once.
      const sent = emu.runTrigger<JobResult>(keep, { at: '2026-03-02T07:40:00+07:00' }).value.sent;
      expect(sent).toBeGreaterThan(0);
      expect(emu.runTrigger<JobResult>(keep, { at: '2026-03-02T08:40:00+07:00' }).value.sent).toBe(0);
      expect(emu.world.mail.outbox).toHaveLength(sent);
    });
  });

  describe.each(YES_NO)('an add-on’s time trigger sees its document: %s', (sees) => {
    const answers: Partial<ContextAnswers> = { addonTimeTriggerSeesDocument: sees };

    it('the hourly job sends once, or says to the admin it cannot', () => {
      const emu = register({ installation, answers });
      install(emu);
      const id = recorded(emu);
      const first = emu.runTrigger<JobResult>(id, { at: '2026-03-02T07:30:00+07:00' }).value;
      const again = emu.runTrigger<JobResult>(id, { at: '2026-03-02T08:30:00+07:00' }).value;
      const works = installation === 'bound' || sees;
      if (works) {
        expect(first.action).toBe('daily');
        expect(first.sent).toBeGreaterThan(0);
        expect(again.sent).toBe(0);
        expect(emu.world.mail.outbox).toHaveLength(first.sent);
        expect(status(emu).warning).toBeNull();
      } else {
        expect(first.action).toBe('error');
        expect(first.message).toContain('không thấy bảng tính');
        expect(again.action).toBe('error');
        // No reminder went, and nothing could be written in the register; the installer (an admin) is
        // e-mailed, once a day, and their self-check names it.
        const told = () => emu.world.mail.outbox.map((m) => `${m.to.join(',')} ${m.subject}`);
        expect(told()).toEqual([`${ADMIN} Nhắc Việc: nhắc việc không chạy được`]);
        expect(emu.world.mail.outbox[0].body).toContain('bản sao của sổ mẫu');
        emu.runTrigger<JobResult>(id, { at: '2026-03-03T07:30:00+07:00' });
        expect(told()).toHaveLength(2);
        const check = call<{ items: { key: string; status: string; detail: string }[] }>(emu, 'selfCheck');
        expect(check.data!.items.find((i) => i.key === 'trigger')).toMatchObject({
          status: 'fail',
          detail: expect.stringContaining('không thấy bảng tính'),
        });
        expect(status(emu).warning).toContain('không thấy bảng tính');
        // Another admin does not see the installer's note; turning off and on clears it.
        install(emu);
        expect(status(emu).warning ?? '').not.toContain('không thấy bảng tính');
      }
    });
  });

  describe.each(YES_NO)('a bound web app sees its spreadsheet: %s', (sees) => {
    const answers: Partial<ContextAnswers> = { boundWebAppSeesSpreadsheet: sees };

    it.each(['webappDeployer', 'webappVisitor'] as const)('the wall board, run as %s', (kind) => {
      const emu = register({ installation, answers });
      const as = kind === 'webappDeployer' ? ADMIN : '';
      const page = emu.run<{ getContent(): string }>('doGet', [{ parameter: {} }], { as, kind }).value;
      expect(page.getContent()).toContain('getWallboard');
      const reply = emu.run<Reply<unknown>>('getWallboard', [], { as, kind, effectiveUser: ADMIN }).value;
      const works = installation === 'bound' && sees;
      expect(reply.ok).toBe(works);
      if (!works) expect(reply.error).toBeTruthy();
    });
  });
});

describe('the recorded trigger', () => {
  it('a run from a trigger that is not the recorded one removes itself and sends nothing', () => {
    const emu = register({ installation: 'bound' });
    install(emu);
    const keep = recorded(emu);
    // A second trigger of the same owner (a bound script has no one-per-document limit).
    const { globals, end } = emu.beginExecution({ as: ADMIN });
    const app = globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    const stray = app.newTrigger('hourlyJob').timeBased().everyHours(1).create().getUniqueId();
    end();
    const run = emu.runTrigger<JobResult>(stray, { at: '2026-03-02T07:30:00+07:00' }).value;
    expect(run.action).toBe('replaced');
    expect(ours(emu).map((t) => t.id)).toEqual([keep]);
    expect(emu.world.mail.outbox).toHaveLength(0);
    expect(emu.runTrigger<JobResult>(keep, { at: '2026-03-02T07:40:00+07:00' }).value.sent).toBeGreaterThan(
      0,
    );
  });
});

describe('no silent stops', () => {
  it('a missed morning run shows in the status after 2 hours, and in the admin’s next digest', () => {
    const emu = register({ installation: 'addon' }, '2026-02-27T06:00:00+07:00');
    install(emu);
    // Friday: no run at all. Monday 08:30: not yet two hours past 7.
    emu.clock.set('2026-03-02T08:30:00+07:00');
    expect(status(emu).warning ?? '').not.toContain('quá 7 giờ');
    emu.clock.set('2026-03-02T09:05:00+07:00');
    expect(status(emu).warning).toContain('quá 7 giờ hơn 2 tiếng');
    // Monday 10:30, the first run: the weekly summary to the admin says so.
    const run = emu.runTrigger<JobResult>(recorded(emu), { at: '2026-03-02T10:30:00+07:00' }).value;
    expect(run.action).toBe('daily');
    const toAdmin = emu.world.mail.outbox.filter((m) => m.to.includes(ADMIN));
    expect(toAdmin).toHaveLength(1);
    const body = toAdmin[0].body;
    expect(body).toContain('trễ hơn 2 tiếng');
    expect(body).toContain('2026-02-27');
    expect(status(emu).warning ?? '').not.toContain('quá 7 giờ');
  });

  it('an admin with nothing else that day is told in a notice of its own, once, logged', () => {
    const emu = register({ installation: 'bound' }, '2026-03-02T06:00:00+07:00');
    install(emu);
    // Monday: no run. Tuesday (no weekly summary; nothing of the admin's is due) 07:30: the first run.
    const id = recorded(emu);
    emu.runTrigger<JobResult>(id, { at: '2026-03-03T07:30:00+07:00' });
    const toAdmin = () => emu.world.mail.outbox.filter((m) => m.to.includes(ADMIN));
    expect(toAdmin()).toHaveLength(1);
    expect(toAdmin()[0].subject).toContain('nhắc việc chạy không đều');
    expect(toAdmin()[0].body).toContain('Không có lần chạy nhắc việc nào vào các ngày làm việc: 2026-03-02');
    const logged = logRows(emu).filter((r) => r.to === ADMIN);
    expect(logged.map((r) => r.keys.map((k) => k.kind))).toEqual([['digest', 'health']]);
    // Later runs that day, and a healthy next day: nothing more to the admin.
    emu.runTrigger<JobResult>(id, { at: '2026-03-03T08:30:00+07:00' });
    emu.runTrigger<JobResult>(id, { at: '2026-03-04T07:30:00+07:00' });
    expect(toAdmin()).toHaveLength(1);
  });

  it('a failed run shows in the status', () => {
    const emu = register({ installation: 'bound' });
    install(emu);
    editState(emu, (s) => ({
      ...s,
      lastRun: {
        at: '2026-03-02T00:30:00.000Z',
        ok: false,
        message: 'Hỏng',
        sent: 0,
        deferred: 0,
        failed: 0,
        quotaLeft: null,
      },
    }));
    emu.clock.set('2026-03-02T07:45:00+07:00');
    expect(status(emu).warning).toContain('không thành công: Hỏng');
  });
});
