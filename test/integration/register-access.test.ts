/**
 * An action on one task reads that task's rows, not the register (docs/register-access.md): its cost
 * stays the same whatever the register's size, and it still lands on the right row after people moved
 * columns, inserted rows or typed ids by hand.
 */
import { TASK_COLUMNS } from '../../src/core/schema';
import {
  ADMIN,
  LEADER,
  OFFICIAL,
  addTasks,
  asUser,
  setUpRegister,
  sheetValues,
  taskRecords,
} from './helpers';
import type { Emulator } from '../../emulator';
import type { DriveFileRecord } from '../../emulator/services/drive/state';
import { artefact, assign as wsAssign, workspaceRegister } from './workspace-helpers';

const vi = (key: string) => TASK_COLUMNS.find((c) => c.key === key)!.vi;

type Reply<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };
interface View {
  id: string;
  title: string;
  progress: number;
  children: { id: string }[];
}

function ok<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.data;
}

const history = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `NV-2025-${String(i + 1).padStart(4, '0')}`,
    title: `Việc cũ ${i + 1}`,
    leadUnit: 'VP',
    assigner: LEADER,
    assignees: OFFICIAL,
    assignedDate: '05/01/2025',
    deadline: '20/01/2025',
    reportedDate: '15/01/2025',
    confirmedBy: LEADER,
    confirmedAt: '16/01/2025',
    progress: 1,
  }));

function assign(emu: Emulator, title = 'Rà soát hồ sơ'): string {
  const reply = emu.run<Reply<{ task: View }>>(
    'assignTask',
    [{ title, leadUnit: 'VP', assignees: [OFFICIAL], deadline: { mode: 'date', date: '2026-03-10' } }],
    { as: LEADER },
  ).value;
  return ok(reply).task.id;
}

function update(emu: Emulator, id: string, progress: number) {
  return emu.run<Reply<{ task: View }>>('updateProgress', [id, { progress, note: 'đang làm' }], {
    as: OFFICIAL,
  });
}

describe('an action reads the rows of its task only', () => {
  it('moves the same cells at 50 and at 3,000 tasks', () => {
    const measure = (size: number) => {
      const emu = setUpRegister();
      addTasks(emu, history(size));
      const id = assign(emu);
      const run = update(emu, id, 50);
      expect(ok(run.value).task.progress).toBe(50);
      return run.cost;
    };
    const small = measure(50);
    const large = measure(3000);
    expect(large.cellsRead).toBe(small.cellsRead);
    expect(large.dataCalls).toBe(small.dataCalls);
    // Nothing like a column of the register: the task's row, its header and the small sheets.
    expect(large.cellsRead).toBeLessThan(3000);
  });

  it('confirms a reported task without reading the register', () => {
    const emu = setUpRegister();
    addTasks(emu, history(2000));
    const id = assign(emu);
    ok(emu.run<Reply<unknown>>('reportResult', [id, { result: 'Đã xong' }], { as: OFFICIAL }).value);
    const run = emu.run<Reply<{ task: View }>>('confirmTask', [id], { as: LEADER });
    ok(run.value);
    expect(run.cost.cellsRead).toBeLessThan(2000);
    expect(taskRecords(emu).find((r) => r.id === id)?.confirmedBy).toBe(LEADER);
  });
});

