/**
 * HMAC-SHA-256 over UTF-8 text, in plain TypeScript (FIPS 180-4, RFC 2104). The audit's check codes
 * were computed with `Utilities.computeHmacSha256Signature(text, key, UTF_8)`; each such call is a
 * round trip Google charges (≈ 15 ms, twice with the base64), on every action. This gives the same
 * bytes without leaving the script, and a library for it would weigh several times these lines.
 */
import { utf8Bytes } from './bytes';

/** What a lone surrogate becomes in the text hashed: '?', as Java's encoder (behind `Utilities`) makes
 * it, so codes written before this module still check. */
const QUESTION_MARK = 0x3f;

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
];

/** SHA-256 of bytes (0–255). */
export function sha256(bytes: readonly number[]): number[] {
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const data = [...bytes, 0x80];
  while (data.length % 64 !== 56) data.push(0);
  const bits = bytes.length * 8;
  for (let i = 7; i >= 0; i--) data.push(i >= 4 ? 0 : (bits >>> (i * 8)) & 255);
  // Lengths over 2^32 bits (512 MB) cannot occur here: the high word stays 0.
  const w = new Array<number>(64);
  for (let off = 0; off < data.length; off += 64) {
    for (let i = 0; i < 16; i++)
      w[i] =
        (data[off + 4 * i] << 24) |
        (data[off + 4 * i + 1] << 16) |
        (data[off + 4 * i + 2] << 8) |
        data[off + 4 * i + 3];
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15];
      const b = w[i - 2];
      const s0 = ror(a, 7) ^ ror(a, 18) ^ (a >>> 3);
      const s1 = ror(b, 17) ^ ror(b, 19) ^ (b >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, k].forEach((v, i) => (h[i] = (h[i] + v) | 0));
  }
  return h.flatMap((v) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]);
}

const ror = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** HMAC-SHA-256 of `text` under `key`, both taken as UTF-8. */
export function hmacSha256(text: string, key: string): number[] {
  let k = utf8Bytes(key, QUESTION_MARK);
  if (k.length > 64) k = sha256(k);
  const pad = (x: number) => Array.from({ length: 64 }, (_, i) => (k[i] ?? 0) ^ x);
  return sha256([...pad(0x5c), ...sha256([...pad(0x36), ...utf8Bytes(text, QUESTION_MARK)])]);
}
