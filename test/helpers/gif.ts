/** Test helper: reads back the GIFs that src/core/qr.ts writes for the e-mails. */

/** A minimal GIF87a decoder (one image, global colour table), enough to read our QR codes back. */
export function decodeGif(buf: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  const width = buf.readUInt16LE(6);
  const height = buf.readUInt16LE(8);
  const flags = buf[10];
  const tableSize = 3 * (1 << ((flags & 7) + 1));
  const palette = buf.subarray(13, 13 + tableSize);
  let p = 13 + tableSize;
  if (buf[p] !== 0x2c) throw new Error('image descriptor expected');
  p += 10;
  const minCodeSize = buf[p++];
  const data: number[] = [];
  while (buf[p] !== 0) {
    const n = buf[p++];
    for (let i = 0; i < n; i++) data.push(buf[p + i]);
    p += n;
  }
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  let size = minCodeSize + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: clear + 2 }, (_, i) => [i]);
    size = minCodeSize + 1;
  };
  reset();
  const out: number[] = [];
  let bit = 0;
  let prev: number[] | null = null;
  for (;;) {
    if (bit + size > data.length * 8) throw new Error('LZW data ends without an end code');
    let code = 0;
    for (let i = 0; i < size; i++, bit++) code |= ((data[bit >> 3] >> (bit & 7)) & 1) << i;
    if (code === clear) {
      reset();
      prev = null;
      continue;
    }
    if (code === end) break;
    const entry: number[] = code < dict.length ? dict[code] : [...prev!, prev![0]];
    out.push(...entry);
    if (prev) dict.push([...prev, entry[0]]);
    prev = entry;
    if (dict.length === 1 << size && size < 12) size++;
  }
  if (out.length !== width * height) throw new Error(`${out.length} pixels for ${width} × ${height}`);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const c = out[i] * 3;
    rgba.set([palette[c], palette[c + 1], palette[c + 2], 255], i * 4);
  }
  return { width, height, rgba };
}
