import fc from 'fast-check';
import { appendToChunks, CHUNK_BYTES, parseChunk, type PendingLine } from '../../../src/core/pending-lines';

const line = (n: number, note = ''): PendingLine => ({
  n,
  at: 1_700_000_000_000 + n * 1000,
  values: ['a@x.vn', 'NV-2026-0001', 'Cập nhật tiến độ', '10%', '60%', note],
  code: `'k${n}:ABCDEFGHIJKLMNOP`,
});
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const all = (chunks: string[]) => chunks.flatMap((c) => parseChunk(c)!);

describe('pending audit lines packed in property values', () => {
  it('keeps every line, in order, each chunk under the byte limit, earlier chunks unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 2000 }), { maxLength: 40 }), (notes) => {
        let chunks: string[] = [];
        notes.forEach((note, i) => {
          const next = appendToChunks(chunks, [line(i + 1, note)], 1000)!;
          chunks.slice(0, -1).forEach((c, j) => expect(next[j]).toBe(c));
          chunks = next;
        });
        expect(all(chunks).map((l) => l.values[5])).toEqual(notes);
        for (const c of chunks) expect(bytes(c)).toBeLessThanOrEqual(CHUNK_BYTES);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses when the chunks would exceed their number, or one line alone a chunk', () => {
    const big = 'Đ'.repeat(1500); // 3,000 bytes of UTF-8, a line of ~3 KB
    let chunks: string[] = [];
    for (let i = 1; i <= 4; i++) chunks = appendToChunks(chunks, [line(i, big)], 2) ?? chunks;
    expect(chunks.length).toBe(2);
    expect(appendToChunks(chunks, [line(5, big)], 2)).toBeNull();
    expect(appendToChunks([], [line(1, 'x'.repeat(CHUNK_BYTES))], 5)).toBeNull();
  });

  it('carries the notices with their line; a value that is not a chunk reads as null and is left alone', () => {
    const withNotice = {
      ...line(7),
      notices: [{ kind: 'confirmed', to: ['b@x.vn'], actor: 'a@x.vn', note: '' }],
    };
    expect(parseChunk(appendToChunks([], [withNotice], 1)![0])).toEqual([withNotice]);
    expect(parseChunk('not json')).toBeNull();
    expect(parseChunk('[[1,2]]')).toBeNull();
    const after = appendToChunks(['not json'], [line(8)], 3)!;
    expect(after[0]).toBe('not json');
    expect(parseChunk(after[1])).toEqual([line(8)]);
  });
});
