/**
 * Writing only what changed (issue 11, item 4), measured with the emulator's cost model: the cells a run
 * writes against the cells whose value it changes, and how much the sheets that only grow add per day.
 */
import { Emulator } from '../../emulator';
import { displayGrid } from '../../emulator/spreadsheet/inspect';
import { STATUS_COLOURS } from '../../src/core/status';
import { NHS_ADMIN } from '../helpers/ngu-hanh-son';
import { ADMIN, addTasks, asUser, displayValues, setUpRegister, sheetValues } from './helpers';
import { editState } from './reminders-helpers';
import { STATS, call, nhsRegister, ok, statsSheet } from './stats-helpers';
import { TASK_COLUMNS, dailyRegister, snapshot, changedCells } from './write-helpers';

type RefreshResult = { changed: number; total: number };
/** The refresh's one audit line: 8 cells. */
const AUDIT_LINE = 8;

describe('the daily refresh writes only the cells whose value changes', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = dailyRegister(3000);
    emu.run('refresh', [], { as: ADMIN });
  });

  it('next morning: cells written ≤ 2 × cells changed + 200, in a few calls', () => {
    const before = snapshot(emu);
    const run = emu.run<RefreshResult>('refresh', [], { as: ADMIN, at: '2026-03-03T07:00:00+07:00' });
    const after = snapshot(emu);
    const changed = changedCells(before, after);
    expect(run.value.changed).toBeGreaterThan(10);
    expect(changed).toBeGreaterThan(10);
    expect(run.cost.cellsWritten).toBeLessThanOrEqual(2 * changed + 200);
    // Exactly the status and days-left cells that change, and the audit's line.
    expect(run.cost.cellsWritten).toBe(changedCells(before, after, 'Nhiệm vụ') + AUDIT_LINE);
    expect(run.cost.formatCellsWritten).toBe(0);
    // One call per distinct value written, not per cell: a handful whatever the register's size.
    expect(run.calls.count('RangeList.setValue') + run.calls.count('Range.setValues')).toBeLessThanOrEqual(
      10,
    );
    expect(run.cost.dataCalls).toBeLessThanOrEqual(15);
  });

  it('a second refresh on the same day writes nothing', () => {
    const before = snapshot(emu);
    const run = emu.run<RefreshResult>('refresh', [], { as: ADMIN, at: '2026-03-03T09:00:00+07:00' });
    expect(run.value.changed).toBe(0);
    expect(changedCells(before, snapshot(emu))).toBe(0);
    expect(run.cost.cellsWritten).toBe(0);
    expect(run.cost.formatCellsWritten).toBe(0);
  });

  it('keeps the colours: rows are coloured by the status cell the refresh wrote', () => {
    const grid = displayGrid(emu.world.spreadsheets, emu.world.activeSpreadsheetId, 'Nhiệm vụ');
    const status = grid.values[0].indexOf('Trạng thái');
    const overdue = grid.values.findIndex((r) => r[status] === 'Đang thực hiện quá hạn');
    const dueSoon = grid.values.findIndex((r) => r[status] === 'Sắp đến hạn');
    expect(overdue).toBeGreaterThan(0);
    expect(dueSoon).toBeGreaterThan(0);
    expect(grid.backgrounds[overdue][3]?.toUpperCase()).toBe(STATUS_COLOURS.overdue.background.toUpperCase());
    expect(grid.backgrounds[dueSoon][3]?.toUpperCase()).toBe(
      STATUS_COLOURS.due_soon.background.toUpperCase(),
    );
  });
});

describe('ids of rows typed into the sheet', () => {
  it('are written in one block, with their statuses and nothing else', () => {
    const emu = setUpRegister();
    addTasks(
      emu,
      Array.from({ length: 40 }, (_, i) => ({ title: `Việc ${i}`, deadline: '30/03/2026' })),
    );
    emu.run('refresh', [], { as: ADMIN });
    addTasks(emu, [
      { title: 'Mới 1', deadline: '30/03/2026' },
      { title: 'Mới 2', deadline: '03/03/2026' },
      { title: 'Mới 3', deadline: '30/03/2026' },
    ]);
    const before = snapshot(emu);
    const run = emu.run<RefreshResult>('refresh', [], { as: ADMIN });
    const changed = changedCells(before, snapshot(emu), 'Nhiệm vụ');
    expect(run.value.changed).toBe(3);
    // 3 ids, 3 statuses, 1 days left (the task due tomorrow), and the audit's line.
    expect(changed).toBe(3 + 3 + 1);
    expect(run.cost.cellsWritten).toBe(changed + AUDIT_LINE);
    // The ids are one block, the statuses another (values found only there), days left one RangeList.
    expect(run.calls.count('Range.setValues')).toBe(2);
    expect(run.calls.count('RangeList.setValue')).toBe(1);
  });
});

