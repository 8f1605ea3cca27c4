/**
 * Google's transient errors (emulator/faults.ts: a spreadsheet that times out, a server error, an
 * address unavailable, a daily quota) in the middle of the actions that are not task actions (those are
 * in transient-faults.test.ts): the task's Drive workspace, the statistics sheet, setup, the monthly
 * report, the wall board and the reminders' run. Each either succeeds after a retry, or says so in
 * Vietnamese and leaves a state the next attempt completes (with nothing made twice).
 */
import type { Emulator } from '../../emulator';
import type { FaultKind } from '../../emulator/faults';
import {
  ADMIN,
  LEADER,
  OFFICIAL,
  addTasks,
  asUser,
  displayValues,
  newEmulator,
  setUpRegister,
} from './helpers';
import { logRows, runJob, type JobResult, type Reply } from './reminders-helpers';
import {
  artefacts,
  assign,
  call,
  ok,
  row,
  workspaceRegister,
  type WorkspaceReply,
} from './workspace-helpers';

/** More failures than the add-on's tries (1 + 2 retries). */
const ALWAYS = 3;
/** What the person reads when Google kept failing: in Vietnamese, what to do, no stack trace. */
const TRANSIENT = /^Google đang tạm thời lỗi \(đã thử lại mấy lần\); thao tác có thể chưa xong/;
const KINDS: FaultKind[] = ['timeout', 'server', 'address', 'quota'];
const DRIVE_KINDS: FaultKind[] = ['server', 'address', 'quota', 'timeout'];
/** What the person reads for each kind: a daily quota waits for tomorrow; the others, minutes. */
const said = (kind: FaultKind) =>
  kind === 'quota' ? /^Google báo tài khoản này đã dùng hết hạn mức trong ngày/ : TRANSIENT;

function noStack(message: string): void {
  expect(message).not.toMatch(/\bat \w+ \(|Code\.gs/);
}

describe("a task's Drive workspace", () => {
  it.each(DRIVE_KINDS)(
    'a %s fault on the document: the task stays assigned; "Thử lại" completes it',
    (kind) => {
      const emu = workspaceRegister();
      // Files.create: the register's folder, the year's, the task's, then the document (4th).
      emu.faults.inject({ on: 'Drive.Files.create', at: 4, fn: 'assignTask', kind });
      const reply = assign(emu);
      const id = reply.task.id;
      expect(reply.workspace!.ok).toBe(false);
      expect(reply.workspace!.message).toMatch(/^Chưa tạo xong thư mục và tài liệu trên Drive/);
      expect(reply.workspace!.message).toMatch(
        kind === 'quota' ? /hết hạn mức/ : /Google đang tạm thời lỗi; hãy thử lại sau ít phút/,
      );
      expect(row(emu, id).folderId).not.toBe('');
      const retry = ok(call<WorkspaceReply>(emu, LEADER, 'createTaskWorkspace', id));
      expect(retry.ok).toBe(true);
      expect(
        artefacts(emu, id)
          .map((f) => f.appProperties.nhacviecKind)
          .sort(),
      ).toEqual(['doc', 'folder', 'slip']);
    },
  );

  it('a folder made although its call timed out (unconfirmed) is found again: nothing twice', () => {
    const emu = workspaceRegister();
    // The task's folder (3rd Files.create) is made, then the call throws.
    emu.faults.inject({ on: 'Drive.Files.create', at: 3, fn: 'assignTask', tookEffect: true });
    const id = assign(emu).task.id;
    expect(ok(call<WorkspaceReply>(emu, LEADER, 'createTaskWorkspace', id)).ok).toBe(true);
    const kinds = artefacts(emu, id).map((f) => f.appProperties.nhacviecKind);
    expect(kinds.sort()).toEqual(['doc', 'folder', 'slip']);
  });

  it('a listing that fails once is tried again: made at once, nothing twice', () => {
    const emu = workspaceRegister();
    emu.faults.inject({ on: 'Drive.Files.list', at: 1, fn: 'assignTask', kind: 'server' });
    const reply = assign(emu);
    expect(reply.workspace).toMatchObject({ ok: true });
    expect(artefacts(emu, reply.task.id)).toHaveLength(3);
  });

  it('the row that cannot be written: said in words; the next try records what Drive holds, no duplicate', () => {
    const emu = workspaceRegister();
    const id = assign(emu, { confidential: false }, LEADER).task.id;
    // Start again from a task with no workspace recorded, as after a row write that never happened.
    const files = artefacts(emu, id).length;
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      for (const h of ['Liên kết tài liệu', 'Mã thư mục', 'Mã tài liệu'])
        if (header.includes(h)) sheet.getRange(2, header.indexOf(h) + 1).setValue('');
    });
    emu.faults.inject({ on: 'Range.setValues', at: 1, times: ALWAYS, fn: 'createTaskWorkspace' });
    const failed = call<WorkspaceReply>(emu, LEADER, 'createTaskWorkspace', id);
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error).toMatch(TRANSIENT);
      noStack(failed.error);
    }
    emu.faults.clear();
    expect(ok(call<WorkspaceReply>(emu, LEADER, 'createTaskWorkspace', id)).ok).toBe(true);
    expect(artefacts(emu, id)).toHaveLength(files);
    expect(row(emu, id).folderId).not.toBe('');
  });
});

