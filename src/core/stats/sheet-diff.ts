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
/** Cells that cost as much as one data call: written (0.03 ms each), formatted (0.1 ms each). */
const CELLS_PER_CALL = { written: 100 / 0.03, formatted: 100 / 0.1 };

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
function joined(spans: RowSpan[], gap: number): RowSpan[] {
  const out: RowSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && s.from - last.to - 1 <= gap) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}
