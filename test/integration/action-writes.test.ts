/**
 * How an action writes (docs/register-access.md, "What an action costs, call by call"): the column map
 * taken on trust and checked after the writes by the read that applies them; the audit line and its
 * notices saved in one property write and moved to their sheets later, never twice.
 */
import { TASK_COLUMNS } from '../../src/core/schema';
import {
  ADMIN,
  LEADER,
  OFFICIAL,
  asUser,
  auditAfterSetup,
  auditValues,
  documentPropertiesOf,
  setUpRegister,
  sheetValues,
  taskRecords,
} from './helpers';
import type { Emulator } from '../../emulator';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
const ALWAYS = 1000;
const vi = (key: string) => TASK_COLUMNS.find((c) => c.key === key)!.vi;

function call<T>(emu: Emulator, as: string, fn: string, ...args: unknown[]): Reply<T> {
  return emu.run<Reply<T>>(fn, args, { as }).value;
}

function assigned(emu: Emulator): string {
  const r = call<{ task: { id: string } }>(emu, LEADER, 'assignTask', {
    title: 'Rà soát hồ sơ',
    leadUnit: 'VP',
    assignees: [OFFICIAL],
    deadline: { mode: 'date', date: '2026-03-10' },
  });
  if (!r.ok) throw new Error(r.error);
  return r.data.task.id;
}

const pendingKeys = (emu: Emulator) =>
  Object.keys(documentPropertiesOf(emu)).filter((k) => k.startsWith('nhacviec.auditPending.'));

describe('the column map taken on trust', () => {
  it('an update writes its row, checks the header after it, and needs no flush', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const id = assigned(emu);
    call(emu, OFFICIAL, 'updateProgress', id, { progress: 10 }); // finds the row and keeps its hint
    const run = emu.run<Reply<unknown>>('updateProgress', [id, { progress: 40, note: 'Đã có số liệu' }], {
      as: OFFICIAL,
    });
    expect(run.value.ok).toBe(true);
    // The row, then the header after the write; no header first, no flush, no audit sheet touched.
    expect(run.calls.count('Sheet.getSheetValues')).toBe(2);
    expect(run.calls.count('SpreadsheetApp.flush')).toBe(0);
    expect(run.calls.count('Sheet.appendRow')).toBe(0);
    expect(run.cost.dataCalls).toBe(3);
    expect(taskRecords(emu)[0].progress).toBe(0.4);
  });

  it('columns swapped by hand since the map was cached: the write is undone, made again in the right columns, audited once', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const id = assigned(emu);
    call(emu, OFFICIAL, 'updateProgress', id, { progress: 10, note: 'Bắt đầu' });
    const lines = auditAfterSetup(emu).length;
    // A person drags the notes column in front of the result column (no trigger fires for it).
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const notes = header.indexOf(vi('notes')) + 1;
      const result = header.indexOf(vi('result')) + 1;
      sheet.moveColumns(sheet.getRange(1, notes), result);
    });
    const before = sheetValues(emu, 'Nhiệm vụ');
    const link = 'https://docs.google.com/document/d/1AbCdEf/edit';
    const run = emu.run<Reply<unknown>>('updateProgress', [id, { progress: 60, note: 'Gần xong', link }], {
      as: OFFICIAL,
    });
    expect(run.value.ok).toBe(true);
    const after = sheetValues(emu, 'Nhiệm vụ');
    const col = (key: string) => after[0].indexOf(vi(key));
    expect(after[1][col('result')]).toBe(link);
    expect(after[1][col('notes')]).toBe(before[1][col('notes')]);
    expect(after[1][col('progress')]).toBe(0.6);
    // Every other cell as it was: nothing landed in a column by the old map.
    after[1].forEach((v, i) => {
      if (![col('result'), col('progress'), col('lastUpdate'), col('updateCount')].includes(i))
        expect(String(v)).toBe(String(before[1][i]));
    });
    expect(auditAfterSetup(emu)).toHaveLength(lines + 1);
    // The trusted attempt (row, write, check), the undo, then the header first and the flush.
    expect(run.calls.count('SpreadsheetApp.flush')).toBe(1);
  });

  it('a refusal decided from rows read on trust is given only after the columns are checked', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const id = assigned(emu);
    const run = emu.run<Reply<unknown>>('confirmTask', [id], { as: OFFICIAL });
    expect(run.value.ok).toBe(false);
    expect(run.calls.count('Sheet.getSheetValues')).toBeGreaterThanOrEqual(2); // the row, then the header
    expect(auditAfterSetup(emu)).toHaveLength(1);
  });
});

