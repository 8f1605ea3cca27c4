/**
 * The statistics on the built bundle: the Ngũ Hành Sơn year written through the emulator gives the
 * published figures on the `Thống kê` sheet and through the endpoints; the sheet and its charts are
 * written in a bounded number of calls, updated in place and never duplicated; the daily job refreshes
 * them; the sidebar's drill-down lists only what the caller may see; the wall board shows no
 * confidential title and no e-mail; the monthly report lands in Drive in the administrative layout.
 */
import type { Emulator } from '../../emulator';
import { unwrap } from '../../emulator';
import { fileContent } from '../../emulator/services/drive';
import { TASK_COLUMNS } from '../../src/core/schema';
import type { StatsReply, DrillReply } from '../../src/server/stats';
import type { WallboardView } from '../../src/core/stats/views';
import { NHS_ADMIN, NHS_EXPECTED, NHS_PEOPLE } from '../helpers/ngu-hanh-son';
import { appendByKey, asUser, displayValues } from './helpers';
import {
  FOLLOWER,
  LEADER,
  OFFICIAL,
  STATS,
  VIEWER,
  call,
  chartValues,
  nhsRegister,
  ok,
  pdfText,
  setSetting,
  statsSheet,
} from './stats-helpers';

let emu: Emulator;
beforeAll(() => {
  emu = nhsRegister({ agency: 'UBND quận Ngũ Hành Sơn' });
});

const row = (values: string[][], label: string) => values.find((r) => r[1] === label);

