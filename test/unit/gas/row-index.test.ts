import { hintsOf } from '../../../src/gas/row-index';

const task = (id: string, row: number, more: Partial<Parameters<typeof hintsOf>[0][number]> = {}) => ({
  id,
  row,
  parentId: '',
  archived: false,
  confirmedBy: '',
  ...more,
});

describe('hintsOf (the morning refresh’s row index)', () => {
  it('keeps open tasks only, each with the rows of its sub-tasks whatever their state', () => {
    const hints = hintsOf([
      task('A', 2),
      task('B', 3, { confirmedBy: 'x@y.vn' }),
      task('C', 4, { archived: true }),
      task('A1', 5, { parentId: 'A', confirmedBy: 'x@y.vn' }),
      task('A2', 6, { parentId: 'A' }),
      task('B1', 7, { parentId: 'B' }),
    ]);
    expect([...hints.keys()].sort()).toEqual(['A', 'A2', 'B1']);
    expect(hints.get('A')).toEqual({ row: 2, children: [5, 6] });
    expect(hints.get('A2')).toEqual({ row: 6, children: [] });
  });

  it('the first row of an id wins, and a later copy is nobody’s sub-task', () => {
    const hints = hintsOf([
      task('P', 2),
      task('A', 3),
      task('K', 4, { parentId: 'P' }),
      task('A', 5),
      task('K', 6, { parentId: 'P' }),
    ]);
    expect(hints.get('A')).toEqual({ row: 3, children: [] });
    expect(hints.get('P')).toEqual({ row: 2, children: [4] });
    expect(hints.get('K')?.row).toBe(4);
  });

  it('a row without an id has no hint and is nobody’s sub-task', () => {
    const hints = hintsOf([task('P', 2), task('', 3, { parentId: 'P' })]);
    expect([...hints.keys()]).toEqual(['P']);
    expect(hints.get('P')?.children).toEqual([]);
  });
});
