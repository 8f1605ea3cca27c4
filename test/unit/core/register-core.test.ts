/**
 * The register's pure pieces: finding columns, reading rows, ids, settings, permissions and the action
 * rules, without Apps Script.
 */
import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromYmd, instantOfDayStart } from '../../../src/core/civil-date';
import { headerFingerprint, looksLikeOurSheet, resolveColumns } from '../../../src/core/columns';
import { Directory, type Person } from '../../../src/core/directory';
import { canSee, allowedActions } from '../../../src/core/permissions';
import { planRefresh } from '../../../src/core/refresh';
import { SHEETS, TASK_COLUMNS } from '../../../src/core/schema';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/core/settings';
import { formatTaskId, nextSequence, parseTaskId, readTaskRow, type Task } from '../../../src/core/task';
import {
  formatExtensionRequest,
  parseExtensionRequest,
  planConfirm,
  planReport,
  planRequestExtension,
  type ActionContext,
} from '../../../src/core/task-actions';
import { UserError } from '../../../src/core/messages';
import { dayOfDateCell, parseDateCell } from '../../../src/core/parse';
import { blankTask } from '../../helpers/tasks';

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d)!;
const vnDate = (y: number, m: number, d: number) => new Date(instantOfDayStart(day(y, m, d)));

describe('columns', () => {
  const def = SHEETS.tasks;
  const header = TASK_COLUMNS.map((c) => c.vi);

  it('metadata wins over header text, and header text finds the rest', () => {
    const moved = [...header];
    moved[0] = 'Tình hình'; // renamed id column
    const { map, missing } = resolveColumns(def, moved, new Map([['id', 0]]));
    expect(missing).toEqual([]);
    expect(map.id).toBe(0);
    expect(map.title).toBe(header.indexOf('Tên nhiệm vụ'));
  });

  it('a header cell claimed by metadata is never given to another key', () => {
    const { map } = resolveColumns(def, header, new Map([['notes', 1]]));
    expect(map.notes).toBe(1);
    expect(map.status).not.toBe(1);
    expect(Object.values(map).length).toBe(new Set(Object.values(map)).size);
  });

  it('matches headers in either language, ignoring case and spaces', () => {
    const { map } = resolveColumns(
      SHEETS.holidays,
      ['  NGÀY ', 'name', 'Kind', 'Provisional', 'Ghi  chú'],
      new Map(),
    );
    expect(map).toEqual({ date: 0, name: 1, kind: 2, provisional: 3, note: 4 });
  });

  it('tells our sheet from a foreign one', () => {
    expect(looksLikeOurSheet(def, header)).toBe(true);
    expect(looksLikeOurSheet(def, [])).toBe(true);
    expect(looksLikeOurSheet(def, ['Họ tên', 'Điểm', 'Lớp'])).toBe(false);
  });

  it('the fingerprint changes whenever a header cell changes or moves', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 8 }), fc.nat(), (cells, k) => {
        const i = k % cells.length;
        const changed = [...cells];
        changed[i] = `${changed[i]}x`;
        return headerFingerprint(cells) !== headerFingerprint(changed);
      }),
    );
  });
});

