/**
 * A person writing in a Google Doc in the Docs editor (not a script): typing a paragraph at the end of
 * a section, or changing text (renaming or deleting a heading). Docs' editor is not limited by any
 * app's scope; the person needs edit access to the file. Each call is one editing session: the Doc's
 * modified time and last modifying user move, and `Revisions.list` gains one revision by that person.
 */
import { htmlToText, decodeEntities } from './html';
import { addRevision } from './files';
import { atLeast, effectiveRole, MIME, type DriveState, type DriveFileRecord } from './state';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function editable(
  state: DriveState,
  fileId: string,
  as: string,
): DriveFileRecord & { doc: { text: string; html: string } } {
  const file = state.files[fileId];
  if (!file || file.trashed || file.mimeType !== MIME.document || !file.doc)
    throw new Error(`Không có Google Doc ${fileId}.`);
  if (!atLeast(effectiveRole(state, file, as), 'writer'))
    throw new Error(`${as} không có quyền chỉnh sửa tài liệu "${file.name}".`);
  return file as DriveFileRecord & { doc: { text: string; html: string } };
}

function saved(
  file: DriveFileRecord & { doc: { html: string; text: string } },
  html: string,
  as: string,
  now: number,
) {
  file.doc.html = html;
  file.doc.text = htmlToText(html);
  file.modifiedTime = now;
  file.lastModifyingUser = as;
  addRevision(file, as, now);
}

/**
 * Types `text` (one paragraph per line) at the end of the section whose heading reads `heading`
 * (spacing and case aside; a heading that starts with it when none is equal): before the next heading
 * of the same or a higher level.
 */
export function typeInDocSection(
  state: DriveState,
  fileId: string,
  heading: string,
  text: string,
  opts: { as: string; now: number },
): { heading: string } {
  const file = editable(state, fileId, opts.as);
  const html = file.doc.html;
  const heads = [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi)].map((m) => ({
    level: Number(m[1]),
    text: decodeEntities(m[2].replace(/<[^>]*>/g, '')),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  const want = squash(heading);
  const target =
    heads.find((h) => squash(h.text) === want) ?? heads.find((h) => want && squash(h.text).startsWith(want));
  if (!target) throw new Error(`Tài liệu "${file.name}" không có đề mục "${heading}".`);
  const next = heads.find((h) => h.start > target.start && h.level <= target.level);
  const body = html.search(/<\/body\s*>/i);
  const at = next ? next.start : body >= 0 ? body : html.length;
  const paras = text
    .split(/\r?\n/)
    .map((l) => `<p>${esc(l)}</p>`)
    .join('');
  saved(file, html.slice(0, at) + paras + html.slice(at), opts.as, opts.now);
  return { heading: target.text };
}

/** Replaces text in the Doc (a heading renamed; '' deletes it) as a person would. */
export function editDocText(
  state: DriveState,
  fileId: string,
  from: string,
  to: string,
  opts: { as: string; now: number },
): void {
  const file = editable(state, fileId, opts.as);
  const html = file.doc.html;
  if (!from || !html.includes(esc(from))) throw new Error(`Tài liệu không có "${from}".`);
  const quoted = esc(from).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const element = new RegExp(
    `<(h[1-6]|p)\\b[^>]*>(?:(?!</?(?:h[1-6]|p)\\b)[\\s\\S])*?${quoted}[\\s\\S]*?</\\1\\s*>`,
    'i',
  );
  saved(file, to ? html.replace(esc(from), esc(to)) : html.replace(element, ''), opts.as, opts.now);
}
