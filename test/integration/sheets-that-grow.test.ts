/**
 * The sheets that only grow stay bounded (issue 11, item 4): the send log folds rows older than last
 * month into one line per day, never today's, and reminders stay exactly once across the fold; the
 * notification queue keeps only unsent entries; the audit adds one compact line per run that changed
 * something.
 */
import type { Emulator } from '../../emulator';
import { ADMIN, LEADER, OFFICIAL, addTasks, asUser, sheetValues } from './helpers';
import { FOLLOWER, LOG, QUEUE, editState, logRows, remindersRegister, runJob } from './reminders-helpers';
import { gridCells } from './write-helpers';

const sheetMaxRows = (emu: Emulator, name: string) =>
  emu.world.spreadsheets.byId[emu.world.activeSpreadsheetId].sheets.find((s) => s.name === name)!.maxRows;

const vnDate = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+07:00`));

/** Rows as the log holds them, by position: at, day, to, kind, tasks, outcome, note, code, keys. */
function seedLog(emu: Emulator, rows: { day: string; to: string; code: string }[]): void {
  asUser(emu, (ss) => {
    const sheet = ss.getSheetByName(LOG)!;
    const values = rows.map((r, i) => [
      new Date(vnDate(r.day).getTime() + (7 * 60 + i) * 60_000),
      vnDate(r.day),
      r.to,
      'Nhắc việc hằng ngày',
      'NV-2026-0001',
      r.code === 'sent' ? 'Đã gửi' : 'Hoãn',
      '',
      r.code,
      `${r.day}|${r.to}|NV-2026-0001|overdue`,
    ]);
    const first = sheet.getLastRow() + 1;
    const missing = first + values.length - 1 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    sheet.getRange(first, 1, values.length, 9).setValues(values);
  });
}

/** Working days of a month (Monday to Friday), as yyyy-MM-dd. */
function weekdays(year: number, month: number): string[] {
  const out: string[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(year, month - 1, d));
    if (date.getUTCMonth() !== month - 1) break;
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) out.push(date.toISOString().slice(0, 10));
  }
  return out;
}

describe('the send log keeps this month and the last, folding older rows into one line per day', () => {
  let emu: Emulator;
  const january = weekdays(2026, 1);
  const february = weekdays(2026, 2);
  let gridBefore = 0;
  let first: ReturnType<typeof runJob>;

  beforeAll(() => {
    emu = remindersRegister('2026-03-02T06:00:00+07:00');
    addTasks(emu, [
      { title: 'Quá hạn', assignees: OFFICIAL, leadUnit: 'Văn phòng', deadline: '27/02/2026' },
      { title: 'Hôm nay', assignees: LEADER, deadline: '02/03/2026' },
      { title: 'Sắp đến', assignees: FOLLOWER, deadline: '04/03/2026' },
    ]);
    // Two months of an office's log: three people a day, one of them deferred by the quota.
    const day = (iso: string) => [
      { day: iso, to: OFFICIAL, code: 'sent' },
      { day: iso, to: LEADER, code: 'sent' },
      { day: iso, to: FOLLOWER, code: 'deferred' },
    ];
    seedLog(emu, [...january.flatMap(day), ...february.flatMap(day)]);
    gridBefore = gridCells(emu, LOG);
    first = runJob(emu, '2026-03-02T07:10:00+07:00');
  });

  it('folds January into one line per day on the first run of March, and sends as usual', () => {
    // Three people and, on a Monday, the office's weekly summary.
    expect(first.value).toMatchObject({ action: 'daily', sent: 4 });
    const values = sheetValues(emu, LOG).slice(1);
    const summaries = values.filter((r) => r[7] === 'summary');
    expect(summaries).toHaveLength(january.length);
    expect(summaries.map((r) => r[5])).toEqual(january.map(() => 'Đã gửi 2 thư; hoãn 1; không gửi được 0'));
    expect(summaries[0][3]).toBe('Tổng hợp ngày');
    // Summary lines first, then February's rows as written, then today's.
    expect(values.slice(0, january.length).every((r) => r[7] === 'summary')).toBe(true);
    const rows = logRows(emu).filter((r) => r.code !== 'summary');
    expect(rows).toHaveLength(february.length * 3 + 4);
    expect(rows.slice(-4).every((r) => r.code === 'sent')).toBe(true);
    // The grid shrank by the rows folded (9 cells each).
    expect(gridCells(emu, LOG)).toBe(gridBefore - (january.length * 3 - january.length) * 9);
  });

  it('sends nothing twice on the day of the fold, even reading the whole log again', () => {
    const outbox = emu.world.mail.outbox.length;
    editState(emu, (state) => ({ ...state, day: null, logTail: null }));
    expect(runJob(emu, '2026-03-02T09:10:00+07:00').value).toMatchObject({ action: 'daily', sent: 0 });
    expect(emu.world.mail.outbox).toHaveLength(outbox);
  });

  it("never folds today's rows, even when asked to fold again the same day", () => {
    const before = logRows(emu);
    const outbox = emu.world.mail.outbox.length;
    editState(emu, (state) => ({
      ...state,
      day: null,
      logTail: { ...(state.logTail as object), rotated: '2026-02' },
    }));
    expect(runJob(emu, '2026-03-02T10:10:00+07:00').value).toMatchObject({ action: 'daily', sent: 0 });
    expect(logRows(emu)).toEqual(before);
    expect(emu.world.mail.outbox).toHaveLength(outbox);
  });

  it('folds February on the first run of April, keeping March', () => {
    const run = runJob(emu, '2026-04-01T07:10:00+07:00');
    expect(run.value.action).toBe('daily');
    const values = sheetValues(emu, LOG).slice(1);
    expect(values.filter((r) => r[7] === 'summary')).toHaveLength(january.length + february.length);
    const march = logRows(emu).filter((r) => r.code === 'sent' && r.keys[0]?.iso.startsWith('2026-03'));
    expect(march).toHaveLength(4);
    // What remains of the rows: March's and today's.
    expect(
      values.filter((r) => r[7] !== 'summary').every((r) => (r[1] as Date) >= vnDate('2026-03-01')),
    ).toBe(true);
  });

  it('a later run of the same month folds nothing and reads only from the remembered tail', () => {
    const run = runJob(emu, '2026-04-02T07:10:00+07:00');
    expect(run.value.action).toBe('daily');
    expect(run.calls.count('Sheet.deleteRows')).toBe(0);
  });
});

describe('the notification queue keeps only what is not sent yet', () => {
  it('is empty again after the hour that sends it: no growth day after day', () => {
    const emu = remindersRegister('2026-03-02T06:00:00+07:00');
    addTasks(emu, [{ title: 'Việc', assignees: OFFICIAL, deadline: '30/03/2026' }]);
    runJob(emu, '2026-03-02T07:10:00+07:00');
    const queued = (n: number) =>
      asUser(emu, (ss) => {
        const sheet = ss.getSheetByName(QUEUE)!;
        const rows = Array.from({ length: n }, (_, i) => [
          `id-${i}`,
          new Date(),
          OFFICIAL,
          'assigned',
          'NV-2026-0001',
          ADMIN,
          '',
        ]);
        sheet.getRange(sheet.getLastRow() + 1, 1, n, 7).setValues(rows);
      });
    const grid = gridCells(emu, QUEUE);
    for (const day of ['02', '03', '04']) {
      queued(5);
      // As queueNotification leaves it: the hourly run reads the queue only when told to.
      const { globals, end } = emu.beginExecution({ as: ADMIN });
      try {
        (globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
          .getDocumentProperties()
          .setProperty('nhacviec.notify.pending', '1');
      } finally {
        end();
      }
      runJob(emu, `2026-03-${day}T10:10:00+07:00`);
      expect(
        sheetValues(emu, QUEUE)
          .slice(1)
          .filter((r) => r.some((v) => v !== '')),
      ).toEqual([]);
    }
    expect(gridCells(emu, QUEUE)).toBe(grid);
  });
});

describe('the audit', () => {
  it('adds one line of 8 cells per run that changed something, and none for a run that did not', () => {
    const emu = remindersRegister('2026-03-02T06:00:00+07:00');
    addTasks(emu, [{ title: 'Việc', assignees: OFFICIAL, deadline: '04/03/2026' }]);
    const lines = () => sheetValues(emu, 'Nhật ký').length;
    emu.run('refresh', [], { as: ADMIN });
    const after = lines();
    emu.run('refresh', [], { as: ADMIN, at: '2026-03-02T09:00:00+07:00' });
    expect(lines()).toBe(after);
    emu.run('refresh', [], { as: ADMIN, at: '2026-03-03T07:00:00+07:00' });
    expect(lines()).toBe(after + 1);
    expect(sheetValues(emu, 'Nhật ký')[after]).toHaveLength(8);
    // The grid is as wide as the line: 8 cells per line toward the 10-million-cell limit, not 26.
    expect(gridCells(emu, 'Nhật ký') / sheetMaxRows(emu, 'Nhật ký')).toBe(8);
    expect(gridCells(emu, LOG) / sheetMaxRows(emu, LOG)).toBe(9);
    expect(gridCells(emu, QUEUE) / sheetMaxRows(emu, QUEUE)).toBe(7);
  });
});
