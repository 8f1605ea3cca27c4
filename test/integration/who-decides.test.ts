/**
 * Who decides on a task (product.md), on the built bundle: the assigner, the lead unit's follower and
 * the head of the agency (a setting; until it is set, leaders and admins decide as before); nobody on
 * their own request or result unless the setting for offices of a few people allows it; a refusal
 * gives a reason.
 */
import type { Emulator } from '../../emulator';
import { sheetValues } from './helpers';
import {
  ADMIN,
  FOCAL,
  FOLLOWER,
  LEADER,
  OFFICIAL,
  OTHER,
  UNIT_LEADER,
  assign,
  call,
  ok,
  refused,
  setSetting,
  workspaceRegister,
} from './workspace-helpers';

interface Card {
  id: string;
  actions: string[];
}
type ActionReply = { message: string; task: Card };

function register(): Emulator {
  const emu = workspaceRegister();
  setSetting(emu, 'autoWorkspace', 'Không'); // Drive plays no part here
  return emu;
}

/** A task of Phòng Tư pháp assigned by `by` to `to`, its result reported by `to`. */
function reported(emu: Emulator, by: string, to: string, extra: Record<string, unknown> = {}): string {
  const id = assign(emu, { assignees: [to], ...extra }, by).task.id;
  ok(call(emu, to, 'reportResult', id, { result: 'Đã xong' }));
  return id;
}

describe('the head of the agency', () => {
  it('is a setting whose help says leaders decide until it is set', () => {
    const row = sheetValues(register(), 'Cài đặt').find((r) => r[0] === 'agencyHead');
    expect(row).toBeDefined();
    expect(row!.join(' ')).toMatch(/Để trống: mọi lãnh đạo duyệt như trước/);
  });

  it('until it is set, any leader or admin decides; once set, only the head besides the confirmers', () => {
    const emu = register();
    const before = reported(emu, UNIT_LEADER, OTHER);
    const after = reported(emu, UNIT_LEADER, OTHER);
    const assigners = reported(emu, UNIT_LEADER, OTHER);
    ok(call(emu, ADMIN, 'confirmTask', before)); // as today: an admin who is no confirmer

    setSetting(emu, 'agencyHead', LEADER);
    const card = (as: string) =>
      ok(call<{ tasks: Card[] }>(emu, as, 'listTasks', {})).tasks.find((t) => t.id === after)!;
    expect(card(ADMIN).actions).toEqual([]);
    expect(refused(call(emu, ADMIN, 'confirmTask', after))).toBe(
      `Bạn không có quyền xác nhận hoàn thành nhiệm vụ ${after}.`,
    );
    expect(refused(call(emu, ADMIN, 'archiveTask', after, { reason: 'Trùng' }))).toMatch(/không có quyền/);
    expect(card(LEADER).actions).toEqual(['confirm', 'sendBack', 'archive']);
    expect(ok(call<ActionReply>(emu, LEADER, 'confirmTask', after)).message).toBe(
      `Đã xác nhận hoàn thành ${after}.`,
    );
    // The assigner and the lead unit's follower still decide.
    ok(call(emu, FOLLOWER, 'sendBackTask', assigners, { reason: 'Thiếu số liệu' }));
    ok(call(emu, OTHER, 'reportResult', assigners, { result: 'Đã bổ sung' }));
    ok(call(emu, UNIT_LEADER, 'confirmTask', assigners));
  });
});

describe('nobody decides on their own request or result', () => {
  const OWN =
    /^Không tự duyệt việc của mình \(NV-2026-\d{4}\): người giao, người theo dõi hoặc thủ trưởng duyệt\.$/;

  it('a leader does not approve their own extension', () => {
    const emu = register();
    const id = assign(emu, { assignees: [LEADER] }, LEADER).task.id;
    ok(call(emu, LEADER, 'requestExtension', id, { newDeadline: '2026-03-20', reason: 'Chờ số liệu' }));
    expect(refused(call(emu, LEADER, 'decideExtension', id, { approve: true }))).toMatch(OWN);
    ok(call(emu, UNIT_LEADER, 'decideExtension', id, { approve: true })); // another leader may
  });

  it('a follower does not confirm their own result', () => {
    const emu = register();
    const id = reported(emu, LEADER, FOLLOWER);
    expect(refused(call(emu, FOLLOWER, 'confirmTask', id))).toMatch(OWN);
    ok(call(emu, LEADER, 'confirmTask', id));
  });

  it('a focal point does not delegate a sub-task to themselves and confirm it; a setting allows it', () => {
    const emu = register();
    const parent = assign(emu, { assignees: [OTHER] }).task.id;
    const child = ok(
      call<{ task: Card }>(emu, FOCAL, 'delegateTask', parent, {
        title: 'Tổng hợp số liệu',
        assignees: [FOCAL],
        deadline: { mode: 'date', date: '2026-03-10' },
      }),
    ).task.id;
    ok(call(emu, FOCAL, 'reportResult', child, { result: 'Đã tổng hợp' }));
    expect(refused(call(emu, FOCAL, 'confirmTask', child))).toMatch(OWN);

    setSetting(emu, 'selfDecision', 'Có'); // an office of a few people
    ok(call(emu, FOCAL, 'confirmTask', child));
  });
});

describe('a refusal gives a reason', () => {
  it('refusing an extension without a reason is refused; with one, it is recorded', () => {
    const emu = register();
    const id = assign(emu, { assignees: [OFFICIAL] }).task.id;
    ok(call(emu, OFFICIAL, 'requestExtension', id, { newDeadline: '2026-03-20', reason: 'Chờ số liệu' }));
    expect(refused(call(emu, LEADER, 'decideExtension', id, { approve: false }))).toBe(
      'Chưa lưu, cần sửa: Lý do: chưa nhập.',
    );
    expect(refused(call(emu, LEADER, 'decideExtension', id, { approve: false, note: '  ' }))).toMatch(
      /Lý do: chưa nhập/,
    );
    const reply = ok(
      call<ActionReply>(emu, LEADER, 'decideExtension', id, { approve: false, note: 'Đủ thời gian' }),
    );
    expect(reply.message).toBe(`Đã từ chối gia hạn ${id}.`);
    ok(call(emu, OFFICIAL, 'reportResult', id, { result: 'Đã xong' }));
    expect(refused(call(emu, LEADER, 'sendBackTask', id, { reason: '' }))).toBe(
      'Chưa lưu, cần sửa: Lý do: chưa nhập.',
    );
  });
});
