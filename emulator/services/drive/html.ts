/**
 * What Drive keeps as a Doc's text when it converts uploaded HTML (`Files.create` with the Google Docs
 * mime type and a `text/html` blob): tags dropped, entities decoded, each block element a paragraph,
 * `<br>` a line break, table cells separated by tabs, runs of white space collapsed as a browser does.
 */

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
]);
const CELL = new Set(['td', 'th']);
/** Elements whose content is never document text. */
const HIDDEN = ['head', 'style', 'script', 'title', 'noscript', 'template'];

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  deg: '°',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  times: '×',
  divide: '÷',
  sect: '§',
  para: '¶',
  shy: '\u00ad',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Igrave: 'Ì',
  Iacute: 'Í',
  Ograve: 'Ò',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Otilde: 'Õ',
  Ugrave: 'Ù',
  Uacute: 'Ú',
  Yacute: 'Ý',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  igrave: 'ì',
  iacute: 'í',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ugrave: 'ù',
  uacute: 'ú',
  yacute: 'ý',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  ccedil: 'ç',
  Ccedil: 'Ç',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** Plain text of an HTML document, paragraphs joined by '\n'. */
export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!doctype[^>]*>/gi, '');
  for (const tag of HIDDEN) s = s.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, 'gi'), '');

  // Tokenise into text and tags; markers stand for paragraph and line breaks until the end.
  const PARA = '\u0000P';
  const LINE = '\u0000L';
  const TAB = '\u0000T';
  /** A block inside a table cell (Google's export puts each cell's text in `<p>`): a line of the cell. */
  const CELL_BLOCK = '\u0000C';
  let out = '';
  let pre = 0;
  let cell = 0;
  const tagRe = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
  let last = 0;
  for (let m = tagRe.exec(s); m; m = tagRe.exec(s)) {
    out += text(s.slice(last, m.index), pre > 0);
    last = tagRe.lastIndex;
    const name = m[1].toLowerCase();
    const closing = m[0][1] === '/';
    if (name === 'br') out += LINE;
    else if (name === 'pre') {
      pre += closing ? -1 : 1;
      out += PARA;
    } else if (BLOCK.has(name))
      out += cell > 0 && !/^t(able|body|head|foot|r)$/.test(name) ? CELL_BLOCK : PARA;
    else if (CELL.has(name)) {
      cell = Math.max(0, cell + (closing ? -1 : 1));
      out += closing ? TAB : CELL_BLOCK;
    }
  }
  out += text(s.slice(last), pre > 0);

  const paragraphs = out
    .split(PARA)
    .map((p) =>
      p
        .replace(/ {2,}/g, ' ')
        .replace(/(?:^|\u0000T)(?: ?\u0000C)+|(?:\u0000C ?)+(?=\u0000T|$)/g, (m) =>
          m.includes('\u0000T') ? '\u0000T' : '',
        )
        .replace(/(?: ?\u0000C ?)+/g, '\u0000L')
        .replace(/ ?\u0000T ?/g, '\t')
        .replace(/\t+$/g, '')
        .replace(/ ?\u0000L ?/g, '\n')
        .replace(/^ +| +$/g, ''),
    )
    .filter((p) => p.length > 0);
  return decodeEntities(paragraphs.join('\n')).replace(/\u00a0/g, ' ');

  function text(raw: string, keepSpace: boolean): string {
    if (keepSpace) return raw.replace(/\n/g, LINE);
    return raw.replace(/[ \t\r\n\f]+/g, ' ');
  }
}
