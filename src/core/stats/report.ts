/**
 * The monthly report as HTML that Drive converts into a Google Doc (or Apps Script into a PDF), in the
 * layout of Vietnamese administrative documents (Decree 30/2020/NĐ-CP, appendix I): the issuing
 * agency and number on the left, the national title and motto on the right with the place and date
 * under them; the document's kind and summary centred; numbered sections in Roman numerals; tables;
 * "Nơi nhận" and the signature block at the end; Times New Roman 13 pt.
 *
 * The date line follows the decree: "ngày 05 tháng 3 năm 2026" — a zero before days below 10 and
 * before months 1 and 2 only ("tháng 01", "tháng 02", but "tháng 3" … "tháng 12").
 * Every text from the register (agency, units, task titles) is escaped; confidential tasks appear as
 * "Nhiệm vụ mật" with their id only.
 */
import { ymdFromDay, type Day } from '../civil-date';
import { formatDay, formatPercentVi } from '../format';
import { escapeHtml } from '../html';
import { t, type MessageKey } from '../messages';
import type { Language } from '../language';
import { completedOnTime, handled, type Counts } from './categories';
import type { Statistics } from './compute';
import { BASIS_LABELS } from './period';
import { countsView, type WallboardTask } from './views';

/** "ngày 05 tháng 3 năm 2026" parts, as Decree 30/2020 writes them. */
export function decreeDateParts(day: Day): { d: string; m: string; y: string } {
  const { year, month, day: dd } = ymdFromDay(day);
  return { d: String(dd).padStart(2, '0'), m: month <= 2 ? `0${month}` : String(month), y: String(year) };
}

/**
 * The place name for the date line, from the agency's name: "UBND quận Ngũ Hành Sơn" → "Ngũ Hành Sơn",
 * "Sở Lao động - TB&XH thành phố Cần Thơ" → "Cần Thơ". Unknown: "……" for the office to fill in.
 */
export function placeOf(agencyName: string): string {
  // The last administrative word wins ("… Xã hội thành phố Cần Thơ" is in Cần Thơ, not "hội …").
  const m = /^.*(?:^|\s)(?:tỉnh|thành phố|tp\.?|quận|huyện|thị xã|phường|xã|thị trấn)\s+(.+)$/iu.exec(
    agencyName.normalize('NFC').trim(),
  );
  return m ? m[1].trim() : '……';
}

/**
 * The heading block of an administrative document (Decree 30/2020, appendix I): the agency and the
 * number on the left, the national title and motto on the right, the place and date under them.
 */
export function decreeHeader(lang: Language, agencyName: string, day: Day): string {
  const tr = (key: MessageKey, params: Record<string, string | number> = {}) => t(lang, key, params);
  const e = escapeHtml;
  const agency = agencyName.trim() || '……';
  const date = decreeDateParts(day);
  return `<table style="width:100%;border:none"><tr>
<td style="width:42%;text-align:center;vertical-align:top"><b>${e(agency.toUpperCase())}</b><br>${e(tr('report.number'))}</td>
<td style="width:58%;text-align:center;vertical-align:top"><b>${e(tr('report.nation'))}</b><br><b><u>${e(tr('report.motto'))}</u></b><br><br><i>${e(
    tr('report.placeDate', { place: placeOf(agency), ...date }),
  )}</i></td></tr></table>`;
}

export interface ReportInput {
  lang: Language;
  agencyName: string;
  /** The month's statistics (a month period). */
  month: Statistics;
  /** From 1 January of that year to the end of the month, same basis. */
  ytd: Statistics;
  /** Overdue now, confidential titles already masked (the wall board's list). */
  overdue: WallboardTask[];
  /** The report's date (today). */
  date: Day;
}

const STYLE = `body{font-family:'Times New Roman',serif;font-size:13pt;line-height:1.3}
table.grid{border-collapse:collapse;width:100%}table.grid td,table.grid th{border:1px solid #000;padding:2pt 4pt;font-size:12pt}
table.grid th{font-weight:bold;text-align:center}td.n{text-align:right}p{margin:4pt 0;text-align:justify}`;

