/**
 * The audit's check (`checkAuditLog`) on the built bundle: each way a person or a script can tamper with
 * the `Nhật ký` sheet is detected and named (row and kind), lines cut off the end are detected, a line
 * re-hashed with plain SHA-256 is detected, honest text never raises an alarm, and a register whose
 * audit was written with the first version's plain codes is checked without false alarms.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Emulator } from '../../emulator';
import { ADMIN, LEADER, OFFICIAL, asUser, auditValues, byHand, settleAudit, setUpRegister } from './helpers';

const AUDIT = 'Nhật ký';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
interface Check {
  ok: boolean;
  lines: number;
  brokenRow: number | null;
  problem: string | null;
  message: string;
}

function call<T>(emu: Emulator, as: string, fn: string, ...args: unknown[]): T {
  const reply = emu.run<Reply<T>>(fn, args, { as }).value;
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.data;
}

const check = (emu: Emulator) => call<Check>(emu, ADMIN, 'checkAuditLog');

function assign(emu: Emulator): string {
  return call<{ task: { id: string } }>(emu, LEADER, 'assignTask', {
    title: 'Báo cáo tổng kết công tác năm 2026',
    details: 'Tổng hợp số liệu các phòng',
    source: 'Thông báo 12/TB-UBND',
    leadUnit: 'VP',
    assignees: [OFFICIAL],
    deadline: { mode: 'date', date: '2026-03-10' },
  }).task.id;
}

function update(emu: Emulator, id: string, progress: number, note: string): void {
  call(emu, OFFICIAL, 'updateProgress', id, { progress, note });
}

/** A register with the setup line, an assignment and `notes.length` updates: rows 2… of the audit. */
function audited(notes = ['Bắt đầu', 'Đã thu số liệu', 'Gần xong', 'Chờ ký']): { emu: Emulator; id: string } {
  const emu = setUpRegister('2026-03-02T08:00:00+07:00');
  const id = assign(emu);
  notes.forEach((note, i) => update(emu, id, 10 * (i + 1), note));
  settleAudit(emu); // the hourly job has moved the lines to their sheet
  return { emu, id };
}

const auditRows = (emu: Emulator) => auditValues(emu).slice(1);

