/**
 * Each person's first screen kept in the document cache (src/gas/screen-cache.ts): an open with a kept
 * screen reads no row, and what it shows is what a fresh computation from the register shows — after
 * actions by others, a hand edit, a deleted row, a change to the staff sheet, and a new day.
 */
import { Emulator } from '../../emulator';
import { evictAll } from '../../emulator/services/cache';
import { ADDON_EMULATOR } from '../../playground/project';
import { TASK_COLUMNS } from '../../src/core/schema';
import { fromParts } from '../../src/gas/cache-parts';
import { PACK_PEOPLE } from '../../src/gas/screen-cache';
import type { SidebarState } from '../../src/server/sidebar';
import {
  ADMIN,
  LEADER,
  OFFICIAL,
  addStaff,
  addUnits,
  holdDocumentLock,
  setUpRegister,
  sheetValues,
} from './helpers';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
const OTHER = 'can.bo.khac@ubnd.example.vn';

function open(emu: Emulator, as: string) {
  const r = emu.run<Reply<SidebarState>>('getSidebarState', [], { as });
  if (!r.value.ok) throw new Error(r.value.error);
  return { state: r.value.data, cost: r.cost };
}

/** The screen computed afresh: the same world with the cache emptied. */
function fresh(emu: Emulator, as: string): SidebarState {
  const copy = new Emulator({ ...ADDON_EMULATOR, world: structuredClone(emu.world) }).loadBundle();
  copy.clock.set(emu.clock.now());
  evictAll(copy.world.cache);
  const r = open(copy, as);
  expect(r.cost.dataCalls).toBeGreaterThan(0); // it did read the register
  return r.state;
}

/** A kept screen: no data call, and equal to the fresh one. */
function expectKept(emu: Emulator, as: string): SidebarState {
  const r = open(emu, as);
  expect(r.cost.dataCalls).toBe(0);
  expect(r.state).toEqual(fresh(emu, as));
  return r.state;
}

