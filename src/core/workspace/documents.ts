/**
 * The task's working document and its slip ("phiếu giao việc"), as HTML: Drive converts the document's
 * HTML into a Google Doc, `Blob.getAs('application/pdf')` turns the slip's into a one-page PDF, and the
 * sidebar draws the same slip as a phone-sized PNG from the same facts. Every value typed by people is
 * escaped; only a checked https link becomes an href.
 */
import { foldVietnamese } from '../fold';
import { escapeHtml, safeLink } from '../html';
import { COMMON_MESSAGES } from '../i18n/common';
import { DOCUMENT_MESSAGES } from '../i18n/documents';
import { combine, translator, type KeyOf, type MessageParams } from '../i18n/translate';
import type { Language } from '../language';
import { fillPlaceholders } from './placeholders';

/** What the documents say about a task, already formatted (names, unit names, dd/MM/yyyy dates). */
export interface TaskFacts {
  agency: string;
  id: string;
  title: string;
  details: string;
  source: string;
  leadUnit: string;
  coUnits: string[];
  assigner: string;
  assignees: string[];
  /** dd/MM/yyyy, '' when unknown. */
  assigned: string;
  /** dd/MM/yyyy, '' for an ongoing task. */
  deadline: string;
}

const esc = escapeHtml;
const escLines = (s: string) => esc(s).replace(/\r?\n/g, '<br>');

/** An https link safe to put in an href (no quotes, spaces or angle brackets), or ''. */
export function safeHttps(url: string): string {
  return safeLink(url) ?? '';
}

/** "Báo cáo …" tasks get a report outline; matched without case or diacritics ("BAO CAO", "báo cáo"). */
export function isReportTitle(title: string): boolean {
  return /\bbao cao\b/.test(foldVietnamese(title));
}

/** Drive names: one line, at most 120 characters. */
function oneLine(s: string, max = 120): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : line.slice(0, max - 1) + '…';
}
export const folderName = (f: Pick<TaskFacts, 'id' | 'title'>) => oneLine(`${f.id} – ${f.title}`);
export const docName = folderName;

// The documents' words and the task's field names as the sidebar shows them (the sidebar draws the
// slip and the Zalo text too).
const MESSAGES = /* @__PURE__ */ combine(DOCUMENT_MESSAGES, COMMON_MESSAGES);
const t = /* @__PURE__ */ translator(MESSAGES);

export const slipName = (f: Pick<TaskFacts, 'id'>, lang: Language) =>
  `${t(lang, 'slip.fileName', { id: f.id })}.pdf`;

type Label = (key: KeyOf<typeof MESSAGES>, params?: MessageParams) => string;
const labeller =
  (lang: Language): Label =>
  (key, params = {}) =>
    t(lang, key, params);

/** The facts as label/value rows, blanks left out. */
function factRows(
  f: TaskFacts,
  L: Label,
  opts: { withId: boolean; detailsMax?: number },
): [string, string][] {
  const details =
    opts.detailsMax && f.details.length > opts.detailsMax
      ? f.details.slice(0, opts.detailsMax - 1) + '…'
      : f.details;
  const rows: [string, string][] = [
    ...(opts.withId ? ([[L('doc.id'), f.id]] as [string, string][]) : []),
    [L('doc.title'), f.title],
    [L('ui.details'), details],
    [L('ui.source'), f.source],
    [L('ui.leadUnit'), f.leadUnit],
    [L('ui.coUnits'), f.coUnits.join(', ')],
    [L('ui.assigner'), f.assigner],
    [L('ui.assignees'), f.assignees.join(', ')],
    [L('doc.assigned'), f.assigned],
    [L('doc.deadline'), f.deadline || L('doc.ongoing')],
  ];
  return rows.filter(([, v]) => v !== '');
}

function table(rows: [string, string][]): string {
  const cells = rows
    .map(
      ([k, v]) =>
        `<tr><td style="width:32%;vertical-align:top"><b>${esc(k)}</b></td><td>${escLines(v)}</td></tr>`,
    )
    .join('');
  return `<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">${cells}</table>`;
}

