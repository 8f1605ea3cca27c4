/**
 * Audit lines (and the notices they carry) waiting in the document properties until they are moved to
 * the audit sheet and the notification queue. Properties hold 9 KB per value, so the lines are packed
 * in chunks of at most `CHUNK_BYTES` (UTF-8), appended to the last chunk or a new one: chunks already
 * written never change, so adding a line writes one value.
 */
import { utf8Length } from './bytes';
import { asWritten, parseEmailList } from './parse';

/** A notice for the people concerned, as the queue will hold it (one queue row per recipient). */
export interface PendingNotice {
  kind: string;
  to: string[];
  actor: string;
  note: string;
}

/**
 * The notice the people concerned get within the hour, carried by an action's audit line (and so saved
 * with it, or not at all); the one who acted is left out. Undefined when nobody is to be told.
 */
export function pendingNotices(
  kind: string,
  to: readonly string[],
  actor: string,
  note: string,
): PendingNotice[] | undefined {
  const me = actor.toLowerCase();
  const recipients = parseEmailList(to.join(',')).emails.filter((e) => e !== me);
  if (recipients.length === 0) return undefined;
  return [{ kind, to: recipients, actor: me, note: asWritten(String(note ?? '').slice(0, 2000)) }];
}

export interface PendingLine {
  /** The line's number in the chain (1-based). */
  n: number;
  /** When, epoch ms (whole seconds). */
  at: number;
  /** actor, taskId, action, before, after, note: as written to the sheet (text marks included). */
  values: string[];
  /** The check code as written. */
  code: string;
  notices?: PendingNotice[];
}

/** Under Google's 9 KB per value, with room for multi-byte counting differences. */
export const CHUNK_BYTES = 8000;

type Encoded = [number, number, ...unknown[]];

const encode = (l: PendingLine): Encoded =>
  l.notices && l.notices.length > 0
    ? [l.n, l.at, ...l.values, l.code, l.notices]
    : [l.n, l.at, ...l.values, l.code];

function decode(e: unknown): PendingLine | null {
  if (!Array.isArray(e) || e.length < 9) return null;
  const [n, at, ...rest] = e as unknown[];
  const values = rest.slice(0, 6);
  const code = rest[6];
  if (typeof n !== 'number' || typeof at !== 'number' || typeof code !== 'string') return null;
  if (!values.every((v) => typeof v === 'string')) return null;
  const notices = Array.isArray(rest[7]) ? (rest[7] as PendingNotice[]) : undefined;
  return { n, at, values: values as string[], code, ...(notices ? { notices } : {}) };
}

/** The lines of one chunk; null when the value is not a chunk (it is then left where it is). */
export function parseChunk(raw: string | null | undefined): PendingLine[] | null {
  if (!raw) return [];
  try {
    const v = JSON.parse(raw) as unknown;
    if (!Array.isArray(v)) return null;
    const lines = v.map(decode);
    return lines.every((l): l is PendingLine => l !== null) ? lines : null;
  } catch {
    return null;
  }
}

/**
 * The chunks after adding `lines` to `chunks` (the earlier ones unchanged, the last one grown or new
 * ones after it), or null when they would need more than `maxChunks` or a line alone exceeds a chunk.
 */
export function appendToChunks(
  chunks: readonly string[],
  lines: readonly PendingLine[],
  maxChunks: number,
): string[] | null {
  const out = [...chunks];
  // A last chunk that does not read as one is left as it is: the lines go to a new chunk.
  const tail = out.length > 0 ? parseChunk(out[out.length - 1]) : null;
  let last: Encoded[] = tail ? tail.map(encode) : [];
  if (!tail) out.push('[]');
  for (const line of lines) {
    const e = encode(line);
    const grown = JSON.stringify([...last, e]);
    if (utf8Length(grown) <= CHUNK_BYTES) {
      last = [...last, e];
      out[out.length - 1] = grown;
      continue;
    }
    const alone = JSON.stringify([e]);
    if (utf8Length(alone) > CHUNK_BYTES) return null;
    last = [e];
    out.push(alone);
  }
  return out.length > maxChunks ? null : out;
}
