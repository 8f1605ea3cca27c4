import fc from 'fast-check';
import { fromParts, toParts } from '../../../src/gas/cache-parts';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('cache parts', () => {
  it('round-trips any text, every part under 100 KB of UTF-8, never splitting a surrogate pair', () => {
    const text = fc
      .array(fc.constantFrom('a', 'ệ', 'Ừ', '"', '😀', 'Nguyễn Thị Hoà '), { maxLength: 40_000 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const parts = toParts(t, 64)!;
        for (const p of parts) {
          expect(bytes(p)).toBeLessThanOrEqual(100 * 1024);
          expect(/[\uD800-\uDBFF]$/.test(p)).toBe(false);
        }
        expect(fromParts(parts)).toBe(t);
      }),
      { numRuns: 30 },
    );
  });

  it('cuts by bytes: 40,000 three-byte letters need two parts, where 40,000 characters would fit one', () => {
    const parts = toParts('ệ'.repeat(40_000), 4)!;
    expect(parts).toHaveLength(2);
    expect(parts[0].startsWith('2|')).toBe(true);
  });

  it('refuses a value needing more parts than allowed, and reads nothing back when a part is missing', () => {
    expect(toParts('ệ'.repeat(40_000), 1)).toBeNull();
    const parts = toParts('a'.repeat(200_000), 4)!;
    expect(parts).toHaveLength(3);
    expect(fromParts([parts[0], undefined, parts[2]])).toBeNull();
    expect(fromParts([parts[0], parts[1]])).toBeNull();
    expect(fromParts(['no count'])).toBeNull();
    expect(fromParts([undefined])).toBeNull();
  });
});