describe('a register written by the old daily countdown', () => {
  it('has its days-left numbers blanked by one refresh, in one call for the blank', () => {
    const emu = setUpRegister();
    addTasks(
      emu,
      Array.from({ length: 60 }, (_, i) => ({
        title: `Việc ${i}`,
        deadline: i % 2 ? '30/03/2026' : '20/02/2026',
      })),
    );
    emu.run('refresh', [], { as: ADMIN });
    // The numbers the old refresh kept up every morning: 20 working days left, 6 late.
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      const col = TASK_COLUMNS.findIndex((c) => c.key === 'daysLeft') + 1;
      sheet.getRange(2, col, 60, 1).setValues(Array.from({ length: 60 }, (_, i) => [i % 2 ? 20 : -6]));
    });
    const before = snapshot(emu);
    const run = emu.run<RefreshResult>('refresh', [], { as: ADMIN });
    expect(run.value.changed).toBe(60);
    expect(changedCells(before, snapshot(emu), 'Nhiệm vụ')).toBe(60);
    expect(run.cost.cellsWritten).toBe(60 + AUDIT_LINE);
    expect(run.calls.count('RangeList.setValue')).toBe(1);
  });
});

describe('the statistics sheet, kept up by the daily job', () => {
  /** The statistics' share of a morning run: the same run on a copy whose sheet was never made. */
  function statsShare(emu: Emulator, at: string) {
    const copy = new Emulator({ world: structuredClone(emu.world) }).loadBundle();
    copy.clock.set(emu.clock.now());
    const { globals, end } = copy.beginExecution({ as: NHS_ADMIN });
    try {
      (globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getDocumentProperties()
        .deleteProperty('nhacviec.statsSheet');
    } finally {
      end();
    }
    const without = copy.run('hourlyJob', [], { as: NHS_ADMIN, at });
    const before = snapshot(emu);
    const withStats = emu.run('hourlyJob', [], { as: NHS_ADMIN, at });
    return {
      written: withStats.cost.cellsWritten - without.cost.cellsWritten,
      formatted: withStats.cost.formatCellsWritten - without.cost.formatCellsWritten,
      dataCalls: withStats.cost.dataCalls - without.cost.dataCalls,
      changed: changedCells(before, snapshot(emu), STATS),
      run: withStats,
    };
  }

  it('next morning writes the rows that changed, and formats only where colours changed', () => {
    const emu = nhsRegister();
    ok(call(emu, NHS_ADMIN, 'refreshStatisticsSheet'));
    ok(call(emu, NHS_ADMIN, 'installReminders', 7));
    const block = sheetValues(emu, STATS).length * 15;
    const share = statsShare(emu, '2026-11-24T07:30:00+07:00');
    expect((share.run.value as { action: string }).action).toBe('daily');
    expect(share.changed).toBeGreaterThan(0);
    // Before: the whole block, values and two formats, every morning.
    expect(share.written).toBeLessThanOrEqual(2 * share.changed + 200);
    expect(share.written).toBeLessThan(block / 4);
    expect(share.formatted).toBeLessThan(block / 4);
    expect(displayValues(emu, STATS)[2][0]).toContain('số liệu đến ngày 24/11/2026');
  });

  it('skips the write entirely when nothing changed', () => {
    const emu = nhsRegister();
    ok(call(emu, NHS_ADMIN, 'refreshStatisticsSheet'));
    ok(call(emu, NHS_ADMIN, 'installReminders', 7));
    emu.run('hourlyJob', [], { as: NHS_ADMIN, at: '2026-11-24T07:30:00+07:00' });
    const stamp = displayValues(emu, STATS)[3][0];
    // The same morning again as a day's first run (its progress lost): the refresh and the statistics
    // run again on the same figures, and nothing is left to send.
    editState(emu, (s) => ({ ...s, day: null }));
    const before = snapshot(emu);
    const again = emu.run('hourlyJob', [], { as: NHS_ADMIN, at: '2026-11-24T09:30:00+07:00' });
    expect((again.value as { action: string }).action).toBe('daily');
    expect(changedCells(before, snapshot(emu))).toBe(0);
    expect(again.cost.cellsWritten).toBe(0);
    expect(again.cost.formatCellsWritten).toBe(0);
    // The statistics did run (their last run is recorded), and wrote nothing: the time stamp says when
    // the figures last changed.
    const { globals, end } = emu.beginExecution({ as: NHS_ADMIN });
    let lastRun: { at: string; ok: boolean };
    try {
      lastRun = JSON.parse(
        (globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
          .getDocumentProperties()
          .getProperty('nhacviec.statsLastRun') ?? '{}',
      ) as { at: string; ok: boolean };
    } finally {
      end();
    }
    expect(lastRun.ok).toBe(true);
    expect(lastRun.at).toMatch(/^2026-11-24T02:3/); // this 09:30 run
    expect(displayValues(emu, STATS)[3][0]).toBe(stamp);
  });

  it('repairs the sheet when it was cleared by hand', () => {
    const emu = nhsRegister();
    ok(call(emu, NHS_ADMIN, 'refreshStatisticsSheet'));
    ok(call(emu, NHS_ADMIN, 'installReminders', 7));
    asUser(emu, (ss) => ss.getSheetByName(STATS)!.clear());
    emu.run('hourlyJob', [], { as: NHS_ADMIN, at: '2026-11-24T07:30:00+07:00' });
    const v = displayValues(emu, STATS);
    expect(v.find((r) => r[1] === 'Nhiệm vụ được giao')?.[2]).toBe('901');
    expect(statsSheet(emu).charts).toHaveLength(3);
  });
});
