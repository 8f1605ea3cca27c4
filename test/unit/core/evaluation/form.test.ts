import fc from 'fast-check';
import { parseMonth, prefillForm, rate, selfAssess, type Form } from '../../../../src/core/evaluation/form';
import { emptyFigures, type Figures } from '../../../../src/core/evaluation/prefill';
import { evalRules, LEVELS, levelOf } from '../../../../src/core/evaluation/score';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';

const R = evalRules(DEFAULT_SETTINGS);
const who = { email: 'a@x.vn', name: 'Nguyễn Văn A', unit: 'TP' };
const figures = (onTime: number, late: number, overdue: number): Figures => {
  const f = emptyFigures();
  const refs = (n: number, k: string) =>
    Array.from({ length: n }, (_, i): [string, string] => [`${k}${i}`, '']);
  f.onTime = refs(onTime, 'O');
  f.late = refs(late, 'L');
  f.overdue = refs(overdue, 'Q');
  f.due = [...f.onTime, ...f.late, ...f.overdue];
  return f;
};
const form = (f = figures(3, 1, 0)) => prefillForm(null, who, '2026-03', f, R);
const good = { general: 27, quality: 90, level: 'good', strengths: 'Chủ động', weaknesses: 'Một việc chậm' };
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('months', () => {
  it('reads YYYY-MM and MM/yyyy, refuses the rest', () => {
    expect([parseMonth('2026-3'), parseMonth('03/2026'), parseMonth('13/2026'), parseMonth('mars')]).toEqual([
      '2026-03',
      '2026-03',
      null,
      null,
    ]);
  });
});

describe('a form’s steps', () => {
  it('prefills the score with the quality offered (the share done)', () => {
    expect(form()).toMatchObject({ status: 'prefilled', taskScore: 68.54, total: null });
  });
  it('a rated form keeps its figures when prefilled again; an unrated one is brought up to date', () => {
    const rated = rate(form(), good, 'lead@x.vn', R, 'vi');
    expect(prefillForm(rated, who, '2026-03', figures(0, 0, 4), R)).toBe(rated);
    expect(prefillForm(form(), who, '2026-03', figures(0, 0, 4), R).taskScore).toBe(0);
  });
  it('self-assessment until the leader has rated, then refused in words', () => {
    const self = selfAssess(form(), { level: 'good', note: ' Ổn ' }, 'vi');
    expect(self).toMatchObject({ status: 'self', selfLevel: 'good', selfNote: 'Ổn' });
    const rated = rate(self, good, 'lead@x.vn', R, 'vi');
    expect(refusal(() => selfAssess(rated, { level: 'good' }, 'vi'))).toBe(
      'Phiếu tháng 03/2026 của Nguyễn Văn A đang "Chờ Thủ trưởng duyệt".',
    );
  });
  it('the leader’s rating: in the scale, a known level, with reasons, never above the total’s level', () => {
    const f = form();
    expect(refusal(() => rate(f, { ...good, general: 31 }, 'l', R, 'vi'))).toBe(
      'Điểm tiêu chí chung phải là số từ 0 đến 30.',
    );
    expect(refusal(() => rate(f, { ...good, quality: -1 }, 'l', R, 'vi'))).toBe(
      'Chất lượng (%) phải là số từ 0 đến 100.',
    );
    expect(refusal(() => rate(f, { ...good, general: '' }, 'l', R, 'vi'))).toMatch(/^Điểm tiêu chí chung/);
    expect(refusal(() => rate(f, { ...good, level: 'A' }, 'l', R, 'vi'))).toMatch(/^Mức xếp loại phải là/);
    expect(refusal(() => rate(f, { ...good, weaknesses: ' ' }, 'l', R, 'vi'))).toBe(
      'Khi chấm, hãy ghi ưu điểm và hạn chế.',
    );
    expect(refusal(() => rate(f, { ...good, general: 10, level: 'excellent' }, 'l', R, 'vi'))).toBe(
      'Tổng điểm 76.21 chỉ đạt mức "Hoàn thành tốt nhiệm vụ": không xếp mức cao hơn.',
    );
    expect(rate(f, good, 'lead@x.vn', R, 'vi')).toMatchObject({
      status: 'rated',
      total: 93.21,
      rater: 'lead@x.vn',
    });
  });
  it('any accepted rating has a total in 0–100 and a level no higher than the total’s (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(10),
        fc.nat(10),
        fc.nat(10),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...LEVELS),
        (o, l, q, general, quality, level) => {
          const f = form(figures(o, l, q));
          const input = { ...good, general, quality, level };
          let rated: Form;
          try {
            rated = rate(f, input, 'l', R, 'vi');
          } catch {
            // Refused only for a level above the one the total reaches.
            const total =
              Math.round(general * 100) / 100 + rate(f, { ...input, level: 'fail' }, 'l', R, 'vi').taskScore;
            return LEVELS.indexOf(level) < LEVELS.indexOf(levelOf(Math.round(total * 100) / 100, R));
          }
          const t = rated.total!;
          return t >= 0 && t <= 100 && LEVELS.indexOf(level) >= LEVELS.indexOf(levelOf(t, R));
        },
      ),
    );
  });
});
