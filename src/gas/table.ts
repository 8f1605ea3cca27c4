/**
 * Reading and writing one of the register's sheets in batches: one `getValues` for the whole sheet,
 * one `setValues` per contiguous block written back. Columns are located through `columns.ts`.
 */
import { documentProperties } from './properties';
import { COLUMN_METADATA_KEY, SAFETY_COLUMNS, type ColumnDef, type SheetDef } from '../core/schema';
import {
  cacheableMap,
  headerFingerprint,
  isComplete,
  resolveColumns,
  type CachedColumnMap,
  type ColumnMap,
} from '../core/columns';
import { UserError } from '../core/messages';
import { sameCellValue } from '../core/cell-writes';
import { retrying } from './retry';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Table {
  sheet: Sheet;
  /** The grid's row count when known (saves a `getMaxRows` call before appending). */
  maxRows?: number;
  def: SheetDef;
  map: ColumnMap;
  header: unknown[];
  /** Data rows only (row 2 onwards), exactly as `getValues` returned them. */
  rows: unknown[][];
  /** Columns the sheet has (including users' own extra columns). */
  width: number;
}

/** Sheets that carry column metadata; the others are matched by header text. */
export function usesColumnMetadata(def: SheetDef): boolean {
  return def.key === 'tasks' || def.key === 'units' || def.key === 'staff';
}

/**
 * Sheets keep their Vietnamese names whatever the language setting (formulas and people refer to them).
 * A sheet found once is remembered for the rest of the execution (each execution starts afresh).
 */
const sheetsFound = new Map<string, Sheet>();

export function findSheet(ss: Spreadsheet, def: SheetDef): Sheet | null {
  const known = sheetsFound.get(def.key);
  if (known) return known;
  const sheet = ss.getSheetByName(def.vi);
  if (sheet) sheetsFound.set(def.key, sheet);
  return sheet;
}

/** Setup tells which sheet it has just created, so nobody looks for it again. */
export function rememberSheet(def: SheetDef, sheet: Sheet): void {
  sheetsFound.set(def.key, sheet);
}

export function requireSheet(ss: Spreadsheet, def: SheetDef): Sheet {
  const sheet = findSheet(ss, def);
  if (!sheet) throw new UserError('sheet.missing', { sheet: def.vi });
  return sheet;
}

/**
 * Reads a sheet and locates its columns, in two Spreadsheet calls when nothing moved: one
 * `Spreadsheet.getRange("'Sheet'!A1:X")` over the columns we know of, one `getValues`. When the header
 * no longer matches what we know (columns moved, renamed, added before ours, deleted) it reads the whole
 * sheet and resolves the columns again.
 *
 * Fails closed: a column that is missing or ambiguous (`resolveColumns`) refuses the read, on every
 * read. Only a complete map whose header cells are distinct is cached (`cacheableMap`), so a cached map
 * never stands for a sheet that lost a column: the first read after the deletion misses the cache, and
 * so does every later one.
 */
export function readTable(ss: Spreadsheet, def: SheetDef): Table {
  const props = usesColumnMetadata(def) ? documentProperties() : null;
  const cached = cachedColumnMap(def);
  const width = cached?.width ?? def.columns.length;
  const quick = readColumns(ss, def, width);
  if (quick) {
    const header = quick[0] ?? [];
    let map: ColumnMap | null = null;
    if (cached) {
      if (cached.fingerprint === headerFingerprint(header)) map = cached.map;
    } else if (!props) {
      const found = resolveColumns(def, header, new Map());
      if (found.missing.length === 0 && found.ambiguous.length === 0) map = found.map;
    }
    if (map) return tableOf(ss, def, map, header, withoutBlankTail(quick.slice(1)), width);
  }

  const sheet = requireSheet(ss, def);
  const values = retrying(() => sheet.getDataRange().getValues());
  const header = values[0] ?? [];
  const map = resolveOrRefuse(sheet, def, header, props);
  // An empty sheet's data range is A1 alone: no data rows then.
  const rows = values.length > 1 ? values.slice(1) : [];
  const table = tableOf(ss, def, map, header, rows, header.length);
  table.sheet = sheet;
  return table;
}

/**
 * The columns from the metadata and the whole header row, or a refusal naming the sheet and the columns
 * that are missing or ambiguous. The map is cached only when it is complete and cacheable; a cache entry
 * for the sheet is dropped otherwise, so nothing stale is read next time.
 */
