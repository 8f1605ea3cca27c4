/**
 * Which tasks a statistics period holds, and how a period is written.
 *
 * A period is a span of calendar days [from, to] (both included) or the whole register. A task belongs
 * to it by one of three dates, the *basis*:
 * - `assigned` (the default, what the Ngũ Hành Sơn report counts: "901 tasks assigned since the start
 *   of the year"): the assignment day is in the period;
 * - `due`: the effective deadline (extended if an extension was approved) is in the period; ongoing
 *   tasks, which have none, are in no dated period;
 * - `completed`: the task was confirmed done and its completion day C (the day the result was
 *   reported, see status.ts) is in the period; open, awaiting and archived tasks are in none.
 * A task without the date its basis needs (a row typed without an assignment day) belongs only to
 * the whole-register period.
 *
 * Statuses are always those of the statistics day ("số liệu đến ngày …"): the register does not
 * record when a task was archived, so the state of a past day cannot be rebuilt exactly, and the
 * government's reports count "from the start of the year to now" the same way.
 *
 * Periods are written the way an office types them, in the `Cài đặt` sheet or the sidebar:
 * "năm nay", "quý này", "tháng này", "năm trước", "quý trước", "tháng trước", "năm 2025", "2025",
 * "quý 3/2026" (or "quý III/2026", "Q3/2026"), "tháng 10/2026" (or "10/2026"),
 * "01/01/2026 - 30/06/2026" (or "từ 01/01/2026 đến 30/06/2026"), "toàn bộ"; the English words
 * ("this year", "last month", "all") too, and Vietnamese typed without accents.
 */
import { foldVietnamese } from '../fold';
import { dayFromYmd, daysInMonth, type Day, ymdFromDay } from '../civil-date';
import { formatDay } from '../format';
import { parseDateCell } from '../parse';
import { effectiveDeadline, completionDay } from '../status';
import { statusInput, type Task } from '../task';

export type PeriodKind = 'year' | 'quarter' | 'month' | 'custom' | 'all';
export type PeriodBasis = 'assigned' | 'due' | 'completed';

export const PERIOD_BASES: readonly PeriodBasis[] = ['assigned', 'due', 'completed'];

export interface Period {
  kind: PeriodKind;
  /** First day included; null only for 'all'. */
  from: Day | null;
  /** Last day included; null only for 'all'. */
  to: Day | null;
}

export const DEFAULT_PERIOD_SPEC = 'năm nay';
export const DEFAULT_BASIS: PeriodBasis = 'assigned';

/** Lower case, no Vietnamese accents, single spaces: "Quý Này" and "quy nay" read the same. */
const foldText = foldVietnamese;

export function yearPeriod(year: number): Period {
  return { kind: 'year', from: dayFromYmd(year, 1, 1), to: dayFromYmd(year, 12, 31) };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    from: dayFromYmd(year, first, 1),
    to: dayFromYmd(year, first + 2, daysInMonth(year, first + 2)),
  };
}

export function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'month',
    from: dayFromYmd(year, month, 1),
    to: dayFromYmd(year, month, daysInMonth(year, month)),
  };
}

export const ALL_PERIOD: Period = { kind: 'all', from: null, to: null };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_OF = ['', 'I', 'II', 'III', 'IV'];

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= 2000 && y <= 2100;
}

/** A period from how a person wrote it, relative to `today`; null when it cannot be read. */
export function parsePeriod(text: unknown, today: Day): Period | null {
  const raw = String(text ?? '')
    .normalize('NFC')
    .trim();
  const s = foldText(raw);
  const { year, month } = ymdFromDay(today);
  const quarter = Math.floor((month - 1) / 3) + 1;
  if (s === '' || s === 'nam nay' || s === 'this year') return yearPeriod(year);
  if (s === 'nam truoc' || s === 'last year') return yearPeriod(year - 1);
  if (s === 'quy nay' || s === 'this quarter') return quarterPeriod(year, quarter);
  if (s === 'quy truoc' || s === 'last quarter')
    return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
  if (s === 'thang nay' || s === 'this month') return monthPeriod(year, month);
  if (s === 'thang truoc' || s === 'last month')
    return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
  if (s === 'toan bo' || s === 'tat ca' || s === 'all') return ALL_PERIOD;

  let m = /^(?:nam |year )?(\d{4})$/.exec(s);
  if (m) return validYear(Number(m[1])) ? yearPeriod(Number(m[1])) : null;
  m = /^(?:quy|q|quarter) ?([1-4]|i{1,3}|iv) ?(?:\/|-|nam|year| ) ?(\d{4})$/.exec(s);
  if (m) {
    const q = ROMAN[m[1]] ?? Number(m[1]);
    return validYear(Number(m[2])) ? quarterPeriod(Number(m[2]), q) : null;
  }
  m = /^(?:thang |month )?(\d{1,2}) ?(?:\/|-|\.|nam|year) ?(\d{4})$/.exec(s);
  if (m) {
    const mm = Number(m[1]);
    return mm >= 1 && mm <= 12 && validYear(Number(m[2])) ? monthPeriod(Number(m[2]), mm) : null;
  }
  return parseRange(raw);
}

