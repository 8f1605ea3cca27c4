/**
 * Notifications queued by sidebar actions (assignment, extension decisions, send-backs): one e-mail per
 * person per hourly run, held on rest days and before the morning digest, folded into that digest.
 * `queueNotification` is called by the sidebar's actions, not by the add-on's menus or triggers, so
 * these tests load the product bundle with one extra test-only entry point that calls it.
 */
import type { Emulator } from '../../emulator';
import { ADMIN, LEADER, OFFICIAL, addTasks, queueValues } from './helpers';
import {
  FOLLOWER,
  bundleWithQueue,
  logRows,
  mailSince,
  remindersRegister,
  runJob,
} from './reminders-helpers';

const SOURCE = bundleWithQueue();
const queue = (emu: Emulator, n: Record<string, unknown>, as = LEADER, at?: string) =>
  emu.run<number>('queueForTest', [n], { as, ...(at ? { at } : {}) }).value;
const queued = (emu: Emulator) => queueValues(emu).slice(1);
const pendingFlag = (emu: Emulator) =>
  'nhacviec.notify.pending' in (emu.world.properties.documents[emu.world.activeSpreadsheetId] ?? {});

describe('notifications', () => {
  let emu: Emulator;
  beforeEach(() => {
    emu = remindersRegister('2026-03-06T06:00:00+07:00', { source: SOURCE }); // Friday
    addTasks(emu, [
      {
        id: 'NV-2026-0001',
        title: 'Rà soát hồ sơ đất đai',
        assigner: LEADER,
        assignees: OFFICIAL,
        deadline: '20/03/2026',
      },
      {
        id: 'NV-2026-0002',
        title: 'Hồ sơ mật',
        assigner: LEADER,
        assignees: OFFICIAL,
        deadline: '20/03/2026',
        confidential: true,
      },
    ]);
    runJob(emu, '2026-03-06T07:30:00+07:00'); // the morning's work is done
  });

  it('are sent within the hour, one e-mail per person for several events, and leave the queue', () => {
    const before = emu.world.mail.outbox.length;
    expect(
      queue(
        emu,
        { to: OFFICIAL, kind: 'assigned', taskId: 'NV-2026-0001', actor: LEADER, note: 'Làm gấp' },
        LEADER,
        '2026-03-06T10:00:00+07:00',
      ),
    ).toBe(1);
    expect(
      queue(emu, {
        to: [OFFICIAL, FOLLOWER],
        kind: 'sent_back',
        taskId: 'NV-2026-0002',
        actor: LEADER,
        note: 'thiếu phụ lục mật',
      }),
    ).toBe(2);
    expect(queued(emu)).toHaveLength(3);
    expect(pendingFlag(emu)).toBe(true);

    const run = runJob(emu, '2026-03-06T10:20:00+07:00').value;
    expect(run).toMatchObject({ action: 'flush', sent: 2 });
    const mails = mailSince(emu, before);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([FOLLOWER, OFFICIAL].sort());
    const toOfficial = mails.find((m) => m.to[0] === OFFICIAL)!;
    expect(toOfficial.subject).toBe('Nhắc Việc: 2 thông báo mới về nhiệm vụ');
    expect(toOfficial.body).toContain(
      'Trần Văn Lãnh giao cho đồng chí nhiệm vụ NV-2026-0001 · Rà soát hồ sơ đất đai.',
    );
    expect(toOfficial.body).toContain('Ghi chú: Làm gấp');
    expect(toOfficial.body).toContain('NV-2026-0002 · Nhiệm vụ mật');
    expect(toOfficial.body).not.toContain('thiếu phụ lục mật');
    expect(toOfficial.body).not.toContain('Hồ sơ mật');
    expect(queued(emu)).toEqual([]);
    expect(pendingFlag(emu)).toBe(false);
    expect(logRows(emu).filter((r) => r.outcome === 'Đã gửi').length).toBeGreaterThanOrEqual(2);

    // Nothing pending: the next hour reads no sheet.
    const idle = emu.run('hourlyJob', [], { as: ADMIN, at: '2026-03-06T11:20:00+07:00' });
    expect(idle.calls.total('spreadsheet')).toBe(0);
    expect(emu.world.mail.outbox).toHaveLength(before + 2);
  });

  it('wait over the weekend and go out with Monday’s digest, in the same e-mail', () => {
    queue(
      emu,
      { to: OFFICIAL, kind: 'extension_approved', taskId: 'NV-2026-0001', actor: LEADER },
      LEADER,
      '2026-03-07T10:00:00+07:00',
    );
    queue(
      emu,
      { to: OFFICIAL, kind: 'assigned', taskId: 'NV-2026-0001', actor: LEADER },
      LEADER,
      '2026-03-08T10:00:00+07:00',
    );
    const before = emu.world.mail.outbox.length;
    for (const at of ['2026-03-07T10:30:00+07:00', '2026-03-08T10:30:00+07:00', '2026-03-09T06:30:00+07:00'])
      runJob(emu, at);
    expect(emu.world.mail.outbox).toHaveLength(before);
    expect(queued(emu)).toHaveLength(2);

    // Monday morning: one e-mail to the official, the digest and both notifications together.
    addTasks(emu, [{ id: 'NV-2026-0003', title: 'Hạn thứ Tư', assignees: OFFICIAL, deadline: '11/03/2026' }]);
    runJob(emu, '2026-03-09T07:30:00+07:00');
    const toOfficial = mailSince(emu, before).filter((m) => m.to[0] === OFFICIAL);
    expect(toOfficial).toHaveLength(1);
    expect(toOfficial[0].subject).toBe('Nhắc việc ngày 09/03/2026: 1 sắp đến hạn, 2 thông báo mới');
    expect(toOfficial[0].body).toContain('Trần Văn Lãnh đồng ý gia hạn nhiệm vụ NV-2026-0001');
    expect(queued(emu)).toEqual([]);
    const row = logRows(emu).find((r) => r.to === OFFICIAL && r.keys.some((k) => k.iso === '2026-03-09'))!;
    expect(row.keys.filter((k) => k.kind.startsWith('notify-'))).toHaveLength(2);
  });

  it('are not sent to the person who acted, and refuse unknown kinds and missing recipients', () => {
    expect(queue(emu, { to: LEADER, kind: 'confirmed', taskId: 'NV-2026-0001', actor: LEADER })).toBe(0);
    expect(() =>
      queue(emu, { to: OFFICIAL, kind: 'nonsense', taskId: 'NV-2026-0001', actor: LEADER }),
    ).toThrow(/Loại thông báo không hợp lệ/);
    expect(() => queue(emu, { to: 'not an address', kind: 'assigned', taskId: 'NV-2026-0001' })).toThrow(
      /ít nhất một người nhận/,
    );
    expect(queued(emu)).toEqual([]);
  });
});
