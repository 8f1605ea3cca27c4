/** Reading a task row typed by hand, every problem named, and ids never reused. */
import fc from 'fast-check';
import { dayFromYmd, instantOfDayStart } from '../../../src/core/civil-date';
import { formatTaskId, nextSequence, parseTaskId, readTaskRow } from '../../../src/core/task';

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d)!;
const vnDate = (y: number, m: number, d: number) => new Date(instantOfDayStart(day(y, m, d)));

describe('task rows and ids', () => {
  const row = (values: Partial<Record<string, unknown>>) => (key: string) => values[key] ?? '';

  it('reads a row typed by hand, trimming and lower-casing e-mails', () => {
    const read = readTaskRow(
      row({
        id: 'NV-2026-0007',
        title: '  Báo cáo  ',
        assignees: 'A@X.VN; b@y.vn',
        deadline: vnDate(2026, 3, 10),
        progress: 0.4,
        archived: 'TRUE',
      }) as never,
      9,
    );
    expect(read.kind).toBe('task');
    if (read.kind !== 'task') return;
    expect(read.task).toMatchObject({
      row: 9,
      title: 'Báo cáo',
      assignees: ['a@x.vn', 'b@y.vn'],
      deadline: day(2026, 3, 10),
      progress: 40,
      archived: true,
    });
  });

  it('names every problem of a broken row, and skips blank rows', () => {
    expect(readTaskRow(row({}) as never, 2).kind).toBe('blank');
    const read = readTaskRow(
      row({ deadline: 'ngày mai', assignees: 'không-phải-email', progress: '140%' }) as never,
      5,
    );
    expect(read.kind).toBe('problem');
    if (read.kind !== 'problem') return;
    expect(read.problem.row).toBe(5);
    expect(read.problem.reasons).toEqual([
      'thiếu tên nhiệm vụ',
      expect.stringMatching(/^cột "Hạn xử lý": Không phải ngày: "ngày mai"/),
      'cột "Tiến độ (%)": tiến độ phải từ 0 đến 100 %',
      'cột "Người thực hiện (email)": email không hợp lệ "không-phải-email"',
    ]);
  });

  it('never reuses an id: above the sheet and the stored counter', () => {
    expect(nextSequence(['NV-2026-0003', 'NV-2025-0100', 'xx'], 2026, 0)).toBe(4);
    expect(nextSequence(['NV-2026-0003'], 2026, 12)).toBe(13);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99999 })), fc.nat({ max: 99999 }), (seqs, counter) => {
        const ids = seqs.map((s) => formatTaskId('NV', 2026, s));
        const next = nextSequence(ids, 2026, counter);
        return !ids.includes(formatTaskId('NV', 2026, next)) && next > counter;
      }),
    );
    expect(parseTaskId(formatTaskId('NV', 2026, 42))).toEqual({ prefix: 'NV', year: 2026, seq: 42 });
  });
});
