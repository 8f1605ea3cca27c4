/**
 * Properties of the statistics over arbitrary registers (fast-check): the categories partition the
 * tasks, units add up to the whole register, periods add up to the year, ranks are consistent, and
 * the drill-down lists exactly the tasks behind each number.
 */
import fc from 'fast-check';
import { dayFromYmd, type Day } from '../../../../src/core/civil-date';
import { Directory } from '../../../../src/core/directory';
import {
  CATEGORIES,
  FIGURES,
  classify,
  figureCount,
  sumCounts,
  type Counts,
} from '../../../../src/core/stats/categories';
import {
  compareCounts,
  computeStatistics,
  selectTasks,
  tasksBehind,
  taskTree,
} from '../../../../src/core/stats/compute';
import {
  monthPeriod,
  parsePeriod,
  quarterPeriod,
  yearPeriod,
  type PeriodBasis,
} from '../../../../src/core/stats/period';
import { WorkingCalendar } from '../../../../src/core/calendar';
import type { Task } from '../../../../src/core/task';

const TODAY: Day = dayFromYmd(2026, 11, 23)!;
const Y0 = dayFromYmd(2025, 6, 1)!;
const UNITS = ['TP', 'Phòng Tư pháp', 'NV', 'Phòng Nội vụ', '', 'Đơn vị lạ'];
const PEOPLE = ['a@x.vn', 'b@x.vn', 'c@x.vn', 'd@x.vn'];
const directory = new Directory(
  PEOPLE.map((email, i) => ({
    email,
    name: `Người ${i}`,
    unit: 'TP',
    role: 'official' as const,
    active: true,
    row: i + 2,
  })),
  [
    { code: 'TP', name: 'Phòng Tư pháp', parent: '', leader: '', follower: '', focal: '' },
    { code: 'NV', name: 'Phòng Nội vụ', parent: '', leader: '', follower: '', focal: '' },
  ],
);

const maybeDay = fc.option(fc.integer({ min: Y0, max: TODAY + 120 }), { nil: null });

const taskArb = (i: number, ids: number) =>
  fc
    .record({
      parent: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: ids + 3 })),
      leadUnit: fc.constantFrom(...UNITS),
      assignees: fc.subarray(PEOPLE, { maxLength: 3 }),
      assignedDay: maybeDay,
      deadline: maybeDay,
      extendedDeadline: fc.option(fc.integer({ min: Y0, max: TODAY + 200 }), { nil: null }),
      reportedDay: maybeDay,
      confirmed: fc.boolean(),
      archived: fc.boolean(),
      updateCount: fc.integer({ min: 0, max: 3 }),
      lastUpdateDay: maybeDay,
      extensionCount: fc.integer({ min: 0, max: 1 }),
      confidential: fc.boolean(),
    })
    .map((r): Task => ({
      row: i + 2,
      id: `T${i}`,
      title: `Task ${i}`,
      details: '',
      source: '',
      assigner: 'boss@x.vn',
      leadUnit: r.leadUnit,
      coUnits: [],
      assignees: r.assignees,
      assignedDay: r.assignedDay,
      deadline: r.deadline,
      extendedDeadline: r.extendedDeadline,
      extensionCount: r.extensionCount,
      extensionRequest: '',
      progress: null,
      lastUpdateDay: r.lastUpdateDay,
      updateCount: r.updateCount,
      reportedDay: r.reportedDay,
      result: '',
      confirmedBy: r.confirmed ? 'boss@x.vn' : '',
      confirmedDay: null,
      archived: r.archived,
      shownStatus: null,
      shownDaysLeft: '',
      explanation: '',
      confidential: r.confidential,
      // Parents: earlier tasks, the task itself, or ids not in the register (orphans); loops happen.
      parentId: r.parent < 0 ? '' : `T${r.parent}`,
      driveLink: '',
      notes: '',
      folderId: '',
      docId: '',
    }));

const registerArb = fc
  .integer({ min: 0, max: 60 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => taskArb(i, n))))
  .map((t) => t as Task[]);
const basisArb = fc.constantFrom<PeriodBasis>('assigned', 'due', 'completed');
const periodArb = fc.constantFrom(
  'năm nay',
  'năm trước',
  'quý này',
  'tháng này',
  'toàn bộ',
  '01/03/2026 - 15/09/2026',
);

const categorySum = (c: Counts) => CATEGORIES.reduce((n, k) => n + c[k], 0);

