/**
 * Setup and the daily refresh, on the built bundle in the emulator.
 */
import { TASK_COLUMNS } from '../../src/core/schema';
import {
  ADMIN,
  OFFICIAL,
  addTasks,
  asUser,
  newEmulator,
  records,
  setUpRegister,
  sheetValues,
  taskRecords,
  vnIso,
  auditValues,
} from './helpers';
import { HOLIDAY_COLUMNS } from '../../src/core/schema';

const SHEET_NAMES = ['Cài đặt', 'Đơn vị', 'Cán bộ', 'Ngày nghỉ', 'Nhiệm vụ', 'Nhật ký'];

interface SetupResult {
  ok: boolean;
  message: string;
  created: string[];
  foreign: string[];
}
interface RefreshResult {
  ok: boolean;
  message: string;
  total: number;
  changed: number;
  counts: Record<string, number>;
  problems: { row: number; reasons: string[] }[];
}

describe('setup', () => {
  it('makes an empty spreadsheet a register, with its first user as administrator', () => {
    const emu = newEmulator('2026-03-02T08:00:00+07:00');
    const { value, calls } = emu.run<SetupResult>('setup', [], { as: ADMIN });
    expect(value.ok).toBe(true);
    expect(value.created).toEqual([
      'Cài đặt',
      'Cán bộ',
      'Đơn vị',
      'Ngày nghỉ',
      'Nhiệm vụ',
      'Nhật ký',
      'Kế hoạch tuần',
      'Đánh giá',
    ]);
    const names = asUser(emu, (ss) => ss.getSheets().map((s) => s.getName()));
    for (const n of SHEET_NAMES) expect(names).toContain(n);
    expect(sheetValues(emu, 'Nhiệm vụ')[0]).toEqual(TASK_COLUMNS.map((c) => c.vi));
    expect(sheetValues(emu, 'Cán bộ')[1].slice(0, 4)).toEqual([
      ADMIN,
      'vanphong',
      '',
      'Quản trị (văn phòng)',
    ]);
    expect(asUser(emu, (ss) => ss.getSheetByName('Nhiệm vụ')!.getFrozenRows())).toBe(1);
    expect(asUser(emu, (ss) => ss.getSpreadsheetTimeZone())).toBe('Asia/Ho_Chi_Minh');
    // Holidays for this year and next, provisional; Tết 2026 is 17 February.
    const holidays = records(emu, 'Ngày nghỉ', HOLIDAY_COLUMNS);
    const years = new Set(holidays.map((h) => vnIso(h.date).slice(0, 4)));
    expect([...years].sort()).toEqual(['2026', '2027']);
    expect(holidays.some((h) => String(h.name).startsWith('Tết Nguyên đán'))).toBe(true);
    // About 8 calls a sheet protect Cán bộ, Đơn vị, Cài đặt and Ngày nghỉ for the administrators;
    // about 14 calls each make Kế hoạch tuần and Đánh giá.
    expect(calls.total('spreadsheet')).toBeLessThanOrEqual(270);
  });

  it('colours rows by status with conditional-format rules and protects computed columns with a warning', () => {
    const emu = newEmulator();
    emu.run('setup', [], { as: ADMIN });
    const { rules, protections } = asUser(emu, (ss, app) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      return {
        rules: sheet.getConditionalFormatRules().length,
        protections: sheet
          .getProtections(app.ProtectionType.RANGE)
          .map((p) => [p.getRange().getColumn(), p.getRange().getNumColumns(), p.isWarningOnly()]),
      };
    });
    expect(rules).toBe(7);
    // Dropdowns from the units and staff sheets, a date rule, a checkbox; none on computed columns.
    const kinds = asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      const at = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;
      const criteria = (key: string) =>
        sheet.getRange(2, at(key)).getDataValidation()?.getCriteriaType() ?? null;
      return ['leadUnit', 'assigner', 'deadline', 'archived', 'status'].map((k) => String(criteria(k)));
    });
    expect(kinds).toEqual(['VALUE_IN_RANGE', 'VALUE_IN_RANGE', 'DATE_IS_VALID_DATE', 'CHECKBOX', 'null']);
    // Exactly the computed columns (id, status, days left first; the extension request and Drive columns
    // last), each protection warning-only.
    const covered = protections.flatMap(([start, count]) =>
      Array.from({ length: Number(count) }, (_, i) => Number(start) + i),
    );
    const computed = TASK_COLUMNS.flatMap((c, i) => ('computed' in c && c.computed ? [i + 1] : []));
    expect(covered).toEqual(computed);
    expect(computed.slice(0, 3)).toEqual([1, 2, 3]);
    expect(protections.length).toBe(2);
    expect(protections.every(([, , warning]) => warning === true)).toBe(true);
  });

  it('can run again without losing or duplicating anything', () => {
    const emu = setUpRegister();
    addTasks(emu, [{ title: 'Báo cáo quý I', deadline: '31/03/2026', assignees: OFFICIAL }]);
    const before = SHEET_NAMES.map((n) => sheetValues(emu, n));
    const again = emu.run<SetupResult>('setup', [], { as: ADMIN }).value;
    expect(again.created).toEqual([]);
    expect(again.message).toContain('không có gì cần thêm');
    expect(SHEET_NAMES.map((n) => sheetValues(emu, n))).toEqual(before);
  });

  it('refuses an unknown e-mail, an empty e-mail and a non-administrator, changing nothing', () => {
    const emu = setUpRegister();
    const before = SHEET_NAMES.map((n) => sheetValues(emu, n));
    expect(() => emu.run('setup', [], { as: '' })).toThrow(/Không xác định được tài khoản/);
    expect(() => emu.run('setup', [], { as: OFFICIAL })).toThrow(/Chỉ quản trị/);
    expect(SHEET_NAMES.map((n) => sheetValues(emu, n))).toEqual(before);
  });

  it('leaves a foreign sheet of the same name untouched and says so', () => {
    const emu = newEmulator();
    asUser(emu, (ss) => {
      ss.insertSheet('Nhiệm vụ')
        .getRange(1, 1, 2, 2)
        .setValues([
          ['Họ tên', 'Điểm'],
          ['An', 9],
        ]);
    });
    const result = emu.run<SetupResult>('setup', [], { as: ADMIN }).value;
    expect(result.ok).toBe(false);
    expect(result.foreign).toEqual(['Nhiệm vụ']);
    expect(result.message).toContain('Sheet "Nhiệm vụ" đã có sẵn với nội dung khác');
    expect(sheetValues(emu, 'Nhiệm vụ')).toEqual([
      ['Họ tên', 'Điểm'],
      ['An', 9],
    ]);
  });

  it('adds back a column users deleted, keeping the rest', () => {
    const emu = setUpRegister();
    addTasks(emu, [{ title: 'Rà soát hồ sơ', deadline: '10/03/2026' }]);
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      sheet.deleteColumn(TASK_COLUMNS.findIndex((c) => c.key === 'notes') + 1);
    });
    const result = emu.run<SetupResult>('setup', [], { as: ADMIN }).value;
    expect(result.message).toContain('thêm 1 cột vào sheet "Nhiệm vụ"');
    const header = sheetValues(emu, 'Nhiệm vụ')[0];
    expect(header[header.length - 1]).toBe('Ghi chú');
    expect(taskRecords(emu)[0].title).toBe('Rà soát hồ sơ');
  });
});