function resolveOrRefuse(
  sheet: Sheet,
  def: SheetDef,
  header: readonly unknown[],
  props: GoogleAppsScript.Properties.Properties | null,
): ColumnMap {
  const { map, missing, ambiguous } = resolveColumns(
    def,
    header,
    props ? metadataPositions(sheet) : new Map(),
  );
  const width = Math.max(1, ...Object.values(map).map((i) => i + 1));
  if (props) {
    const known = header.slice(0, width);
    if (missing.length === 0 && ambiguous.length === 0 && cacheableMap(def, map, header)) {
      const entry: CachedColumnMap = { fingerprint: headerFingerprint(known), map, width };
      props.setProperty(cacheKey(def), JSON.stringify(entry));
    } else {
      props.deleteProperty(cacheKey(def));
    }
  }
  if (missing.length > 0) throw columnsRefusal(def, missing, 'missing');
  if (ambiguous.length > 0) throw columnsRefusal(def, ambiguous, 'ambiguous');
  return map;
}

/** A refusal naming the sheet and its columns; a missing safety column says how to get its data back. */
function columnsRefusal(def: SheetDef, cols: readonly ColumnDef[], why: 'missing' | 'ambiguous'): UserError {
  const safety = SAFETY_COLUMNS[def.key] ?? [];
  const key =
    why === 'ambiguous'
      ? 'sheet.ambiguousColumns'
      : cols.some((c) => safety.includes(c.key))
        ? 'sheet.lostColumns'
        : 'sheet.missingColumns';
  return new UserError(key, { sheet: def.vi, columns: cols.map((c) => c.vi).join(', ') });
}

/**
 * A sheet's columns without its rows: the header (one `getValues` of row 1 over the columns we know of)
 * checked against the cached column map, and the last row with content. What an action on one row needs
 * before it finds that row: its cost does not grow with the register. When the header no longer matches
 * (columns moved, renamed, added before ours) the columns are resolved again from the metadata, as
 * `readTable` does, and the cache is renewed.
 */
export interface TableHead {
  sheet: Sheet;
  def: SheetDef;
  map: ColumnMap;
  header: unknown[];
  /** Columns to read for a whole row (ours, wherever they are). */
  width: number;
  /** The last sheet row with content (1 = the header only); asked of Google on first use. */
  lastRow: number;
  /**
   * Set when the map is the cached one, taken on trust: the header has not been read. Whoever writes
   * with such a head must call `columnsStillMatch` after its writes (and before trusting a refusal).
   */
  trusted?: { fingerprint: string };
}

/**
 * The head of a sheet. `trust`: take the cached column map as it is (no header read) and leave the
 * check to `columnsStillMatch` after the writes, where the same read also makes Google apply them —
 * one data call instead of two. Without a whole cached map, the header is read as usual.
 */
export function readTableHead(ss: Spreadsheet, def: SheetDef, trust = false): TableHead {
  const props = usesColumnMetadata(def) ? documentProperties() : null;
  const cached = cachedColumnMap(def);
  const sheet = requireSheet(ss, def);
  if (cached && trust)
    return withLazyLastRow({ sheet, def, map: cached.map, header: [], width: cached.width, trusted: cached });
  if (cached) {
    const header = readHeaderRow(sheet, cached.width);
    if (header && cached.fingerprint === headerFingerprint(header))
      return withLazyLastRow({ sheet, def, map: cached.map, header, width: cached.width });
  }
  const lastColumn = Math.max(1, sheet.getLastColumn());
  const header = retrying(() => sheet.getRange(1, 1, 1, lastColumn).getValues())[0] ?? [];
  const map = resolveOrRefuse(sheet, def, header, props);
  const width = Math.max(1, ...Object.values(map).map((i) => i + 1));
  return withLazyLastRow({ sheet, def, map, header: header.slice(0, width), width });
}

/** The head with `lastRow` read from the sheet when first used (a light call an action may not need). */
function withLazyLastRow(head: Omit<TableHead, 'lastRow'>): TableHead {
  let last: number | undefined;
  return Object.defineProperty(head as TableHead, 'lastRow', {
    get: () => (last ??= head.sheet.getLastRow()),
    set: (v: number) => (last = v),
    enumerable: true,
  });
}

/**
 * After the writes of a head taken on trust: the header read again (one data call, which also makes
 * Google apply the pending writes) and compared with the map's. False when columns were moved,
 * renamed, inserted or deleted by hand meanwhile: the writes went by an old map (the caller undoes
 * them) and the cached map is dropped, so the next read resolves the columns again.
 */
