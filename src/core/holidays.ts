/**
 * Public holidays of Viet Nam for the holidays sheet (pre-fill; the admin edits and confirms).
 *
 * Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14):
 * - art. 112.1 — paid holidays: Tết Dương lịch 1 day (1/1); Tết Âm lịch 5 days; Ngày Chiến thắng
 *   1 day (30/4); Quốc tế lao động 1 day (1/5); Quốc khánh 2 days (2/9 and one adjacent day before
 *   or after); Giỗ Tổ Hùng Vương 1 day (10/3 lunar).
 * - art. 112.3 — every year the Prime Minister decides the exact days for Tết (b) and Quốc khánh (đ).
 * - art. 111.3 — when a weekly rest day coincides with a holiday of art. 112.1, the worker takes the
 *   next working day off instead (nghỉ bù).
 * Besides, for civil servants with a Saturday–Sunday week, the PM often swaps a working day inside
 * a holiday bridge with a Saturday worked later or earlier (hoán đổi ngày làm việc).
 *
 * Years with a published decision use it (`provisional: false`, with its source). Other years are
 * computed with the usual pattern and marked provisional:
 * - Tết: the last day of the lunar year (29 or 30 tháng Chạp) and mùng 1–4 (as in 2026);
 * - Quốc khánh: the adjacent day chosen in recent years for the weekday of 2/9 (see below);
 * - compensatory days per art. 111.3; no swaps (those are decided case by case).
 */

import { type Day, dayFromYmd, dayFromIso, isWeekend, weekday } from './civil-date';
import { formatDay } from './format';
import { canChiOfYear, hungKingsDay, solarToLunar, tetDay } from './lunar';

export type HolidayKind = 'holiday' | 'compensatory' | 'swap_workday';

/**
 * One row of the holidays sheet.
 * - 'holiday': a day of art. 112.1;
 * - 'compensatory': any other weekday off — nghỉ bù (art. 111.3) or a day swapped off (hoán đổi),
 *   the name tells which;
 * - 'swap_workday': a Saturday/Sunday worked in exchange for a swapped day off.
 */
export interface HolidayRow {
  day: Day;
  name: string;
  kind: HolidayKind;
  /** true until an admin confirms it against the government's decision. */
  provisional: boolean;
  /** The decision or article it comes from. */
  source?: string;
  /** Human detail, e.g. '29 tháng Chạp Ất Tỵ' or 'làm bù thứ Bảy 10/01/2026'. */
  note?: string;
}

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  victory: 'Ngày Chiến thắng 30/4',
  labour: 'Quốc tế Lao động 1/5',
  national: 'Quốc khánh 2/9',
  compensatory: 'Nghỉ bù',
  swapDayOff: 'Nghỉ hoán đổi',
  swapWorkday: 'Làm bù',
  cultureDay: 'Ngày Văn hóa Việt Nam 24/11',
} as const;

const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const LAW = 'BLLĐ 2019 Điều 112';
const LAW_COMPENSATORY = 'BLLĐ 2019 Điều 111 khoản 3';

function ymd(y: number, m: number, d: number): Day {
  return dayFromYmd(y, m, d) as Day;
}

function tetNote(day: Day): string {
  const l = solarToLunar(day);
  const yearName = canChiOfYear(l.year);
  return l.month === 1 ? `Mùng ${l.day} Tết ${yearName}` : `${l.day} tháng Chạp ${yearName}`;
}

/**
 * The adjacent Quốc khánh day by the weekday of 2/9, following recent decisions: 2021 (Thu → 3/9),
 * 2022 (Fri → 1/9), 2023 (Sat → 1/9), 2024 (Mon → 3/9), 2025 (Tue → 1/9), 2026 (Wed → 1/9).
 * Sunday → 3/9 (Monday), so the two days and the compensatory day form one block.
 */
const NATIONAL_DAY_ADJACENT_OFFSET = [1, 1, -1, -1, 1, -1, -1]; // indexed by weekday of 2/9

/** The days of art. 112.1 for `year`, by the usual pattern (no swaps, no compensatory days). */
export function legalHolidays(year: number): HolidayRow[] {
  const row = (day: Day, name: string, note?: string): HolidayRow => ({
    day,
    name,
    kind: 'holiday',
    provisional: true,
    source: LAW,
    ...(note ? { note } : {}),
  });
  const tet = tetDay(year);
  const national = ymd(year, 9, 2);
  const adjacent = national + NATIONAL_DAY_ADJACENT_OFFSET[weekday(national)];
  const rows: HolidayRow[] = [row(ymd(year, 1, 1), HOLIDAY_NAMES.newYear)];
  for (let d = tet - 1; d <= tet + 3; d++) rows.push(row(d, HOLIDAY_NAMES.tet, tetNote(d)));
  rows.push(
    row(hungKingsDay(year), HOLIDAY_NAMES.hungKings),
    row(ymd(year, 4, 30), HOLIDAY_NAMES.victory),
    row(ymd(year, 5, 1), HOLIDAY_NAMES.labour),
    row(
      Math.min(national, adjacent),
      HOLIDAY_NAMES.national,
      adjacent < national ? 'ngày liền kề' : undefined,
    ),
    row(
      Math.max(national, adjacent),
      HOLIDAY_NAMES.national,
      adjacent > national ? 'ngày liền kề' : undefined,
    ),
  );
  return rows.sort((a, b) => a.day - b.day);
}

