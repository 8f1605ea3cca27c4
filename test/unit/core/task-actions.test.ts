/** The action rules: the extension request cell, late reports, and the refusal that helps. */
import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromYmd } from '../../../src/core/civil-date';
import { Directory, type Person } from '../../../src/core/directory';
import { UserError } from '../../../src/core/messages';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Task } from '../../../src/core/task';
import {
  formatExtensionRequest,
  parseExtensionRequest,
  planConfirm,
  planReport,
  planRequestExtension,
  type ActionContext,
} from '../../../src/core/task-actions';
import { blankTask } from '../../helpers/tasks';

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d)!;
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
