/**
 * Three tasks of two units for the pure statistics tests: markup in a title and a unit's name, a
 * confidential task, one completed; both persons named. Viet Nam dates as the sheet holds them.
 */
import { WorkingCalendar } from '../../src/core/calendar';
import { dayFromYmd } from '../../src/core/civil-date';
import { Directory } from '../../src/core/directory';
import { dateCell } from './ngu-hanh-son';
import { tasksFromRows } from './tasks';

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d)!;
export const TODAY = day(2026, 11, 23);
export const calendar = new WorkingCalendar();
export const directory = new Directory(
  [
    { email: 'a@x.vn', name: 'Nguyễn Văn An', unit: 'TP', role: 'official', active: true, row: 2 },
    { email: 'b@x.vn', name: 'Trần Thị Bình', unit: 'KT', role: 'official', active: true, row: 3 },
  ],
  [
    { code: 'TP', name: 'Phòng <Tư pháp>', parent: '', leader: '', follower: '', focal: '' },
    { code: 'KT', name: 'Phòng Kinh tế', parent: '', leader: '', follower: '', focal: '' },
  ],
);
export const tasks = tasksFromRows([
  {
    id: 'NV-2026-0001',
    title: 'Rà soát <script>alert(1)</script>',
    leadUnit: 'TP',
    assignees: 'a@x.vn',
    assignedDate: dateCell(day(2026, 10, 5)),
    deadline: dateCell(day(2026, 10, 20)),
  },
  {
    id: 'NV-2026-0002',
    title: 'Kế hoạch tuyệt mật',
    leadUnit: 'KT',
    assignees: 'b@x.vn',
    assignedDate: dateCell(day(2026, 10, 6)),
    deadline: dateCell(day(2026, 10, 30)),
    confidential: true,
  },
  {
    id: 'NV-2026-0003',
    title: 'Báo cáo quý',
    leadUnit: 'KT',
    assignees: 'b@x.vn',
    assignedDate: dateCell(day(2026, 10, 7)),
    deadline: dateCell(day(2026, 10, 31)),
    reportedDate: dateCell(day(2026, 10, 29)),
    confirmedAt: dateCell(day(2026, 11, 2)),
    confirmedBy: 'lead@x.vn',
    updateCount: 2,
  },
]);