describe('the statistics sheet', () => {
  function withStats(): Emulator {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    addTasks(emu, [
      { title: 'Quá hạn', assignees: OFFICIAL, leadUnit: 'Văn phòng', deadline: '27/02/2026' },
      { title: 'Trong hạn', assignees: OFFICIAL, leadUnit: 'Văn phòng', deadline: '20/03/2026' },
    ]);
    expect(call(emu, ADMIN, 'refreshStatisticsSheet').ok).toBe(true);
    return emu;
  }
  const backgrounds = (emu: Emulator) =>
    asUser(emu, (ss) => ss.getSheetByName('Thống kê')!.getDataRange().getBackgrounds());
  /** A coloured cell's colour and value changed by hand: the next refresh has both to write back. */
  const handEdit = (emu: Emulator) =>
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Thống kê')!;
      const row = sheet
        .getDataRange()
        .getBackgrounds()
        .findIndex((r) => r[1] !== '#ffffff');
      sheet
        .getRange(row + 1, 2)
        .setBackground(null)
        .setValue('sửa tay');
    });

  it('a read that times out is tried again', () => {
    const emu = withStats();
    emu.faults.inject({ on: 'Range.getValues', at: 1, fn: 'refreshStatisticsSheet' });
    expect(call(emu, ADMIN, 'refreshStatisticsSheet').ok).toBe(true);
    expect(emu.faults.log).toHaveLength(1);
  });

  it.each(['Range.setValues', 'Range.setBackgrounds'] as const)(
    'a write (%s) that keeps failing: said in words; the next morning run puts the whole sheet right',
    (on) => {
      const emu = withStats();
      const colours = backgrounds(emu);
      // The figures (the time stamp aside: it says when they were written).
      const figures = () =>
        displayValues(emu, 'Thống kê').map((r) =>
          r
            .slice(0, 3)
            .join('|')
            .replace(/lúc .*/, ''),
        );
      const values = figures();
      expect(call(emu, ADMIN, 'installReminders', 7).ok).toBe(true);
      handEdit(emu);
      emu.faults.inject({ on, at: 1, times: ALWAYS, fn: 'refreshStatisticsSheet' });
      const failed = call(emu, ADMIN, 'refreshStatisticsSheet');
      expect(failed.ok).toBe(false);
      if (!failed.ok) expect(failed.error).toMatch(TRANSIENT);
      emu.faults.clear();
      // The morning run's statistics (the quick path) must not trust what the failed write left.
      runJob(emu, '2026-03-02T08:30:00+07:00');
      expect(backgrounds(emu)).toEqual(colours);
      expect(figures()).toEqual(values);
    },
  );

  it.each(KINDS)('from the menu, a %s fault: a Vietnamese dialog, not Google’s error', (kind) => {
    const emu = withStats();
    handEdit(emu);
    emu.faults.inject({ on: 'Range.setValues', at: 1, times: ALWAYS, fn: 'statisticsFromMenu', kind });
    emu.run('statisticsFromMenu', [], { as: ADMIN });
    const alert = emu.world.ui.alerts.at(-1)!;
    expect(alert.prompt).toMatch(said(kind));
  });
});

describe('setup', () => {
  /** Each sheet's name, width, rules and protections; the register's admins. */
  const sheetsOf = (emu: Emulator) =>
    asUser(emu, (ss, app) => [
      ...ss
        .getSheets()
        .map(
          (s) =>
            `${s.getName()}:${s.getLastColumn()}:${s.getConditionalFormatRules().length}:${s.getProtections(app.ProtectionType.RANGE).length}:${s.getProtections(app.ProtectionType.SHEET).length}`,
        ),
      ...ss
        .getSheetByName('Cán bộ')!
        .getDataRange()
        .getValues()
        .slice(1)
        .map((r) => r.join('|')),
    ]);
  let cleanSheets: string[] | null = null;
  const clean = () => {
    if (!cleanSheets) {
      const emu = newEmulator();
      emu.run('setup', [], { as: ADMIN });
      cleanSheets = sheetsOf(emu);
    }
    return cleanSheets;
  };

  it.each([
    ['the 3rd new sheet', 'Spreadsheet.insertSheet', 3, 'timeout'],
    ['the 6th new sheet', 'Spreadsheet.insertSheet', 6, 'server'],
    ['a header', 'Range.setValues', 2, 'address'],
    ['the audit line', 'Sheet.appendRow', 1, 'quota'],
    ['the protections', 'Range.protect', 2, 'server'],
  ] as const)(
    'interrupted at %s (%s): run again, it completes as a clean setup would',
    (_what, on, at, kind) => {
      const emu = newEmulator();
      emu.faults.inject({ on, at, times: ALWAYS, fn: 'setup', kind });
      expect(() => emu.run('setup', [], { as: ADMIN })).toThrow(
        /timed out|server error|Address unavailable|for one day/,
      );
      expect(emu.faults.log.length).toBeGreaterThan(0);
      emu.faults.clear();
      const again = emu.run<{ ok: boolean; message: string }>('setup', [], { as: ADMIN }).value;
      expect(again.ok).toBe(true);
      expect(again.message).not.toMatch(/bản sao/);
      expect(sheetsOf(emu)).toEqual(clean());
      // The first admin is the one who set it up, and the register is usable.
      expect(emu.run<Reply<unknown>>('getSidebarState', [], { as: ADMIN }).value.ok).toBe(true);
    },
  );
});

