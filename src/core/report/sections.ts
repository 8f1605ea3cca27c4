/**
 * The section map of a shared report and how each section is found again in the Doc after people edit
 * it (docs/report-drafting.md states the invariants).
 *
 * - The map is stored when the Doc is made: each section's heading text, level, order, writing units
 *   and the heading id Drive gave it (read back from the first HTML export).
 * - A section runs from its heading to the next heading of the same level or a higher one (a smaller
 *   number); headings a unit adds inside its part at a deeper level stay in the part.
 * - A heading is found by its id; only when no heading carries a mapped id (ids that change between
 *   exports), by its exact text, and only when exactly one unclaimed heading has that text. A heading
 *   found by id whose text changed is reported as renamed; one found neither way is reported missing,
 *   and nothing is attributed to it. Text is never attributed to a section by position alone.
 * - What a unit wrote is the section's paragraphs minus the guidance and "written by" lines the add-on
 *   put there (recognised by their prefixes).
 */

export interface MapEntry {
  /** Drive's heading id (`h.…`), '' when the export gave none. */
  id: string;
  heading: string;
  level: number;
  /** Unit names; empty for a group heading (it has sub-sections). */
  units: string[];
}

/** One paragraph of the exported Doc: `h` is its heading level, 0 for body text. */
export interface Block {
  h: number;
  id: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          parseInt(
            e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1),
            e[1] === 'x' || e[1] === 'X' ? 16 : 10,
          ),
        )
      : (ENTITIES[e.toLowerCase()] ?? m),
  );

/** The paragraphs of `Files.export(id, 'text/html')`, in order (table cells' paragraphs included). */
export function blocksOfExport(html: string): Block[] {
  const body = String(html).replace(/<(head|style|script)\b[\s\S]*?<\/\1\s*>/gi, '');
  const out: Block[] = [];
  const re = /<(h[1-6]|p)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const text = decode(m[3].replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
      .replace(/[ \t\r\f\u00a0]+/g, ' ')
      .trim();
    const h = m[1][0].toLowerCase() === 'h' ? Number(m[1][1]) : 0;
    out.push({ h, id: /\bid\s*=\s*"([^"]*)"/i.exec(m[2])?.[1] ?? '', text });
  }
  return out;
}

export const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export interface Located {
  /** How the heading was found; 'missing': deleted, or renamed without an id to follow. */
  found: 'id' | 'text' | 'missing';
  /** Found by id, but its text is no longer the mapped heading. */
  renamed: boolean;
  /** The heading's text in the Doc now ('' when missing). */
  now: string;
  /** What the units wrote: the section's paragraphs, the add-on's own lines left out. */
  body: string[];
  /**
   * The heading that should end this section is missing (deleted, or renamed past recognition): where
   * this section ends cannot be told, so its text is not measured until the coordinator sets it right.
   */
  unclear?: boolean;
}

/** Finds every mapped section in the exported Doc (see the rules at the top). */
export function locateSections(
  map: readonly MapEntry[],
  blocks: readonly Block[],
  ours: (text: string) => boolean,
): Located[] {
  const mapped = new Set(map.map((e) => e.id).filter(Boolean));
  const claimed = new Set<number>();
  const at = map.map((e) => {
    const i = e.id ? blocks.findIndex((b) => b.h > 0 && b.id === e.id) : -1;
    if (i >= 0) claimed.add(i);
    return i;
  });
  map.forEach((e, k) => {
    if (at[k] >= 0) return;
    const same = blocks
      .map((b, i) => ({ b, i }))
      .filter(
        ({ b, i }) => b.h > 0 && !claimed.has(i) && !mapped.has(b.id) && norm(b.text) === norm(e.heading),
      );
    if (same.length === 1) {
      at[k] = same[0].i;
      claimed.add(same[0].i);
    }
  });
  const unclear = (k: number) => {
    for (let j = k + 1; j < map.length; j++) if (map[j].level <= map[k].level) return at[j] < 0;
    return false;
  };
  return map.map((e, k): Located => {
    const i = at[k];
    if (i < 0) return { found: 'missing', renamed: false, now: '', body: [] };
    const level = blocks[i].h;
    const body: string[] = [];
    for (let j = i + 1; j < blocks.length && !(blocks[j].h > 0 && blocks[j].h <= level); j++) {
      const t = blocks[j].text;
      if (t && !ours(t)) body.push(t);
    }
    const byId = !!e.id && blocks[i].id === e.id;
    return {
      found: byId ? 'id' : 'text',
      renamed: byId && norm(blocks[i].text) !== norm(e.heading),
      now: blocks[i].text,
      body,
      ...(unclear(k) ? { unclear: true } : {}),
    };
  });
}

