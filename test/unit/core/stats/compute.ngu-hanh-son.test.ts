/**
 * The Ngũ Hành Sơn year (docs/product.md) reproduced from a generated register: the pure statistics give
 * exactly the published figures, printed as the article prints them.
 */
import { Directory } from '../../../../src/core/directory';
import { formatPercentVi } from '../../../../src/core/format';
import { completedOnTime, handled, sumCounts, type Counts } from '../../../../src/core/stats/categories';
import { computeStatistics, tasksBehind, type Statistics } from '../../../../src/core/stats/compute';
import { parsePeriod } from '../../../../src/core/stats/period';
import { statisticsLayout } from '../../../../src/core/stats/sheet-layout';
import {
  NHS_EXPECTED,
  NHS_PEOPLE,
  NHS_UNITS,
  NOT_FULL_UNITS,
  TODAY,
  nguHanhSonRegister,
} from '../../../helpers/ngu-hanh-son';
import { tasksFromRows } from '../../../helpers/tasks';

const directory = new Directory(
  NHS_PEOPLE.map((p, i) => ({ ...p, role: 'official' as const, active: true, row: i + 2 })),
  NHS_UNITS.map((u) => ({ ...u, parent: '', leader: '', follower: '', focal: '' })),
);
const register = nguHanhSonRegister();
const tasks = tasksFromRows(register.rows);

function stats(): Statistics {
  return computeStatistics({
    tasks,
    today: TODAY,
    period: parsePeriod('năm nay', TODAY)!,
    basis: 'assigned',
    directory,
  });
}

describe('the Ngũ Hành Sơn year', () => {
  const s = stats();
  const w = s.whole;

  it('counts the 901 top-level tasks assigned in 2026, not the sub-tasks nor the 2025 tasks', () => {
    expect(tasks).toHaveLength(901 + 36 + 12);
    expect(w.assigned).toBe(NHS_EXPECTED.assigned);
  });

  it('gives the published counts', () => {
    expect(completedOnTime(w)).toBe(604);
    expect(w.doneLate).toBe(173);
    expect(w.archived).toBe(57);
    expect(w.inTime).toBe(64);
    expect(w.overdue).toBe(3);
    expect(handled(w)).toBe(834);
    expect(w.updated).toBe(878);
    expect(s.unitsWithTasks).toBe(24);
    expect(s.unitsFullyUpdated).toBe(18);
  });

  it('prints the percentages exactly as the article: 67 %, 19 %, 6 %, 7 %, 0,3 %, 97 % (and 93 %)', () => {
    const t = NHS_EXPECTED.text;
    expect(formatPercentVi(completedOnTime(w), w.assigned)).toBe(t.completedOnTime);
    expect(formatPercentVi(w.doneLate, w.assigned)).toBe(t.doneLate);
    expect(formatPercentVi(w.archived, w.assigned)).toBe(t.archived);
    expect(formatPercentVi(w.inTime, w.assigned)).toBe(t.inTime);
    expect(formatPercentVi(w.overdue, w.assigned)).toBe(t.overdue);
    expect(formatPercentVi(w.updated, w.assigned)).toBe(t.updated);
    expect(formatPercentVi(handled(w), w.assigned)).toBe(t.handled);
  });

  it('lists the six units below 100 % and adds the units up to the whole', () => {
    const notFull = s.units.filter((u) => u.counts.updated < u.counts.assigned).map((u) => u.code);
    expect(notFull.sort()).toEqual([...NOT_FULL_UNITS].sort());
    const sum: Counts = sumCounts(s.units.map((u) => u.counts));
    expect(sum).toEqual(w);
  });

  it('resolves units named by code in some rows and by name in others into one unit', () => {
    expect(s.units).toHaveLength(24);
    expect(new Set(s.units.map((u) => u.name))).toEqual(new Set(NHS_UNITS.map((u) => u.name)));
  });

  it('writes the figures into the sheet layout as printed text', () => {
    const layout = statisticsLayout(s, {
      lang: 'vi',
      agencyName: 'UBND quận Ngũ Hành Sơn',
      updatedAt: '23/11/2026 08:00',
    });
    const find = (label: string) => layout.values.find((r) => r[1] === label);
    expect(find('Nhiệm vụ được giao')?.slice(2, 4)).toEqual([901, '100 %']);
    expect(find('Đã cập nhật tình hình')?.slice(2, 4)).toEqual([878, '97 %']);
    expect(find('Hoàn thành đúng hạn (kể cả trước hạn)')?.slice(2, 4)).toEqual([604, '67 %']);
    expect(find('Hoàn thành quá hạn')?.slice(2, 4)).toEqual([173, '19 %']);
    expect(find('Lưu trữ')?.slice(2, 4)).toEqual([57, '6 %']);
    expect(find('Đang thực hiện trong hạn')?.slice(2, 4)).toEqual([64, '7 %']);
    expect(find('Đang thực hiện quá hạn')?.slice(2, 4)).toEqual([3, '0,3 %']);
    expect(find('Đã triển khai thực hiện (hoàn thành và lưu trữ)')?.slice(2, 4)).toEqual([834, '93 %']);
    expect(find('Đơn vị cập nhật 100 % nhiệm vụ')?.slice(2, 4)).toEqual(['18/24', '75 %']);
    expect(layout.values[2][0]).toBe(
      'Kỳ thống kê: Năm 2026 (01/01/2026 – 31/12/2026) · tính theo ngày giao · số liệu đến ngày 23/11/2026',
    );
  });

  it('drills down to exactly the tasks behind a number', () => {
    const input = {
      tasks,
      today: TODAY,
      period: parsePeriod('năm nay', TODAY)!,
      basis: 'assigned' as const,
      directory,
    };
    expect(tasksBehind(input, {}, 'overdue')).toHaveLength(3);
    expect(tasksBehind(input, {}, 'notUpdated')).toHaveLength(23);
    const unit = s.units[5];
    expect(tasksBehind(input, { unit: unit.key }, 'doneLate')).toHaveLength(unit.counts.doneLate);
    const person = s.persons.find((p) => p.counts.assigned > 3)!;
    expect(tasksBehind(input, { unit: person.unitKey, person: person.email }, 'assigned')).toHaveLength(
      person.counts.assigned,
    );
  });

  it('counts the awaiting-confirmation tasks by the day they were reported', () => {
    // Nine awaiting: eight reported by the deadline (in time), one after it (overdue).
    expect(w.awaiting).toBe(9);
  });
});