export function columnsStillMatch(head: Pick<TableHead, 'sheet' | 'def' | 'width' | 'trusted'>): boolean {
  if (!head.trusted) return true;
  const header = readHeaderRow(head.sheet, head.width);
  if (header && headerFingerprint(header) === head.trusted.fingerprint) return true;
  forgetColumnMap(head.def);
  return false;
}

function readHeaderRow(sheet: Sheet, width: number): unknown[] | null {
  try {
    return retrying(() => sheet.getSheetValues(1, 1, 1, width))[0] ?? null;
  } catch {
    return null; // fewer columns than we expect: resolve again
  }
}

/**
 * The sheet rows (1-based, ascending) whose cell in column `key` is exactly `text` (case and accents
 * as typed): one `TextFinder` over that column, never a read of the column's values.
 */
export function rowsWhere(head: TableHead, key: string, text: string): number[] {
  const col = head.map[key];
  if (col === undefined || head.lastRow < 2 || !text) return [];
  const range = head.sheet.getRange(2, col + 1, head.lastRow - 1, 1);
  return retrying(() => range.createTextFinder(text).matchCase(true).matchEntireCell(true).findAll())
    .map((r) => r.getRow())
    .sort((a, b) => a - b);
}

/**
 * Where `text` is the whole content of a cell (case and accents as typed), in the given columns of the
 * data rows: one `TextFinder` over the span of those columns, never a read of their values. Finding a
 * task's id in the id and parent columns at once gives its row and its sub-tasks' rows in one call.
 */
export function rowsMatching(head: TableHead, keys: readonly string[], text: string): Map<string, number[]> {
  const out = new Map<string, number[]>(keys.map((k) => [k, []]));
  const columns = keys.map((k) => head.map[k]).filter((i): i is number => i !== undefined);
  if (columns.length === 0 || head.lastRow < 2 || !text) return out;
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const keyAt = new Map(keys.map((k) => [head.map[k], k]));
  const range = head.sheet.getRange(2, first + 1, head.lastRow - 1, last - first + 1);
  const found = retrying(() => range.createTextFinder(text).matchCase(true).matchEntireCell(true).findAll());
  for (const cell of found) {
    const key = keyAt.get(cell.getColumn() - 1);
    if (key !== undefined) out.get(key)!.push(cell.getRow());
  }
  for (const rows of out.values()) rows.sort((a, b) => a - b);
  return out;
}

/** One column's values for every data row (one `getValues`): for the rare case that needs them all. */
export function readColumn(head: TableHead, key: string): unknown[] {
  const col = head.map[key];
  if (col === undefined || head.lastRow < 2) return [];
  const range = head.sheet.getRange(2, col + 1, head.lastRow - 1, 1);
  return retrying(() => range.getValues()).map((r) => r[0]);
}

/** Whole rows (the first `head.width` columns) by sheet row: one `getValues` per run of adjacent rows. */
export function readRowsAt(head: TableHead, rows: readonly number[], bounded = true): Map<number, unknown[]> {
  const out = new Map<number, unknown[]>();
  // `bounded` false: rows named by a hint, read without asking for the last row first (beyond it, they
  // read blank and the hint fails its check).
  const sorted = [...new Set(rows)]
    .filter((r) => r >= 2 && (!bounded || r <= head.lastRow))
    .sort((a, b) => a - b);
  for (const run of adjacentRuns(sorted)) {
    const values = retrying(() => head.sheet.getSheetValues(run.start, 1, run.length, head.width));
    values.forEach((v, i) => out.set(run.start + i, v));
  }
  return out;
}

/**
 * The first `width` columns of the rows with content, or null when the sheet is missing or narrower.
 * Bounded by `getLastRow` (a light call): an open-ended `A1:X` would also return the grid's blank rows,
 * and Google charges for every cell returned (a new sheet's grid has 1,000 rows).
 */
function readColumns(ss: Spreadsheet, def: SheetDef, width: number): unknown[][] | null {
  const sheet = findSheet(ss, def);
  if (!sheet) return null;
  try {
    return retrying(() => sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), width).getValues());
  } catch {
    return null; // fewer columns than we expect
  }
}

/** An open-ended read returns the grid's blank rows too; they are not data. */
function withoutBlankTail(rows: unknown[][]): unknown[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((v) => v === '')) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}

