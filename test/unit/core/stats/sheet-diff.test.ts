import { hashBlock, planSheetWrites } from '../../../../src/core/stats/sheet-diff';

const WIDTH = 3;
const block = (rows: (string | number)[][], bold: number[] = []) => ({
  values: rows.map((r) => [...r, ...new Array<string>(WIDTH - r.length).fill('')]),
  backgrounds: rows.map(() => new Array<string | null>(WIDTH).fill(null)),
  weights: rows.map((_, i) => new Array<'bold' | 'normal'>(WIDTH).fill(bold.includes(i) ? 'bold' : 'normal')),
});
const rows = (n: number, f: (i: number) => (string | number)[]) => Array.from({ length: n }, (_, i) => f(i));
const plan = (a: ReturnType<typeof block>, b: ReturnType<typeof block>, stampRow = 0, stamp = '') =>
  planSheetWrites(hashBlock(a, stamp), hashBlock(b, stamp), {
    rows: b.values.length,
    previousRows: a.values.length,
    stampRow,
    width: WIDTH,
  });

describe('the statistics block compared with its last write', () => {
  it('writes nothing when nothing changed, the time stamp aside', () => {
    const a = block(rows(100, (i) => (i === 3 ? ['Cập nhật lúc 24/11/2026 07:30'] : ['x', i])));
    const b = block(rows(100, (i) => (i === 3 ? ['Cập nhật lúc 24/11/2026 09:30'] : ['x', i])));
    expect(
      planSheetWrites(hashBlock(a, '24/11/2026 07:30'), hashBlock(b, '24/11/2026 09:30'), {
        rows: 100,
        previousRows: 100,
        stampRow: 4,
        width: WIDTH,
      }),
    ).toEqual({ values: [], formats: [] });
  });

  it('writes the chunks that changed and the stamp row, far chunks apart, formats only where they changed', () => {
    const a = block(rows(2000, (i) => ['x', i]));
    const b = block(
      rows(2000, (i) => ['x', i === 1500 || i === 20 ? -i : i]),
      [20],
    );
    const p = plan(a, b, 4);
    const k = hashBlock(a, '').chunk;
    expect(k).toBe(8);
    // Rows 17–24 (chunk of row 21) and the stamp row are near: one span; row 1501's chunk is far.
    expect(p.values).toEqual([
      { from: 4, to: 24 },
      { from: 1497, to: 1504 },
    ]);
    expect(p.formats).toEqual([{ from: 17, to: 24 }]);
  });

  it('blanks the rows the last write had beyond a shorter block', () => {
    const a = block(rows(40, (i) => ['x', i]));
    const b = block(rows(30, (i) => ['x', i]));
    expect(plan(a, b).values).toEqual([{ from: 25, to: 40 }]);
    expect(hashBlock(b, '').lastRow).toBe(30);
  });

  it('writes everything without comparable hashes (another chunk size)', () => {
    const a = block(rows(100, (i) => ['x', i]));
    const b = block(rows(5000, (i) => ['x', i]));
    expect(plan(a, b).values).toEqual([{ from: 1, to: 5000 }]);
  });
});