export function monthlyReportHtml(r: ReportInput): string {
  const { lang } = r;
  const tr = (key: MessageKey, params: Record<string, string | number> = {}) => t(lang, key, params);
  const e = escapeHtml;
  const { year, month } = ymdFromDay(r.month.period.from!);
  const monthText = `${String(month).padStart(2, '0')}/${year}`;
  const agency = r.agencyName.trim() || '……';
  const w = r.month.whole;
  const pct = (n: number) => formatPercentVi(n, w.assigned);

  const head = decreeHeader(lang, agency, r.date);
  const title = `<p style="text-align:center"><b>${e(tr('report.title'))}</b><br><b>${e(tr('report.subtitle', { month: monthText }))}</b></p>`;
  const intro = `<p>${e(
    tr('report.intro', {
      agency,
      month: monthText,
      basis: BASIS_LABELS[r.month.basis][lang],
      date: formatDay(r.month.today),
    }),
  )}</p>`;

  const general = `<p>${e(
    tr('report.general', {
      assigned: w.assigned,
      updated: w.updated,
      updatedPct: pct(w.updated),
      handled: handled(w),
      handledPct: pct(handled(w)),
      onTime: completedOnTime(w),
      onTimePct: pct(completedOnTime(w)),
      late: w.doneLate,
      latePct: pct(w.doneLate),
      archived: w.archived,
      archivedPct: pct(w.archived),
      inTime: w.inTime,
      inTimePct: pct(w.inTime),
      overdue: w.overdue,
      overduePct: pct(w.overdue),
      unitsFull: r.month.unitsFullyUpdated,
      units: r.month.unitsWithTasks,
    }),
  )}</p>`;

  const rows: [MessageKey, (c: Counts) => number][] = [
    ['stats.fig.assigned', (c) => c.assigned],
    ['stats.fig.updated', (c) => c.updated],
    ['stats.fig.completedOnTime', completedOnTime],
    ['stats.fig.doneLate', (c) => c.doneLate],
    ['stats.fig.archived', (c) => c.archived],
    ['stats.fig.inTime', (c) => c.inTime],
    ['stats.fig.overdue', (c) => c.overdue],
    ['stats.fig.awaiting', (c) => c.awaiting],
    ['stats.fig.extended', (c) => c.extended],
  ];
  const cellPair = (c: Counts, f: (c: Counts) => number) =>
    `<td class="n">${f(c)}</td><td class="n">${e(formatPercentVi(f(c), c.assigned))}</td>`;
  const summary = `<table class="grid"><tr><th rowspan="2">${e(tr('stats.col.no'))}</th><th rowspan="2">${e(tr('stats.col.item'))}</th><th colspan="2">${e(
    tr('report.month', { month: monthText }),
  )}</th><th colspan="2">${e(tr('report.ytd'))}</th></tr><tr><th>${e(tr('stats.col.count'))}</th><th>${e(tr('stats.col.share'))}</th><th>${e(
    tr('stats.col.count'),
  )}</th><th>${e(tr('stats.col.share'))}</th></tr>${rows
    .map(
      ([key, f], i) =>
        `<tr><td class="n">${i + 1}</td><td>${e(tr(key))}</td>${cellPair(w, f)}${cellPair(r.ytd.whole, f)}</tr>`,
    )
    .join('')}</table>`;

  const unitCols: MessageKey[] = [
    'stats.col.rank',
    'stats.col.unit',
    'stats.short.assigned',
    'stats.short.completedOnTime',
    'stats.short.doneLate',
    'stats.short.archived',
    'stats.short.inTime',
    'stats.short.overdue',
    'stats.short.updateRate',
    'stats.short.onTimeRate',
  ];
  const units = `<table class="grid"><tr>${unitCols.map((k) => `<th>${e(tr(k))}</th>`).join('')}</tr>${r.month.units
    .map((u) => {
      const v = countsView(u.counts);
      const c = u.counts;
      return `<tr><td class="n">${u.rank ?? '—'}</td><td>${e(u.name || tr('stats.noUnit'))}</td><td class="n">${c.assigned}</td><td class="n">${completedOnTime(
        c,
      )}</td><td class="n">${c.doneLate}</td><td class="n">${c.archived}</td><td class="n">${c.inTime}</td><td class="n">${c.overdue}</td><td class="n">${e(
        v.updateRate,
      )}</td><td class="n">${e(v.onTimeRate)}</td></tr>`;
    })
    .join('')}</table><p><i>${e(tr('stats.rankRule'))}</i></p>`;

  const overdue =
    r.overdue.length === 0
      ? `<p>${e(tr('report.noOverdue'))}</p>`
      : `<table class="grid"><tr><th>${e(tr('stats.col.no'))}</th><th>${e(tr('report.col.task'))}</th><th>${e(tr('stats.col.unit'))}</th><th>${e(
          tr('report.col.deadline'),
        )}</th><th>${e(tr('report.col.daysLate'))}</th></tr>${r.overdue
          .map(
            (o, i) =>
              `<tr><td class="n">${i + 1}</td><td>${e(o.id)} — ${e(o.title)}</td><td>${e(o.unit)}</td><td>${e(o.deadline)}</td><td class="n">${o.daysLate}</td></tr>`,
          )
          .join('')}</table>`;

  const sign = `<table style="width:100%;border:none;margin-top:12pt"><tr>
<td style="width:50%;vertical-align:top;font-size:11pt"><b><i>${e(tr('report.recipients'))}</i></b><br>${e(tr('report.recipientsList')).replace(/\n/g, '<br>')}</td>
<td style="width:50%;text-align:center;vertical-align:top"><b>${e(tr('report.signer'))}</b><br><i>${e(tr('report.sign'))}</i></td></tr></table>`;

  const section = (key: MessageKey) => `<p><b>${e(tr(key))}</b></p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${e(tr('report.fileName', { month: monthText }))}</title><style>${STYLE}</style></head><body>
${head}
${title}
${intro}
${section('report.section.general')}
${general}
${summary}
${section('report.section.units')}
${units}
${section('report.section.overdue')}
${overdue}
${section('report.section.assessment')}
<p>${e(tr('report.assessment'))}</p>
${sign}
</body></html>`;
}
