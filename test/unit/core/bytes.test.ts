/** UTF-8 and base64 without TextEncoder (src/core/bytes.ts), against Node's own. */
import fc from 'fast-check';
import { base64, utf8Bytes, utf8Length } from '../../../src/core/bytes';

describe('bytes', () => {
  it('UTF-8 as Node encodes it (lone surrogates as U+FFFD), and its length counted without the bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const bytes = utf8Bytes(s);
        expect(bytes).toEqual([...Buffer.from(s, 'utf8')]);
        expect(utf8Length(s)).toBe(bytes.length);
      }),
    );
    expect(utf8Length('a\ud83d')).toBe(4);
    expect(utf8Bytes('a\udc00b', 0x3f)).toEqual([0x61, 0x3f, 0x62]);
  });

  it('base64 as Node writes it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) =>
        expect(base64([...b])).toBe(Buffer.from(b).toString('base64')),
      ),
    );
  });
});
