/** Finding the register's columns (metadata first, then header text in either language); ours or foreign. */
import fc from 'fast-check';
import {
  cacheableMap,
  headerFingerprint,
  isComplete,
  looksLikeOurSheet,
  resolveColumns,
} from '../../../src/core/columns';
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
  const renamed = [...header];
  renamed[1] = 'Ghi chú của văn phòng';
  const notes = header.indexOf('Ghi chú');
  renamed[notes] = 'Cột cũ';
  const { map, missing, ambiguous } = resolveColumns(def, renamed, new Map([['notes', 1]]));
  expect(map.notes).toBe(1);
  expect(map.status).not.toBe(1);
  expect(Object.values(map).length).toBe(new Set(Object.values(map)).size);
  expect(missing.map((c) => c.key)).toEqual(['status']);
  expect(ambiguous).toEqual([]);
});

test('a column is never guessed: missing or ambiguous, and left out of the map', () => {
  const keys = (cols: readonly { key: string }[]) => cols.map((c) => c.key);
  const at = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key);
  // Metadata on two columns.
  const twice = resolveColumns(
    def,
    [...header, 'Bản sao'],
    new Map([['confidential', [at('confidential'), header.length]]]),
  );
  expect(keys(twice.ambiguous)).toEqual(['confidential']);
  expect(twice.map.confidential).toBeUndefined();
  expect(twice.missing).toEqual([]);
  // Metadata on a column headed with another column's name: header and metadata disagree.
  const disagree = resolveColumns(def, header, new Map([['notes', 1]]));
  expect(keys(disagree.ambiguous)).toEqual(['notes']);
  expect(disagree.map.notes).toBeUndefined();
  // Metadata on one column, the exact name on another.
  const elsewhere = resolveColumns(def, [...header, 'Mật'], new Map([['confidential', at('confidential')]]));
  expect(keys(elsewhere.ambiguous)).toEqual(['confidential']);
  // No metadata, two headers of the name.
  const doubled = resolveColumns(def, [...header, 'Mật'], new Map());
  expect(keys(doubled.ambiguous)).toEqual(['confidential']);
  // A deleted column is missing, whatever the cached width would still match.
  const deleted = header.filter((h) => h !== 'Mật');
  expect(keys(resolveColumns(def, deleted, new Map()).missing)).toEqual(['confidential']);
});

test('only a whole map with distinct headers is cached, so no column deletion keeps its fingerprint', () => {
  const whole = resolveColumns(def, header, new Map()).map;
  expect(cacheableMap(def, whole, header)).toBe(true);
  expect(isComplete(def, whole)).toBe(true);
  const { confidential: _gone, ...partial } = whole;
  expect(cacheableMap(def, partial, header)).toBe(false);
  // The last known header repeated just right of it: deleting that column would keep the fingerprint.
  expect(cacheableMap(def, whole, [...header, header[header.length - 1]])).toBe(false);
  fc.assert(
    fc.property(fc.nat(), (k) => {
      const i = k % header.length;
      const width = header.length;
      const after = [...header.slice(0, i), ...header.slice(i + 1), ''];
      return headerFingerprint(after.slice(0, width)) !== headerFingerprint(header.slice(0, width));
    }),
  );
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
