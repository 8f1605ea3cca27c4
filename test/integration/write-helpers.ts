/** Helpers for the tests that measure what a run writes against what it changes. */
import type { Emulator } from '../../emulator';
import { cellCount } from '../../emulator/spreadsheet/grid';
import { TASK_COLUMNS } from '../../src/core/schema';
import { prng } from '../../playground/demo-data';
import { ADMIN, LEADER, OFFICIAL, addTasks, asUser, setUpRegister } from './helpers';

const DAY = 86_400_000;

/** Midnight in Viet Nam, `offset` days from 2026-03-02. */
const vnDay = (offset: number) => new Date(Date.UTC(2026, 2, 2 + offset) - 7 * 3600_000);

/**
 * A register set up on Monday 2026-03-02 with `n` tasks spread over the weeks around it (deadlines from
 * two months ago to two months ahead, three quarters of the past ones done), in pasted order.
 */
export function dailyRegister(n: number, seed = 11): Emulator {
  const emu = setUpRegister('2026-03-02T08:00:00+07:00');
  const rand = prng(seed);
  const people = [LEADER, OFFICIAL];
  const rows = Array.from({ length: n }, (_, i) => {
    const assigned = -Math.floor(rand() * 90);
    const deadline = assigned + 3 + Math.floor(rand() * 60);
    const row: Record<string, unknown> = {
      title: `Nhiệm vụ ${i + 1}`,
      assigner: ADMIN,
      leadUnit: 'Văn phòng',
      assignees: people[i % 2],
      assignedDate: vnDay(assigned),
      deadline: vnDay(deadline),
    };
    if (deadline < 0 && rand() < 0.75) {
      row.reportedDate = vnDay(deadline - 1);
      row.confirmedAt = vnDay(deadline);
      row.confirmedBy = ADMIN;
    }
    return row;
  });
  addTasks(emu, rows);
  return emu;
}

export type Snapshot = Map<string, unknown[][]>;

/** Every sheet's values (the used range), by sheet name. */
export function snapshot(emu: Emulator): Snapshot {
  return asUser(emu, (ss) => new Map(ss.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()])));
}

const same = (a: unknown, b: unknown) =>
  a === b ||
  (a instanceof Date && b instanceof Date && a.getTime() === b.getTime()) ||
  (isBlank(a) && isBlank(b));
const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

/** Cells whose value differs between two snapshots, over every sheet (a sheet added counts whole). */
export function changedCells(before: Snapshot, after: Snapshot, only?: string): number {
  let n = 0;
  for (const [name, values] of after) {
    if (only && name !== only) continue;
    const old = before.get(name) ?? [];
    const rows = Math.max(values.length, old.length);
    for (let r = 0; r < rows; r++) {
      const a = old[r] ?? [];
      const b = values[r] ?? [];
      const cols = Math.max(a.length, b.length);
      for (let c = 0; c < cols; c++) if (!same(a[c], b[c])) n++;
    }
  }
  return n;
}

/** The grid's cells, all sheets together: what counts toward Google's 10-million-cell limit. */
export function gridCells(emu: Emulator, sheet?: string): number {
  const ss = emu.world.spreadsheets.byId[emu.world.activeSpreadsheetId];
  if (!sheet) return cellCount(ss);
  const s = ss.sheets.find((x) => x.name === sheet);
  return s ? s.maxRows * s.maxCols : 0;
}

export { DAY, TASK_COLUMNS };