/** The built-in working document: the task's facts, then an outline (reports) or room for the work. */
export function builtinDocHtml(
  f: TaskFacts,
  lang: Language,
  opts: { today: string; related?: string },
): string {
  const L = labeller(lang);
  const parts: string[] = [];
  if (f.agency) parts.push(`<p style="text-align:center"><b>${esc(f.agency.toUpperCase())}</b></p>`);
  parts.push(`<h1 style="text-align:center">${esc(f.title)}</h1>`, table(factRows(f, L, { withId: true })));
  const related = opts.related ? safeHttps(opts.related) : '';
  if (related) parts.push(`<p>${esc(L('doc.related'))}: <a href="${esc(related)}">${esc(related)}</a></p>`);
  if (isReportTitle(f.title)) {
    parts.push(`<h2>${esc(L('doc.outline'))}</h2>`, `<p><i>${esc(L('doc.outlineHint'))}</i></p>`);
    parts.push(`<h3>${esc(L('doc.outline1'))}</h3>`);
    for (const unit of [f.leadUnit, ...f.coUnits].filter(Boolean)) {
      parts.push(`<h4>${esc(L('doc.unitPart', { unit }))}</h4>`, '<p>&nbsp;</p>');
    }
    for (const key of ['doc.outline2', 'doc.outline3', 'doc.outline4'] as const) {
      parts.push(`<h3>${esc(L(key))}</h3>`, '<p>&nbsp;</p>');
    }
  } else {
    parts.push(
      `<h2>${esc(L('doc.work'))}</h2>`,
      '<p>&nbsp;</p>',
      `<h2>${esc(L('doc.result'))}</h2>`,
      '<p>&nbsp;</p>',
    );
  }
  parts.push(`<p><i>${esc(L('doc.footer', { date: opts.today }))}</i></p>`);
  return `<html><head><meta charset="utf-8"><title>${esc(docName(f))}</title></head><body>${parts.join('')}</body></html>`;
}

/** The placeholders an agency's template may use, typed in the document as {{ten}}, {{han}}… */
export function placeholders(f: TaskFacts, lang: Language): Record<string, string> {
  return {
    ma: f.id,
    ten: f.title,
    noi_dung: f.details,
    can_cu: f.source,
    don_vi_chu_tri: f.leadUnit,
    don_vi_phoi_hop: f.coUnits.join(', '),
    nguoi_giao: f.assigner,
    nguoi_thuc_hien: f.assignees.join(', '),
    ngay_giao: f.assigned,
    han: f.deadline || t(lang, 'doc.ongoing'),
    co_quan: f.agency,
  };
}

/**
 * Fills the agency's template (its HTML export, where Google may cut a placeholder across `<span>` runs)
 * with the task's facts, escaped. A template without any known placeholder gets the facts as a table at
 * the top, so the document always says what the task is.
 */
export function fillTemplate(html: string, f: TaskFacts, lang: Language): string {
  const values = placeholders(f, lang);
  for (const k in values) values[k] = escLines(values[k]);
  const { html: filled, used } = fillPlaceholders(html, values);
  if (used > 0) return filled;
  const facts = table(factRows(f, labeller(lang), { withId: true }));
  const body = /<body\b[^>]*>/i.exec(filled);
  return body ? filled.replace(body[0], body[0] + facts) : facts + filled;
}

/** The one-page slip: agency, task, deadline, people, the QR code and the link. */
export function slipHtml(
  f: TaskFacts,
  lang: Language,
  opts: { qrDataUrl: string; link: string; today: string },
): string {
  const L = labeller(lang);
  const link = safeHttps(opts.link);
  const rows = factRows(f, L, { withId: false, detailsMax: 400 });
  const cells = rows
    .map(
      ([k, v]) =>
        `<tr><td style="width:30%;vertical-align:top;padding:4px"><b>${esc(k)}</b></td><td style="padding:4px">${escLines(v)}</td></tr>`,
    )
    .join('');
  return (
    `<html><head><meta charset="utf-8"><title>${esc(L('slip.fileName', { id: f.id }))}</title>` +
    '<style>body{font-family:Arial,sans-serif;font-size:12pt}table{border-collapse:collapse;width:100%}td{border:1px solid #999}</style></head><body>' +
    (f.agency ? `<p style="text-align:center"><b>${esc(f.agency.toUpperCase())}</b></p>` : '') +
    `<h1 style="text-align:center">${esc(L('slip.title'))}</h1>` +
    `<p style="text-align:center">${esc(L('slip.number', { id: f.id }))}</p>` +
    `<table>${cells}</table>` +
    (opts.qrDataUrl
      ? `<p style="text-align:center"><img src="${esc(opts.qrDataUrl)}" width="170" height="170" alt="${esc(L('ui.ws.qrAlt', { id: f.id }))}"></p>`
      : '') +
    `<p style="text-align:center">${esc(L('slip.scan'))}</p>` +
    (link ? `<p style="text-align:center"><a href="${esc(link)}">${esc(link)}</a></p>` : '') +
    `<p style="text-align:right"><i>${esc(L('slip.printed', { date: opts.today }))}</i></p>` +
    '</body></html>'
  );
}

/** The short text for a Zalo group: who, what, when, and the link. */
export function zaloText(f: TaskFacts, link: string, lang: Language): string {
  const L = labeller(lang);
  return [
    f.agency ? f.agency.toUpperCase() : '',
    `${L('slip.title')} ${f.id}`,
    f.title,
    `${L('doc.deadline')}: ${f.deadline || L('doc.ongoing')}`,
    f.leadUnit ? `${L('ui.leadUnit')}: ${f.leadUnit}` : '',
    f.assignees.length ? `${L('ui.assignees')}: ${f.assignees.join(', ')}` : '',
    safeHttps(link) ? `${L('zalo.link')}: ${safeHttps(link)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