/** A table whose Sheet object is fetched only when something is written. */
function tableOf(
  ss: Spreadsheet,
  def: SheetDef,
  map: ColumnMap,
  header: unknown[],
  rows: unknown[][],
  width: number,
): Table {
  let sheet: Sheet | undefined;
  return {
    get sheet() {
      return (sheet ??= requireSheet(ss, def));
    },
    set sheet(s: Sheet) {
      sheet = s;
    },
    def,
    map,
    header,
    rows,
    width,
  };
}

/** Sheets are found by their fixed name, so the sheet's key names the cache entry (no call needed). */
const cacheKey = (def: SheetDef) => `nhacviec.columns.${def.key}`;

/**
 * A sheet setup has just created: columns in schema order, no data. Nothing needs reading, and the
 * column map is stored so the next read need not resolve the metadata.
 */
export function freshTable(sheet: Sheet, def: SheetDef, maxRows: number): Table {
  const header = def.columns.map((c) => c.vi);
  const map: ColumnMap = {};
  def.columns.forEach((c, i) => (map[c.key] = i));
  if (usesColumnMetadata(def)) {
    documentProperties().setProperty(
      cacheKey(def),
      JSON.stringify({
        fingerprint: headerFingerprint(header),
        map,
        width: header.length,
      } satisfies CachedColumnMap),
    );
  }
  return { sheet, def, map, header, rows: [], width: header.length, maxRows };
}

/**
 * A cached map, if it is whole: an entry that lacks one of the sheet's columns (as an earlier version
 * could store after a column was deleted) or points past its own width is not used.
 */
/** The column map kept for `def` (the sheets found by metadata), when it reads as a whole one. */
export function cachedColumnMap(def: SheetDef): CachedColumnMap | null {
  return usesColumnMetadata(def) ? parseCached(documentProperties().getProperty(cacheKey(def)), def) : null;
}

function parseCached(raw: string | null, def: SheetDef): CachedColumnMap | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as CachedColumnMap;
    const ok =
      typeof v.fingerprint === 'string' &&
      v.map &&
      typeof v.map === 'object' &&
      v.width > 0 &&
      isComplete(def, v.map) &&
      Object.values(v.map).every((i) => i < v.width);
    return ok ? v : null;
  } catch {
    return null;
  }
}

/**
 * Key → 0-based column indexes, from the developer metadata on the sheet's columns: every column that
 * carries the key (two mean the column is ambiguous, see `resolveColumns`).
 */
export function metadataPositions(sheet: Sheet): Map<string, number[]> {
  const found = sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find();
  const positions = new Map<string, number[]>();
  for (const md of found) {
    const value = md.getValue();
    const column = value ? md.getLocation().getColumn() : null;
    if (value && column) positions.set(value, [...(positions.get(value) ?? []), column.getColumn() - 1]);
  }
  return positions;
}

export function forgetColumnMap(def: SheetDef): void {
  documentProperties().deleteProperty(cacheKey(def));
}

/**
 * A cell of a data row by column key. A column the map lacks reads as '' — except a safety column
 * (`SAFETY_COLUMNS`), whose absence refuses: a missing "confidential" or "active" column is never
 * "not confidential" or "everyone active".
 */
export function cell(table: Table, row: readonly unknown[], key: string): unknown {
  const idx = table.map[key];
  if (idx === undefined) {
    requireColumn(table.def, key);
    return '';
  }
  return row[idx] ?? '';
}

/** Throws the refusal for a safety column `key` of `def` that a column map lacks. */
export function requireColumn(def: SheetDef, key: string): void {
  if (!(SAFETY_COLUMNS[def.key] ?? []).includes(key)) return;
  const col = def.columns.find((c) => c.key === key);
  if (col) throw columnsRefusal(def, [col], 'missing');
}

/**
 * Writes the given columns of the given data rows in as few calls as possible: one `setValues` over the
 * block spanning the changed rows, for each run of adjacent columns. Cells of the block that did not
 * change are written with the value just read, so they stay as they were.
 *
 * `changes` maps a data-row index (0 = sheet row 2) to new values by column key.
 */
