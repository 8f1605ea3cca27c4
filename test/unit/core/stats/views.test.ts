/** The statistics' views: the wall board's (nothing confidential, no person), the sidebar's. */
import { computeStatistics } from '../../../../src/core/stats/compute';
import { monthPeriod } from '../../../../src/core/stats/period';
import { formatVnDateTime, statsView, wallboardView } from '../../../../src/core/stats/views';
import { calendar, directory, tasks, TODAY } from '../../../helpers/stats-three-tasks';

describe('the wall board view', () => {
  const stats = computeStatistics({
    tasks,
    today: TODAY,
    period: monthPeriod(2026, 10),
    basis: 'assigned',
    directory,
    calendar,
  });
  const w = wallboardView(stats, tasks, {
    lang: 'vi',
    agencyName: 'X',
    now: Date.UTC(2026, 10, 23, 1, 5),
    calendar,
    directory,
  });
  it('lists the overdue tasks longest late first, the confidential one by id only, and no person', () => {
    expect(w.overdue.map((o) => [o.id, o.title, o.unit])).toEqual([
      ['NV-2026-0001', 'Rà soát <script>alert(1)</script>', 'Phòng <Tư pháp>'],
      ['NV-2026-0002', 'Nhiệm vụ mật', 'Phòng Kinh tế'],
    ]);
    const json = JSON.stringify(w);
    expect(json).not.toContain('@');
    expect(json).not.toContain('Nguyễn Văn An');
    expect(json).not.toContain('tuyệt mật');
    expect(w.asOf).toBe('23/11/2026 08:05');
  });
  it('formats Viet Nam time whatever the machine’s zone', () => {
    expect(formatVnDateTime(Date.UTC(2026, 0, 1, 17, 30))).toBe('02/01/2026 00:30');
  });
});

describe('the sidebar view', () => {
  const stats = computeStatistics({
    tasks,
    today: TODAY,
    period: monthPeriod(2026, 10),
    basis: 'assigned',
    directory,
    calendar,
  });
  it('lists persons only of the units the viewer may see, defaulting to the first of them', () => {
    const v = statsView(stats, 'vi', { unit: 'tp', allowed: (k) => k === 'kt' }, '(none)');
    expect(v.personUnits.map((u) => u.key)).toEqual(['kt']);
    expect(v.personsUnit).toBe('kt');
    expect(v.persons.map((p) => p.name)).toEqual(['Trần Thị Bình']);
    expect(v.whole.pct.completedOnTime).toBe('33 %');
    const none = statsView(stats, 'vi', { unit: null, allowed: () => false }, '(none)');
    expect(none.persons).toEqual([]);
    expect(none.personsUnit).toBeNull();
  });
});
