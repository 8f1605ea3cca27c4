/**
 * Vietnamese text folded for searching: "Hòa", "Hoà" (the tone mark on either vowel, composed or
 * combining), "HOA" and "hoa" all fold to "hoa"; "vệ sinh" to "ve sinh"; "Đ"/"đ" to "d". Used by the
 * server's task filter and by the sidebar's pickers, so a search finds the same things everywhere.
 */

/** Lower case, no diacritics (NFD, combining marks dropped), đ → d, runs of spaces as one. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `haystack` contains `query`, both folded (an empty query matches everything). */
export function foldedIncludes(haystack: string, query: string): boolean {
  return foldVietnamese(haystack).includes(foldVietnamese(query));
}
