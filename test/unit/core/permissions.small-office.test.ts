/**
 * The rules of `src/core/permissions.ts` in a small office: a unit with its leader and an official, a
 * follower from another unit, an official of a third unit and a viewer.
 */
import { dayFromYmd } from '../../../src/core/civil-date';
import { Directory, type Person } from '../../../src/core/directory';
import { allowedActions, canSee } from '../../../src/core/permissions';
import type { Task } from '../../../src/core/task';
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
