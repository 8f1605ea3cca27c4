/** The action rules: the extension request cell, late reports, and the refusal that helps. */
import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import type { Person } from '../../../src/core/directory';
import { UserError } from '../../../src/core/messages';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { DeadlineInput } from '../../../src/core/task-input';
import type { Task } from '../../../src/core/task';
import {
  formatExtensionRequest,
  parseExtensionRequest,
  planConfirm,
  planDecideExtension,
  planDelegate,
  planReport,
  planRequestExtension,
  planUndoConfirm,
  type ActionContext,
} from '../../../src/core/task-actions';
import { day, dir, person, task } from '../../helpers/small-office';

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

describe('deadlines of extensions and sub-tasks (issue 14)', () => {
  const official = person('a@x.vn', 'official');
  const leader = person('lead@x.vn', 'leader');
  // 14/03/2026 is a Saturday; 16/03/2026 the next working day.
  const saturday = '2026-03-14';

  it('an extension to a rest day asks first, as an assignment does; kept on purpose, it goes through', () => {
    const asked = planRequestExtension(task(), ctx(official), {
      newDeadline: saturday,
      reason: 'Chờ số liệu',
    });
    expect(asked.warning).toMatchObject({
      code: 'restDay',
      deadlineIso: saturday,
      suggestedIso: '2026-03-16',
    });
    expect(asked.warning!.message).toMatch(/ngày nghỉ cuối tuần.*16\/03\/2026/);
    const kept = planRequestExtension(task(), ctx(official), {
      newDeadline: saturday,
      reason: 'Chờ số liệu',
      acceptRestDay: true,
    });
    expect(kept.warning).toBeUndefined();
    expect(kept.changes.extensionRequest).toBe('14/03/2026 — Chờ số liệu');
    const weekday = planRequestExtension(task(), ctx(official), { newDeadline: '2026-03-16', reason: 'x' });
    expect(weekday.warning).toBeUndefined();
  });

  it('approving an extension to a rest day asks too: the next working day, or the day as requested', () => {
    const pending = task({ extensionRequest: '14/03/2026 — Chờ số liệu' });
    const asked = planDecideExtension(pending, ctx(leader), { approve: true });
    expect(asked.warning).toMatchObject({ deadlineIso: saturday, suggestedIso: '2026-03-16' });
    const moved = planDecideExtension(pending, ctx(leader), { approve: true, deadline: '2026-03-16' });
    expect(moved.warning).toBeUndefined();
    expect(moved.changes.extendedDeadline).toEqual({ day: day(2026, 3, 16) });
    expect(moved.audit.after).toBe('16/03/2026');
    const kept = planDecideExtension(pending, ctx(leader), { approve: true, acceptRestDay: true });
    expect(kept.warning).toBeUndefined();
    expect(kept.changes.extendedDeadline).toEqual({ day: day(2026, 3, 14) });
    // No other day than the two offered; a refusal asks nothing.
    expect(() =>
      planDecideExtension(pending, ctx(leader), { approve: true, deadline: '2026-03-20' }),
    ).toThrow(
      /Chỉ duyệt được đến ngày đã đề nghị \(14\/03\/2026\) hoặc ngày làm việc tiếp theo \(16\/03\/2026\)/,
    );
    const refused = planDecideExtension(pending, ctx(leader), { approve: false, note: 'Không đủ lý do' });
    expect(refused.warning).toBeUndefined();
  });

  const delegate = (parent: Task, deadline: DeadlineInput, today = day(2026, 3, 4)) =>
    planDelegate(parent, ctx(official, today), {
      title: 'Việc con',
      assignees: ['lead@x.vn'],
      deadline,
    });

  it('a sub-task never sidesteps its parent’s deadline with "no deadline" (refused in Vietnamese)', () => {
    expect(() => delegate(task(), { mode: 'none' })).toThrow(
      'Nhiệm vụ gốc NV-2026-0001 có hạn 10/03/2026: phần việc phân công cũng phải có hạn, không sau 10/03/2026 (không chọn "Thường xuyên").',
    );
    try {
      delegate(task(), { mode: 'none' });
    } catch (e) {
      expect((e as UserError).fields.map((f) => f.field)).toEqual(['deadline']);
    }
    // A parent without a deadline: its sub-task may have none either.
    expect(delegate(task({ deadline: null }), { mode: 'none' }).deadline).toBeNull();
    expect(delegate(task(), { mode: 'date', date: '2026-03-10' }).deadline).toBe(day(2026, 3, 10));
  });

  it('from an overdue parent: due today, the soonest the register holds; never later, never none', () => {
    const overdue = task({ deadline: day(2026, 3, 2) });
    const today = day(2026, 3, 5);
    expect(delegate(overdue, { mode: 'date', date: '2026-03-05' }, today).deadline).toBe(day(2026, 3, 5));
    const refusal =
      'Nhiệm vụ gốc NV-2026-0001 đã quá hạn (02/03/2026): phần việc phân công chỉ có thể có hạn hôm nay (05/03/2026). Muốn thêm thời gian, hãy đề nghị gia hạn nhiệm vụ gốc trước.';
    expect(() => delegate(overdue, { mode: 'date', date: '2026-03-06' }, today)).toThrow(refusal);
    expect(() => delegate(overdue, { mode: 'working_days', workingDays: 1 }, today)).toThrow(refusal);
    expect(() => delegate(overdue, { mode: 'none' }, today)).toThrow(/phần việc phân công cũng phải có hạn/);
    // A day in the past is a deadline before the assignment, as for any task.
    expect(() => delegate(overdue, { mode: 'date', date: '2026-03-02' }, today)).toThrow(/trước/);
    // Extended: the extension is the limit again.
    const extended = task({ deadline: day(2026, 3, 2), extendedDeadline: day(2026, 3, 12) });
    expect(delegate(extended, { mode: 'date', date: '2026-03-12' }, today).deadline).toBe(day(2026, 3, 12));
  });

  it('the parent’s rest-day deadline, passed on to the sub-task, asks nothing (no later day to offer)', () => {
    const parent = task({ deadline: day(2026, 3, 14) });
    expect(delegate(parent, { mode: 'date', date: saturday }).warning).toBeUndefined();
    expect(
      delegate(task({ deadline: day(2026, 3, 20) }), { mode: 'date', date: saturday }).warning,
    ).toMatchObject({
      suggestedIso: '2026-03-16',
    });
  });
});

