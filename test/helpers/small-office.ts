/**
 * A small office for the pure tests: the Phòng Tư pháp with its leader (lead@) and an official (a@), a
 * follower from another unit (f@, the units sheet names them follower of TP), an official of the Phòng
 * Y tế (o@); and a task the leader assigned to the official, due 10/03/2026.
 */
import { dayFromYmd } from '../../src/core/civil-date';
import { Directory, type Person } from '../../src/core/directory';
import type { Task } from '../../src/core/task';
import { blankTask } from './tasks';

export const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d)!;
export const person = (email: string, role: Person['role'], unit = 'TP'): Person => ({
  email,
  name: email,
  unit,
  role,
  active: true,
  row: 2,
});
export const dir = new Directory(
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
export function task(extra: Partial<Task> = {}): Task {
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
