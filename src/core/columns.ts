/**
 * Where each column of a sheet is. Developer metadata on the column is the authority (it moves with the
 * column and survives renaming); the header text is the fallback for a column that lost its metadata,
 * and for the sheets that carry none.
 *
 * Reading every column's metadata costs about four Spreadsheet calls per column, so the resolved map is
 * kept with a fingerprint of the header row: while the header row is unchanged, the map is reused.
 */
import type { ColumnDef, SheetDef } from './schema';

/** Column key → 0-based index in a row of `getValues()`. */
export type ColumnMap = Record<string, number>;

export interface CachedColumnMap {
  /** Of the header's first `width` cells. */
  fingerprint: string;
  map: ColumnMap;
  /** Columns to read: one past the rightmost known column. */
  width: number;
}

const FINGERPRINT_SEP = '\u241f';

export function headerFingerprint(header: readonly unknown[]): string {
  return header.map((h) => String(h).trim()).join(FINGERPRINT_SEP);
}

/** The header texts a fingerprint was made of, by column (trimmed). */
export const fingerprintHeader = (fingerprint: string): string[] => fingerprint.split(FINGERPRINT_SEP);

const normalise = (s: unknown) =>
  String(s ?? '')
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** Where a column is claimed: a key's metadata positions (several when the metadata was duplicated). */
export type MetadataPositions = ReadonlyMap<string, number | readonly number[]>;

/**
 * Combines metadata positions (key → 0-based index) with header matching for keys without metadata.
 * A header cell claimed by metadata is never reused for another key.
 *
 * A column that cannot be placed with certainty is never guessed:
 * - `missing`: neither metadata nor a header names it;
 * - `ambiguous`: two columns claim it (its metadata on two columns; two headers of its name and no
 *   metadata; its metadata on one column and its exact name on another), or its metadata sits on a
 *   column whose header is the name of another of the sheet's columns (header and metadata disagree).
 * Ambiguous columns are left out of the map, as missing ones are: readers refuse either way.
 */
export function resolveColumns(
  def: SheetDef,
  header: readonly unknown[],
  fromMetadata: MetadataPositions,
): { map: ColumnMap; missing: ColumnDef[]; ambiguous: ColumnDef[] } {
  const map: ColumnMap = {};
  const taken = new Set<number>();
  const ambiguous = new Set<ColumnDef>();
  const names = (col: ColumnDef) => [normalise(col.vi), normalise(col.en)];
  const nameOwner = new Map<string, ColumnDef>();
  for (const col of def.columns) for (const n of names(col)) if (!nameOwner.has(n)) nameOwner.set(n, col);
  const positions = (key: string): number[] => {
    const v = fromMetadata.get(key);
    const all = v === undefined ? [] : typeof v === 'number' ? [v] : [...v];
    return [...new Set(all.filter((i) => i >= 0))];
  };
  for (const col of def.columns) {
    const at = positions(col.key);
    if (at.length > 1) {
      ambiguous.add(col);
      at.forEach((i) => taken.add(i));
      continue;
    }
    const idx = at[0];
    if (idx === undefined) continue;
    if (taken.has(idx)) {
      ambiguous.add(col);
      continue;
    }
    const owner = nameOwner.get(normalise(header[idx]));
    if (owner && owner.key !== col.key) ambiguous.add(col);
    else map[col.key] = idx;
    taken.add(idx);
  }
  const byText = new Map<string, number[]>();
  header.forEach((h, i) => {
    const n = normalise(h);
    if (n && !taken.has(i)) byText.set(n, [...(byText.get(n) ?? []), i]);
  });
  const missing: ColumnDef[] = [];
  for (const col of def.columns) {
    if (ambiguous.has(col)) continue;
    const found = [...new Set(names(col).flatMap((n) => byText.get(n) ?? []))];
    if (col.key in map) {
      // Its metadata is on one column, its exact name on another: which one is it?
      if (found.length > 0) {
        ambiguous.add(col);
        delete map[col.key];
      }
      continue;
    }
    const free = found.filter((i) => !taken.has(i));
    if (free.length === 1) {
      map[col.key] = free[0];
      taken.add(free[0]);
    } else if (found.length > 1) {
      ambiguous.add(col);
    } else {
      missing.push(col);
    }
  }
  return { map, missing, ambiguous: def.columns.filter((c) => ambiguous.has(c)) };
}

/**
 * Whether a map may be kept with the header's fingerprint: every column placed, and the header cells of
 * the placed columns non-blank and found nowhere else in the row. Then deleting, inserting or moving any
 * column up to the last one placed changes the header over the cached width (a deleted column's
 * neighbours would have to carry its very header for the fingerprint to survive), so the cached map
 * cannot outlive a change of the columns.
 */
export function cacheableMap(def: SheetDef, map: ColumnMap, header: readonly unknown[]): boolean {
  if (!isComplete(def, map)) return false;
  const text = (i: number) => String(header[i] ?? '').trim();
  const placed = new Set(Object.values(map));
  const seen = new Set<string>();
  for (const i of placed) {
    const h = text(i);
    if (!h || seen.has(h)) return false;
    seen.add(h);
  }
  return header.every((_, i) => placed.has(i) || !seen.has(text(i)));
}

/** Every column of the sheet has its place in the map. */
export function isComplete(def: SheetDef, map: ColumnMap): boolean {
  return def.columns.every((c) => Number.isInteger(map[c.key]) && map[c.key] >= 0);
}

/** True when the header row looks like one of ours: most of its non-empty cells are our headers. */
export function looksLikeOurSheet(def: SheetDef, header: readonly unknown[]): boolean {
  const ours = new Set(def.columns.flatMap((c) => [normalise(c.vi), normalise(c.en)]));
  const cells = header.map(normalise).filter(Boolean);
  if (cells.length === 0) return true; // an empty sheet may be taken over
  const matched = cells.filter((c) => ours.has(c)).length;
  return matched >= Math.max(1, Math.ceil(cells.length / 2));
}