describe('a confirmation', () => {
  function reported(emu: Emulator): string {
    const id = assigned(emu);
    call(emu, OFFICIAL, 'reportResult', id, { result: 'Đã gửi báo cáo' });
    return id;
  }

  it('writes its status and its confirmation in one run: the columns sit side by side', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const id = reported(emu);
    const run = emu.run<Reply<unknown>>('confirmTask', [id], { as: LEADER });
    expect(run.value.ok).toBe(true);
    expect(run.calls.count('Range.setValues')).toBe(1);
    expect(run.cost.dataCalls).toBe(3);
    const row = taskRecords(emu)[0];
    expect([row.status, row.confirmedBy]).toEqual(['Hoàn thành trước hạn', LEADER]);
  });

  it('a register whose confirmation columns sit further on (set up before, or moved by hand) takes two runs, and the same result', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const id = reported(emu);
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const by = header.indexOf(vi('confirmedBy')) + 1;
      sheet.moveColumns(sheet.getRange(1, by, 1, 2), header.indexOf(vi('archived')) + 1);
    });
    const run = emu.run<Reply<unknown>>('confirmTask', [id], { as: LEADER });
    expect(run.value.ok).toBe(true);
    expect(run.calls.count('Range.setValues')).toBeGreaterThanOrEqual(2);
    const after = sheetValues(emu, 'Nhiệm vụ');
    const at = (key: string) => after[1][after[0].indexOf(vi(key))];
    expect(after[0].indexOf(vi('confirmedBy'))).toBeGreaterThan(after[0].indexOf(vi('result')));
    expect([at('status'), at('confirmedBy')]).toEqual(['Hoàn thành trước hạn', LEADER]);
    expect(at('confirmedAt')).toBeInstanceOf(Date);
  });
});