describe('the Thống kê sheet', () => {
  let firstCalls = 0;
  beforeAll(() => {
    const r = emu.run<Reply>('refreshStatisticsSheet', [], { as: NHS_ADMIN });
    expect(r.value.ok).toBe(true);
    firstCalls = r.cost.dataCalls;
  });
  type Reply = { ok: boolean; data?: { message: string }; error?: string };

  it('shows the published figures exactly as the article prints them', () => {
    const v = displayValues(emu, STATS);
    expect(row(v, 'Nhiệm vụ được giao')?.slice(2, 4)).toEqual(['901', '100 %']);
    expect(row(v, 'Đã cập nhật tình hình')?.slice(2, 4)).toEqual(['878', '97 %']);
    expect(row(v, 'Đã triển khai thực hiện (hoàn thành và lưu trữ)')?.slice(2, 4)).toEqual(['834', '93 %']);
    expect(row(v, 'Hoàn thành đúng hạn (kể cả trước hạn)')?.slice(2, 4)).toEqual(['604', '67 %']);
    expect(row(v, 'Hoàn thành quá hạn')?.slice(2, 4)).toEqual(['173', '19 %']);
    expect(row(v, 'Lưu trữ')?.slice(2, 4)).toEqual(['57', '6 %']);
    expect(row(v, 'Đang thực hiện trong hạn')?.slice(2, 4)).toEqual(['64', '7 %']);
    expect(row(v, 'Đang thực hiện quá hạn')?.slice(2, 4)).toEqual(['3', '0,3 %']);
    expect(row(v, 'Đơn vị cập nhật 100 % nhiệm vụ')?.slice(2, 4)).toEqual(['18/24', '75 %']);
    expect(v[1][0]).toBe('UBND quận Ngũ Hành Sơn');
    expect(v[2][0]).toContain('Kỳ thống kê: Năm 2026 (01/01/2026 – 31/12/2026) · tính theo ngày giao');
  });

  it('stores percentages and fractions as text, never as numbers or dates', () => {
    const values = asUser(emu, (ss) => ss.getSheetByName(STATS)!.getDataRange().getValues());
    const r = values.find((x) => x[1] === 'Đang thực hiện quá hạn')!;
    expect(r[2]).toBe(3);
    expect(r[3]).toBe('0,3 %');
    expect(values.find((x) => x[1] === 'Đơn vị cập nhật 100 % nhiệm vụ')![2]).toBe('18/24');
  });

  it('ranks the 24 units and colours the units below 100 % apart', () => {
    const v = displayValues(emu, STATS);
    const header = v.findIndex((r) => r[0] === 'Hạng');
    const units = v.slice(header + 1, header + 25);
    expect(units.map((r) => Number(r[0]))).toEqual([...units.map((r) => Number(r[0]))].sort((a, b) => a - b));
    expect(units[0][0]).toBe('1');
    expect(units.filter((r) => r[11] !== '100 %')).toHaveLength(6);
    const sum = (col: number) => units.reduce((n, r) => n + Number(r[col]), 0);
    expect([sum(2), sum(3), sum(4), sum(5), sum(6), sum(7)]).toEqual([604, 173, 57, 64, 3, 901]);
  });

  it('draws three native charts on the tables: the grid as a pie, the units as stacked bars, the months as lines', () => {
    const charts = statsSheet(emu).charts;
    expect(charts.map((c) => c.chartType)).toEqual(['PIE', 'BAR', 'LINE']);
    const [pie, bar, line] = charts.map((c) => chartValues(emu, c));
    expect(pie[0]).toEqual([
      ['Hoàn thành đúng hạn (kể cả trước hạn)', 604],
      ['Hoàn thành quá hạn', 173],
      ['Lưu trữ', 57],
      ['Đang thực hiện trong hạn', 64],
      ['Đang thực hiện quá hạn', 3],
    ]);
    expect(charts[0].options.colors).toEqual(['#16A34A', '#EA580C', '#6B7280', '#2563EB', '#DC2626']);
    expect(bar[0][0]).toEqual([
      'Đơn vị',
      'HT đúng hạn',
      'HT quá hạn',
      'Lưu trữ',
      'Đang TH trong hạn',
      'Đang TH quá hạn',
    ]);
    expect(bar[0]).toHaveLength(25);
    expect(charts[1].options.isStacked).toBe(true);
    expect(line[0][0]).toEqual(['Tháng', 'Giao mới', 'HT đúng hạn', 'HT quá hạn']);
    expect(line[0].slice(1).map((r) => r[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, '0')}/2026`),
    );
    expect(line[0].slice(1).reduce((n, r) => n + (r[1] as number), 0)).toBe(901);
    // Each chart sits in column O under its title cell.
    expect(charts.map((c) => [c.anchorRow + 1, c.anchorCol + 1])).toEqual([
      [2, 15],
      [22, 15],
      [42, 15],
    ]);
    const v = displayValues(emu, STATS);
    expect([v[0][14], v[20][14], v[40][14]]).toEqual([
      'Cơ cấu kết quả thực hiện nhiệm vụ',
      'So sánh các đơn vị',
      'Giao mới và hoàn thành theo thời gian',
    ]);
  });

  it('writes it all in a fixed number of data calls the first time, and fewer after', () => {
    expect(firstCalls).toBeLessThanOrEqual(13);
    const again = emu.run('refreshStatisticsSheet', [], { as: NHS_ADMIN });
    expect(again.cost.dataCalls).toBeLessThan(firstCalls);
    expect(again.calls.count('Sheet.insertChart')).toBe(0);
    expect(statsSheet(emu).charts).toHaveLength(3);
  });

  it('moves the charts with their tables when a unit appears, updating them in place', () => {
    const ids = statsSheet(emu).charts.map((c) => c.id);
    appendByKey(emu, 'Nhiệm vụ', TASK_COLUMNS, [
      {
        id: 'NV-2026-0990',
        title: 'Nhiệm vụ của một đơn vị mới',
        assigner: NHS_ADMIN,
        leadUnit: 'Ban Quản lý khu du lịch',
        assignees: NHS_PEOPLE[0].email,
        assignedDate: '2026-11-20',
        deadline: '2026-12-20',
      },
    ]);
    const r = emu.run('refreshStatisticsSheet', [], { as: NHS_ADMIN });
    expect(r.cost.dataCalls).toBeLessThanOrEqual(13);
    expect(r.calls.count('Sheet.updateChart')).toBe(3);
    const charts = statsSheet(emu).charts;
    expect(charts.map((c) => c.id)).toEqual(ids);
    expect(chartValues(emu, charts[1])[0]).toHaveLength(26);
    expect(row(displayValues(emu, STATS), 'Nhiệm vụ được giao')?.[2]).toBe('902');
  });

  it('puts back a chart someone deleted, without duplicating the others', () => {
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName(STATS)!;
      sheet.removeChart(sheet.getCharts()[1]);
    });
    emu.run('refreshStatisticsSheet', [], { as: NHS_ADMIN });
    expect(statsSheet(emu).charts.map((c) => c.chartType)).toEqual(['PIE', 'BAR', 'LINE']);
  });

  it('follows the period and the basis set in the settings', () => {
    setSetting(emu, 'statsPeriod', 'quý 3/2026');
    emu.run('refreshStatisticsSheet', [], { as: NHS_ADMIN });
    const v = displayValues(emu, STATS);
    expect(v[2][0]).toContain('Kỳ thống kê: Quý III/2026 (01/07/2026 – 30/09/2026)');
    const assigned = Number(row(v, 'Nhiệm vụ được giao')?.[2]);
    expect(assigned).toBeGreaterThan(0);
    expect(assigned).toBeLessThan(901);
    // Weeks for a quarter.
    expect(v.some((r) => r[0] === '3. HOÀN THÀNH THEO TUẦN')).toBe(true);
    expect(statsSheet(emu).charts).toHaveLength(3);
    setSetting(emu, 'statsPeriod', 'năm nay');
    emu.run('refreshStatisticsSheet', [], { as: NHS_ADMIN });
  });

  it('refuses a person who is not in the staff sheet', () => {
    const r = call(emu, 'la@example.com', 'refreshStatisticsSheet');
    expect(r.ok).toBe(false);
  });
});

describe('the daily job refreshes the sheet', () => {
  it('leaves the register alone until someone made the sheet once', () => {
    const e = nhsRegister();
    ok(call(e, NHS_ADMIN, 'installReminders', 7));
    const run = e.run('hourlyJob', [], { as: NHS_ADMIN, at: '2026-11-24T07:30:00+07:00' });
    expect((run.value as { action: string }).action).toBe('daily');
    const ss = e.world.spreadsheets.byId[e.world.activeSpreadsheetId];
    expect(ss.sheets.some((s) => s.name === STATS)).toBe(false);
    expect(run.calls.count('Range.setFontWeights')).toBe(0);
  });

  it('after the status refresh, only the rows that changed when the charts stay where they are', () => {
    const e = nhsRegister();
    ok(call(e, NHS_ADMIN, 'refreshStatisticsSheet'));
    ok(call(e, NHS_ADMIN, 'installReminders', 7));
    // A task confirmed since: the hourly job's morning run must show it.
    asUser(e, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const ids = sheet
        .getRange(2, header.indexOf('Mã nhiệm vụ') + 1, sheet.getLastRow() - 1, 1)
        .getValues()
        .map((r) => r[0]);
      const rowOf = (id: string) => ids.indexOf(id) + 2;
      // Archive one of the three overdue tasks.
      const overdue = e.run<{ data: DrillReply }>('getStatisticsTasks', [{ figure: 'overdue' }], {
        as: NHS_ADMIN,
      }).value.data.tasks;
      sheet.getRange(rowOf(overdue[0].id), header.indexOf('Lưu trữ') + 1).setValue(true);
    });
    const before = e.world.spreadsheets.byId[e.world.activeSpreadsheetId];
    expect(before).toBeDefined();
    const run = e.run('hourlyJob', [], { as: NHS_ADMIN, at: '2026-11-24T07:30:00+07:00' });
    const v = displayValues(e, STATS);
    expect(row(v, 'Đang thực hiện quá hạn')?.slice(2, 4)).toEqual(['2', '0,2 %']);
    expect(row(v, 'Lưu trữ')?.[2]).toBe('58');
    expect(v[2][0]).toContain('số liệu đến ngày 24/11/2026');
    // The quick path: only the rows that changed (the figures, the unit's and the person's rows, their
    // colours); no clear, no chart call.
    expect(run.calls.count('Sheet.clear')).toBe(0);
    expect(run.calls.count('Sheet.getCharts')).toBe(0);
    expect(run.calls.count('Range.setBackgrounds')).toBeGreaterThanOrEqual(1);
    expect(run.calls.count('Range.setBackgrounds')).toBeLessThanOrEqual(3);
    expect(run.calls.count('Range.setFontWeights')).toBe(run.calls.count('Range.setBackgrounds'));
    expect(statsSheet(e).charts).toHaveLength(3);
  });
});

describe('the refresh writes only what differs from the sheet, and puts hand edits right', () => {
  /** What the sheet shows: values (the time stamp left out), colours and weights. */
  const shown = (e: Emulator) =>
    asUser(e, (ss) => {
      const range = ss.getSheetByName(STATS)!.getDataRange();
      return {
        values: range.getDisplayValues().map((r) => r.map((v) => v.replace(/lúc \d.*/, 'lúc …'))),
        backgrounds: range.getBackgrounds(),
        weights: range.getFontWeights(),
      };
    });
  const refresh = (e: Emulator) => e.run('refreshStatisticsSheet', [], { as: NHS_ADMIN });
  const writes = (r: ReturnType<typeof refresh>) =>
    ['Range.setValues', 'Range.setBackgrounds', 'Range.setFontWeights', 'Sheet.clear'].map((m) =>
      r.calls.count(m),
    );
  let e: Emulator;
  beforeAll(() => {
    e = nhsRegister();
    refresh(e);
  });

  it('writes nothing when nothing changed, and reads only the register’s columns it needs', () => {
    const before = shown(e);
    const r = refresh(e);
    expect(writes(r)).toEqual([0, 0, 0, 0]);
    expect([r.cost.cellsWritten, r.cost.formatCellsWritten]).toEqual([0, 0]);
    // The task columns in one read, no header call (nothing moved); the sheet's values, colours and
    // weights; the flush before the lock is released.
    expect(r.cost.dataCalls).toBeLessThanOrEqual(5);
    expect(shown(e)).toEqual(before);
    const [rows, columns] = asUser(e, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      return [sheet.getLastRow(), sheet.getLastColumn()];
    });
    // The task sheet's columns up to the parent column (the last the statistics need), not the Drive
    // columns after it; the sheet read back (values, colours, weights); the small sheets.
    const needed = TASK_COLUMNS.findIndex((c) => c.key === 'parentId') + 1;
    expect(columns).toBeGreaterThan(needed + 5);
    expect(r.cost.cellsRead).toBeLessThan(rows * needed + 3 * before.values.length * 15 + 1000);
  });

  it('writes a changed number, without clearing or recolouring the block, as a write from scratch shows it', () => {
    asUser(e, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const overdue = ok(call<DrillReply>(e, NHS_ADMIN, 'getStatisticsTasks', { figure: 'overdue' })).tasks;
      const ids = sheet
        .getRange(2, 1, sheet.getLastRow() - 1, 1)
        .getValues()
        .map((x) => x[0]);
      sheet.getRange(ids.indexOf(overdue[0].id) + 2, header.indexOf('Lưu trữ') + 1).setValue(true);
    });
    const blockCells = shown(e).values.length * 15;
    const r = refresh(e);
    const after = shown(e);
    expect(row(after.values, 'Lưu trữ')?.[2]).toBe('58');
    expect(row(after.values, 'Đang thực hiện quá hạn')?.[2]).toBe('2');
    expect(r.calls.count('Range.setValues')).toBeGreaterThanOrEqual(1);
    expect(r.calls.count('Sheet.clear')).toBe(0);
    expect(r.cost.cellsWritten).toBeLessThan(blockCells);
    expect(r.cost.formatCellsWritten).toBeLessThan(blockCells / 2);
    // The same sheet as one written from nothing.
    asUser(e, (ss) => ss.deleteSheet(ss.getSheetByName(STATS)!));
    const scratch = refresh(e);
    expect(scratch.calls.count('Sheet.insertChart')).toBe(3);
    expect(shown(e)).toEqual(after);
  });

  it('puts back colours, values and weights changed by hand, and blanks what was typed below', () => {
    const before = shown(e);
    const pie = before.values.findIndex((r) => r[1] === 'Hoàn thành quá hạn');
    const unit = before.values.findIndex((r) => r[0] === 'Hạng') + 3;
    asUser(e, (ss) => {
      const sheet = ss.getSheetByName(STATS)!;
      sheet.getRange(pie + 1, 2).setBackground(null); // a colour lost
      sheet.getRange(unit + 1, 1, 1, 13).clearFormat(); // a unit's row: colours lost
      sheet.getRange(unit + 1, 3).setValue(999); // a number typed over
      sheet.getRange(2, 3).setBackground('#ff00ff'); // a colour added
      sheet.getRange(1, 1).setFontWeight('normal'); // the title no longer bold
      sheet.getRange(before.values.length + 5, 2).setValue('ghi chú tay'); // typed below the block
    });
    expect(shown(e)).not.toEqual(before);
    const r = refresh(e);
    expect(shown(e).values.slice(0, before.values.length)).toEqual(before.values);
    const now = shown(e);
    expect(now.backgrounds.slice(0, before.values.length)).toEqual(before.backgrounds);
    expect(now.weights.slice(0, before.values.length)).toEqual(before.weights);
    expect(
      now.values
        .slice(before.values.length)
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(r.calls.count('Sheet.clear')).toBe(0);
    // Only the edited rows' formats: a few rows of 15 cells, not the block.
    expect(r.cost.formatCellsWritten).toBeLessThan(before.values.length * 15);
    expect(r.cost.formatCellsWritten).toBeGreaterThan(0);
    // Nothing changed since: nothing to write.
    expect(writes(refresh(e))).toEqual([0, 0, 0, 0]);
  });

  it('clears the sheet when something was typed right of the block, keeping its charts', () => {
    const before = shown(e);
    asUser(e, (ss) => ss.getSheetByName(STATS)!.getRange(3, 20).setValue('lạc chỗ'));
    const r = refresh(e);
    expect(r.calls.count('Sheet.clear')).toBe(1);
    expect(shown(e)).toEqual(before);
    expect(statsSheet(e).charts).toHaveLength(3);
  });

  it('finds the columns it reads after they were moved and one inserted before them', () => {
    const before = shown(e);
    asUser(e, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      sheet.insertColumnBefore(1);
      sheet.getRange(1, 1).setValue('Ghi chú riêng');
      const archived = TASK_COLUMNS.findIndex((c) => c.key === 'archived') + 2;
      sheet.moveColumns(sheet.getRange(1, archived, 1, 1), 2);
    });
    const r = refresh(e);
    expect(writes(r)).toEqual([0, 0, 0, 0]);
    expect(shown(e)).toEqual(before);
    // The header was checked and the columns found again (one call more); then cached again.
    expect(r.cost.dataCalls).toBeGreaterThan(5);
    expect(refresh(e).cost.dataCalls).toBeLessThanOrEqual(5);
  });
});

describe('the sidebar statistics', () => {
  it('gives leaders the figures, the units ranked and any unit’s persons', () => {
    const s = ok(call<StatsReply>(emu, LEADER, 'getStatistics', {}));
    expect(s.whole.counts.assigned).toBe(902);
    const y = ok(call<StatsReply>(emu, LEADER, 'getStatistics', { period: '2025' }));
    expect(y.whole.counts.assigned).toBe(12);
    const persons = ok(call<StatsReply>(emu, LEADER, 'getStatistics', { unit: 'nhs07' }));
    expect(persons.personsUnit).toBe('nhs07');
    expect(persons.persons.length).toBeGreaterThan(0);
    expect(s.canReport).toBe(true);
  });

  it('reproduces the article in the endpoint too', () => {
    const e = nhsRegister();
    const s = ok(call<StatsReply>(e, VIEWER, 'getStatistics', {}));
    expect([
      s.whole.pct.completedOnTime,
      s.whole.pct.doneLate,
      s.whole.pct.archived,
      s.whole.pct.inTime,
      s.whole.pct.overdue,
      s.whole.pct.updated,
    ]).toEqual(['67 %', '19 %', '6 %', '7 %', '0,3 %', '97 %']);
    expect(s.unitsFullyUpdated).toBe(NHS_EXPECTED.unitsFull);
    expect(s.unitsWithTasks).toBe(NHS_EXPECTED.units);
  });

  it('shows an official the units but the persons of their own unit only', () => {
    const s = ok(call<StatsReply>(emu, OFFICIAL, 'getStatistics', { unit: 'nhs07' }));
    expect(s.units.length).toBeGreaterThanOrEqual(24);
    expect(s.personUnits.map((u) => u.key)).toEqual(['nhs03']);
    expect(s.personsUnit).toBe('nhs03');
    const refused = call(emu, OFFICIAL, 'getStatisticsTasks', {
      unit: 'nhs07',
      person: NHS_PEOPLE[18].email,
      figure: 'assigned',
    });
    expect(refused.ok).toBe(false);
    const follower = ok(call<StatsReply>(emu, FOLLOWER, 'getStatistics', {}));
    expect(follower.personUnits.map((u) => u.key).sort()).toEqual(['nhs01', 'nhs05']);
  });

  it('drills down from a number to exactly the tasks behind it, hiding what the caller may not see', () => {
    const all = ok(call<DrillReply>(emu, LEADER, 'getStatisticsTasks', { figure: 'doneLate' }));
    expect(all.total).toBe(173);
    expect(all.tasks).toHaveLength(173);
    expect(all.hidden).toBe(0);
    expect(all.tasks.every((t) => t.status === 'done_late')).toBe(true);
    const unit = ok(
      call<DrillReply>(emu, OFFICIAL, 'getStatisticsTasks', { unit: 'nhs03', figure: 'assigned' }),
    );
    const own = ok(call<StatsReply>(emu, OFFICIAL, 'getStatistics', {})).units.find(
      (u) => u.key === 'nhs03',
    )!;
    expect(unit.total).toBe(own.view.counts.assigned);
    // Confidential tasks of the unit are counted but not listed for an official who is not on them.
    expect(unit.tasks.length + unit.hidden).toBe(unit.total);
    expect(unit.tasks.every((t) => !t.confidential || t.assignees.some((a) => a.email === OFFICIAL))).toBe(
      true,
    );
    const other = ok(
      call<DrillReply>(emu, OFFICIAL, 'getStatisticsTasks', { unit: 'nhs07', figure: 'assigned' }),
    );
    expect(other.tasks).toHaveLength(0);
    expect(other.hidden).toBe(other.total);
    const bad = call(emu, LEADER, 'getStatisticsTasks', { figure: 'everything' });
    expect(bad.ok).toBe(false);
  });

  it('a number behind more tasks than one page gives the rest page by page (`offset`)', () => {
    const page = (offset: number) =>
      ok(call<DrillReply>(emu, LEADER, 'getStatisticsTasks', { figure: 'assigned', offset }));
    const first = page(0);
    const visible = first.total - first.hidden;
    expect(first.tasks).toHaveLength(200);
    const ids = new Set(first.tasks.map((t) => t.id));
    for (let offset = 200; offset < visible; offset += 200)
      for (const t of page(offset).tasks) {
        expect(ids.has(t.id)).toBe(false);
        ids.add(t.id);
      }
    expect(ids.size).toBe(visible);
    expect(page(visible).tasks).toHaveLength(0);
  });

  it('refuses a period it cannot read, with the forms it can', () => {
    const r = call(emu, LEADER, 'getStatistics', { period: 'hôm kia' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('tháng 10/2026');
  });
});

describe('the wall board', () => {
  it('needs no identity and shows neither a confidential title nor an e-mail', () => {
    const reply = call<WallboardView>(emu, '', 'getWallboard');
    const w = ok(reply);
    expect(w.whole.pct.completedOnTime).toBe('67 %');
    expect(w.units).toHaveLength(25);
    // Overdue now, whatever the period: the two overdue tasks of 2026 (the third of the grid's "overdue"
    // was reported late and awaits confirmation) and the twelve left from 2025.
    expect(w.overdueTotal).toBe(2 + 12);
    const json = JSON.stringify(w);
    expect(json).not.toMatch(/@/);
    expect(w.overdue.every((o) => !o.confidential || o.title === 'Nhiệm vụ mật')).toBe(true);
    expect(w.overdue[0].daysLate).toBeGreaterThanOrEqual(w.overdue[w.overdue.length - 1].daysLate);
  });

  it('opens as a 1200 × 800 dialog from the menu, and as an embeddable web app page', () => {
    emu.run('openWallboard', [], { as: LEADER });
    const dialog = emu.world.ui.dialogs[emu.world.ui.dialogs.length - 1];
    expect([dialog.width, dialog.height]).toEqual([1200, 800]);
    expect(dialog.html).toContain('getWallboard');
    const page = emu.run('doGet', [{ parameter: {} }], { as: '' }).value;
    const snap = (
      unwrap(page) as unknown as { _snapshot(): { html: string; xFrameOptionsMode: string } }
    )._snapshot();
    expect(snap.xFrameOptionsMode).toBe('ALLOWALL');
    expect(snap.html).toContain('getWallboard');
  });
});

describe('the monthly report', () => {
  it('is a Google Doc in the register’s folder, in the administrative layout', () => {
    const r = ok(
      call<{ id: string; name: string; folder: string }>(emu, LEADER, 'createMonthlyReport', {
        month: '10/2026',
      }),
    );
    const file = emu.world.drive.files[r.id];
    expect(file.mimeType).toBe('application/vnd.google-apps.document');
    expect(file.name).toBe('Báo cáo kết quả thực hiện nhiệm vụ tháng 10-2026');
    const folder = emu.world.drive.files[file.parents[0]];
    expect(folder.name).toBe('Báo cáo');
    expect(emu.world.drive.files[folder.parents[0]].name).toMatch(/^Nhắc Việc – /);
    const text = file.doc!.text;
    for (const s of [
      'UBND QUẬN NGŨ HÀNH SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Ngũ Hành Sơn, ngày 23 tháng 11 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện nhiệm vụ tháng 10/2026',
      'I. TÌNH HÌNH CHUNG',
      'II. KẾT QUẢ THEO ĐƠN VỊ',
      'III. NHIỆM VỤ ĐANG QUÁ HẠN',
      'IV. ĐÁNH GIÁ, ĐỀ XUẤT',
      'Lũy kế từ đầu năm',
      'Nơi nhận:',
    ])
      expect(text).toContain(s);
    expect(text).not.toMatch(/@/);
  });

  it('reuses the folders, can be a PDF, and is refused to an official', () => {
    const r = ok(
      call<{ id: string }>(emu, LEADER, 'createMonthlyReport', { month: '2026-09', format: 'pdf' }),
    );
    const file = emu.world.drive.files[r.id];
    expect(file.mimeType).toBe('application/pdf');
    const folders = Object.values(emu.world.drive.files).filter((f) => f.name === 'Báo cáo');
    expect(folders).toHaveLength(1);
    const text = pdfText(fileContent(emu.world.drive, r.id).bytes);
    expect(text).toContain('tháng 09/2026');
    const refused = call(emu, OFFICIAL, 'createMonthlyReport', {});
    expect(refused.ok).toBe(false);
  });
});
