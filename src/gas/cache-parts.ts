/**
 * A long value kept in the document cache as parts. CacheService refuses a value over 100 KB of UTF-8,
 * and a Vietnamese character takes up to three bytes, so parts are cut by bytes, never between the two
 * halves of a character outside the BMP. The first part starts with "n|", the number of parts: a value
 * is whole only when every part is read back (the cache may evict one alone).
 */
const PART_BYTES = 90_000;

/** The parts of `text`, or null when it needs more than `maxParts`. */
export function toParts(text: string, maxParts: number): string[] | null {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate counts for the pair (4 bytes), its low half for nothing: no cut falls between them.
    const width = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xdc00 && c <= 0xdfff ? 0 : c >= 0xd800 ? 4 : 3;
    if (bytes + width > PART_BYTES) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
  }
  parts.push(text.slice(start));
  if (parts.length > maxParts) return null;
  parts[0] = `${parts.length}|${parts[0]}`;
  return parts;
}

/** The value from its parts as read (in order), or null unless every part is there. */
export function fromParts(values: readonly (string | undefined)[]): string | null {
  const m = /^(\d+)\|/.exec(values[0] ?? '');
  const n = m ? Number(m[1]) : 0;
  if (!m || n < 1 || n > values.length) return null;
  const parts = values.slice(0, n);
  if (parts.some((p) => p === undefined)) return null;
  return parts.join('').slice(m[0].length);
}