/** FNV-1a of the text, base 36: enough to see that a section changed. */
export function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A section as stored between refreshes (short keys: the record lives in a 9 KB property). */
export interface StoredSection {
  id: string;
  h: string;
  l: number;
  u: string[];
  /** Characters written, hash of the text, when the change was seen (ISO), '' before any. */
  n: number;
  x: string;
  t: string;
  /** 'renamed' | 'missing' | 'unclear' (the next heading is missing) when the last refresh found it so. */
  f?: string;
}

/** Applies one refresh: lengths and hashes; the time only moves when the text changed. */
export function applyScan(sections: StoredSection[], located: readonly Located[], nowIso: string): void {
  sections.forEach((s, i) => {
    const l = located[i];
    delete s.f;
    if (l.found === 'missing') {
      s.f = 'missing';
      return;
    }
    if (l.renamed) s.f = 'renamed';
    if (l.unclear) {
      s.f = 'unclear';
      return;
    }
    const text = l.body.join('\n');
    const x = text ? textHash(text) : '';
    if (x !== s.x) {
      s.x = x;
      s.n = text.length;
      s.t = nowIso;
    }
  });
}

export type SectionState = 'notStarted' | 'writing' | 'submitted' | 'accepted' | 'sentBack';
const ORDER: SectionState[] = ['sentBack', 'notStarted', 'writing', 'submitted', 'accepted'];

/** How a unit's sub-task stands: open, reported (awaiting confirmation), confirmed; sent back = open with a result. */
export interface UnitTask {
  stage: 'open' | 'awaiting' | 'done';
  sentBack: boolean;
}

/**
 * A section's state: its units' sub-tasks decide submitted / accepted / sent back; otherwise whether
 * anything is written. Written by several units, it is as far as the least advanced of them.
 */
export function sectionState(s: StoredSection, units: readonly (UnitTask | undefined)[]): SectionState {
  const each = units.map((u): SectionState => {
    if (u?.stage === 'done') return 'accepted';
    if (u?.stage === 'awaiting') return 'submitted';
    if (u?.sentBack) return 'sentBack';
    return s.n > 0 ? 'writing' : 'notStarted';
  });
  return each.reduce((a, b) => (ORDER.indexOf(b) < ORDER.indexOf(a) ? b : a), each[0] ?? 'notStarted');
}

export interface Progress {
  total: number;
  accepted: number;
  submitted: number;
  writing: number;
  /** Accepted share, 0–1. */
  share: number;
}

export function progressOf(states: readonly SectionState[]): Progress {
  const n = (s: SectionState) => states.filter((x) => x === s).length;
  const total = states.length;
  return {
    total,
    accepted: n('accepted'),
    submitted: n('submitted'),
    writing: n('writing'),
    share: total ? n('accepted') / total : 0,
  };
}

/** The Doc opened at a heading (Docs' own `#heading=` link form). */
export const sectionLink = (docId: string, headingId: string) =>
  `https://docs.google.com/document/d/${docId}/edit${headingId ? `#heading=${headingId}` : ''}`;