describe('daily refresh', () => {
  it('computes and writes every status, and a task turns red the morning after its deadline', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00'); // Monday
    addTasks(emu, [
      { title: 'Hạn hôm nay', assignedDate: '02/03/2026', deadline: '03/03/2026' },
      { title: 'Còn xa', assignedDate: '02/03/2026', deadline: '30/03/2026' },
      { title: 'Thường xuyên', assignedDate: '02/03/2026' },
      { title: 'Đã xong sớm', deadline: '30/03/2026', reportedDate: '01/03/2026', confirmedAt: '02/03/2026' },
      { title: 'Chờ xác nhận', deadline: '30/03/2026', reportedDate: '01/03/2026' },
      { title: 'Xong trễ', deadline: '20/02/2026', reportedDate: '25/02/2026', confirmedBy: ADMIN },
      { title: 'Đã thu hồi', deadline: '20/02/2026', archived: true },
    ]);
    const first = emu.run<RefreshResult>('refresh', [], { as: ADMIN }).value;
    expect(first.total).toBe(7);
    expect(first.problems).toEqual([]);
    const statuses = () => taskRecords(emu).map((t) => t.status);
    expect(statuses()).toEqual([
      'Sắp đến hạn',
      'Đang thực hiện trong hạn',
      'Thường xuyên',
      'Hoàn thành trước hạn',
      'Chờ xác nhận',
      'Hoàn thành quá hạn',
      'Lưu trữ',
    ]);
    expect(taskRecords(emu).map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `NV-2026-000${n}`));
    // Working days left only while a task is due soon; blank otherwise (the status says the rest).
    expect(taskRecords(emu).map((t) => t.daysLeft)).toEqual([1, '', '', '', '', '', '']);

    // Wednesday morning, nobody touched anything: the trigger's refresh makes it overdue.
    const next = emu.run<RefreshResult>('dailyJob', [], { as: ADMIN, at: '2026-03-04T07:05:00+07:00' }).value;
    expect(next.changed).toBeGreaterThanOrEqual(1);
    expect(statuses()[0]).toBe('Đang thực hiện quá hạn');
    expect(taskRecords(emu)[0].daysLeft).toBe('');
    // Each run that changed something leaves one line in the audit sheet.
    const audit = auditValues(emu).slice(1);
    expect(audit.map((r) => r[3])).toEqual([
      'Thiết lập sổ theo dõi',
      'Cập nhật trạng thái',
      'Cập nhật trạng thái tự động',
    ]);
    // The refresh asked for names its person; the timed one is the add-on's (issue 14).
    expect(audit.map((r) => r[1])).toEqual([ADMIN, ADMIN, 'Nhắc Việc']);
    expect(audit[2][5]).toMatch(/^Đã cập nhật \d+ nhiệm vụ, 7 nhiệm vụ trong sổ\.$/);
  });

  it('writes nothing when nothing changed, in a handful of Spreadsheet calls', () => {
    const emu = setUpRegister();
    addTasks(emu, [{ title: 'A', deadline: '30/03/2026' }]);
    emu.run('refresh', [], { as: ADMIN });
    const { value, calls } = emu.run<RefreshResult>('refresh', [], { as: ADMIN });
    expect(value.changed).toBe(0);
    expect(calls.count('Range.setValues')).toBe(0);
    expect(calls.total('spreadsheet')).toBeLessThanOrEqual(20);
  });

  it('leaves rows it cannot read as they are and lists them', () => {
    const emu = setUpRegister();
    addTasks(emu, [
      { title: 'Ngày sai', deadline: '31/02/2026' },
      { title: 'Chữ thay ngày', deadline: 'ngày mai' },
      { deadline: '10/03/2026', assignees: OFFICIAL },
      { title: 'Tốt', deadline: '10/03/2026' },
    ]);
    const before = sheetValues(emu, 'Nhiệm vụ').slice(1, 4);
    const result = emu.run<RefreshResult>('refresh', [], { as: ADMIN }).value;
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.row)).toEqual([2, 3, 4]);
    expect(result.problems[0].reasons.join(' ')).toMatch(/Hạn xử lý/);
    expect(result.problems[2].reasons.join(' ')).toMatch(/thiếu tên nhiệm vụ/);
    expect(result.message).toMatch(/3 dòng có dữ liệu không đọc được/);
    expect(sheetValues(emu, 'Nhiệm vụ').slice(1, 4)).toEqual(before);
    expect(taskRecords(emu)[3].status).toBe('Đang thực hiện trong hạn');
  });

  it('still finds its columns after users moved, renamed and blanked headers', () => {
    const emu = setUpRegister();
    addTasks(emu, [{ title: 'Kiểm tra', deadline: '03/03/2026' }]);
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName('Nhiệm vụ')!;
      const deadlineCol = TASK_COLUMNS.findIndex((c) => c.key === 'deadline') + 1;
      const statusCol = TASK_COLUMNS.findIndex((c) => c.key === 'status') + 1;
      sheet.getRange(1, statusCol).setValue('Tình hình'); // renamed
      sheet.getRange(1, deadlineCol).setValue(''); // header deleted
      sheet.moveColumns(sheet.getRange(1, deadlineCol, 1, 1), 1); // moved to the front
    });
    const result = emu.run<RefreshResult>('refresh', [], { as: ADMIN }).value;
    expect(result.problems).toEqual([]);
    const [header, row] = sheetValues(emu, 'Nhiệm vụ');
    expect(row[header.indexOf('Tình hình')]).toBe('Sắp đến hạn');
  });

  it('gives ids to 5,000 pasted rows, none reused', () => {
    const emu = setUpRegister();
    addTasks(
      emu,
      Array.from({ length: 5000 }, (_, i) => ({
        title: `Nhiệm vụ ${i + 1}`,
        deadline: `${(i % 28) + 1}/04/2026`,
      })),
    );
    const result = emu.run<RefreshResult>('refresh', [], { as: ADMIN }).value;
    expect(result.total).toBe(5000);
    const ids = taskRecords(emu).map((t) => t.id);
    expect(new Set(ids).size).toBe(5000);
    expect(ids[4999]).toBe('NV-2026-5000');
    // A row deleted by hand does not free its id.
    asUser(emu, (ss) => ss.getSheetByName('Nhiệm vụ')!.deleteRow(5001));
    addTasks(emu, [{ title: 'Mới', deadline: '30/04/2026' }]);
    emu.run('refresh', [], { as: ADMIN });
    expect(taskRecords(emu).at(-1)!.id).toBe('NV-2026-5001');
  });
});
