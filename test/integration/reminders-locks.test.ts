/**
 * Short locks (see the top of src/triggers/hourly-job.ts): the hourly run plans and claims under the
 * document lock and sends outside it. Other executions overlap the run while it sends — started from
 * inside its n-th e-mail, so the emulator's lock model sees both at once: a sidebar action is not
 * "busy", a second run sends nothing. A resumed day sends only what is left, without refreshing again.
 * A run killed while sending leaves at most `CHECKPOINT_EVERY` e-mails unrecorded: its checkpoints are
 * in its claim (or in the send log when the claim cannot hold them), and the next run logs them.
 */
import type { Emulator } from '../../emulator';
import { CHECKPOINT_EVERY } from '../../src/gas/reminders/claim';
import { ADMIN, LEADER, OFFICIAL, addTasks, queueValues } from './helpers';
import {
  FOLLOWER,
  documentProperty,
  duringNthMail,
  failOnNthMail,
  killAfterNthMail,
  logRows,
  mailSince,
  remindersRegister,
  runJob,
  type JobResult,
  type Reply,
  type Status,
} from './reminders-helpers';

const CLAIM = 'nhacviec.reminders.claim';

function busyMorning(): Emulator {
  const emu = remindersRegister('2026-03-03T06:00:00+07:00'); // Tuesday: no weekly summary
  addTasks(emu, [
    { title: 'Quá hạn', assignees: OFFICIAL, leadUnit: 'Văn phòng', deadline: '27/02/2026' },
    { title: 'Hôm nay', assignees: LEADER, deadline: '03/03/2026' },
    { title: 'Sắp đến', assignees: FOLLOWER, deadline: '05/03/2026' },
  ]);
  return emu;
}

const status = (emu: Emulator) => emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!;