/** "01/01/2026 - 30/06/2026", "từ 01/01/2026 đến 30/06/2026", "2026-01-01 → 2026-06-30". */
function parseRange(raw: string): Period | null {
  const body = raw.replace(/^(?:từ|tu|from)\s+/i, '');
  const separators = [/\s+(?:đến|den|to)\s+/i, /\s*[–—→]\s*/, /\s+-\s+/, /\s*\.\.\s*/];
  for (const sep of separators) {
    const parts = body.split(sep);
    if (parts.length !== 2) continue;
    const a = parseDateCell(parts[0].trim());
    const b = parseDateCell(parts[1].trim());
    if (a.ok && b.ok && a.value <= b.value) return { kind: 'custom', from: a.value, to: b.value };
  }
  return null;
}

/** Whether a settings value is a period the statistics can read (relative words are always fine). */
export function isPeriodText(text: unknown): boolean {
  return parsePeriod(text, dayFromYmd(2026, 1, 1)!) !== null;
}

/** The basis from a word in either language ('ngày giao', 'hạn', 'hoàn thành', or the code). */
export function parseBasis(text: unknown): PeriodBasis | null {
  const s = foldText(String(text ?? ''));
  if (s === '' || s === 'assigned' || /^(ngay )?giao( viec| nhiem vu)?$/.test(s) || s === 'assignment')
    return 'assigned';
  if (s === 'due' || s === 'deadline' || /^(theo )?han( xu ly)?$/.test(s)) return 'due';
  if (s === 'completed' || s === 'completion' || /^(ngay )?hoan thanh$/.test(s)) return 'completed';
  return null;
}

export const BASIS_LABELS: Record<PeriodBasis, { vi: string; en: string }> = {
  assigned: { vi: 'ngày giao', en: 'assignment date' },
  due: { vi: 'hạn xử lý', en: 'deadline' },
  completed: { vi: 'ngày hoàn thành', en: 'completion date' },
};

/** "Năm 2026", "Quý III/2026", "Tháng 10/2026", "Từ 01/01/2026 đến 30/06/2026", "Toàn bộ sổ". */
export function periodLabel(p: Period, lang: 'vi' | 'en' = 'vi'): string {
  if (p.kind === 'all' || p.from === null || p.to === null)
    return lang === 'en' ? 'Whole register' : 'Toàn bộ sổ theo dõi';
  const { year, month } = ymdFromDay(p.from);
  if (p.kind === 'year') return lang === 'en' ? `Year ${year}` : `Năm ${year}`;
  if (p.kind === 'quarter') {
    const q = Math.floor((month - 1) / 3) + 1;
    return lang === 'en' ? `Q${q} ${year}` : `Quý ${ROMAN_OF[q]}/${year}`;
  }
  if (p.kind === 'month') {
    const mm = String(month).padStart(2, '0');
    return lang === 'en' ? `${mm}/${year}` : `Tháng ${mm}/${year}`;
  }
  return lang === 'en'
    ? `${formatDay(p.from)} to ${formatDay(p.to)}`
    : `Từ ${formatDay(p.from)} đến ${formatDay(p.to)}`;
}

/** The span as dates, for the sheet's header: "01/01/2026 – 31/12/2026" ('' for the whole register). */
export function periodSpan(p: Period): string {
  return p.from === null || p.to === null ? '' : `${formatDay(p.from)} – ${formatDay(p.to)}`;
}

const within = (d: Day | null, p: Period) =>
  d !== null && p.from !== null && p.to !== null && d >= p.from && d <= p.to;

/** The day by which a task belongs to a period on this basis (null: none). */
export function basisDay(task: Task, basis: PeriodBasis): Day | null {
  if (basis === 'assigned') return task.assignedDay;
  if (basis === 'due') return effectiveDeadline(task);
  const si = statusInput(task);
  if (!si.confirmed || task.archived) return null;
  return completionDay(si, Number.NaN);
}

/** Whether the task is counted in the period (see the module comment). */
export function inPeriod(task: Task, period: Period, basis: PeriodBasis): boolean {
  if (period.kind === 'all') {
    if (basis !== 'completed') return true;
    const si = statusInput(task);
    return si.confirmed && !task.archived;
  }
  const d = basisDay(task, basis);
  return d !== null && !Number.isNaN(d) && within(d, period);
}