/** A value as a script would write it to stay as read: text that Sheets would parse, marked. */
const asTyped = (v: unknown) => (typeof v === 'string' && /^\s*[=+\-@\d(.,']/.test(v) ? "'" + v : v);

/** The first version's code: plain SHA-256 of the line and the code before (what a script can compute). */
function plainCode(previous: string, row: readonly unknown[]): string {
  const at = row[0] instanceof Date ? row[0].toISOString() : String(row[0]);
  const text = [previous, at, ...row.slice(1, 7).map(String)].join('\u241f');
  return createHash('sha256').update(text, 'utf8').digest('base64').slice(0, 16);
}

describe('the audit check names what was done by hand', () => {
  it('an intact audit, written by every action, is reported intact', () => {
    const { emu } = audited();
    expect(check(emu)).toMatchObject({ ok: true, lines: 6, brokenRow: null, problem: null });
  });

  it('a line edited: its row', () => {
    const { emu } = audited();
    byHand(emu, ADMIN, (ui) => ui.setValue(AUDIT, 'G4', 'Đã xong'));
    const r = check(emu);
    expect(r).toMatchObject({ ok: false, brokenRow: 4, problem: 'edited' });
    expect(r.message).toBe(
      'Nhật ký đã bị sửa bằng tay: dòng 4 đã bị sửa (nội dung hoặc mã kiểm tra không còn khớp).',
    );
  });

  it('a line deleted: how many, and the row after the gap', () => {
    const { emu } = audited();
    byHand(emu, ADMIN, (ui) => ui.deleteRows(AUDIT, 4, 2));
    const r = check(emu);
    expect(r).toMatchObject({ ok: false, brokenRow: 4, problem: 'deleted' });
    expect(r.message).toBe('Nhật ký đã bị sửa bằng tay: 2 dòng đã bị xoá ngay trước dòng 4.');
  });

  it('a line inserted, made up or copied: its row', () => {
    const { emu } = audited();
    byHand(emu, ADMIN, (ui) => {
      ui.insertRows(AUDIT, 5);
      ui.setValues(AUDIT, 'A5', [
        [
          '02/03/2026 09:00:00',
          OFFICIAL,
          'NV-2026-0001',
          'Cập nhật tiến độ',
          '',
          '100%',
          'Xong',
          'k4:AAAAAAAAAAAAAAAA',
        ],
      ]);
    });
    expect(check(emu)).toMatchObject({ ok: false, brokenRow: 5, problem: 'inserted' });

    const copied = audited().emu;
    byHand(copied, ADMIN, (ui) => {
      ui.insertRows(AUDIT, 5);
      ui.copyPaste(AUDIT, 'A4:H4', 'A5');
    });
    const r = check(copied);
    expect(r).toMatchObject({ ok: false, brokenRow: 5, problem: 'inserted' });
    expect(r.message).toBe('Nhật ký đã bị sửa bằng tay: dòng 5 được chèn thêm, không do Nhắc Việc ghi.');
  });

  it('lines reordered: the first row out of place', () => {
    const { emu } = audited();
    byHand(emu, ADMIN, (ui) => ui.moveRows(AUDIT, 6, 4));
    const r = check(emu);
    expect(r).toMatchObject({ ok: false, brokenRow: 4, problem: 'moved' });
    expect(r.message).toBe('Nhật ký đã bị sửa bằng tay: dòng 4 đã bị chuyển chỗ (thứ tự các dòng bị đảo).');
  });

  it('the last lines cut off: how many, against the recorded end', () => {
    const { emu } = audited();
    byHand(emu, ADMIN, (ui) => ui.deleteRows(AUDIT, 6, 2));
    const r = check(emu);
    expect(r).toMatchObject({ ok: false, lines: 4, brokenRow: 6, problem: 'truncated' });
    expect(r.message).toBe(
      'Nhật ký đã bị sửa bằng tay: 2 dòng cuối đã bị xoá (từ dòng 6); nhật ký kết thúc sớm hơn bản ghi của Nhắc Việc.',
    );
    // The last line alone, cleared rather than deleted, is cut off too.
    const cleared = audited().emu;
    byHand(cleared, ADMIN, (ui) => ui.clear(AUDIT, 'A7:H7'));
    expect(check(cleared)).toMatchObject({ ok: false, brokenRow: 7, problem: 'truncated' });
  });

  it('a line edited by a script and its codes recomputed with plain SHA-256: the edited row', () => {
    const { emu } = audited();
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName(AUDIT)!;
      const rows = sheet.getDataRange().getValues();
      rows[3][6] = 'Đã xong'; // row 4's note
      for (let i = 3; i < rows.length; i++) rows[i][7] = plainCode(String(rows[i - 1][7]), rows[i]);
      sheet.getRange(4, 1, rows.length - 3, 8).setValues(rows.slice(3).map((r) => r.map(asTyped)));
    });
    expect(check(emu)).toMatchObject({ ok: false, brokenRow: 4, problem: 'edited' });
  });
});

describe('honest text never raises an alarm', () => {
  const notes = [
    '50% khối lượng',
    '+84 912 345 678',
    '=SUM(A1:A3)',
    '@all',
    '(dự thảo)',
    "'trích dẫn",
    '-5 ngày',
    '007',
  ];

  it('notes starting with a digit, a sign, =, @, ( or an apostrophe: stored as typed, the audit intact', () => {
    const { emu } = audited(notes);
    expect(
      auditRows(emu)
        .slice(2)
        .map((r) => r[6]),
    ).toEqual(notes);
    expect(check(emu)).toMatchObject({ ok: true, lines: 2 + notes.length });
  });

  it('property: any note a person may type comes back from the audit sheet as typed, the check intact', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const id = assign(emu);
    const typed: string[] = [];
    const start = fc.constantFrom('', "'", "''", '=', '+', '-', '@', '(', '0', '12/3 ', '50%', 'TRUE', ' ');
    fc.assert(
      fc.property(fc.tuple(start, fc.string({ maxLength: 12 })), ([head, tail]) => {
        const raw = head + tail;
        // What the form accepts: no control characters; stored trimmed.
        const note = raw
          .replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '')
          .normalize('NFC')
          .trim();
        if (note === '') return;
        update(emu, id, 50, note);
        typed.push(note);
        const rows = auditRows(emu);
        expect(rows[rows.length - 1][6]).toBe(note);
      }),
      { numRuns: 30 },
    );
    expect(check(emu)).toMatchObject({ ok: true, lines: 2 + typed.length });
  });
});