describe('statistics properties', () => {
  it('the six categories partition the tasks counted, for the whole register, every unit and every person', () => {
    fc.assert(
      fc.property(registerArb, periodArb, basisArb, (tasks, spec, basis) => {
        const s = computeStatistics({
          tasks,
          today: TODAY,
          period: parsePeriod(spec, TODAY)!,
          basis,
          directory,
        });
        expect(categorySum(s.whole)).toBe(s.whole.assigned);
        for (const u of s.units) expect(categorySum(u.counts)).toBe(u.counts.assigned);
        for (const p of s.persons) expect(categorySum(p.counts)).toBe(p.counts.assigned);
        // Every task falls in exactly one category.
        const calendar = new WorkingCalendar();
        for (const task of tasks) {
          const c = classify(task, TODAY, calendar);
          expect(CATEGORIES.filter((k) => k === c.category)).toHaveLength(1);
        }
      }),
    );
  });

  it('the units add up to the whole register, and the whole register counts each top-level task once', () => {
    fc.assert(
      fc.property(registerArb, periodArb, basisArb, (tasks, spec, basis) => {
        const period = parsePeriod(spec, TODAY)!;
        const s = computeStatistics({ tasks, today: TODAY, period, basis, directory });
        expect(sumCounts(s.units.map((u) => u.counts))).toEqual(s.whole);
        const tree = taskTree(tasks);
        const { top } = selectTasks({ tasks, today: TODAY, period, basis, directory });
        expect(new Set(top.map((x) => x.task)).size).toBe(top.length);
        expect(top.every((x) => tree.isTopLevel(x.task))).toBe(true);
        expect(s.whole.assigned).toBe(top.length);
        expect(new Set(s.units.map((u) => u.key)).size).toBe(s.units.length);
      }),
    );
  });

  it('persons count each task they carry out once per assignee, never a task broken into sub-tasks', () => {
    fc.assert(
      fc.property(registerArb, basisArb, (tasks, basis) => {
        const period = parsePeriod('toàn bộ', TODAY)!;
        const s = computeStatistics({ tasks, today: TODAY, period, basis, directory });
        const { leaves, tree } = selectTasks({ tasks, today: TODAY, period, basis, directory });
        const expected = leaves.reduce((n, x) => n + new Set(x.task.assignees).size, 0);
        expect(s.persons.reduce((n, p) => n + p.counts.assigned, 0)).toBe(expected);
        expect(leaves.every((x) => tree.isLeaf(x.task))).toBe(true);
      }),
    );
  });

  it('the months and the quarters of a year add up to the year', () => {
    fc.assert(
      fc.property(registerArb, basisArb, (tasks, basis) => {
        const year = computeStatistics({ tasks, today: TODAY, period: yearPeriod(2026), basis }).whole;
        const months = Array.from(
          { length: 12 },
          (_, m) => computeStatistics({ tasks, today: TODAY, period: monthPeriod(2026, m + 1), basis }).whole,
        );
        const quarters = [1, 2, 3, 4].map(
          (q) => computeStatistics({ tasks, today: TODAY, period: quarterPeriod(2026, q), basis }).whole,
        );
        expect(sumCounts(months)).toEqual(year);
        expect(sumCounts(quarters)).toEqual(year);
      }),
    );
  });

  it('the timeline puts every task assigned in the period in exactly one bucket', () => {
    fc.assert(
      fc.property(registerArb, periodArb, (tasks, spec) => {
        const s = computeStatistics({
          tasks,
          today: TODAY,
          period: parsePeriod(spec, TODAY)!,
          basis: 'assigned',
        });
        const total = s.timeline.buckets.reduce((n, b) => n + b.assigned, 0);
        expect(total).toBe(s.whole.assigned - (spec === 'toàn bộ' ? countNoAssignedTop(tasks) : 0));
        for (let i = 1; i < s.timeline.buckets.length; i++) {
          expect(s.timeline.buckets[i].from).toBe(s.timeline.buckets[i - 1].to + 1);
        }
      }),
    );
  });

  it('ranks are competition ranks in the order of the ranking rule', () => {
    fc.assert(
      fc.property(registerArb, (tasks) => {
        const s = computeStatistics({
          tasks,
          today: TODAY,
          period: parsePeriod('toàn bộ', TODAY)!,
          basis: 'assigned',
          directory,
        });
        const ranked = s.units.filter((u) => u.rank !== null);
        ranked.forEach((u, i) => {
          if (i === 0) expect(u.rank).toBe(1);
          else {
            const prev = ranked[i - 1];
            expect(compareCounts(prev.counts, u.counts)).toBeLessThanOrEqual(0);
            expect(u.rank).toBe(compareCounts(prev.counts, u.counts) === 0 ? prev.rank : i + 1);
          }
        });
        // Units without a rate come after every ranked unit.
        const firstUnranked = s.units.findIndex((u) => u.rank === null);
        if (firstUnranked >= 0) expect(s.units.slice(firstUnranked).every((u) => u.rank === null)).toBe(true);
      }),
    );
  });

  it('the drill-down lists exactly as many tasks as the number clicked', () => {
    fc.assert(
      fc.property(registerArb, periodArb, basisArb, (tasks, spec, basis) => {
        const input = { tasks, today: TODAY, period: parsePeriod(spec, TODAY)!, basis, directory };
        const s = computeStatistics(input);
        for (const figure of FIGURES) {
          expect(tasksBehind(input, {}, figure)).toHaveLength(figureCount(s.whole, figure));
          for (const u of s.units)
            expect(tasksBehind(input, { unit: u.key }, figure)).toHaveLength(figureCount(u.counts, figure));
        }
        for (const p of s.persons) {
          expect(tasksBehind(input, { unit: p.unitKey, person: p.email }, 'assigned')).toHaveLength(
            p.counts.assigned,
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});

function countNoAssignedTop(tasks: Task[]): number {
  const tree = taskTree(tasks);
  return tasks.filter((t) => tree.isTopLevel(t) && t.assignedDay === null).length;
}
