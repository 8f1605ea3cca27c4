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

export function headerFingerprint(header: readonly unknown[]): string {
  return header.map((h) => String(h).trim()).join('\u241f');
}

const normalise = (s: unknown) =>
  String(s ?? '')
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/**
 * Combines metadata positions (key → 0-based index) with header matching for keys without metadata.
 * A header cell claimed by metadata is never reused for another key.
 */
export function resolveColumns(
  def: SheetDef,
  header: readonly unknown[],
  fromMetadata: ReadonlyMap<string, number>,
): { map: ColumnMap; missing: ColumnDef[] } {
  const map: ColumnMap = {};
  const taken = new Set<number>();
  for (const col of def.columns) {
    const idx = fromMetadata.get(col.key);
    if (idx !== undefined && idx >= 0 && !taken.has(idx)) {
      map[col.key] = idx;
      taken.add(idx);
    }
  }
  const byText = new Map<string, number>();
  header.forEach((h, i) => {
    const n = normalise(h);
    if (n && !taken.has(i) && !byText.has(n)) byText.set(n, i);
  });
  const missing: ColumnDef[] = [];
  for (const col of def.columns) {
    if (col.key in map) continue;
    const idx = byText.get(normalise(col.vi)) ?? byText.get(normalise(col.en));
    if (idx !== undefined && !taken.has(idx)) {
      map[col.key] = idx;
      taken.add(idx);
    } else {
      missing.push(col);
    }
  }
  return { map, missing };
}

/** True when the header row looks like one of ours: most of its non-empty cells are our headers. */
export function looksLikeOurSheet(def: SheetDef, header: readonly unknown[]): boolean {
  const ours = new Set(def.columns.flatMap((c) => [normalise(c.vi), normalise(c.en)]));
  const cells = header.map(normalise).filter(Boolean);
  if (cells.length === 0) return true; // an empty sheet may be taken over
  const matched = cells.filter((c) => ours.has(c)).length;
  return matched >= Math.max(1, Math.ceil(cells.length / 2));
}