describe('the monthly report', () => {
  it.each(DRIVE_KINDS)(
    'a %s fault making the document: said in words; made by the next try, in the same folder',
    (kind) => {
      const emu = setUpRegister('2026-03-02T08:00:00+07:00');
      // Files.create: the register's folder, the reports folder, then the report (3rd).
      emu.faults.inject({ on: 'Drive.Files.create', at: 3, fn: 'createMonthlyReport', kind });
      const failed = call(emu, LEADER, 'createMonthlyReport', { month: '02/2026' });
      expect(failed.ok).toBe(false);
      if (!failed.ok) {
        expect(failed.error).toMatch(said(kind));
        noStack(failed.error);
      }
      const made = ok(
        call<{ name: string; folder: string }>(emu, LEADER, 'createMonthlyReport', { month: '02/2026' }),
      );
      expect(made.folder).toBe('Báo cáo');
      const folders = Object.values(emu.world.drive.files).filter((f) => f.appProperties.nhacviecFolder);
      expect(folders.map((f) => f.appProperties.nhacviecFolder).sort()).toEqual(['reports', 'root']);
    },
  );
});

describe('the wall board', () => {
  it.each(KINDS)(
    'a %s fault: a passing one is tried again; one that keeps failing is said in words',
    (kind) => {
      const emu = setUpRegister('2026-03-02T08:00:00+07:00');
      emu.faults.inject({ on: 'Range.getValues', at: 1, fn: 'getWallboard', kind });
      // A daily quota is not tried again (the board may still show: its figures can come from the cache).
      if (kind !== 'quota') expect(call(emu, ADMIN, 'getWallboard').ok).toBe(true);
      emu.faults.clear();
      emu.faults.inject({ on: 'spreadsheet', rate: 1, fn: 'getWallboard', kind });
      const failed = call(emu, ADMIN, 'getWallboard');
      expect(failed.ok).toBe(false);
      if (!failed.ok) {
        expect(failed.error).toMatch(said(kind));
        noStack(failed.error);
      }
    },
  );
});

describe("the reminders' morning run", () => {
  function morning(): Emulator {
    const emu = setUpRegister('2026-03-03T06:00:00+07:00');
    addTasks(emu, [
      { title: 'Quá hạn', assignees: OFFICIAL, leadUnit: 'Văn phòng', deadline: '27/02/2026' },
      { title: 'Hôm nay', assignees: LEADER, deadline: '03/03/2026' },
    ]);
    expect(call(emu, ADMIN, 'installReminders', 7).ok).toBe(true);
    return emu;
  }
  const to = (emu: Emulator) => emu.world.mail.outbox.map((m) => m.to[0]).sort();

  it.each(['timeout', 'server', 'address'] as FaultKind[])(
    'a %s fault writing the refreshed statuses is tried again: each e-mail once',
    (kind) => {
      const emu = morning();
      emu.faults.inject({ on: 'Range.setValues', at: 1, fn: 'hourlyJob', kind });
      const run = runJob(emu, '2026-03-03T07:10:00+07:00').value as JobResult;
      expect(run.action).toBe('daily');
      expect(emu.faults.log).toHaveLength(1);
      expect(new Set(to(emu)).size).toBe(to(emu).length);
      expect(to(emu).length).toBeGreaterThan(0);
    },
  );

  it.each(KINDS)(
    'a run that keeps failing (%s) is recorded, shown to the admins, the next does the day once',
    (kind) => {
      const emu = morning();
      emu.faults.inject({ on: 'spreadsheet', rate: 1, fn: 'hourlyJob', kind });
      const broken = runJob(emu, '2026-03-03T07:10:00+07:00').value as JobResult;
      expect(broken.action).toBe('error');
      expect(emu.world.mail.outbox).toHaveLength(0);
      emu.faults.clear();
      emu.clock.set('2026-03-03T07:20:00+07:00');
      const status = call<{ warning: string | null }>(emu, ADMIN, 'getReminderStatus');
      expect(status.ok && status.data.warning).toMatch(/không thành công|lỗi/);
      runJob(emu, '2026-03-03T08:10:00+07:00');
      runJob(emu, '2026-03-03T09:10:00+07:00');
      expect(new Set(to(emu)).size).toBe(to(emu).length);
      // The admin is told of the failed run in the next morning's mail (here: today's first good run).
      const admin = emu.world.mail.outbox.filter((m) => m.to.includes(ADMIN));
      expect(admin.map((m) => m.body).join('\n')).toMatch(/không thành công/);
      expect(logRows(emu).filter((r) => r.to === ADMIN)).toHaveLength(1);
    },
  );
});