function call(emu: Emulator, as: string, fn: string, ...args: unknown[]) {
  const r = emu.run<Reply<{ task: { id: string } }>>(fn, args, { as }).value;
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

const assign = (emu: Emulator, title: string, deadline = '2026-03-10') =>
  call(emu, LEADER, 'assignTask', {
    title,
    leadUnit: 'VP',
    assignees: [OFFICIAL],
    deadline: { mode: 'date', date: deadline },
  }).task.id;

/** The A1 address of a task's cell. */
function cellOf(emu: Emulator, id: string, key: string): string {
  const values = sheetValues(emu, 'Nhiệm vụ');
  const col = values[0].indexOf(TASK_COLUMNS.find((c) => c.key === key)!.vi);
  const idCol = values[0].indexOf(TASK_COLUMNS.find((c) => c.key === 'id')!.vi);
  const row = values.findIndex((r) => r[idCol] === id) + 1;
  return `${String.fromCharCode(65 + col)}${row}`;
}

const ids = (views: { id: string }[]) => views.map((v) => v.id).sort();

function office(): { emu: Emulator; tasks: string[] } {
  const emu = setUpRegister();
  addStaff(emu, [{ email: OTHER, name: 'Lê Văn Khác', unit: 'VP', role: 'Cán bộ thực hiện', active: true }]);
  const tasks = [
    assign(emu, 'Rà soát hồ sơ'),
    assign(emu, 'Báo cáo quý', '2026-03-03'),
    assign(emu, 'Tổng hợp'),
  ];
  return { emu, tasks };
}

describe('the first screen, kept', () => {
  it('a second open reads no row and shows what the first computed', () => {
    const { emu } = office();
    const cold = open(emu, LEADER);
    expect(cold.cost.cellsRead).toBeGreaterThan(100);
    const warm = open(emu, LEADER);
    expect(warm.cost.dataCalls).toBe(0);
    expect(warm.cost.cellsRead).toBe(0);
    expect(warm.state).toEqual(cold.state);
  });

  it('follows assignments, updates, reports and confirmations by others', () => {
    const { emu, tasks } = office();
    for (const p of [ADMIN, LEADER, OFFICIAL, OTHER]) open(emu, p);
    const id = assign(emu, 'Việc mới');
    expect(ids(expectKept(emu, OFFICIAL).mine)).toContain(id);
    expectKept(emu, OTHER);
    call(emu, OFFICIAL, 'updateProgress', tasks[0], { progress: 60 });
    expect(expectKept(emu, LEADER).mine.find((v) => v.id === tasks[0])?.progress).toBe(60);
    call(emu, OFFICIAL, 'reportResult', tasks[1], { result: 'Đã gửi báo cáo' });
    expect(ids(expectKept(emu, LEADER).pending)).toEqual([tasks[1]]);
    call(emu, LEADER, 'confirmTask', tasks[1]);
    const official = expectKept(emu, OFFICIAL);
    expect(official.mine.find((v) => v.id === tasks[1])?.status).toMatch(/^done_/);
    expect(expectKept(emu, LEADER).pending).toEqual([]);
    expectKept(emu, ADMIN);
  });

  it('follows one cell typed by hand: a text, a date, a number', () => {
    const { emu, tasks } = office();
    for (const p of [LEADER, OFFICIAL]) open(emu, p);
    emu.edit(ADMIN, (ui) => ui.setValue('Nhiệm vụ', cellOf(emu, tasks[0], 'title'), 'Rà soát hồ sơ đất đai'));
    expect(expectKept(emu, OFFICIAL).mine.find((v) => v.id === tasks[0])?.title).toBe(
      'Rà soát hồ sơ đất đai',
    );
    // A date: its value before is not in the event; the task as the packs hold it stands for it.
    emu.edit(ADMIN, (ui) => ui.setValue('Nhiệm vụ', cellOf(emu, tasks[1], 'deadline'), '20/03/2026'));
    expectKept(emu, LEADER); // no row read, and the same as computed afresh
    const official = expectKept(emu, OFFICIAL).mine.find((v) => v.id === tasks[1]);
    expect([official?.deadline, official?.status]).toEqual(['2026-03-20', 'in_progress']);
    // A number.
    emu.edit(ADMIN, (ui) => ui.setValue('Nhiệm vụ', cellOf(emu, tasks[2], 'progress'), 0.5));
    expect(expectKept(emu, OFFICIAL).mine.find((v) => v.id === tasks[2])?.progress).toBe(50);
  });

  it('a date typed by hand on a task no screen lists (an archived one): the screens that count it are built again', () => {
    const { emu, tasks } = office();
    call(emu, LEADER, 'archiveTask', tasks[2], { reason: 'Không còn cần' });
    for (const p of [LEADER, OFFICIAL]) open(emu, p);
    const before = expectKept(emu, OFFICIAL);
    expect(before.counts.archived).toBe(1); // counted, listed nowhere: no pack holds it
    emu.edit(ADMIN, (ui) => ui.setValue('Nhiệm vụ', cellOf(emu, tasks[2], 'deadline'), '01/03/2026'));
    for (const p of [LEADER, OFFICIAL]) {
      const r = open(emu, p);
      expect(r.cost.dataCalls).toBeGreaterThan(0); // dropped: no pack knew what it counted it as
      expect(r.state).toEqual(fresh(emu, p));
    }
  });

  it.each([true, false])(
    'a cell typed by hand is patched in, whether the trigger gets the document lock or not (%s: unconfirmed for an add-on)',
    (gets) => {
      const { emu, tasks } = office();
      emu.world.answers = { ...emu.world.answers, addonSimpleTriggerGetsDocumentLock: gets };
      for (const p of [LEADER, OFFICIAL]) open(emu, p);
      const edit = emu.edit(ADMIN, (ui) =>
        ui.setValue('Nhiệm vụ', cellOf(emu, tasks[0], 'title'), 'Rà soát hồ sơ đất đai'),
      );
      expect(edit.triggers.filter((r) => r.handler === 'onEdit').map((r) => r.ok)).toEqual([true]);
      expect(expectKept(emu, OFFICIAL).mine.find((v) => v.id === tasks[0])?.title).toBe(
        'Rà soát hồ sơ đất đai',
      );
    },
  );

  it('a cell typed by hand while an action holds the register: the screens go, none shows the cell as it was', () => {
    const { emu, tasks } = office();
    for (const p of [LEADER, OFFICIAL]) open(emu, p);
    // Another execution holds the document lock for longer than an edit waits (an action running long).
    const other = holdDocumentLock(emu, ADMIN, 60_000);
    emu.edit(ADMIN, (ui) => ui.setValue('Nhiệm vụ', cellOf(emu, tasks[0], 'title'), 'Rà soát hồ sơ đất đai'));
    other.end();
    const after = open(emu, OFFICIAL);
    expect(after.cost.dataCalls).toBeGreaterThan(0); // dropped: read afresh
    expect(after.state.mine.find((v) => v.id === tasks[0])?.title).toBe('Rà soát hồ sơ đất đai');
  });

  it('a task made confidential by hand leaves the screen of whoever may no longer see it', () => {
    const { emu, tasks } = office();
    const before = open(emu, OTHER).state; // a member of the lead unit: sees the unit's tasks
    expect(before.visibleTotal).toBe(3);
    open(emu, OFFICIAL);
    emu.edit(ADMIN, (ui) => ui.setValue('Nhiệm vụ', cellOf(emu, tasks[1], 'confidential'), true));
    const after = expectKept(emu, OTHER);
    expect(after.visibleTotal).toBe(2);
    expect(JSON.stringify(after)).not.toContain(tasks[1]);
    expect(JSON.stringify(after)).not.toContain('Báo cáo quý');
    expect(ids(expectKept(emu, OFFICIAL).mine)).toContain(tasks[1]); // the assignee still sees it
  });

  it('a row deleted by hand (no trigger fires): the next open reads the register again', () => {
    const { emu, tasks } = office();
    open(emu, OFFICIAL);
    const row = Number(cellOf(emu, tasks[0], 'id').slice(1));
    emu.edit(ADMIN, (ui) => ui.deleteRows('Nhiệm vụ', row));
    const after = open(emu, OFFICIAL);
    expect(after.cost.dataCalls).toBeGreaterThan(0);
    expect(ids(after.state.mine)).toEqual([tasks[1], tasks[2]].sort());
    // An action after the deletion does not patch screens of the register before it.
    open(emu, LEADER);
    emu.edit(ADMIN, (ui) => ui.deleteRows('Nhiệm vụ', row));
    call(emu, OFFICIAL, 'updateProgress', tasks[2], { progress: 30 });
    expect(open(emu, LEADER).state).toEqual(fresh(emu, LEADER));
  });

  it("rows deleted by hand during the day: the next hourly run that sends nothing builds everyone's again", () => {
    const { emu, tasks } = office();
    call(emu, ADMIN, 'installReminders', 7);
    emu.run('hourlyJob', [], { as: ADMIN }); // the morning run: everyone's screen kept
    expectKept(emu, LEADER);
    const row = Number(cellOf(emu, tasks[0], 'id').slice(1));
    emu.edit(ADMIN, (ui) => ui.deleteRows('Nhiệm vụ', row));
    expect(open(emu, OFFICIAL).cost.dataCalls).toBeGreaterThan(0); // cold: the size changed
    // Without the rebuild the leader would open cold too; the quiet hour builds every screen.
    emu.clock.advance(3600_000);
    const hour = emu.run<{ action: string }>('hourlyJob', [], { as: ADMIN });
    expect(hour.value.action).toBe('idle');
    expect(hour.cost.cellsRead).toBeGreaterThan(0);
    expectKept(emu, LEADER);
    expectKept(emu, OTHER);
    // Once built, the next quiet hour reads no sheet again.
    emu.clock.advance(3600_000);
    expect(emu.run('hourlyJob', [], { as: ADMIN }).calls.total('spreadsheet')).toBe(0);
  });

  it("a change to the staff sheet: the next hourly run that sends nothing keeps everyone's screen again", () => {
    const { emu } = office();
    call(emu, ADMIN, 'installReminders', 7);
    emu.run('hourlyJob', [], { as: ADMIN }); // the morning run: everyone's screen kept
    expectKept(emu, LEADER);
    const staff = sheetValues(emu, 'Cán bộ');
    const row = staff.findIndex((r) => r[0] === OTHER) + 1;
    const nameCol = staff[0].indexOf('Họ và tên');
    emu.edit(ADMIN, (ui) =>
      ui.setValue('Cán bộ', `${String.fromCharCode(65 + nameCol)}${row}`, 'Lê Văn Khác'),
    );
    emu.clock.advance(3600_000);
    expect(emu.run<{ action: string }>('hourlyJob', [], { as: ADMIN }).value.action).toBe('idle');
    expectKept(emu, LEADER);
    expectKept(emu, OFFICIAL);
  });

  it('a change to the staff sheet makes every screen be computed again', () => {
    const { emu } = office();
    open(emu, OTHER);
    const staff = sheetValues(emu, 'Cán bộ');
    const row = staff.findIndex((r) => r[0] === OTHER) + 1;
    const roleCol = staff[0].indexOf('Vai trò');
    emu.edit(ADMIN, (ui) => ui.setValue('Cán bộ', `${String.fromCharCode(65 + roleCol)}${row}`, 'Chỉ xem'));
    const after = open(emu, OTHER);
    expect(after.cost.cellsRead).toBeGreaterThan(100);
    expect(after.state.me.role).toBe('viewer');
    expect(after.state).toEqual(fresh(emu, OTHER));
  });

  it("a new day: yesterday's screen is never shown, and the daily refresh keeps everyone's", () => {
    const { emu, tasks } = office();
    open(emu, LEADER);
    emu.clock.advance(24 * 3600_000); // 03/03: the second task is due today
    const today = open(emu, LEADER);
    expect(today.cost.cellsRead).toBeGreaterThan(100);
    expect(today.state.today).toBe('2026-03-03');
    expect(today.state).toEqual(fresh(emu, LEADER));
    emu.clock.advance(24 * 3600_000); // 04/03: now overdue
    emu.run('dailyJob', [], { as: ADMIN });
    const kept = expectKept(emu, OFFICIAL);
    expect(kept.mine.find((v) => v.id === tasks[1])?.status).toBe('overdue');
    expectKept(emu, OTHER);
  });
});

describe('every screen kept, in packs', () => {
  /** The office, with `n` officials of another unit (who see none of its tasks), after the morning run. */
  function large(n: number) {
    const { emu, tasks } = office();
    addUnits(emu, [{ code: 'KT', name: 'Kế toán' }]);
    const kt = Array.from({ length: n }, (_, i) => `ke.toan${String(i).padStart(3, '0')}@ubnd.example.vn`);
    addStaff(
      emu,
      kt.map((email, i) => ({
        email,
        name: `Kế toán ${i}`,
        unit: 'KT',
        role: 'Cán bộ thực hiện',
        active: true,
      })),
    );
    emu.clock.advance(24 * 3600_000);
    emu.run('dailyJob', [], { as: ADMIN });
    return { emu, tasks, kt };
  }

  /** The packs in the cache: each one's keys and the people whose screen it holds. */
  function packs(emu: Emulator) {
    const store = Object.values(emu.world.cache.documents)[0];
    const byPack = new Map<string, string[]>();
    for (const key of Object.keys(store)) {
      const m = /^(nhacviec\.screen\..*\.\d+#)(\d+)$/.exec(key);
      if (m) byPack.set(m[1], [...(byPack.get(m[1]) ?? []), key]);
    }
    return [...byPack].map(([base, keys]) => {
      const json = fromParts(keys.sort().map((k) => store[k]?.value));
      return { base, keys, people: json ? Object.keys((JSON.parse(json) as { s: object }).s) : [] };
    });
  }
  const packOf = (emu: Emulator, email: string) => packs(emu).find((p) => p.people.includes(email))!;

  it("the morning keeps every active person's screen, beyond the 250 of before, six to a cache value", () => {
    const { emu, kt } = large(300);
    const kept = packs(emu);
    const people = kept.flatMap((p) => p.people);
    expect(people).toHaveLength(new Set(people).size);
    for (const e of [ADMIN, LEADER, OFFICIAL, OTHER, ...kt]) expect(people).toContain(e);
    expect(kept.length).toBe(Math.ceil(people.length / PACK_PEOPLE));
    expect(kept.every((p) => p.keys.length === 1)).toBe(true); // small screens: one value per pack
    expectKept(emu, kt[299]);
    expectKept(emu, ADMIN);
  });

  it('one value of a pack evicted: its people open cold, everyone else still opens warm', () => {
    const { emu, kt } = large(42);
    const pack = packOf(emu, OFFICIAL);
    expect(pack.people.length).toBeGreaterThan(1);
    delete Object.values(emu.world.cache.documents)[0][pack.keys[0]];
    for (const e of pack.people) {
      const r = open(emu, e);
      expect(r.cost.dataCalls).toBeGreaterThan(0);
      expect(r.state).toEqual(fresh(emu, e));
    }
    const elsewhere = kt.find((e) => !pack.people.includes(e))!;
    expectKept(emu, elsewhere);
    expectKept(emu, LEADER);
    expectKept(emu, pack.people[0]); // a cold open keeps its screen again
  });

  it("a patch of a pack keeps its neighbours' screens as they were", () => {
    const { emu, tasks, kt } = large(42);
    const pack = packOf(emu, OFFICIAL);
    const neighbours = pack.people.filter((e) => e !== OFFICIAL);
    expect(neighbours.some((e) => kt.includes(e))).toBe(true); // one who may not see the task
    expect(neighbours).toContain(OTHER); // one who may
    const before = Object.fromEntries(neighbours.map((e) => [e, open(emu, e).state]));
    call(emu, OFFICIAL, 'updateProgress', tasks[0], { progress: 60 });
    expect(packOf(emu, OFFICIAL).people.sort()).toEqual([...pack.people].sort());
    expect(expectKept(emu, OFFICIAL).mine.find((v) => v.id === tasks[0])?.progress).toBe(60);
    for (const e of neighbours) {
      const after = expectKept(emu, e);
      if (kt.includes(e)) expect(after).toEqual(before[e]);
    }
  });
});