export function writeColumns(
  table: Table,
  keys: readonly string[],
  changes: ReadonlyMap<number, Record<string, unknown>>,
): number {
  if (changes.size === 0) return 0;
  let first = Infinity;
  let last = -Infinity;
  for (const i of changes.keys()) {
    first = Math.min(first, i);
    last = Math.max(last, i);
  }
  const keyOfColumn = new Map(Object.entries(table.map).map(([k, i]) => [i, k]));
  let writes = 0;
  for (const run of adjacentRuns(keys.map((k) => table.map[k]).filter((i): i is number => i !== undefined))) {
    const runKeys = Array.from({ length: run.length }, (_, j) => keyOfColumn.get(run.start + j));
    const block: unknown[][] = [];
    for (let i = first; i <= last; i++) {
      const row = table.rows[i];
      const change = changes.get(i);
      block.push(
        runKeys.map((key, j) =>
          change && key !== undefined && key in change ? change[key] : row[run.start + j],
        ),
      );
    }
    retrying(() => table.sheet.getRange(first + 2, run.start + 1, block.length, run.length).setValues(block));
    for (let i = first; i <= last; i++) {
      const change = changes.get(i);
      if (!change) continue;
      for (const [k, v] of Object.entries(change)) {
        const idx = table.map[k];
        if (idx !== undefined) table.rows[i][idx] = v;
      }
    }
    writes += 1;
  }
  return writes;
}

/** Groups 0-based column indexes into runs of adjacent columns. */
export function adjacentRuns(indexes: readonly number[]): { start: number; length: number }[] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: { start: number; length: number }[] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === i) last.length += 1;
    else runs.push({ start: i, length: 1 });
  }
  return runs;
}

/**
 * Writes one data row's changed cells (`index` 0 = sheet row 2): of the cells given, those whose value
 * differs from the row as read (`asRead` gives what the sheet hands back for a written value), one
 * `setValues` per run of adjacent given columns, trimmed to its first and last changed cell. Cells not
 * given are never rewritten (a person's edit elsewhere in the row stands). Returns the data calls made.
 */
export function writeRow(
  table: Table,
  index: number,
  cells: Readonly<Record<string, unknown>>,
  asRead: (v: unknown) => unknown = (v) => v,
): number {
  const row = table.rows[index];
  const given = new Map<number, unknown>();
  const changed = new Set<number>();
  for (const [k, v] of Object.entries(cells)) {
    const i = table.map[k];
    if (i === undefined) continue;
    given.set(i, v);
    if (!(row && sameCellValue(row[i], asRead(v)))) changed.add(i);
  }
  let calls = 0;
  for (const run of adjacentRuns([...given.keys()])) {
    const cols = Array.from({ length: run.length }, (_, j) => run.start + j).filter((c) => changed.has(c));
    if (cols.length === 0) continue;
    const first = cols[0];
    const values = [
      Array.from({ length: cols[cols.length - 1] - first + 1 }, (_, j) => given.get(first + j)),
    ];
    retrying(() => table.sheet.getRange(index + 2, first + 1, 1, values[0].length).setValues(values));
    if (row) values[0].forEach((v, j) => (row[first + j] = asRead(v)));
    calls++;
  }
  return calls;
}

/**
 * Appends rows given as `key → value` objects, placing each value in its column wherever the column is,
 * in one `setValues` after the last row with content.
 */
export function appendRows(table: Table, records: readonly Record<string, unknown>[]): number {
  if (records.length === 0) return 0;
  const width = Math.max(table.width, ...Object.values(table.map).map((i) => i + 1));
  const rows = records.map((rec) => {
    const row: unknown[] = new Array(width).fill('');
    for (const [k, v] of Object.entries(rec)) {
      const idx = table.map[k];
      if (idx !== undefined) row[idx] = v;
    }
    return row;
  });
  const firstRow = table.rows.length + 2;
  if (rows.length === 1) {
    // appendRow writes after the last row with content (this same row) and grows the grid itself.
    retrying(() => table.sheet.appendRow(rows[0]));
  } else {
    const lastRow = firstRow + rows.length - 1;
    if (table.maxRows === undefined || lastRow > table.maxRows)
      table.maxRows = ensureRows(table.sheet, lastRow);
    retrying(() => table.sheet.getRange(firstRow, 1, rows.length, width).setValues(rows));
  }
  table.rows.push(...rows);
  return firstRow;
}

/** Sheets refuse writes below the last row of the grid: grow it first, as pasting in the UI does. */
export function ensureRows(sheet: Sheet, lastRowNeeded: number): number {
  const max = sheet.getMaxRows();
  if (lastRowNeeded <= max) return max;
  sheet.insertRowsAfter(max, lastRowNeeded - max);
  return lastRowNeeded;
}
