import { countsOf, monthDays, monthFigures } from '../../../../src/core/evaluation/prefill';
import { day, task } from '../../../helpers/small-office';

const [from, to] = monthDays('2026-03')!;
const asOf = day(2026, 4, 1);
const ids = (refs: [string, string][]) => refs.map((r) => r[0]);

describe('monthDays', () => {
  it('gives a month’s first and last day and refuses what is not YYYY-MM', () => {
    expect(monthDays('2026-02')).toEqual([day(2026, 2, 1), day(2026, 2, 28)]);
    expect(monthDays('2026-13')).toBeNull();
    expect(monthDays('03/2026')).toBeNull();
  });
});

describe('monthFigures', () => {
  const tasks = [
    task({ id: 'T1', deadline: day(2026, 3, 10), reportedDay: day(2026, 3, 9), confirmedBy: 'lead@x.vn' }),
    task({ id: 'T2', deadline: day(2026, 3, 10), reportedDay: day(2026, 3, 12), confirmedBy: 'lead@x.vn' }),
    task({ id: 'T3', deadline: day(2026, 3, 20) }),
    task({ id: 'T4', deadline: day(2026, 3, 5), extendedDeadline: day(2026, 3, 25), extensionCount: 1 }),
    task({ id: 'T5', deadline: day(2026, 4, 10) }),
    task({ id: 'T6', deadline: day(2026, 3, 12), archived: true }),
    task({
      id: 'T7',
      assignedDay: day(2026, 2, 1),
      deadline: day(2026, 2, 20),
      assignees: ['a@x.vn', 'o@x.vn'],
    }),
  ];
  const f = monthFigures(tasks, from, to, asOf).get('a@x.vn')!;

  it('keeps the tasks behind each figure', () => {
    expect(ids(f.due)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(ids(f.onTime)).toEqual(['T1']);
    expect(ids(f.late)).toEqual(['T2']);
    expect(ids(f.overdue)).toEqual(['T3', 'T4']);
    expect(ids(f.extended)).toEqual(['T4']);
    expect(ids(f.assigned)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
    expect(f.due[0][1]).toBe('Việc');
  });
  it('counts for the score: due, on time, late', () => {
    expect(countsOf(f)).toEqual({ due: 4, onTime: 1, late: 1 });
  });
  it('leaves out tasks of other months, archived tasks and other people', () => {
    expect(monthFigures(tasks, from, to, asOf).has('o@x.vn')).toBe(false);
  });
  it('does not call a task overdue before its deadline has passed', () => {
    const mid = monthFigures(tasks, from, to, day(2026, 3, 15)).get('a@x.vn')!;
    expect(ids(mid.overdue)).toEqual([]);
  });
});
