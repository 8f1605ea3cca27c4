/** The categories at their edges: awaiting confirmation, completed on time, what counts as an update. */
import { dayFromYmd } from '../../../../src/core/civil-date';
import { categoryOf, classify } from '../../../../src/core/stats/categories';
import { dateCell } from '../../../helpers/ngu-hanh-son';
import { tasksFromRows } from '../../../helpers/tasks';
import { calendar, TODAY } from '../../../helpers/stats-three-tasks';

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day)!;

describe('categories at their edges', () => {
  const [reportedLate, reportedOnTime, ongoingDone] = tasksFromRows([
    { id: 'A', title: 'a', deadline: dateCell(d(2026, 10, 1)), reportedDate: dateCell(d(2026, 10, 2)) },
    { id: 'B', title: 'b', deadline: dateCell(d(2026, 10, 1)), reportedDate: dateCell(d(2026, 10, 1)) },
    { id: 'C', title: 'c', reportedDate: dateCell(d(2026, 10, 1)), confirmedBy: 'x@x.vn' },
  ]);
  it('awaiting confirmation is placed by the day the result was reported, not by today', () => {
    expect(classify(reportedLate, TODAY, calendar)).toMatchObject({
      status: 'awaiting_confirmation',
      category: 'overdue',
      awaiting: true,
      updated: true,
    });
    expect(classify(reportedOnTime, TODAY, calendar)).toMatchObject({
      status: 'awaiting_confirmation',
      category: 'inTime',
    });
  });
  it('an ongoing task confirmed complete is completed on time; reporting counts as an update', () => {
    expect(categoryOf('done_on_time', ongoingDone)).toBe('doneOnTime');
    expect(classify(ongoingDone, TODAY, calendar).updated).toBe(true);
  });
});