describe('task rows and ids', () => {
  const row = (values: Partial<Record<string, unknown>>) => (key: string) => values[key] ?? '';

  it('reads a row typed by hand, trimming and lower-casing e-mails', () => {
    const read = readTaskRow(
      row({
        id: 'NV-2026-0007',
        title: '  Báo cáo  ',
        assignees: 'A@X.VN; b@y.vn',
        deadline: vnDate(2026, 3, 10),
        progress: 0.4,
        archived: 'TRUE',
      }) as never,
      9,
    );
    expect(read.kind).toBe('task');
    if (read.kind !== 'task') return;
    expect(read.task).toMatchObject({
      row: 9,
      title: 'Báo cáo',
      assignees: ['a@x.vn', 'b@y.vn'],
      deadline: day(2026, 3, 10),
      progress: 40,
      archived: true,
    });
  });

  it('names every problem of a broken row, and skips blank rows', () => {
    expect(readTaskRow(row({}) as never, 2).kind).toBe('blank');
    const read = readTaskRow(
      row({ deadline: 'ngày mai', assignees: 'không-phải-email', progress: '140%' }) as never,
      5,
    );
    expect(read.kind).toBe('problem');
    if (read.kind !== 'problem') return;
    expect(read.problem.row).toBe(5);
    expect(read.problem.reasons).toEqual([
      'thiếu tên nhiệm vụ',
      expect.stringMatching(/^cột "Hạn xử lý": Không phải ngày: "ngày mai"/),
      'cột "Tiến độ (%)": tiến độ phải từ 0 đến 100 %',
      'cột "Người thực hiện (email)": email không hợp lệ "không-phải-email"',
    ]);
  });

  it('never reuses an id: above the sheet and the stored counter', () => {
    expect(nextSequence(['NV-2026-0003', 'NV-2025-0100', 'xx'], 2026, 0)).toBe(4);
    expect(nextSequence(['NV-2026-0003'], 2026, 12)).toBe(13);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99999 })), fc.nat({ max: 99999 }), (seqs, counter) => {
        const ids = seqs.map((s) => formatTaskId('NV', 2026, s));
        const next = nextSequence(ids, 2026, counter);
        return !ids.includes(formatTaskId('NV', 2026, next)) && next > counter;
      }),
    );
    expect(parseTaskId(formatTaskId('NV', 2026, 42))).toEqual({ prefix: 'NV', year: 2026, seq: 42 });
  });
});

describe('settings', () => {
  it('reads typed values, falls back to defaults on typos and reports them', () => {
    const { settings, problems } = parseSettings(
      new Map<string, unknown>([
        ['maxExtensions', 2],
        ['reminderHour', 'bảy'],
        ['sendOnRestDays', 'Có'],
        ['language', 'EN'],
      ]),
    );
    expect(settings.maxExtensions).toBe(2);
    expect(settings.reminderHour).toBe(DEFAULT_SETTINGS.reminderHour);
    expect(settings.sendOnRestDays).toBe(true);
    expect(settings.language).toBe('en');
    expect(problems).toEqual([{ key: 'reminderHour', raw: 'bảy' }]);
  });
});

const person = (email: string, role: Person['role'], unit = 'TP'): Person => ({
  email,
  name: email,
  unit,
  role,
  active: true,
  row: 2,
});
const dir = new Directory(
  [
    person('lead@x.vn', 'leader'),
    person('a@x.vn', 'official'),
    person('f@x.vn', 'follower', 'VP'),
    person('o@x.vn', 'official', 'YT'),
  ],
  [
    { code: 'TP', name: 'Phòng Tư pháp', parent: '', leader: 'lead@x.vn', follower: 'f@x.vn', focal: '' },
    { code: 'YT', name: 'Phòng Y tế', parent: '', leader: '', follower: '', focal: '' },
  ],
);
function task(extra: Partial<Task> = {}): Task {
  return blankTask({
    id: 'NV-2026-0001',
    title: 'Việc',
    assigner: 'lead@x.vn',
    leadUnit: 'Phòng Tư pháp',
    assignees: ['a@x.vn'],
    assignedDay: day(2026, 3, 2),
    deadline: day(2026, 3, 10),
    progress: 0,
    ...extra,
  });
}
const ctx = (me: Person, today = day(2026, 3, 4)): ActionContext => ({
  me,
  dir,
  calendar: new WorkingCalendar(),
  settings: DEFAULT_SETTINGS,
  today,
});

describe('permissions', () => {
  it('confidential tasks are seen only by the people on them, their confirmers, leaders and admins', () => {
    const secret = task({ confidential: true });
    expect(canSee(person('a@x.vn', 'official'), secret, dir)).toBe(true);
    expect(canSee(person('lead@x.vn', 'leader'), secret, dir)).toBe(true);
    expect(canSee(person('f@x.vn', 'follower', 'VP'), secret, dir)).toBe(true); // the lead unit's follower
    expect(canSee(person('o@x.vn', 'official', 'YT'), secret, dir)).toBe(false);
    expect(canSee(person('v@x.vn', 'viewer'), secret, dir)).toBe(false);
    expect(canSee(person('v@x.vn', 'viewer'), task(), dir)).toBe(true);
  });

  it('officials see their unit and their own tasks; followers the units they follow', () => {
    expect(canSee(person('o@x.vn', 'official', 'YT'), task(), dir)).toBe(false);
    expect(canSee(person('z@x.vn', 'official', 'TP'), task(), dir)).toBe(true);
    expect(canSee(person('f@x.vn', 'follower', 'VP'), task(), dir)).toBe(true);
  });

  it('viewers may do nothing; doers update and report; overseers confirm', () => {
    const state = { open: true, awaiting: false, extensionPending: false, extensionsLeft: true };
    expect(allowedActions(person('v@x.vn', 'viewer'), task(), dir, state)).toEqual([]);
    expect(allowedActions(person('a@x.vn', 'official'), task(), dir, state)).toEqual([
      'update',
      'report',
      'delegate',
      'requestExtension',
    ]);
    expect(
      allowedActions(person('f@x.vn', 'follower', 'VP'), task(), dir, {
        ...state,
        open: false,
        awaiting: true,
      }),
    ).toEqual(['confirm', 'sendBack']);
  });
});

