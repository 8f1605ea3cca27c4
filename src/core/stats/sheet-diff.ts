/**
 * What of the `Thống kê` block changed since the last write, without reading the sheet: the block is
 * cut into chunks of rows, and each chunk's values and formats are hashed; the hashes of the last write
 * are kept in a document property (a few KB: at most ~256 chunks of 6 characters each, twice). The
 * daily job then writes only the chunks whose hash differs, and nothing when none does.
 *
 * Chunks near each other are joined when one call costs more than the cells between them: Google
 * charges a data call ≈ 100 ms, a cell written ≈ 0.03 ms and a cell formatted ≈ 0.1 ms
 * (docs/platform.md, "Cost in the real runtime"), so values are joined across up to ~3,300 cells,
 * formats (two calls: backgrounds and weights) across up to ~1,000.
 *
 * The repair (on demand) compares with what the sheet holds instead, read back (`planSheetRepair`):
 * it also sees what hands changed.
 *
 * The time stamp ("Cập nhật lúc …") is left out of the values' hashes, so the same figures an hour
 * later are "nothing changed"; it is written along with any other change.
 */
import type { SheetLayout } from './sheet-layout';

export interface BlockHashes {
  /** Rows per chunk (a power of two, so it changes only when the block doubles or halves). */
  chunk: number;
  /** 6 base-36 characters per chunk: its values, the time stamp left out ('000000': blank). */
  values: string;
  /** The same for its backgrounds and font weights. */
  formats: string;
  /** The last row with a value (1-based): what `Sheet.getLastRow` gives after the write. */
  lastRow: number;
}

export interface RowSpan {
  /** 1-based, inclusive. */
  from: number;
  to: number;
}

export interface SheetWritePlan {
  values: RowSpan[];
  formats: RowSpan[];
}

const HASH_WIDTH = 6;
const BLANK = '0'.repeat(HASH_WIDTH);
const MAX_CHUNKS = 256;
const MIN_CHUNK = 8;
/**
 * Cells that cost as much as one data call: read (0.01 ms each), written (0.03 ms), formatted (0.1 ms).
 */
export const CELLS_PER_CALL = { read: 100 / 0.01, written: 100 / 0.03, formatted: 100 / 0.1 };

export function chunkSize(rows: number): number {
  let k = MIN_CHUNK;
  while (k * MAX_CHUNKS < rows) k *= 2;
  return k;
}

/** FNV-1a, 32 bits, as 6 base-36 characters. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const n = (h >>> 0) % 36 ** HASH_WIDTH;
  const s = n.toString(36).padStart(HASH_WIDTH, '0');
  return s === BLANK ? '000001' : s;
}

type Block = Pick<SheetLayout, 'values' | 'backgrounds' | 'weights'>;

/**
 * The hashes of a block. `stamp` is the time-stamp text, left out of the values (empty: nothing left
 * out). A chunk holding only blank rows hashes as blank, so padding rows and missing rows agree.
 */
export function hashBlock(block: Block, stamp: string): BlockHashes {
  const rows = block.values.length;
  const chunk = chunkSize(rows);
  let values = '';
  let formats = '';
  let lastRow = 0;
  for (let start = 0; start < rows; start += chunk) {
    let v = '';
    let f = '';
    for (let r = start; r < Math.min(rows, start + chunk); r++) {
      const cells = block.values[r];
      if (cells.some((c) => c !== '')) {
        lastRow = r + 1;
        const text = cells.map((c) =>
          typeof c === 'string' && stamp && c.includes(stamp) ? c.split(stamp).join('') : c,
        );
        v += `${r}\u0001${text.join('\u0002')}\u0003`;
      }
      const bg = block.backgrounds[r] ?? [];
      const weights = block.weights[r] ?? [];
      if (bg.some((b) => b !== null) || weights.some((w) => w !== 'normal'))
        f += `${r}\u0001${bg.join('\u0002')}\u0001${weights.join('\u0002')}\u0003`;
    }
    values += v ? fnv(v) : BLANK;
    formats += f ? fnv(f) : BLANK;
  }
  return { chunk, values, formats, lastRow };
}

const at = (hashes: string, i: number) => hashes.slice(i * HASH_WIDTH, (i + 1) * HASH_WIDTH) || BLANK;

/**
 * The rows to write: the chunks whose hashes differ (all of them without comparable hashes) over the
 * new block and what the last write left below it, the time stamp's row with any value written, near
 * spans joined.
 */
