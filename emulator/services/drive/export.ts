/**
 * What `Files.export(id, 'text/html')` returns for a Google Doc. Drive never hands back the HTML that
 * was uploaded: the Doc is a model of paragraphs and text runs, and the export re-serialises it — a full
 * document with a `<style>` block of generated classes (`.c0`, `.c1`…), each paragraph as
 * `<p class="cN"><span class="cM">…</span></p>`, headings with generated ids, tables with classed cells,
 * links through `https://www.google.com/url?q=…`, and the text cut into several `<span>` runs wherever
 * the formatting — or only the editing history — changes. A `{{placeholder}}` typed in two goes can
 * therefore come back as `<span>{{co_</span><span>quan}}</span>`.
 *
 * Inferred from exports of real Docs, not from a specification: the exact CSS, class numbering (here in
 * order of first use, one class per distinct style), `&nbsp;`/`&#39;`/`&quot;` in text, and where the
 * history splits a run (the emulator splits only where a test asks, `DocExportOptions`).
 */
import { decodeEntities } from './html';

export interface DocExportOptions {
  /** `google` (default): re-serialised as Drive does; `verbatim`: the stored (uploaded) HTML as is. */
  mode?: 'google' | 'verbatim';
  /** Cut a text run right after each occurrence of these strings (`'{{co_'` splits `{{co_quan}}`). */
  splitAfter?: string[];
  /** Also cut runs at pseudo-random places drawn from this seed (the same seed, the same cuts). */
  seed?: number;
}

interface Format {
  b: boolean;
  i: boolean;
  u: boolean;
  href: string;
}
interface Run extends Format {
  text: string;
}
interface Para {
  tag: string;
  align: string;
  runs: Run[];
  /** A heading's id, stamped at conversion (`files.ts`). */
  id?: string;
}
type Cell = Para[];
interface Table {
  rows: Cell[][];
}
type Item = Para | Table;

const PARA_TAGS = /^(p|h[1-6]|li|div|dt|dd|blockquote|pre|address|caption)$/;
const STRUCTURE =
  /^(html|body|table|tbody|thead|tfoot|tr|td|th|ul|ol|dl|section|article|header|footer|main)$/;
const HIDDEN = /<(head|style|script|noscript|template)\b[\s\S]*?<\/\1\s*>/gi;

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') : '';
}

/** The Doc's model (paragraphs of formatted runs, tables of such) from its stored HTML. */
function parse(html: string): Item[] {
  const s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(HIDDEN, '');
  const items: Item[] = [];
  let table: Table | null = null;
  let cell: Cell | null = null;
  let para: Para | null = null;
  const stack: { name: string; fmt: Format }[] = [];
  const fmt = (): Format => stack.at(-1)?.fmt ?? { b: false, i: false, u: false, href: '' };
  const close = () => {
    if (!para) return;
    const p = para;
    para = null;
    const last = p.runs.at(-1);
    if (p.runs[0]) p.runs[0].text = p.runs[0].text.replace(/^ +/, '');
    if (last) last.text = last.text.replace(/ +$/, '');
    p.runs = p.runs.filter((r) => r.text !== '');
    if (p.tag === 'p' && !p.runs.length && !p.align) return; // stray whitespace between blocks
    (cell ?? items).push(p as Para);
    if (!cell && table) table = null;
  };
  const open = (tag = 'p', align = '', id = '') => {
    close();
    para = { tag: /^h[1-6]$/.test(tag) ? tag : 'p', align, runs: [], ...(id ? { id } : {}) };
  };
  const add = (text: string) => {
    if (!text) return;
    if (!para) {
      if (!text.trim()) return;
      open();
    }
    const p = para as unknown as Para;
    const f = fmt();
    const last = p.runs.at(-1);
    if (last && last.b === f.b && last.i === f.i && last.u === f.u && last.href === f.href) last.text += text;
    else p.runs.push({ ...f, text });
  };
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
  let last = 0;
  for (let m = tagRe.exec(s); m; m = tagRe.exec(s)) {
    add(decodeEntities(s.slice(last, m.index).replace(/[ \t\r\n\f]+/g, ' ')));
    last = tagRe.lastIndex;
    const [whole, slash, raw] = m;
    const name = raw.toLowerCase();
    const closing = slash === '/';
    const style = attr(whole, 'style').toLowerCase();
    if (name === 'br') add('\n');
    else if (PARA_TAGS.test(name)) {
      if (closing) close();
      else
        open(name, /text-align\s*:\s*(center|right|justify)/.exec(style)?.[1] ?? '', attr(whole, 'data-hid'));
    } else if (STRUCTURE.test(name)) {
      close();
      if (name === 'table' && !closing && !cell) items.push((table = { rows: [] }));
      else if (name === 'tr' && !closing && table) table.rows.push([]);
      else if ((name === 'td' || name === 'th') && table) {
        cell = closing ? null : [];
        if (cell) (table.rows.at(-1) ?? (table.rows[0] = [])).push(cell);
      } else if (name === 'table' && closing) {
        cell = null;
        table = null;
      }
    } else if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else if (!/^(img|hr|meta|link|input|wbr)$/.test(name)) {
      const f = { ...fmt() };
      if (name === 'b' || name === 'strong' || /font-weight\s*:\s*(bold|[7-9]00)/.test(style)) f.b = true;
      if (name === 'i' || name === 'em' || /font-style\s*:\s*italic/.test(style)) f.i = true;
      if (name === 'u' || /text-decoration[^;]*underline/.test(style)) f.u = true;
      if (name === 'a' && attr(whole, 'href')) f.href = attr(whole, 'href');
      stack.push({ name, fmt: f });
    }
  }
  add(decodeEntities(s.slice(last).replace(/[ \t\r\n\f]+/g, ' ')));
  close();
  return items;
}