describe('actions', () => {
  it('the extension request cell round-trips, whatever the reason says', () => {
    fc.assert(
      fc.property(fc.integer({ min: day(2000, 1, 1), max: day(2100, 12, 31) }), fc.string(), (d, reason) => {
        const parsed = parseExtensionRequest(formatExtensionRequest(d, reason.trim()));
        return parsed !== null && parsed.day === d && parsed.reason === reason.trim();
      }),
    );
  });

  it('a late report needs an explanation unless the register already has one', () => {
    const official = person('a@x.vn', 'official');
    const late = ctx(official, day(2026, 3, 12));
    expect(() => planReport(task(), late, { result: 'Xong' })).toThrow(/cần nhập giải trình/);
    expect(
      planReport(task({ explanation: 'Đã giải trình' }), late, { result: 'Xong' }).changes.reportedDate,
    ).toEqual({
      day: day(2026, 3, 12),
    });
  });

  it('refuses with the reason that helps: archived beats not allowed', () => {
    const follower = person('f@x.vn', 'follower', 'VP');
    const archived = task({ archived: true, reportedDay: day(2026, 3, 3) });
    expect(() => planConfirm(archived, ctx(follower))).toThrow(
      'Nhiệm vụ NV-2026-0001 đã được lưu trữ nên không thể xác nhận hoàn thành.',
    );
    expect(() => planConfirm(task(), ctx(follower))).toThrow(/chưa báo cáo kết quả/);
    try {
      planRequestExtension(task(), ctx(person('a@x.vn', 'official')), {
        newDeadline: '2026-03-09',
        reason: '',
      });
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).fields.map((f) => f.field)).toEqual(['reason', 'newDeadline']);
    }
  });
});

describe('the refresh plan', () => {
  it('changes only what differs from the sheet, and gives ids to new rows', () => {
    const map = Object.fromEntries(TASK_COLUMNS.map((c, i) => [c.key, i]));
    const mk = (cells: Record<string, unknown>) => TASK_COLUMNS.map((c) => cells[c.key] ?? '');
    const rows = [
      mk({
        id: 'NV-2026-0001',
        title: 'A',
        deadline: vnDate(2026, 3, 30),
        status: 'Đang thực hiện trong hạn',
      }),
      mk({ title: 'B', deadline: vnDate(2026, 3, 3) }),
      mk({}),
    ];
    const plan = planRefresh({
      rows,
      map,
      today: day(2026, 3, 2),
      calendar: new WorkingCalendar(),
      settings: DEFAULT_SETTINGS,
      counters: {},
    });
    expect([...plan.changes.keys()]).toEqual([1]);
    expect(plan.changes.get(1)).toEqual({ id: 'NV-2026-0002', status: 'Sắp đến hạn', daysLeft: 1 });
    expect(plan.counters).toEqual({ 2026: 2 });
  });
});

describe('the fast path for date cells', () => {
  it('agrees with parseDateCell on every Date: the same day, or null where it refuses', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2110, 0, 1) }), (ms) => {
        const d = new Date(ms);
        const full = parseDateCell(d);
        return dayOfDateCell(d) === (full.ok ? full.value : null);
      }),
      { numRuns: 3000 },
    );
    expect(dayOfDateCell('10/03/2026')).toBeNull();
    expect(dayOfDateCell(new Date(NaN))).toBeNull();
  });
});
