import fc from 'fast-check';
import {
  applyScan,
  blocksOfExport,
  locateSections,
  progressOf,
  sectionLink,
  sectionState,
  textHash,
  type Block,
  type MapEntry,
  type StoredSection,
} from '../../../../src/core/report/sections';
import { isOurLine } from '../../../../src/core/report/doc';

const ours = isOurLine;

describe('blocksOfExport', () => {
  it('reads paragraphs and headings with their ids from an export', () => {
    const html =
      '<html><head><style>.c1{color:red}</style></head><body class="c0 doc-content">' +
      '<h2 class="c3" id="h.abc"><span class="c2">1. Tuy&ecirc;n truy&#7873;n</span></h2>' +
      '<p class="c1"><span>Đã tổ chức&nbsp;12 &amp; 3</span><span> buổi</span></p>' +
      '<table><tr><td><p><span>ô bảng</span></p></td></tr></table><p class="c1"><span></span></p></body></html>';
    expect(blocksOfExport(html)).toEqual([
      { h: 2, id: 'h.abc', text: '1. Tuy&ecirc;n truyền' },
      { h: 0, id: '', text: 'Đã tổ chức 12 & 3 buổi' },
      { h: 0, id: '', text: 'ô bảng' },
      { h: 0, id: '', text: '' },
    ]);
  });
});

const map: MapEntry[] = [
  { id: 'h.1', heading: 'I. Kết quả', level: 1, units: [] },
  { id: 'h.2', heading: '1. Tuyên truyền', level: 2, units: ['A'] },
  { id: 'h.3', heading: '2. Y tế', level: 2, units: ['B'] },
  { id: 'h.4', heading: 'II. Kiến nghị', level: 1, units: ['A'] },
];
const H = (level: number, id: string, text: string): Block => ({ h: level, id, text });
const P = (text: string): Block => ({ h: 0, id: '', text });

describe('locateSections', () => {
  it('a section runs to the next heading of the same or a higher level', () => {
    const doc = [
      P('header'),
      H(1, 'h.1', 'I. Kết quả'),
      H(2, 'h.2', '1. Tuyên truyền'),
      P('Hướng dẫn: viết ngắn'),
      P('Đơn vị viết: A'),
      P('Đã làm 12 buổi'),
      H(3, 'h.x', 'a) chi tiết A tự thêm'),
      P('chi tiết'),
      H(2, 'h.3', '2. Y tế'),
      P('Tiêm 95 %'),
      H(1, 'h.4', 'II. Kiến nghị'),
    ];
    const found = locateSections(map, doc, ours);
    expect(found[1].body).toEqual(['Đã làm 12 buổi', 'a) chi tiết A tự thêm', 'chi tiết']);
    expect(found[2].body).toEqual(['Tiêm 95 %']);
    expect(found[3].body).toEqual([]);
    expect(found.every((f) => f.found === 'id' && !f.renamed)).toBe(true);
  });

  it('reports a renamed heading (found by id) and a deleted one, attributing nothing to it', () => {
    const doc = [
      H(1, 'h.1', 'I. Kết quả'),
      H(2, 'h.2', '1. Công tác tuyên truyền'),
      P('x'),
      P('text of 2'),
      H(1, 'h.4', 'II. Kiến nghị'),
    ];
    const found = locateSections(map, doc, ours);
    expect(found[1]).toMatchObject({ found: 'id', renamed: true, body: ['x', 'text of 2'] });
    expect(found[2]).toEqual({ found: 'missing', renamed: false, now: '', body: [] });
  });

  it('without ids, finds a heading by its exact text only when it is unambiguous', () => {
    const bare = map.map((e) => ({ ...e, id: '' }));
    const doc = [
      H(2, 'h.9', '1. Tuyên truyền'),
      P('a'),
      H(2, 'h.8', '2. Y tế'),
      P('b'),
      H(2, 'h.7', '2. Y tế'),
      P('c'),
    ];
    const found = locateSections(bare, doc, ours);
    expect(found[1]).toMatchObject({ found: 'text', body: ['a'] });
    expect(found[2].found).toBe('missing');
  });

  const unit = fc.constantFrom('A', 'B', 'C');
  it('property: every written paragraph is attributed to its own section or to none', () => {
    const entry = fc.record({
      level: fc.integer({ min: 1, max: 3 }),
      fate: fc.constantFrom('keep', 'keep', 'rename', 'delete'),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            e: entry,
            paras: fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 3 }),
            u: unit,
          }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        fc.boolean(),
        (spec, keepIds) => {
          const m: MapEntry[] = spec.map((s, i) => ({
            id: keepIds ? `h.${i}` : '',
            heading: `S${i}`,
            level: s.e.level,
            units: [s.u],
          }));
          const doc: Block[] = [P('title')];
          spec.forEach((s, i) => {
            if (s.e.fate !== 'delete')
              doc.push(H(s.e.level, `h.${i}`, s.e.fate === 'rename' ? `R${i}` : `S${i}`));
            doc.push(P(`Hướng dẫn: ${i}`));
            for (const p of s.paras) doc.push(P(`w${i}-${p}`));
          });
          const found = locateSections(m, doc, ours);
          found.forEach((f, i) => {
            const fate = spec[i].e.fate;
            if (fate === 'delete' || (fate === 'rename' && !keepIds)) expect(f.found).toBe('missing');
            if (fate === 'rename' && keepIds) expect(f.renamed).toBe(true);
            // Its end is gone: reported, and measured as nothing rather than as someone else's text.
            const next = spec.findIndex((s, j) => j > i && s.e.level <= spec[i].e.level);
            const gone =
              next >= 0 && (spec[next].e.fate === 'delete' || (spec[next].e.fate === 'rename' && !keepIds));
            expect(!!f.unclear).toBe(f.found !== 'missing' && gone);
            if (f.unclear) return;
            // Never another section's words: a deeper section's text may sit inside a group, nothing else.
            for (const line of f.body) {
              const w = /^w(\d+)-/.exec(line);
              if (!w) continue; // a deeper heading inside a group
              const owner = Number(w[1]);
              expect(owner >= i).toBe(true);
              if (owner > i)
                expect(spec.slice(i + 1, owner + 1).every((s) => s.e.level > spec[i].e.level)).toBe(true);
            }
            // A found leaf (the next section not deeper) has exactly its own words.
            const leaf = (spec[i + 1]?.e.level ?? 0) <= spec[i].e.level;
            if (f.found !== 'missing' && leaf) expect(f.body).toEqual(spec[i].paras.map((p) => `w${i}-${p}`));
          });
        },
      ),
    );
  });
});