describe('the hourly run sends outside the document lock', () => {
  it('a sidebar action while the run sends is not "busy", and what it queues goes out within the hour', () => {
    const emu = busyMorning();
    let reply: Reply<{ task?: { id: string } }> | null = null;
    let waited = 0;
    const restore = duringNthMail(emu, 2, () => {
      const before = emu.clock.now();
      reply = emu.run<Reply<{ task?: { id: string } }>>(
        'assignTask',
        [
          {
            title: 'Giao trong lúc gửi thư',
            leadUnit: 'VP',
            assignees: [OFFICIAL],
            deadline: { mode: 'date', date: '2026-03-20' },
          },
        ],
        { as: LEADER },
      ).value;
      waited = emu.clock.now() - before;
    });
    const run = runJob(emu, '2026-03-03T07:10:00+07:00').value;
    restore();
    expect(reply).toMatchObject({ ok: true });
    expect(waited).toBeLessThan(10_000); // did not wait out the lock's timeout
    expect(run).toMatchObject({ action: 'daily', sent: 3 });
    // The run read the queue again before rewriting it: the notification queued meanwhile is kept…
    expect(queueValues(emu).slice(1)).toHaveLength(1);
    expect(status(emu).today).toMatchObject({ complete: true });
    // …and the next hour sends it.
    const before = emu.world.mail.outbox.length;
    expect(runJob(emu, '2026-03-03T08:10:00+07:00').value).toMatchObject({ action: 'flush', sent: 1 });
    const sent = mailSince(emu, before);
    expect(sent.map((m) => m.to[0])).toEqual([OFFICIAL]);
    expect(sent[0].body).toContain('Giao trong lúc gửi thư');
    expect(queueValues(emu).slice(1)).toEqual([]);
  });

  it('a second run while the first sends plans nothing and sends nothing; each person gets one e-mail', () => {
    const emu = busyMorning();
    let second: { value: JobResult; dataCalls: number } | null = null;
    const restore = duringNthMail(emu, 1, () => {
      const r = emu.run<JobResult>('hourlyJob', [], { as: ADMIN });
      second = {
        value: r.value,
        dataCalls: r.calls.count('Range.getValues') + r.calls.count('Range.setValues'),
      };
    });
    const first = runJob(emu, '2026-03-03T07:10:00+07:00').value;
    restore();
    expect(second!.value).toMatchObject({ action: 'busy', sent: 0 });
    expect(second!.value.message).toContain('Một lần chạy khác đang gửi thư');
    // The day was begun by the first run: the second neither refreshed nor read the register.
    expect(second!.dataCalls).toBe(0);
    expect(first).toMatchObject({ action: 'daily', sent: 3 });
    const to = emu.world.mail.outbox.map((m) => m.to[0]);
    expect(to.sort()).toEqual([OFFICIAL, LEADER, FOLLOWER].sort());
    expect(logRows(emu).filter((r) => r.code === 'sent')).toHaveLength(3);
    expect(documentProperty(emu, CLAIM)).toBeNull(); // released
    expect(runJob(emu, '2026-03-03T08:10:00+07:00').value.action).toBe('idle');
  });

  it('a later run of an unfinished day sends what is left without refreshing or rewriting the statistics', () => {
    const emu = busyMorning();
    expect(emu.run<Reply<unknown>>('refreshStatisticsSheet', [], { as: ADMIN }).value.ok).toBe(true);
    const restoreMail = failOnNthMail(emu, 3);
    const first = runJob(emu, '2026-03-03T07:10:00+07:00');
    restoreMail();
    expect(first.value).toMatchObject({ action: 'daily', sent: 2 });
    const refreshed = documentProperty<{ at: string }>(emu, 'nhacviec.lastRefresh')!.at;
    const stats = documentProperty<{ at: string }>(emu, 'nhacviec.statsLastRun')!.at;
    expect(Date.parse(refreshed)).toBeGreaterThanOrEqual(Date.parse('2026-03-03T07:10:00+07:00'));

    const rerun = runJob(emu, '2026-03-03T08:10:00+07:00');
    expect(rerun.value).toMatchObject({ action: 'daily', sent: 1 });
    expect(documentProperty<{ at: string }>(emu, 'nhacviec.lastRefresh')!.at).toBe(refreshed);
    expect(documentProperty<{ at: string }>(emu, 'nhacviec.statsLastRun')!.at).toBe(stats);
    // Reading is what it costs: fewer Spreadsheet calls than the morning's refresh and statistics.
    expect(rerun.calls.total('spreadsheet')).toBeLessThan(first.calls.total('spreadsheet'));
    expect(status(emu).today).toMatchObject({ complete: true });
  });

  it(`a run killed while sending: nothing goes out while its claim stands, then at most ${CHECKPOINT_EVERY} e-mails go twice`, () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    const people = Array.from({ length: 50 }, (_, i) => `p${i + 1}@ubnd.example.vn`);
    addTasks(
      emu,
      people.map((p) => ({ title: 'Hạn hôm nay', assignees: p, deadline: '03/03/2026' })),
    );
    const killedAt = 2 * CHECKPOINT_EVERY + 5; // two checkpoints written, five e-mails after them
    const kill = killAfterNthMail(emu, killedAt);
    runJob(emu, '2026-03-03T07:30:00+07:00');
    kill.revive();
    expect(emu.world.mail.outbox).toHaveLength(killedAt);
    // The two checkpoints are in the claim, never released; the send log has nothing yet.
    expect(documentProperty<{ sent: unknown[] }>(emu, CLAIM)?.sent).toHaveLength(2 * CHECKPOINT_EVERY);
    expect(logRows(emu).filter((r) => r.code === 'sent')).toHaveLength(0);

    // While the claim stands (its run could still be alive), no run sends.
    const early = runJob(emu, '2026-03-03T07:34:00+07:00').value;
    expect(early).toMatchObject({ action: 'busy', sent: 0 });
    expect(emu.world.mail.outbox).toHaveLength(killedAt);

    // The next hour: the claim has lapsed; what is not in the log is sent, and the admins are told.
    const next = runJob(emu, '2026-03-03T08:30:00+07:00').value;
    expect(next).toMatchObject({ action: 'daily', sent: people.length - 2 * CHECKPOINT_EVERY });
    const count = new Map<string, number>();
    for (const m of emu.world.mail.outbox) count.set(m.to[0], (count.get(m.to[0]) ?? 0) + 1);
    expect([...count.keys()].sort()).toEqual([...people].sort());
    const twice = [...count].filter(([, n]) => n > 1).map(([p]) => p);
    expect(twice).toHaveLength(killedAt - 2 * CHECKPOINT_EVERY);
    expect(twice.length).toBeLessThanOrEqual(CHECKPOINT_EVERY);
    expect(Math.max(...count.values())).toBe(2);
    expect(status(emu).warning).toContain(`tối đa ${CHECKPOINT_EVERY} người`);
    expect(status(emu).today).toMatchObject({ complete: true });
    expect(documentProperty(emu, CLAIM)).toBeNull();
    // The claim's checkpoints reached the log: one row per person, each digest's marker among its keys.
    const sent = logRows(emu).filter((r) => r.code === 'sent');
    expect(sent.map((r) => r.to).sort()).toEqual([...people].sort());
    for (const r of sent) expect(r.keys.some((k) => k.taskId === '*' && k.kind === 'digest')).toBe(true);
    // Later runs of the day send nothing more.
    expect(runJob(emu, '2026-03-03T09:30:00+07:00').value.sent).toBe(0);
    expect(emu.world.mail.outbox).toHaveLength(people.length + killedAt - 2 * CHECKPOINT_EVERY);
  });

  it('checkpoints too large for the claim go to the send log, flushed before the next e-mail', () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    const people = Array.from({ length: 50 }, (_, i) => `p${i + 1}@ubnd.example.vn`);
    // Fifteen tasks each, with long ids typed by hand: twenty e-mails' task lists outgrow a property.
    addTasks(
      emu,
      people.flatMap((p, i) =>
        Array.from({ length: 15 }, (_, j) => ({
          id: `NV-${'X'.repeat(30)}-${i}-${j}`,
          title: 'Hạn hôm nay',
          assignees: p,
          deadline: '03/03/2026',
        })),
      ),
    );
    const killedAt = 2 * CHECKPOINT_EVERY + 5;
    const kill = killAfterNthMail(emu, killedAt);
    runJob(emu, '2026-03-03T07:30:00+07:00');
    kill.revive();
    expect(logRows(emu).filter((r) => r.code === 'sent')).toHaveLength(2 * CHECKPOINT_EVERY);
    expect(documentProperty<{ sent: unknown[] }>(emu, CLAIM)?.sent).toHaveLength(0);

    const next = runJob(emu, '2026-03-03T08:30:00+07:00').value;
    expect(next).toMatchObject({ action: 'daily', sent: people.length - 2 * CHECKPOINT_EVERY });
    const count = new Map<string, number>();
    for (const m of emu.world.mail.outbox) count.set(m.to[0], (count.get(m.to[0]) ?? 0) + 1);
    expect([...count.keys()].sort()).toEqual([...people].sort());
    expect([...count.values()].filter((n) => n > 1)).toHaveLength(killedAt - 2 * CHECKPOINT_EVERY);
    const sent = logRows(emu).filter((r) => r.code === 'sent');
    expect(new Set(sent.map((r) => r.to)).size).toBe(people.length);
  });

  it("a run that dies after its last log write: its claim's checkpoints are not logged twice, nothing goes twice", () => {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    const people = Array.from({ length: 50 }, (_, i) => `p${i + 1}@ubnd.example.vn`);
    addTasks(
      emu,
      people.map((p) => ({ title: 'Hạn hôm nay', assignees: p, deadline: '03/03/2026' })),
    );
    // Releasing the claim fails: the run ends with the log written and its claim (and checkpoints) standing.
    emu.faults.inject({
      on: 'Properties.deleteProperty',
      fn: 'hourlyJob',
      rate: 1,
      kind: 'server',
      limit: 1,
    });
    const first = runJob(emu, '2026-03-03T07:30:00+07:00').value;
    emu.faults.clear();
    expect(first.action).toBe('error');
    expect(emu.world.mail.outbox).toHaveLength(people.length);
    expect(documentProperty<{ sent: unknown[] }>(emu, CLAIM)?.sent.length).toBeGreaterThan(0);
    expect(logRows(emu).filter((r) => r.code === 'sent')).toHaveLength(people.length);

    // A notification queued later makes the next hour plan: it finds the lapsed claim, logs nothing again.
    emu.clock.set('2026-03-03T08:00:00+07:00');
    const assigned = emu.run<Reply<unknown>>(
      'assignTask',
      [
        {
          title: 'Giao sau',
          leadUnit: 'VP',
          assignees: [OFFICIAL],
          deadline: { mode: 'date', date: '2026-03-20' },
        },
      ],
      { as: LEADER },
    ).value;
    expect(assigned.ok).toBe(true);
    expect(runJob(emu, '2026-03-03T08:30:00+07:00').value).toMatchObject({ action: 'flush', sent: 1 });
    expect(emu.world.mail.outbox.slice(people.length).map((m) => m.to[0])).toEqual([OFFICIAL]);
    const sent = logRows(emu).filter((r) => r.code === 'sent');
    expect(sent).toHaveLength(people.length + 1);
    expect(new Set(sent.map((r) => r.to)).size).toBe(people.length + 1);
    expect(documentProperty(emu, CLAIM)).toBeNull();
  });
});
