import {
  hashBlock,
  planSheetRepair,
  planSheetWrites,
  type SheetContent,
} from '../../../../src/core/stats/sheet-diff';

const WIDTH = 3;
const block = (rows: (string | number)[][], bold: number[] = [], width = WIDTH) => ({
  values: rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]),
  backgrounds: rows.map(() => new Array<string | null>(width).fill(null)),
  weights: rows.map((_, i) => new Array<'bold' | 'normal'>(width).fill(bold.includes(i) ? 'bold' : 'normal')),
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

describe('the statistics block compared with what the sheet holds (the repair)', () => {
  const STAMP = '24/11/2026 09:30';
  /** The sheet's width: a call costs as much as 222 rows written, 66 formatted. */
  const W = 15;
  /** The sheet as read back: null backgrounds read as white, as Sheets returns them. */
  const readBack = (b: ReturnType<typeof block>) => ({
    values: b.values.map((r) => [...r]),
    backgrounds: b.backgrounds.map((r) => r.map((c) => c ?? '#ffffff')),
    weights: b.weights.map((r) => [...r]),
  });
  const layout = () => {
    const b = block(
      rows(300, (i) => (i === 3 ? [`Cập nhật lúc ${STAMP}`] : ['x', i])),
      [0],
    );
    b.backgrounds[10][1] = '#FCE8E6';
    return b;
  };
  const repair = (now: SheetContent, b = layout()) =>
    planSheetRepair(now, b, { stamp: STAMP, stampRow: 4, width: W });
  const none = { values: [], backgrounds: [], weights: [] };

  it('writes nothing when the sheet shows the block, whatever its stamp and the colours’ case', () => {
    const now = readBack(layout());
    now.values[3][0] = 'Cập nhật lúc 23/11/2026 07:05';
    now.backgrounds[10][1] = '#fce8e6';
    expect(repair(now)).toEqual(none);
  });

  it('writes a changed number’s row and the stamp, and no format', () => {
    const now = readBack(layout());
    now.values[290][1] = 7;
    expect(repair(now)).toEqual({
      values: [
        { from: 4, to: 4 },
        { from: 291, to: 291 },
      ],
      backgrounds: [],
      weights: [],
    });
    now.values[20][1] = 7;
    // Rows 4–21 are near (one call costs more than the cells between): one span.
    expect(repair(now).values).toEqual([
      { from: 4, to: 21 },
      { from: 291, to: 291 },
    ]);
  });

  it('puts back a colour or a weight changed by hand, without rewriting values', () => {
    const now = readBack(layout());
    now.backgrounds[10][1] = '#ffffff';
    now.backgrounds[250][2] = '#00ff00';
    now.weights[0][1] = 'normal';
    expect(repair(now)).toEqual({
      values: [],
      backgrounds: [
        { from: 11, to: 11 },
        { from: 251, to: 251 },
      ],
      weights: [{ from: 1, to: 1 }],
    });
  });

  it('a stamp of another length, or text around it changed, is a change', () => {
    const now = readBack(layout());
    now.values[3][0] = 'Cập nhật lúc 1/1/2026';
    expect(repair(now).values).toEqual([{ from: 4, to: 4 }]);
    now.values[3][0] = `Cập nhật: ${STAMP}`;
    expect(repair(now).values).toEqual([{ from: 4, to: 4 }]);
  });

  it('blanks what the sheet holds below the block: values and colours', () => {
    const now = readBack(
      block(
        rows(320, (i) => (i === 3 ? [`Cập nhật lúc ${STAMP}`] : ['x', i])),
        [0],
      ),
    );
    now.backgrounds[10][1] = '#fce8e6';
    now.backgrounds[310][0] = '#ff0000';
    const p = repair(now);
    expect(p.values).toEqual([
      { from: 4, to: 4 },
      { from: 301, to: 320 },
    ]);
    expect(p.backgrounds).toEqual([{ from: 311, to: 311 }]);
    expect(p.weights).toEqual([]);
  });

  it('writes the block whole on an empty sheet, and a text typed as a number is a change', () => {
    const empty = { values: [['']], backgrounds: [['#ffffff']], weights: [['normal']] };
    const p = repair(empty);
    expect(p.values).toEqual([{ from: 1, to: 300 }]);
    expect(p.backgrounds).toEqual([{ from: 11, to: 11 }]);
    expect(p.weights).toEqual([{ from: 1, to: 1 }]);
    const b = layout();
    b.values[250][0] = '12';
    const now = readBack(b);
    now.values[250][0] = 12;
    expect(repair(now, b).values).toEqual([
      { from: 4, to: 4 },
      { from: 251, to: 251 },
    ]);
  });
});
