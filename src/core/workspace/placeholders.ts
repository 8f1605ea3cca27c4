/**
 * `{{placeholders}}` in a Doc's HTML export. Google re-serialises a Doc on export and cuts its text into
 * `<span>` runs wherever the formatting or the editing history changes, so a placeholder typed in the
 * template may come back as `<span>{{co_</span><span>quan}}</span>`, with `&nbsp;` for a space. The
 * placeholders are matched on the text between the tags (inline tags only: never across paragraphs or
 * cells); the value takes the place of the placeholder's first piece, keeping that run's formatting,
 * and the other pieces are emptied so the tags stay balanced.
 */

/** Tags that may sit inside one paragraph's text (Docs' runs and links, and hand-written markup). */
const INLINE = /^<\/?(span|a|b|i|u|em|strong|font|s|sup|sub|small|mark)\b/i;
/** Markup that is never document text: hidden elements, comments, tags. */
const MARKUP = /<(style|script|head|title)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
const SPACE = String.raw`(?:\s|&nbsp;|&#160;|\u00a0)*`;
const PLACEHOLDER = new RegExp(String.raw`\{\{${SPACE}([A-Za-z_]+)${SPACE}\}\}`, 'g');

/**
 * Replaces each `{{key}}` (any case, spaces allowed) whose key `values` has, by that value — already
 * HTML, escaped by the caller. Unknown keys are left as typed. `used` counts the replacements.
 */
export function fillPlaceholders(
  html: string,
  values: Record<string, string>,
): { html: string; used: number } {
  // The text, with where each character stands in the HTML; a block tag is a NUL that stops a match.
  let text = '';
  const at: number[] = [];
  let last = 0;
  const take = (to: number) => {
    for (let i = last; i < to; i++) {
      text += html[i];
      at.push(i);
    }
  };
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    take(m.index);
    last = MARKUP.lastIndex;
    if (!INLINE.test(m[0])) {
      text += '\0';
      at.push(-1);
    }
  }
  take(html.length);

  const edits: [from: number, to: number, value: string][] = [];
  let used = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const value = values[m[1].toLowerCase()];
    if (value === undefined) continue;
    used++;
    // The placeholder's pieces: runs of characters adjacent in the HTML.
    let from = at[m.index];
    let first = true;
    for (let i = m.index + 1; i <= m.index + m[0].length; i++) {
      const end = i === m.index + m[0].length;
      if (end || at[i] !== at[i - 1] + 1) {
        edits.push([from, at[i - 1] + 1, first ? value : '']);
        first = false;
        if (!end) from = at[i];
      }
    }
  }
  let out = html;
  for (const [from, to, value] of edits.reverse()) out = out.slice(0, from) + value + out.slice(to);
  return { html: out, used };
}