/**
 * Art. 111.3: each holiday on a Saturday or Sunday gives the next working day off (not a weekend,
 * not another holiday, not a day already given), in date order.
 */
export function compensatoryDays(holidays: readonly HolidayRow[]): HolidayRow[] {
  const taken = new Set(holidays.filter((h) => h.kind !== 'swap_workday').map((h) => h.day));
  const handled = new Set<Day>(); // one compensatory day per holiday, even if listed twice
  const out: HolidayRow[] = [];
  for (const h of [...holidays].sort((a, b) => a.day - b.day)) {
    if (h.kind !== 'holiday' || !isWeekend(h.day) || handled.has(h.day)) continue;
    handled.add(h.day);
    let d = h.day + 1;
    while (isWeekend(d) || taken.has(d)) d++;
    taken.add(d);
    out.push({
      day: d,
      name: HOLIDAY_NAMES.compensatory,
      kind: 'compensatory',
      provisional: h.provisional,
      source: LAW_COMPENSATORY,
      note: `Nghỉ bù cho ${h.name} trùng ${WEEKDAY_VI[weekday(h.day)]} ${formatDay(h.day)}`,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Published decisions (công chức, viên chức; Saturday–Sunday week). Checked against the press
// reports cited; every row of such a year is `provisional: false`.

interface Decided {
  iso: string;
  name: string;
  kind: HolidayKind;
  note?: string;
  source: string;
}

const SRC_2025 =
  'Lịch nghỉ lễ, Tết 2025 của công chức, viên chức (hoán đổi thứ Sáu 02/05 với thứ Bảy 26/04) — tổng hợp tại tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html';
const SRC_2026_TET_QK =
  'Thủ tướng đồng ý phương án nghỉ Tết Âm lịch và Quốc khánh 2026 của Bộ Nội vụ (Thanh Niên, 13/10/2025)';
const SRC_2026_NY = 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ Tết Dương lịch 2026)';
const SRC_2026_OTHER = 'BLLĐ 2019 Điều 112, Điều 111 khoản 3 (Thanh Niên, 23/02/2026)';

const DECIDED: Record<number, Decided[]> = {
  2025: [
    { iso: '2025-01-01', name: HOLIDAY_NAMES.newYear, kind: 'holiday', source: SRC_2025 },
    {
      iso: '2025-01-27',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: '28 tháng Chạp Giáp Thìn',
      source: SRC_2025,
    },
    {
      iso: '2025-01-28',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: '29 tháng Chạp Giáp Thìn',
      source: SRC_2025,
    },
    {
      iso: '2025-01-29',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: 'Mùng 1 Tết Ất Tỵ',
      source: SRC_2025,
    },
    {
      iso: '2025-01-30',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: 'Mùng 2 Tết Ất Tỵ',
      source: SRC_2025,
    },
    {
      iso: '2025-01-31',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: 'Mùng 3 Tết Ất Tỵ',
      source: SRC_2025,
    },
    { iso: '2025-04-07', name: HOLIDAY_NAMES.hungKings, kind: 'holiday', source: SRC_2025 },
    {
      iso: '2025-04-26',
      name: HOLIDAY_NAMES.swapWorkday,
      kind: 'swap_workday',
      note: 'Làm bù cho ngày nghỉ thứ Sáu 02/05/2025',
      source: SRC_2025,
    },
    { iso: '2025-04-30', name: HOLIDAY_NAMES.victory, kind: 'holiday', source: SRC_2025 },
    { iso: '2025-05-01', name: HOLIDAY_NAMES.labour, kind: 'holiday', source: SRC_2025 },
    {
      iso: '2025-05-02',
      name: HOLIDAY_NAMES.swapDayOff,
      kind: 'compensatory',
      note: 'Hoán đổi, làm bù thứ Bảy 26/04/2025',
      source: SRC_2025,
    },
    {
      iso: '2025-09-01',
      name: HOLIDAY_NAMES.national,
      kind: 'holiday',
      note: 'ngày liền kề',
      source: SRC_2025,
    },
    { iso: '2025-09-02', name: HOLIDAY_NAMES.national, kind: 'holiday', source: SRC_2025 },
  ],
  2026: [
    { iso: '2026-01-01', name: HOLIDAY_NAMES.newYear, kind: 'holiday', source: SRC_2026_NY },
    {
      iso: '2026-01-02',
      name: HOLIDAY_NAMES.swapDayOff,
      kind: 'compensatory',
      note: 'Hoán đổi, làm bù thứ Bảy 10/01/2026',
      source: SRC_2026_NY,
    },
    {
      iso: '2026-01-10',
      name: HOLIDAY_NAMES.swapWorkday,
      kind: 'swap_workday',
      note: 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026',
      source: SRC_2026_NY,
    },
    {
      iso: '2026-02-16',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: '29 tháng Chạp Ất Tỵ',
      source: SRC_2026_TET_QK,
    },
    {
      iso: '2026-02-17',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: 'Mùng 1 Tết Bính Ngọ',
      source: SRC_2026_TET_QK,
    },
    {
      iso: '2026-02-18',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: 'Mùng 2 Tết Bính Ngọ',
      source: SRC_2026_TET_QK,
    },
    {
      iso: '2026-02-19',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: 'Mùng 3 Tết Bính Ngọ',
      source: SRC_2026_TET_QK,
    },
    {
      iso: '2026-02-20',
      name: HOLIDAY_NAMES.tet,
      kind: 'holiday',
      note: 'Mùng 4 Tết Bính Ngọ',
      source: SRC_2026_TET_QK,
    },
    {
      iso: '2026-04-26',
      name: HOLIDAY_NAMES.hungKings,
      kind: 'holiday',
      note: 'Chủ nhật',
      source: SRC_2026_OTHER,
    },
    {
      iso: '2026-04-27',
      name: HOLIDAY_NAMES.compensatory,
      kind: 'compensatory',
      note: `Nghỉ bù cho ${HOLIDAY_NAMES.hungKings} trùng Chủ nhật 26/04/2026`,
      source: SRC_2026_OTHER,
    },
    { iso: '2026-04-30', name: HOLIDAY_NAMES.victory, kind: 'holiday', source: SRC_2026_OTHER },
    { iso: '2026-05-01', name: HOLIDAY_NAMES.labour, kind: 'holiday', source: SRC_2026_OTHER },
    {
      iso: '2026-08-22',
      name: HOLIDAY_NAMES.swapWorkday,
      kind: 'swap_workday',
      note: 'Làm bù cho ngày nghỉ thứ Hai 31/08/2026',
      source: SRC_2026_TET_QK,
    },
    {
      iso: '2026-08-31',
      name: HOLIDAY_NAMES.swapDayOff,
      kind: 'compensatory',
      note: 'Hoán đổi, làm bù thứ Bảy 22/08/2026',
      source: SRC_2026_TET_QK,
    },
    {
      iso: '2026-09-01',
      name: HOLIDAY_NAMES.national,
      kind: 'holiday',
      note: 'ngày liền kề',
      source: SRC_2026_TET_QK,
    },
    { iso: '2026-09-02', name: HOLIDAY_NAMES.national, kind: 'holiday', source: SRC_2026_TET_QK },
  ],
};

/** Years whose rows come from published decisions rather than the computed pattern. */
export const DECIDED_YEARS: readonly number[] = Object.keys(DECIDED).map(Number);

export interface PrefillOptions {
  /**
   * Add 24/11, Ngày Văn hóa Việt Nam (from 2026), as a provisional holiday. Politburo Resolution
   * 80-NQ/TW (January 2026) made it a paid day off in principle, but it needs an amendment of
   * art. 112.1, not yet found in force; off by default.
   */
  includeCultureDay?: boolean;
}

/** The holidays-sheet rows for `year`, sorted by day. */
export function prefillHolidays(year: number, options: PrefillOptions = {}): HolidayRow[] {
  let rows: HolidayRow[];
  const decided = DECIDED[year];
  if (decided) {
    rows = decided.map((d) => ({
      day: dayFromIso(d.iso) as Day,
      name: d.name,
      kind: d.kind,
      provisional: false,
      source: d.source,
      ...(d.note ? { note: d.note } : {}),
    }));
  } else {
    const legal = legalHolidays(year);
    rows = [...legal, ...compensatoryDays(legal)];
  }
  if (options.includeCultureDay && year >= 2026) {
    const culture: HolidayRow = {
      day: ymd(year, 11, 24),
      name: HOLIDAY_NAMES.cultureDay,
      kind: 'holiday',
      provisional: true,
      source: 'Nghị quyết 80-NQ/TW (chờ sửa đổi BLLĐ Điều 112)',
    };
    // Only the new day can need a compensatory day; the others already have theirs in `rows`.
    const taken = rows.filter((r) => r.kind !== 'holiday');
    const extra = compensatoryDays([
      ...taken,
      ...rows.filter((r) => r.kind === 'holiday' && !isWeekend(r.day)),
      culture,
    ]);
    rows = [...rows, culture, ...extra];
  }
  return rows.sort((a, b) => a.day - b.day);
}
