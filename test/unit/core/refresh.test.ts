/** The refresh plan: only what differs from the sheet, and ids for new rows. */
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromYmd, instantOfDayStart } from '../../../src/core/civil-date';
import { planRefresh } from '../../../src/core/refresh';
import { TASK_COLUMNS } from '../../../src/core/schema';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d)!;
const vnDate = (y: number, m: number, d: number) => new Date(instantOfDayStart(day(y, m, d)));

test('changes only what differs from the sheet, and gives ids to new rows', () => {
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
