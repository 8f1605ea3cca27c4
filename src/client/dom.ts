/**
 * Tiny DOM helpers. Text always goes in as text nodes: a title like `<img onerror=…>` is shown as
 * typed, never parsed as HTML.
 */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | number | ((e: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (k === 'className') el.className = String(v);
    else if (k === 'style') el.setAttribute('style', String(v));
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

let nextId = 0;
/** A labelled field: every input has a visible label tied to it. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f${++nextId}`;
  control.id = id;
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('div', { className: 'hint' }, hint) : null,
  );
}

/** dd/MM/yyyy from 'yyyy-MM-dd' without touching time zones. */
export function showDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