/** mulberry32: a small seeded generator, so a seed always gives the same cuts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The paragraph's runs cut where the options say (the editing history Drive would remember). */
function cutRuns(runs: Run[], opts: DocExportOptions, rnd: (() => number) | null): Run[] {
  const text = runs.map((r) => r.text).join('');
  const cuts = new Set<number>();
  for (const needle of opts.splitAfter ?? []) {
    if (!needle) continue;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) cuts.add(i + needle.length);
  }
  if (rnd) for (let i = 1; i < text.length; i++) if (rnd() < 0.15) cuts.add(i);
  if (!cuts.size) return runs;
  const out: Run[] = [];
  let at = 0;
  for (const r of runs) {
    let from = 0;
    for (let i = 1; i < r.text.length; i++) {
      const low = r.text.charCodeAt(i);
      if (cuts.has(at + i) && !(low >= 0xdc00 && low <= 0xdfff)) {
        out.push({ ...r, text: r.text.slice(from, i) });
        from = i;
      }
    }
    out.push({ ...r, text: r.text.slice(from) });
    at += r.text.length;
  }
  return out;
}

const BASE_TEXT =
  'color:#000000;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial"';
const SIZES: Record<string, string> = {
  h1: '20pt',
  h2: '16pt',
  h3: '14pt',
  h4: '12pt',
  h5: '11pt',
  h6: '11pt',
};

const escText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/\n/g, '<br>');
const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The Doc's HTML as `Files.export(id, 'text/html')` returns it. */
export function exportDocHtml(stored: string, opts: DocExportOptions = {}): string {
  if (opts.mode === 'verbatim') return stored.replace(/ data-hid="[^"]*"/g, '');
  const rnd = opts.seed === undefined ? null : random(opts.seed);
  const classes = new Map<string, string>();
  const cls = (css: string) => {
    let c = classes.get(css);
    if (!c) classes.set(css, (c = `c${classes.size}`));
    return c;
  };
  let headings = 0;
  const para = (p: Para): string => {
    const size = SIZES[p.tag];
    const pc = cls(
      `padding-top:${size ? '18pt' : '0pt'};padding-bottom:${size ? '6pt' : '0pt'};line-height:1.15;orphans:2;widows:2;text-align:${p.align || 'left'}` +
        (size ? ';page-break-after:avoid' : ''),
    );
    const runs = cutRuns(p.runs, opts, rnd);
    const spans = (runs.length ? runs : [{ b: false, i: false, u: false, href: '', text: '' }]).map((r) => {
      const css =
        `${BASE_TEXT.replace('11pt', size ?? '11pt')};font-weight:${r.b || size ? 700 : 400};font-style:${r.i ? 'italic' : 'normal'}` +
        (r.u || r.href ? ';text-decoration:underline' : '') +
        (r.href ? ';color:#1155cc' : '');
      const inner = escText(r.text);
      if (!r.href) return `<span class="${cls(css)}">${inner}</span>`;
      const url = `https://www.google.com/url?q=${encodeURIComponent(r.href)}&sa=D&source=editors&ust=0&usg=AOvVaw0`;
      return `<span class="${cls(css)}"><a class="${cls('color:inherit;text-decoration:inherit')}" href="${escAttr(url)}">${inner}</a></span>`;
    });
    const id = size ? ` id="${p.id ?? `h.${(++headings).toString(36).padStart(12, '0')}`}"` : '';
    return `<${p.tag} class="${pc}"${id}>${spans.join('')}</${p.tag}>`;
  };
  const body = parse(stored)
    .map((item) => {
      if (!('rows' in item)) return para(item);
      const td = cls(
        'border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;border-top-color:#000000;border-bottom-style:solid',
      );
      const tr = cls('height:0pt');
      const rows = item.rows.map(
        (row) =>
          `<tr class="${tr}">${row.map((c) => `<td class="${td}" colspan="1" rowspan="1">${(c.length ? c : [{ tag: 'p', align: '', runs: [] }]).map(para).join('')}</td>`).join('')}</tr>`,
      );
      return `<table class="${cls('border-spacing:0;border-collapse:collapse;margin-right:auto')}">${rows.join('')}</table>`;
    })
    .join('');
  const bodyClass = cls('background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt');
  const css = [...classes].map(([rule, c]) => `.${c}{${rule}}`).join('');
  return (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">' +
    `<style type="text/css">ol{margin:0;padding:0}table td,table th{padding:0}${css}` +
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}' +
    'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}</style></head>' +
    `<body class="${bodyClass} doc-content">${body}</body></html>`
  );
}