describe('it still lands on the right row', () => {
  it('after columns were moved and a column inserted before ours', () => {
    const emu = setUpRegister();
    addTasks(emu, history(20));
    const id = assign(emu);
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      sheet.insertColumnBefore(1);
      sheet.getRange(1, 1).setValue('Ghi chú riêng');
      const idCol = TASK_COLUMNS.findIndex((c) => c.key === 'id') + 2;
      sheet.moveColumns(sheet.getRange(1, idCol, 1, 1), 8);
    });
    ok(update(emu, id, 30).value);
    const rec = taskRecords(emu).find((r) => r.id === id);
    expect(rec?.progress).toBe(0.3);
    // The other tasks and the user's own column are untouched.
    expect(taskRecords(emu).filter((r) => r.progress === 0.3)).toHaveLength(1);
    expect(sheetValues(emu, 'Nhiệm vụ')[0][0]).toBe('Ghi chú riêng');
  });

  it('after rows were inserted above it and the register sorted by hand', () => {
    const emu = setUpRegister();
    addTasks(emu, history(10));
    const id = assign(emu);
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      sheet.insertRowsBefore(2, 3);
      const titleCol = TASK_COLUMNS.findIndex((c) => c.key === 'title') + 1;
      sheet
        .getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn())
        .sort({ column: titleCol, ascending: false });
    });
    ok(update(emu, id, 70).value);
    const recs = taskRecords(emu);
    expect(recs.find((r) => r.id === id)?.progress).toBe(0.7);
    expect(recs.filter((r) => r.progress === 0.7)).toHaveLength(1);
  });

  it('the first of two rows with the same id is the task, as for the whole register', () => {
    const emu = setUpRegister();
    const id = assign(emu, 'Bản gốc');
    const [header, original] = sheetValues(emu, 'Nhiệm vụ');
    const copy = [...original];
    copy[header.indexOf(vi('title'))] = 'Bản chép tay';
    asUser(emu, (ss) => ss.getSheetByName('Nhiệm vụ')!.appendRow(copy));
    const view = ok(update(emu, id, 40).value).task;
    expect(view.title).toBe('Bản gốc');
    const rows = taskRecords(emu).filter((r) => r.id === id);
    expect(rows.map((r) => r.progress)).toEqual([0.4, original[header.indexOf(vi('progress'))]]);
  });

  it('never reuses an id typed by hand beyond the counter', () => {
    const emu = setUpRegister();
    const first = assign(emu, 'Thứ nhất');
    const [prefix, year, seq] = first.split('-');
    const typed = `${prefix}-${year}-${String(Number(seq) + 1).padStart(seq.length, '0')}`;
    addTasks(emu, [
      { id: typed, title: 'Nhập tay', leadUnit: 'VP', assignees: OFFICIAL, deadline: '10/03/2026' },
    ]);
    const second = assign(emu, 'Thứ hai');
    expect(second).not.toBe(typed);
    expect(new Set(taskRecords(emu).map((r) => r.id)).size).toBe(3);
  });

  it('never reuses an id when a whole register was pasted in by hand without a counter', () => {
    const emu = setUpRegister();
    const year = assign(emu, 'Thứ nhất').split('-')[1];
    addTasks(
      emu,
      Array.from({ length: 300 }, (_, i) => ({
        id: `NV-${year}-${String(i + 1).padStart(4, '0')}`,
        title: `Dán ${i}`,
        leadUnit: 'VP',
        assignees: OFFICIAL,
        deadline: '10/03/2026',
      })),
    );
    const next = assign(emu, 'Sau khi dán');
    expect(next).toBe(`NV-${year}-0301`);
    const ids = taskRecords(emu).map((r) => r.id);
    expect(ids.filter((x) => x === next)).toHaveLength(1);
  });

  it('answers "no such task" for an id that is not there, and changes nothing', () => {
    const emu = setUpRegister();
    addTasks(emu, history(5));
    const before = sheetValues(emu, 'Nhiệm vụ');
    const reply = update(emu, 'NV-2026-9999', 0.5).value;
    expect(reply.ok).toBe(false);
    expect(sheetValues(emu, 'Nhiệm vụ')).toEqual(before);
  });

  it('shows a parent its sub-tasks, found by the parent column', () => {
    const emu = setUpRegister();
    addTasks(emu, history(30));
    const parent = assign(emu, 'Việc mẹ');
    addTasks(emu, [
      {
        title: 'Việc con',
        parentId: parent,
        leadUnit: 'VP',
        assignees: OFFICIAL,
        assigner: LEADER,
        deadline: '09/03/2026',
      },
    ]);
    emu.run('refresh', [], { as: ADMIN });
    const view = ok(update(emu, parent, 20).value).task;
    expect(view.children).toHaveLength(1);
  });
});

describe('a workspace link lands on its task', () => {
  it('when a person inserts rows above it while the Drive calls run', () => {
    const emu = workspaceRegister();
    addTasks(emu, history(5));
    // While Drive makes the task's document, someone inserts two rows at the top of the register.
    const drive = emu.world.drive;
    let inserted = false;
    drive.files = new Proxy(drive.files, {
      set(target, key, value: DriveFileRecord) {
        target[key as string] = value;
        if (!inserted && value.appProperties?.nhacviecKind === 'doc') {
          inserted = true;
          emu.edit(ADMIN, (ui) => ui.insertRows('Nhiệm vụ', 2, 2));
        }
        return true;
      },
    });
    const reply = wsAssign(emu);
    expect(inserted).toBe(true);
    const id = reply.task!.id;
    const recs = taskRecords(emu);
    const withLink = recs.filter((r) => String(r.driveLink ?? '') !== '');
    expect(withLink.map((r) => r.id)).toEqual([id]);
    expect(String(withLink[0].driveLink)).toContain(artefact(emu, id, 'doc').id);
  });
});
