import { planCellWrites, sameCellValue, type CellWrite } from '../../../src/core/cell-writes';

const status = (row: number, value: string): CellWrite => ({ row, col: 2, value });

describe('planCellWrites', () => {
  it('writes scattered cells that share values with one call per value, adjacent rows joined', () => {
    const plan = planCellWrites([
      status(10, 'Quá hạn'),
      status(11, 'Quá hạn'),
      status(12, 'Quá hạn'),
      status(4000, 'Quá hạn'),
      status(20, 'Sắp đến hạn'),
      status(49000, 'Sắp đến hạn'),
      { row: 20, col: 3, value: 2 },
      { row: 30, col: 3, value: '' },
    ]);
    expect(plan.cells).toBe(8);
    expect(plan.blocks).toEqual([]);
    expect(plan.byValue).toEqual([
      { value: 'Quá hạn', a1: ['B10:B12', 'B4000'] },
      { value: 'Sắp đến hạn', a1: ['B20', 'B49000'] },
      { value: 2, a1: ['C20'] },
      { value: '', a1: ['C30'] },
    ]);
    expect(plan.calls).toBe(4);
  });

  it('writes a run of values of their own (new ids) as one block', () => {
    const ids = [5, 6, 7, 8].map((row) => ({ row, col: 1, value: `NV-2026-000${row}` }));
    const plan = planCellWrites([...ids, status(5, 'Đang thực hiện'), status(9, 'Đang thực hiện')]);
    expect(plan.blocks).toEqual([
      { row: 5, col: 1, values: [['NV-2026-0005'], ['NV-2026-0006'], ['NV-2026-0007'], ['NV-2026-0008']] },
    ]);
    expect(plan.byValue).toEqual([{ value: 'Đang thực hiện', a1: ['B5', 'B9'] }]);
    expect(plan.calls).toBe(2);
    expect(plan.cells).toBe(6);
  });

  it('groups Dates by instant and keeps the last write of a cell', () => {
    const d = (iso: string) => new Date(iso);
    const plan = planCellWrites([
      { row: 2, col: 5, value: d('2026-03-01T00:00:00Z') },
      { row: 9, col: 5, value: d('2026-03-01T00:00:00Z') },
      status(3, 'A'),
      status(3, 'B'),
    ]);
    expect(plan.byValue.map((g) => g.a1)).toEqual([['B3'], ['E2', 'E9']]);
    expect(plan.byValue[0].value).toBe('B');
    expect(plan.cells).toBe(3);
  });

  it('never writes more cells than it is given, whatever their layout', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const labels = ['a', 'b', 'c', 'd'];
    const cells: CellWrite[] = [];
    for (let i = 0; i < 2000; i++) {
      const row = 2 + Math.floor(rand() * 50000);
      cells.push({ row, col: 2, value: labels[Math.floor(rand() * 4)] });
      if (rand() < 0.1) cells.push({ row, col: 1, value: `id-${row}` });
    }
    const plan = planCellWrites(cells);
    const written =
      plan.blocks.reduce((n, b) => n + b.values.length, 0) +
      plan.byValue.reduce(
        (n, g) =>
          n +
          g.a1.reduce((m, a) => {
            const [from, to] = a.split(':').map((x) => Number(x.replace(/^[A-Z]+/, '')));
            return m + (to === undefined ? 1 : to - from + 1);
          }, 0),
        0,
      );
    expect(written).toBe(plan.cells);
    // Four labels: four calls; ids of their own: one call each (none adjacent).
    expect(plan.byValue.filter((g) => labels.includes(g.value as string))).toHaveLength(4);
  });
});

describe('sameCellValue', () => {
  it('compares as the sheet gives values back', () => {
    expect(sameCellValue('', '')).toBe(true);
    expect(sameCellValue(2, 2)).toBe(true);
    expect(sameCellValue(2, '2')).toBe(false);
    expect(sameCellValue(new Date(5), new Date(5))).toBe(true);
    expect(sameCellValue('', null)).toBe(false);
  });
});
