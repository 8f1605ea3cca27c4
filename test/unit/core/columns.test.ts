/** Finding the register's columns (metadata first, then header text in either language); ours or foreign. */
import fc from 'fast-check';
import { headerFingerprint, looksLikeOurSheet, resolveColumns } from '../../../src/core/columns';
import { SHEETS, TASK_COLUMNS } from '../../../src/core/schema';

const def = SHEETS.tasks;
const header = TASK_COLUMNS.map((c) => c.vi);

test('metadata wins over header text, and header text finds the rest', () => {
  const moved = [...header];
  moved[0] = 'Tình hình'; // renamed id column
  const { map, missing } = resolveColumns(def, moved, new Map([['id', 0]]));
  expect(missing).toEqual([]);
  expect(map.id).toBe(0);
  expect(map.title).toBe(header.indexOf('Tên nhiệm vụ'));
});

test('a header cell claimed by metadata is never given to another key', () => {
  const { map } = resolveColumns(def, header, new Map([['notes', 1]]));
  expect(map.notes).toBe(1);
  expect(map.status).not.toBe(1);
  expect(Object.values(map).length).toBe(new Set(Object.values(map)).size);
});

test('matches headers in either language, ignoring case and spaces', () => {
  const { map } = resolveColumns(
    SHEETS.holidays,
    ['  NGÀY ', 'name', 'Kind', 'Provisional', 'Ghi  chú'],
    new Map(),
  );
  expect(map).toEqual({ date: 0, name: 1, kind: 2, provisional: 3, note: 4 });
});

test('tells our sheet from a foreign one', () => {
  expect(looksLikeOurSheet(def, header)).toBe(true);
  expect(looksLikeOurSheet(def, [])).toBe(true);
  expect(looksLikeOurSheet(def, ['Họ tên', 'Điểm', 'Lớp'])).toBe(false);
});

test('the fingerprint changes whenever a header cell changes or moves', () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 8 }), fc.nat(), (cells, k) => {
      const i = k % cells.length;
      const changed = [...cells];
      changed[i] = `${changed[i]}x`;
      return headerFingerprint(cells) !== headerFingerprint(changed);
    }),
  );
});
