/**
 * The shared report as HTML for Drive to convert into a Google Doc: the agency's header in the layout
 * of Decree 30/2020, the title and basis, then one heading per section (level 1 → `<h1>`…), its
 * guidance and its writing units in grey, and room to write. The final report is the same without the
 * guidance: each section's heading and what the units wrote, in the outline's order.
 */
import type { Day } from '../civil-date';
import type { Language } from '../language';
import { t } from '../messages';
import { escapeHtml as e } from '../html';
import { decreeHeader } from '../stats/report';

export interface ReportDocInput {
  lang: Language;
  agency: string;
  date: Day;
  title: string;
  basis: string;
  sections: readonly { heading: string; level: number; guidance?: string; units: readonly string[] }[];
}

const STYLE = `body{font-family:'Times New Roman',serif;font-size:13pt}p{margin:4pt 0;text-align:justify}`;
const para = (s: string) => `<p>${e(s).replace(/\n/g, '<br>')}</p>`;
const grey = (s: string) => `<p style="color:#808080"><i>${e(s).replace(/\n/g, '<br>')}</i></p>`;

function page(r: ReportDocInput, body: string): string {
  const basis = r.basis ? para(t(r.lang, 'rp.basis', { text: r.basis })) : '';
  return `<html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${decreeHeader(r.lang, r.agency, r.date)}<p style="text-align:center"><b>${e(r.title.toUpperCase())}</b></p>${basis}${body}</body></html>`;
}

const heading = (s: { heading: string; level: number }) => `<h${s.level}>${e(s.heading)}</h${s.level}>`;

export function reportDocHtml(r: ReportDocInput): string {
  return page(
    r,
    r.sections
      .map(
        (s) =>
          heading(s) +
          (s.guidance ? grey(t(r.lang, 'rp.guidance', { text: s.guidance })) : '') +
          (s.units.length ? grey(t(r.lang, 'rp.writer', { units: s.units.join(', ') })) : ''),
      )
      .join(''),
  );
}

/** Is this paragraph one the add-on wrote (guidance, writing units), in either language? */
export function isOurLine(text: string): boolean {
  return (['vi', 'en'] as const).some((l) =>
    (['rp.guidance', 'rp.writer'] as const).some((k) => text.startsWith(t(l, k).split('{')[0])),
  );
}

/** The final report: headings and what was written, without guidance. */
export function finalDocHtml(r: ReportDocInput, bodies: readonly (readonly string[])[]): string {
  return page(r, r.sections.map((s, i) => heading(s) + (bodies[i] ?? []).map(para).join('')).join(''));
}