describe('audit lines waiting in the properties', () => {
  it('are saved with the chain in one write, and moved to the sheet once, even when a move is cut short', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const id = assigned(emu);
    call(emu, OFFICIAL, 'updateProgress', id, { progress: 30 });
    expect(pendingKeys(emu).length).toBeGreaterThan(0);
    const inSheet = sheetValues(emu, 'Nhật ký').length;
    expect(auditValues(emu)).toHaveLength(inSheet + 2);
    // The move writes the lines and is cut before their waiting copy goes: Google keeps failing. The
    // check goes on, and reads each line once (the waiting copy of a line the sheet holds is not read).
    emu.faults.inject({ on: 'Properties.deleteProperty', at: 1, times: ALWAYS, fn: 'checkAuditLog' });
    const cut = call<{ ok: boolean; lines: number }>(emu, ADMIN, 'checkAuditLog');
    expect(cut.ok && cut.data).toMatchObject({ ok: true, lines: inSheet + 1 });
    expect(sheetValues(emu, 'Nhật ký')).toHaveLength(inSheet + 2);
    expect(pendingKeys(emu).length).toBeGreaterThan(0);
    emu.faults.clear();
    const check = call<{ ok: boolean; lines: number }>(emu, ADMIN, 'checkAuditLog');
    expect(check.ok && check.data).toMatchObject({ ok: true, lines: inSheet + 1 });
    expect(sheetValues(emu, 'Nhật ký')).toHaveLength(inSheet + 2);
    expect(pendingKeys(emu)).toEqual([]);
  });

  it('a line number forged into the last line of the sheet hides no waiting line, and loses none', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const id = assigned(emu);
    call(emu, OFFICIAL, 'updateProgress', id, { progress: 30 });
    const rows = sheetValues(emu, 'Nhật ký').length;
    // A person types a code claiming line 999 into the sheet's last line (after the warning).
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhật ký')!;
      sheet.getRange(sheet.getLastRow(), sheet.getLastColumn()).setValue('k999:AAAAAAAAAAAAAAAA');
    });
    const all = auditValues(emu);
    expect(all).toHaveLength(rows + 2); // the sheet's rows and the two lines waiting
    const check = call<{ ok: boolean; lines: number; findings: unknown[] }>(emu, ADMIN, 'checkAuditLog');
    expect(check.ok && check.data.ok).toBe(false); // the edited line is reported
    // Both waiting lines reached the sheet; nothing waits any more.
    expect(sheetValues(emu, 'Nhật ký')).toHaveLength(rows + 2);
    expect(pendingKeys(emu)).toEqual([]);
    const moved = sheetValues(emu, 'Nhật ký').slice(-2);
    expect(moved.map((r) => [r[2], r[3]])).toEqual([
      [id, 'Giao nhiệm vụ'],
      [id, 'Cập nhật tiến độ'],
    ]);
  });

  it('a store grown full: the action that finds it full moves everything, in order, the chain intact', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const id = assigned(emu);
    const long = 'Đã rà soát hồ sơ của các phòng, tổng hợp ý kiến. '.repeat(38); // ~1,900 characters
    let moved = false;
    for (let i = 0; i < 60 && !moved; i++) {
      const r = call(emu, OFFICIAL, 'updateProgress', id, {
        progress: (i % 9) * 10 + 10,
        note: `${i} ${long}`,
      });
      expect(r.ok).toBe(true);
      moved = pendingKeys(emu).length === 0;
    }
    expect(moved).toBe(true);
    const notes = auditValues(emu)
      .slice(1)
      .filter((r) => r[3] === 'Cập nhật tiến độ')
      .map((r) => Number(String(r[6]).split(' ')[0]));
    expect(notes).toEqual(notes.map((_, i) => i));
    const check = call<{ ok: boolean }>(emu, ADMIN, 'checkAuditLog');
    expect(check.ok && check.data.ok).toBe(true);
  });

  it('the hourly job moves them in an idle hour; an idle hour with nothing waiting reads no sheet', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    expect(call(emu, ADMIN, 'installReminders', 7).ok).toBe(true);
    emu.run('hourlyJob', [], { as: ADMIN, at: '2026-03-02T07:30:00+07:00' }); // the day's run
    const id = assigned(emu);
    call(emu, OFFICIAL, 'updateProgress', id, { progress: 30 });
    // 10:30: the waiting lines go to the sheet, the assignment's notice to the queue, and out.
    emu.run('hourlyJob', [], { as: ADMIN, at: '2026-03-02T10:30:00+07:00' });
    expect(pendingKeys(emu)).toEqual([]);
    const quiet = emu.run<{ action: string }>('hourlyJob', [], {
      as: ADMIN,
      at: '2026-03-02T11:30:00+07:00',
    });
    expect(quiet.value.action).toBe('idle');
    expect(quiet.calls.total('spreadsheet')).toBe(0);
    call(emu, OFFICIAL, 'updateProgress', id, { progress: 40 });
    expect(pendingKeys(emu).length).toBeGreaterThan(0);
    const idle = emu.run<{ action: string }>('hourlyJob', [], { as: ADMIN, at: '2026-03-02T12:30:00+07:00' });
    expect(idle.value.action).toBe('idle');
    expect(pendingKeys(emu)).toEqual([]);
    expect(sheetValues(emu, 'Nhật ký').map((r) => r[3])).toContain('Cập nhật tiến độ');
  });
});