describe('a register whose audit began with the first version (plain SHA-256 codes)', () => {
  /**
   * Rewrites the audit as the first version wrote it: plain codes over what it was passed (a note made
   * inert by cleanText carried its apostrophe into the hash), its head in `nhacviec.auditHead`, no key.
   */
  function firstVersion(): Emulator {
    const { emu } = audited(['50% khối lượng', 'Gần xong', '=SUM(A1:A3)']);
    const { globals, end } = emu.beginExecution({ as: ADMIN });
    try {
      const ss = (
        globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
      ).getActiveSpreadsheet();
      const sheet = ss.getSheetByName(AUDIT)!;
      const rows = sheet.getDataRange().getValues().slice(1);
      let head = '';
      for (const row of rows) {
        const passed = row.map((v, i) => (i === 6 && /^[=0-9]/.test(String(v)) ? "'" + String(v) : v));
        head = plainCode(head, passed);
        row[7] = head;
      }
      sheet.getRange(2, 1, rows.length, 8).setValues(rows.map((r) => r.map(asTyped)));
      const props = (
        globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
      ).getDocumentProperties();
      props.deleteProperty('nhacviec.auditChain');
      props.deleteProperty('nhacviec.auditKey');
      props.setProperty('nhacviec.auditHead', head);
    } finally {
      end();
    }
    return emu;
  }

  it('is intact, before and after new keyed lines; the old lines are still checked', () => {
    const emu = firstVersion();
    expect(check(emu)).toMatchObject({ ok: true, lines: 5 });
    const id = String(auditRows(emu)[1][2]);
    update(emu, id, 90, '90% xong');
    update(emu, id, 95, 'Chờ ký');
    expect(check(emu)).toMatchObject({ ok: true, lines: 7 });
    expect(String(auditRows(emu)[6][7])).toMatch(/^k7:/);

    byHand(emu, ADMIN, (ui) => ui.setValue(AUDIT, 'G4', 'Đã xong'));
    expect(check(emu)).toMatchObject({ ok: false, brokenRow: 4, problem: 'edited' });
  });

  it('old lines edited and all their codes recomputed with plain SHA-256: detected at the switch', () => {
    const emu = firstVersion();
    const id = String(auditRows(emu)[1][2]);
    update(emu, id, 90, 'Mới');
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName(AUDIT)!;
      const rows = sheet.getRange(2, 1, 5, 8).getValues();
      rows[2][6] = 'Đã xong';
      let head = '';
      for (const row of rows) row[7] = head = plainCode(head, row);
      sheet.getRange(2, 1, 5, 8).setValues(rows.map((r) => r.map(asTyped)));
    });
    expect(check(emu)).toMatchObject({ ok: false, brokenRow: 6, problem: 'rehashed' });
  });

  it('the last old line deleted before any keyed line: cut off', () => {
    const emu = firstVersion();
    byHand(emu, ADMIN, (ui) => ui.deleteRows(AUDIT, 6, 1));
    expect(check(emu)).toMatchObject({ ok: false, problem: 'truncated' });
  });
});
