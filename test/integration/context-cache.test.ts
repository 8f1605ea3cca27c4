/**
 * The settings, holidays, staff and units kept in the document cache (src/gas/context-cache.ts): read
 * once, then two light calls per action, and never older than a hand edit that fires `onEdit`, nor
 * older than the cache's short life for one that does not.
 */
import { STAFF_COLUMNS } from '../../src/core/schema';
import { ADMIN, LEADER, OFFICIAL, appendByKey, setUpRegister, sheetValues } from './helpers';
import type { Emulator } from '../../emulator';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };
const TTL_MS = 300_000;

function assign(emu: Emulator): string {
  const reply = emu.run<Reply<{ task: { id: string } }>>(
    'assignTask',
    [
      {
        title: 'Rà soát',
        leadUnit: 'VP',
        assignees: [OFFICIAL],
        deadline: { mode: 'date', date: '2026-03-10' },
      },
    ],
    { as: LEADER },
  ).value;
  if (!reply.ok) throw new Error(reply.error);
  return reply.data.task.id;
}

const sidebar = (emu: Emulator, as: string) =>
  emu.run<Reply<{ me: { role: string } }>>('getSidebarState', [], { as });

/** A1 address of a person's cell in the staff sheet. */
function staffCell(emu: Emulator, email: string, key: string): string {
  const values = sheetValues(emu, 'Cán bộ');
  const row = values.findIndex((v) => v[0] === email) + 1;
  const col = values[0].indexOf(STAFF_COLUMNS.find((c) => c.key === key)!.vi);
  return `${String.fromCharCode(65 + col)}${row}`;
}

describe('the cached context', () => {
  it('is read from the four small sheets once, then costs no data call', () => {
    const emu = setUpRegister();
    const id = assign(emu);
    const first = emu.run('updateProgress', [id, { progress: 10 }], { as: OFFICIAL });
    const second = emu.run('updateProgress', [id, { progress: 20 }], { as: OFFICIAL });
    // The first update after the assignment already finds the copy the assignment made. (Its search for
    // the task's row, which the second finds from the row index, is not the context's.)
    const data = (r: typeof first) => r.cost.dataCalls - r.calls.count('TextFinder.findAll');
    expect(data(first)).toBe(data(second));
    emu.edit(ADMIN, (ui) => ui.setValue('Cài đặt', 'C2', 'Ủy ban nhân dân phường Một'));
    const afterEdit = emu.run('updateProgress', [id, { progress: 30 }], { as: OFFICIAL });
    expect(data(afterEdit)).toBe(data(second) + 4);
  });

  it('keeps a staff list too large for one cache value in parts: read once, then from the cache', () => {
    const emu = setUpRegister();
    appendByKey(
      emu,
      'Cán bộ',
      STAFF_COLUMNS,
      Array.from({ length: 1300 }, (_, i) => ({
        email: `nguoi.so${i}@ubnd.example.vn`,
        name: `Nguyễn Thị Hồng Nhung Số ${i} 🌸`,
        unit: 'VP',
        role: 'Cán bộ',
        position: 'Chuyên viên phòng Tư pháp',
        active: true,
      })),
    );
    const id = assign(emu);
    const first = emu.run('updateProgress', [id, { progress: 10 }], { as: OFFICIAL });
    const second = emu.run('updateProgress', [id, { progress: 20 }], { as: OFFICIAL });
    // The assignment read the four sheets and kept them (in parts, each under Google's 100 KB).
    expect(first.cost.cellsRead).toBeLessThan(200);
    expect(second.cost.cellsRead).toBeLessThan(200);
    const view = emu.run<Reply<{ me: { name: string } }>>('getSidebarState', [], {
      as: 'nguoi.so1299@ubnd.example.vn',
    }).value;
    expect(view.ok && view.data.me.name).toBe('Nguyễn Thị Hồng Nhung Số 1299 🌸');
  });

  it('follows a role changed by hand at once (onEdit)', () => {
    const emu = setUpRegister();
    const before = sidebar(emu, OFFICIAL).value;
    expect(before.ok && before.data.me.role).toBe('official');
    emu.edit(ADMIN, (ui) => ui.setValue('Cán bộ', staffCell(emu, OFFICIAL, 'role'), 'Chỉ xem'));
    const after = sidebar(emu, OFFICIAL).value;
    expect(after.ok && after.data.me.role).toBe('viewer');
  });

  it('refuses a person retired by hand at once (onEdit)', () => {
    const emu = setUpRegister();
    expect(sidebar(emu, OFFICIAL).value.ok).toBe(true);
    emu.edit(ADMIN, (ui) => ui.setValue('Cán bộ', staffCell(emu, OFFICIAL, 'active'), false));
    const reply = sidebar(emu, OFFICIAL).value;
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.code).toBe('auth.unknown');
  });

  it('sees a row deleted by hand (no onEdit) within the cache life, or at once after setup', () => {
    const emu = setUpRegister();
    expect(sidebar(emu, OFFICIAL).value.ok).toBe(true);
    const row = Number(staffCell(emu, OFFICIAL, 'email').slice(1));
    emu.edit(ADMIN, (ui) => ui.deleteRows('Cán bộ', row));
    // Google fires no onEdit for a deleted row: the copy made before still answers for a while…
    expect(sidebar(emu, OFFICIAL).value.ok).toBe(true);
    // …never longer than its life,
    emu.clock.advance(TTL_MS + 1000);
    expect(sidebar(emu, OFFICIAL).value.ok).toBe(false);
  });

  it('is renewed by setting the register up again (the admin applies a change at once)', () => {
    const emu = setUpRegister();
    expect(sidebar(emu, OFFICIAL).value.ok).toBe(true);
    const row = Number(staffCell(emu, OFFICIAL, 'email').slice(1));
    emu.edit(ADMIN, (ui) => ui.deleteRows('Cán bộ', row));
    expect(emu.run<Reply<unknown>>('adminSetup', [], { as: ADMIN }).value.ok).toBe(true);
    expect(sidebar(emu, OFFICIAL).value.ok).toBe(false);
  });

  it('follows the reminder hour the add-on writes', () => {
    const emu = setUpRegister();
    sidebar(emu, ADMIN);
    const reply = emu.run<Reply<{ hour: number }>>('installReminders', [9], { as: ADMIN }).value;
    expect(reply.ok && reply.data.hour).toBe(9);
    const settings = sheetValues(emu, 'Cài đặt');
    expect(settings.find((r) => r[0] === 'reminderHour')?.[2]).toBe(9);
    const status = emu.run<Reply<{ hour: number }>>('getReminderStatus', [], { as: ADMIN }).value;
    expect(status.ok && status.data.hour).toBe(9);
  });
});