describe('undoing a confirmation (issue 14)', () => {
  const follower = person('f@x.vn', 'follower', 'VP');
  const leader = person('lead@x.vn', 'leader');
  const today = day(2026, 3, 9);
  const confirmed = (extra: Partial<Task> = {}) =>
    task({ reportedDay: day(2026, 3, 6), confirmedBy: 'f@x.vn', confirmedDay: today, ...extra });
  const at = Date.UTC(2026, 2, 9, 2, 0, 0);
  const line = { actor: 'f@x.vn', action: 'Xác nhận hoàn thành', at };
  const undo = (t: Task, me = follower, last: typeof line | null = line, now = at + 60000) =>
    planUndoConfirm(t, ctx(me, today), last, now);

  it('puts the task back to awaiting confirmation, audited as its own action, and recalls the notice', () => {
    const plan = undo(confirmed());
    expect(plan.changes).toEqual({ confirmedBy: '', confirmedAt: '' });
    expect(plan.audit).toEqual({ action: 'audit.undoConfirm', before: '09/03/2026', after: '', note: '' });
    expect(plan.notify).toEqual({ kind: 'confirm_undone', to: ['a@x.vn'], note: '' });
    expect(plan.recall).toBe('confirmed');
  });

  it('answers a task the caller may not see as a missing one', () => {
    const outsider = person('o@x.vn', 'official', 'YT');
    expect(() => undo(confirmed({ confidential: true }), outsider)).toThrow(
      'Không tìm thấy nhiệm vụ NV-2026-0001 trong những nhiệm vụ bạn được xem.',
    );
  });

  it('refuses a task that is not confirmed', () => {
    expect(() => undo(task({ reportedDay: day(2026, 3, 6) }))).toThrow(
      'Nhiệm vụ NV-2026-0001 chưa được xác nhận hoàn thành nên không có gì để hoàn tác.',
    );
  });

  it('refuses anyone but the person who confirmed', () => {
    expect(() => undo(confirmed(), leader, { ...line, actor: 'lead@x.vn' })).toThrow(
      'Chỉ người đã xác nhận hoàn thành nhiệm vụ NV-2026-0001 mới hoàn tác được.',
    );
  });

  it('refuses when the task changed after the confirmation', () => {
    const changed = /đã có thay đổi sau khi xác nhận hoàn thành/;
    expect(() => undo(confirmed(), follower, null)).toThrow(changed);
    expect(() => undo(confirmed(), follower, { ...line, action: 'Lưu trữ' })).toThrow(changed);
    expect(() => undo(confirmed(), follower, { ...line, actor: 'lead@x.vn' })).toThrow(changed);
    expect(() => undo(confirmed({ archived: true }))).toThrow(changed);
    expect(() => undo(confirmed({ reportedDay: null }))).toThrow(changed);
  });

  it('allows it for 5 minutes after the confirmation, measured from its audit line, and not after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 60000 }), (ms) => {
        const late = ms > 5 * 60000;
        try {
          undo(confirmed(), follower, line, at + ms);
          return !late;
        } catch (e) {
          return late && /Đã quá 5 phút/.test((e as Error).message);
        }
      }),
    );
    expect(() => undo(confirmed(), follower, line, at + 5 * 60000)).not.toThrow();
    expect(() => undo(confirmed(), follower, line, at + 5 * 60000 + 1)).toThrow(/Đã quá 5 phút/);
  });
});
