/** A1 notation helpers. */

/** 1 → 'A', 27 → 'AA'. */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`column must be ≥ 1: ${column}`);
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
