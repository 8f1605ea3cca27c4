import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { utf8Bytes } from '../../../src/core/bytes';
import { hmacSha256, sha256 } from '../../../src/core/sha256';

/** The bytes the HMAC hashes: a lone surrogate is '?', as in Java. */
const utf8 = (text: string) => utf8Bytes(text, 0x3f);

const hex = (bytes: number[]) => Buffer.from(bytes).toString('hex');

describe('sha256 and hmacSha256 (the audit check codes without Utilities)', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals Node for any text and key, over block boundaries and long keys', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ maxLength: 100 }),
        (text, key) => {
          expect(hex(sha256(utf8(text)))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
          expect(hex(hmacSha256(text, key))).toBe(
            createHmac('sha256', Buffer.from(key, 'utf8')).update(text, 'utf8').digest('hex'),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('encodes Vietnamese and astral characters as UTF-8, a lone surrogate as "?" (as Java does)', () => {
    expect(utf8('Đã xong 😀')).toEqual([...Buffer.from('Đã xong 😀', 'utf8')]);
    expect(utf8('a\ud83db')).toEqual([0x61, 0x3f, 0x62]);
  });
});
