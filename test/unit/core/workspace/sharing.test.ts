/** Who a task's folder is shared with, and the plan that makes Drive match. */
import { Directory, type Person, type Unit } from '../../../../src/core/directory';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../../src/core/settings';
import type { Task } from '../../../../src/core/task';
import { desiredSharing, planSharing, sharingOutOfDate } from '../../../../src/core/workspace/sharing';
import { blankTask } from '../../../helpers/tasks';

const VI = 'Báo cáo tổng kết công tác phòng, chống thiên tai năm 2026 – Phường Hòa Hải';

const person = (email: string, unit: string, role: Person['role'], active = true): Person => ({
  email,
  name: email.split('@')[0],
  unit,
  role,
  active,
  row: 2,
});
const unit = (u: Partial<Unit> & { code: string }): Unit => ({
  name: u.code,
  parent: '',
  leader: '',
  follower: '',
  focal: '',
  ...u,
});

function task(extra: Partial<Task> = {}): Task {
  return blankTask({
    id: 'NV-2026-0001',
    title: VI,
    assigner: 'giao@x.vn',
    leadUnit: 'Phòng Tư pháp',
    assignees: ['a@x.vn', 'b@x.vn'],
    ...extra,
  });
}

describe('who the folder is shared with', () => {
  const dir = new Directory(
    [
      person('a@x.vn', 'TP', 'official'),
      person('b@x.vn', 'TP', 'official'),
      person('old@x.vn', 'TP', 'official', false),
    ],
    [
      unit({
        code: 'TP',
        name: 'Phòng Tư pháp',
        leader: 'lead@x.vn',
        follower: 'follow@x.vn',
        focal: 'b@x.vn',
      }),
    ],
  );
  const settings: Settings = { ...DEFAULT_SETTINGS };

  it('assignees and the focal point edit; the assigner, follower and unit leader comment; the owner is not listed', () => {
    const want = desiredSharing(task(), [], dir, settings, 'giao@x.vn');
    expect(Object.fromEntries(want)).toEqual({
      'a@x.vn': 'writer',
      'b@x.vn': 'writer',
      'follow@x.vn': 'commenter',
      'lead@x.vn': 'commenter',
    });
  });

  it('the strongest role wins, sub-task assignees are included, retired staff and confidential tasks are not', () => {
    const child = task({ id: 'NV-2026-0002', parentId: 'NV-2026-0001', assignees: ['c@x.vn', 'old@x.vn'] });
    const want = desiredSharing(task({ assigner: 'a@x.vn' }), [child], dir, settings, 'owner@x.vn');
    expect(want.get('a@x.vn')).toBe('writer');
    expect(want.get('c@x.vn')).toBe('writer');
    expect(want.has('old@x.vn')).toBe(false);
    expect(desiredSharing(task({ confidential: true }), [], dir, settings, 'o@x.vn').size).toBe(0);
  });

  it('follows the settings, "Không" leaving a kind of person out', () => {
    const custom = parseSettings(
      new Map<string, unknown>([
        ['shareAssignee', 'Nhận xét'],
        ['shareFollower', 'không'],
        ['shareLeader', 'xem'],
      ]),
    ).settings;
    const want = desiredSharing(task({ assignees: ['a@x.vn'] }), [], dir, custom, 'giao@x.vn');
    expect(Object.fromEntries(want)).toEqual({
      'a@x.vn': 'commenter',
      'b@x.vn': 'writer',
      'lead@x.vn': 'reader',
    });
  });

  it('plans the exact changes: add the missing, change roles, remove everyone else but the owner', () => {
    const want = new Map([
      ['a@x.vn', 'writer' as const],
      ['b@x.vn', 'commenter' as const],
    ]);
    const plan = planSharing(
      [
        { id: 'o', type: 'user', role: 'owner', emailAddress: 'giao@x.vn' },
        { id: 'p1', type: 'user', role: 'reader', emailAddress: 'B@x.vn' },
        { id: 'p2', type: 'user', role: 'writer', emailAddress: 'gone@x.vn' },
        { id: 'anyoneWithLink', type: 'anyone', role: 'reader' },
      ],
      want,
    );
    expect(plan.add).toEqual([{ email: 'a@x.vn', role: 'writer' }]);
    expect(plan.change).toEqual([{ id: 'p1', email: 'b@x.vn', role: 'commenter' }]);
    expect(plan.remove.map((r) => r.id)).toEqual(['p2', 'anyoneWithLink']);
    expect(sharingOutOfDate({ 'a@x.vn': 'writer', 'b@x.vn': 'commenter' }, want)).toBe(false);
    expect(sharingOutOfDate({ 'a@x.vn': 'writer' }, want)).toBe(true);
    expect(sharingOutOfDate({ 'a@x.vn': 'writer', 'b@x.vn': 'writer' }, want)).toBe(true);
  });
});