describe('scan, state and progress', () => {
  const stored = (): StoredSection[] => [
    { id: 'h.2', h: '1', l: 2, u: ['A'], n: 0, x: '', t: '' },
    { id: 'h.3', h: '2', l: 2, u: ['B'], n: 0, x: '', t: '' },
  ];
  it('the change time moves only when the text changed', () => {
    const s = stored();
    applyScan(
      s,
      [
        { found: 'id', renamed: false, now: '1', body: ['abc'] },
        { found: 'missing', renamed: false, now: '', body: [] },
      ],
      'T1',
    );
    expect(s[0]).toMatchObject({ n: 3, x: textHash('abc'), t: 'T1' });
    expect(s[1].f).toBe('missing');
    applyScan(
      s,
      [
        { found: 'id', renamed: true, now: '1b', body: ['abc'] },
        { found: 'id', renamed: false, now: '2', body: [] },
      ],
      'T2',
    );
    expect(s[0]).toMatchObject({ t: 'T1', f: 'renamed' });
    expect(s[1].f).toBeUndefined();
  });
  it('states follow the unit sub-tasks, the least advanced unit wins', () => {
    const s = { ...stored()[0], n: 5 };
    expect(sectionState({ ...s, n: 0 }, [undefined])).toBe('notStarted');
    expect(sectionState(s, [{ stage: 'open', sentBack: false }])).toBe('writing');
    expect(sectionState(s, [{ stage: 'awaiting', sentBack: false }])).toBe('submitted');
    expect(sectionState(s, [{ stage: 'done', sentBack: false }])).toBe('accepted');
    expect(sectionState(s, [{ stage: 'open', sentBack: true }])).toBe('sentBack');
    expect(
      sectionState(s, [
        { stage: 'done', sentBack: false },
        { stage: 'awaiting', sentBack: false },
      ]),
    ).toBe('submitted');
    expect(progressOf(['accepted', 'writing', 'submitted', 'accepted'])).toEqual({
      total: 4,
      accepted: 2,
      submitted: 1,
      writing: 1,
      share: 0.5,
    });
    expect(sectionLink('D1', 'h.x')).toBe('https://docs.google.com/document/d/D1/edit#heading=h.x');
  });
});
