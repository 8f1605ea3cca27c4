/**
 * The row index (src/gas/row-index.ts, docs/register-access.md "The row index"): an action reads the
 * rows a hint names instead of searching the register, and lands on the right row whatever people did
 * to the rows and columns since the hint was kept.
 */
import { TASK_COLUMNS } from '../../src/core/schema';
import { ADMIN, LEADER, OFFICIAL, addTasks, byHand, setUpRegister, taskRecords } from './helpers';
import type { Emulator } from '../../emulator';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };
interface View {
  id: string;
  title: string;
  progress: number;
  children: { id: string }[];
}
const SHEET = 'Nhiệm vụ';
const col = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;

function ok<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.data;
}

const tasks = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => ({
    id: `NV-2026-${String(from + i).padStart(4, '0')}`,
    title: `Việc ${from + i}`,
    leadUnit: 'VP',
    assigner: LEADER,
    assignees: OFFICIAL,
    assignedDate: '02/03/2026',
    deadline: '20/03/2026',
  }));

/** A register of `n` open tasks, refreshed (the morning run keeps every open task's hint). */
function register(n = 20): Emulator {
  const emu = setUpRegister();
  addTasks(emu, tasks(n));
  emu.run('refresh', [], { as: ADMIN });
  return emu;
}

function update(emu: Emulator, id: string, progress: number) {
  const run = emu.run<Reply<{ task: View }>>('updateProgress', [id, { progress }], { as: OFFICIAL });
  return { view: ok(run.value).task, searched: run.calls.count('TextFinder.findAll') > 0, run };
}

/** The progress of every task, by id (the first row of an id). */
function progressById(emu: Emulator): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const r of taskRecords(emu)) if (!out.has(String(r.id))) out.set(String(r.id), r.progress);
  return out;
}

/** Only task `id` has `progress`; every other task kept what it had. */
function onlyChanged(before: Map<string, unknown>, emu: Emulator, id: string, progress: number) {
  const after = progressById(emu);
  for (const [k, v] of after) expect([k, v]).toEqual([k, k === id ? progress : before.get(k)]);
}

describe('the row index', () => {
  it('after the morning refresh, an action reads its row without searching, at any register size', () => {
    const cost = (n: number) => {
      const emu = register(n);
      const u = update(emu, 'NV-2026-0007', 30);
      expect(u.searched).toBe(false);
      expect(u.view.progress).toBe(30);
      return u.run.cost;
    };
    const small = cost(20);
    const large = cost(2000);
    expect(large.dataCalls).toBe(small.dataCalls);
    expect(large.cellsRead).toBe(small.cellsRead);
  });

  it('a task without a hint is searched once, then found by its hint', () => {
    const emu = setUpRegister();
    addTasks(emu, tasks(10));
    const first = update(emu, 'NV-2026-0004', 10);
    expect(first.searched).toBe(true);
    const second = update(emu, 'NV-2026-0004', 20);
    expect(second.searched).toBe(false);
    expect(second.view.progress).toBe(20);
  });

  it('rows inserted, deleted or moved by hand: the right row, found again by a search', () => {
    const edits: ((ui: Parameters<Parameters<typeof byHand>[2]>[0]) => unknown)[] = [
      (ui) => ui.insertRows(SHEET, 2, 3),
      (ui) => ui.deleteRows(SHEET, 3, 2),
      (ui) => ui.moveRows(SHEET, '12:12', 3),
      (ui) => ui.moveRows(SHEET, '2:4', 20),
    ];
    for (const edit of edits) {
      const emu = register(20);
      byHand(emu, ADMIN, edit);
      const before = progressById(emu);
      const u = update(emu, 'NV-2026-0011', 40);
      expect(u.view.id).toBe('NV-2026-0011');
      onlyChanged(before, emu, 'NV-2026-0011', 0.4);
      // The hint was renewed: the next action reads the row at once.
      expect(update(emu, 'NV-2026-0011', 50).searched).toBe(false);
    }
  });

  it('columns moved, inserted before ours or renamed by hand: the right cells', () => {
    const edits: ((ui: Parameters<Parameters<typeof byHand>[2]>[0]) => unknown)[] = [
      (ui) => ui.insertColumns(SHEET, 1, 2),
      (ui) => ui.moveColumns(SHEET, col('progress'), 1),
      (ui) => ui.moveColumns(SHEET, col('id'), col('notes')),
      (ui) => ui.setValue(SHEET, 'A1', 'Mã số việc'),
    ];
    for (const edit of edits) {
      const emu = register(15);
      byHand(emu, ADMIN, edit);
      const before = progressById(emu);
      const u = update(emu, 'NV-2026-0009', 60);
      expect(u.view.progress).toBe(60);
      onlyChanged(before, emu, 'NV-2026-0009', 0.6);
    }
  });

  it('a hint naming another task, a blank row or no row at all is not used', () => {
    for (const hint of ['3', '400', '2:5', 'nonsense']) {
      const emu = register(12);
      const { globals, end } = emu.beginExecution({ as: ADMIN });
      const cache = (globals.CacheService as GoogleAppsScript.Cache.CacheService).getDocumentCache()!;
      const key = Object.keys(cache.getAll([...Array(32).keys()].map((b) => `nhacviec.rows.${b}`))).find(
        (k) => cache.get(k)!.includes('NV-2026-0008\t'),
      )!;
      cache.put(key, cache.get(key)!.replace(/NV-2026-0008\t[^\n]*/, `NV-2026-0008\t${hint}`), 600);
      end();
      const before = progressById(emu);
      const u = update(emu, 'NV-2026-0008', 25);
      expect(u.searched).toBe(true);
      expect(u.view.children).toEqual([]);
      onlyChanged(before, emu, 'NV-2026-0008', 0.25);
    }
  });

  it('a delegated sub-task joins its parent hint; one deleted by hand sends the parent back to a search', () => {
    const emu = register(10);
    const parent = 'NV-2026-0005';
    const reply = emu.run<Reply<{ task: View }>>(
      'delegateTask',
      [
        parent,
        {
          title: 'Việc con',
          leadUnit: 'VP',
          assignees: [OFFICIAL],
          deadline: { mode: 'date', date: '2026-03-19' },
        },
      ],
      { as: OFFICIAL },
    ).value;
    const child = ok(reply).task.id;
    const withChild = update(emu, parent, 30);
    expect(withChild.searched).toBe(false);
    expect(withChild.view.children.map((c) => c.id)).toEqual([child]);
    const row = taskRecords(emu).findIndex((r) => r.id === child) + 2;
    byHand(emu, ADMIN, (ui) => ui.deleteRows(SHEET, row));
    const gone = update(emu, parent, 35);
    expect(gone.searched).toBe(true);
    expect(gone.view.children).toEqual([]);
  });

  it('a row whose id was overwritten by hand is not taken for the task', () => {
    const emu = register(10);
    byHand(emu, ADMIN, (ui) => ui.setValue(SHEET, `A${2 + 5}`, 'NV-2026-0099'));
    const reply = emu.run<Reply<unknown>>('updateProgress', ['NV-2026-0006', { progress: 10 }], {
      as: OFFICIAL,
    }).value;
    expect(reply.ok).toBe(false);
    expect(taskRecords(emu).find((r) => r.id === 'NV-2026-0099')?.progress).not.toBe(0.1);
  });
});
