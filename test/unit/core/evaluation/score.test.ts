import fc from 'fast-check';
import {
  aggregate,
  checkCap,
  evalRules,
  LEVELS,
  levelAllowed,
  levelOf,
  taskScore,
  type Level,
} from '../../../../src/core/evaluation/score';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';

const R = evalRules(DEFAULT_SETTINGS);

describe('the decree’s defaults', () => {
  it('are 30 + 70 points, a 25 % cut, levels 90 / 70 / 50 and a 20 % cap', () => {
    expect(R).toEqual({
      generalMax: 30,
      taskMax: 70,
      lateCut: 0.25,
      weights: [1, 1, 1],
      thresholds: [90, 70, 50],
      excellentCap: 0.2,
    });
  });
});

describe('taskScore', () => {
  it('gives full marks when every due task was done on time at full quality', () => {
    expect(taskScore({ due: 4, onTime: 4, late: 0 }, 1, R)).toBe(70);
  });
  it('costs a late task 25 % of its timeliness points, nothing else', () => {
    // timeliness (3 + 0.75) / 4 = 0.9375; quantity 1; quality 1 → 70 × 2.9375 / 3
    expect(taskScore({ due: 4, onTime: 3, late: 1 }, 1, R)).toBe(68.54);
  });
  it('gives an overdue task neither quantity nor timeliness', () => {
    expect(taskScore({ due: 2, onTime: 1, late: 0 }, 0.5, R)).toBe(35);
  });
  it('counts a month with nothing due as complete on quantity and timeliness', () => {
    expect(taskScore({ due: 0, onTime: 0, late: 0 }, 0.7, R)).toBe(63);
  });
  it('follows the settings: a 100 % cut takes all of a late task’s timeliness', () => {
    const r = { ...R, lateCut: 1, weights: [0, 0, 1] as const };
    expect(taskScore({ due: 2, onTime: 1, late: 1 }, 1, r)).toBe(35);
  });

  const counts = fc
    .record({ onTime: fc.nat(20), late: fc.nat(20), overdue: fc.nat(20) })
    .map((c) => ({ due: c.onTime + c.late + c.overdue, onTime: c.onTime, late: c.late }));
  const rules = fc.record({
    generalMax: fc.constant(30),
    taskMax: fc.integer({ min: 0, max: 100 }),
    lateCut: fc.double({ min: 0, max: 1, noNaN: true }),
    weights: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)),
    thresholds: fc.constant([90, 70, 50] as const),
    excellentCap: fc.constant(0.2),
  });

  it('stays within 0 – taskMax (property)', () => {
    fc.assert(
      fc.property(counts, fc.double({ min: -1, max: 2, noNaN: true }), rules, (c, q, r) => {
        const s = taskScore(c, q, r);
        return s >= 0 && s <= r.taskMax + 1e-9;
      }),
    );
  });

  it('never rises when an on-time task turns late (property)', () => {
    fc.assert(
      fc.property(counts, fc.double({ min: 0, max: 1, noNaN: true }), rules, (c, q, r) => {
        fc.pre(c.onTime > 0);
        const later = { ...c, onTime: c.onTime - 1, late: c.late + 1 };
        return taskScore(later, q, r) <= taskScore(c, q, r);
      }),
    );
  });
});

describe('levels', () => {
  it('follow the thresholds at their edges', () => {
    expect([90, 89.99, 70, 69.99, 50, 49.99].map((t) => levelOf(t, R))).toEqual([
      'excellent',
      'good',
      'good',
      'pass',
      'pass',
      'fail',
    ]);
  });
  it('follow any thresholds (property): a level’s total is at least its threshold and below the next', () => {
    const thresholds = fc
      .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 })
      .map((a) => [...a].sort((x, y) => y - x) as unknown as readonly [number, number, number]);
    fc.assert(
      fc.property(thresholds, fc.double({ min: 0, max: 100, noNaN: true }), (th, total) => {
        const r = { ...R, thresholds: th };
        const i = LEVELS.indexOf(levelOf(total, r));
        const lowOk = i === 3 ? total < th[2] : total >= th[i];
        const highOk = i === 0 || total < th[i - 1];
        return lowOk && highOk;
      }),
    );
  });
  it('may be set lower than the score’s, never higher', () => {
    expect(levelAllowed('good', 95, R)).toBe(true);
    expect(levelAllowed('fail', 95, R)).toBe(true);
    expect(levelAllowed('excellent', 89, R)).toBe(false);
    expect(levelAllowed('pass', 49, R)).toBe(false);
  });
});

describe('the cap on xuất sắc', () => {
  const many = (e: number, g: number, p = 0): Level[] => [
    ...Array<Level>(e).fill('excellent'),
    ...Array<Level>(g).fill('good'),
    ...Array<Level>(p).fill('pass'),
  ];
  it('allows one xuất sắc per five tốt', () => {
    expect(checkCap(many(1, 5), R)).toEqual({ ok: true, excellent: 1, good: 5, max: 1 });
    expect(checkCap(many(2, 9), R)).toEqual({ ok: false, excellent: 2, good: 9, max: 1 });
    expect(checkCap(many(1, 4, 10), R).ok).toBe(false);
  });
  it('holds whenever it says ok (property)', () => {
    const arb = fc.array(fc.constantFrom<Level>(...LEVELS), { maxLength: 60 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 100 }), (levels, pct) => {
        const c = checkCap(levels, { ...R, excellentCap: pct / 100 });
        const ex = levels.filter((l) => l === 'excellent').length;
        const good = levels.filter((l) => l === 'good').length;
        return c.ok === ex * 100 <= good * pct && c.max <= (good * pct) / 100;
      }),
    );
  });
});

describe('aggregate', () => {
  it('averages the months and levels the mean', () => {
    expect(aggregate([92, 88, 90], R)).toEqual({ mean: 90, level: 'excellent' });
    expect(aggregate([], R)).toBeNull();
  });
});