export function planSheetWrites(
  previous: BlockHashes | null,
  next: BlockHashes,
  o: { rows: number; previousRows: number; stampRow: number; width: number },
): SheetWritePlan {
  const height = Math.max(o.rows, o.previousRows);
  if (!previous || previous.chunk !== next.chunk) {
    const all = height > 0 ? [{ from: 1, to: height }] : [];
    return { values: all, formats: all };
  }
  const k = next.chunk;
  const values: RowSpan[] = [];
  const formats: RowSpan[] = [];
  for (let i = 0; i * k < height; i++) {
    const span = { from: i * k + 1, to: Math.min(height, (i + 1) * k) };
    if (at(previous.values, i) !== at(next.values, i)) values.push(span);
    if (at(previous.formats, i) !== at(next.formats, i)) formats.push({ ...span });
  }
  if (values.length > 0 && o.stampRow > 0) values.push({ from: o.stampRow, to: o.stampRow });
  return {
    values: joined(values, Math.floor(CELLS_PER_CALL.written / o.width)),
    formats: joined(formats, Math.floor(CELLS_PER_CALL.formatted / o.width)),
  };
}

/** Spans sorted and joined when they overlap, touch, or leave at most `gap` rows between them. */
export function joined(spans: RowSpan[], gap: number): RowSpan[] {
  const out: RowSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && s.from - last.to - 1 <= gap) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** What the sheet holds, read back: values, backgrounds (`#ffffff` when none) and font weights. */
export interface SheetContent {
  values: readonly (readonly unknown[])[];
  backgrounds: readonly (readonly string[])[];
  weights: readonly (readonly string[])[];
}

export interface SheetRepairPlan {
  values: RowSpan[];
  backgrounds: RowSpan[];
  weights: RowSpan[];
}

const colour = (c: string | null | undefined) => (c || '#ffffff').toLowerCase();

/** The time-stamp cell's text, any stamp of the same length in place of `stamp`. */
function sameButStamp(want: unknown, got: unknown, stamp: string): boolean {
  if (typeof want !== 'string' || typeof got !== 'string' || !stamp) return false;
  const at = want.indexOf(stamp);
  return (
    at >= 0 &&
    got.length === want.length &&
    got.startsWith(want.slice(0, at)) &&
    got.endsWith(want.slice(at + stamp.length))
  );
}

/**
 * The rows to write so that the sheet shows `block`, from what the sheet holds now (whatever hands did
 * to it): values, backgrounds and weights each only where a cell differs, over the block and what the
 * sheet holds below it (blanked), the first `width` columns. The time stamp's row (`stampRow`, 1-based)
 * counts as unchanged when only the stamp differs, and is written with any other value. Near spans are
 * joined as in `planSheetWrites`.
 */
export function planSheetRepair(
  now: SheetContent,
  block: Block,
  o: { stamp: string; stampRow: number; width: number },
): SheetRepairPlan {
  const height = Math.max(block.values.length, now.values.length, now.backgrounds.length);
  const values: RowSpan[] = [];
  const backgrounds: RowSpan[] = [];
  const weights: RowSpan[] = [];
  const differs = (r: number, same: (c: number) => boolean) => {
    for (let c = 0; c < o.width; c++) if (!same(c)) return true;
    return false;
  };
  for (let r = 0; r < height; r++) {
    const span = { from: r + 1, to: r + 1 };
    const want = block.values[r];
    const got = now.values[r];
    const stampRow = r + 1 === o.stampRow;
    const value = (c: number) => {
      const a = want?.[c] ?? '';
      const b = got?.[c] ?? '';
      return a === b || (stampRow && sameButStamp(a, b, o.stamp));
    };
    if (differs(r, value)) values.push(span);
    const bg = (c: number) => colour(block.backgrounds[r]?.[c]) === colour(now.backgrounds[r]?.[c]);
    if (differs(r, bg)) backgrounds.push({ ...span });
    const weight = (c: number) => (block.weights[r]?.[c] ?? 'normal') === (now.weights[r]?.[c] ?? 'normal');
    if (differs(r, weight)) weights.push({ ...span });
  }
  if (values.length > 0 && o.stampRow > 0) values.push({ from: o.stampRow, to: o.stampRow });
  const formatGap = Math.floor(CELLS_PER_CALL.formatted / o.width);
  return {
    values: joined(values, Math.floor(CELLS_PER_CALL.written / o.width)),
    backgrounds: joined(backgrounds, formatGap),
    weights: joined(weights, formatGap),
  };
}
