/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.
 *
 * The rules are those described by Hồ Ngọc Đức ("Thuật toán tính âm lịch", the reference for
 * Vietnamese calendars), with new moons and the sun's longitude from Jean Meeus, "Astronomical
 * Algorithms" (truncated series):
 * 1. A lunar month starts on the local (UTC+7) day that contains the new moon.
 * 2. Month 11 is the month that contains the winter solstice (sun longitude 270°).
 * 3. Between two months 11 (one "suì"), 12 months are normal; with 13, the first month after
 *    month 11 that contains no major solar term (no multiple of 30° of sun longitude is reached
 *    inside it) is the leap month and repeats the number of the month before it.
 * Because the day boundary is UTC+7 rather than China's UTC+8, a new moon between 23:00 and
 * 24:00 Beijing time falls on different days, which is why Tết 1985 was 21 January in Viet Nam
 * and 20 February in China, and Tết 2007 was 17 February in Viet Nam (18 February in China).
 */

import { type Day, dayFromYmd, ymdFromDay } from './civil-date';

export interface LunarDate {
  /** 1–30 */
  day: number;
  /** 1–12 */
  month: number;
  /** The lunar year, named by the Gregorian year in which its month 1 starts. */
  year: number;
  isLeapMonth: boolean;
}

/** The astronomical series are accurate well beyond this range; it keeps inputs sane. */
export const LUNAR_MIN_YEAR = 1800;
export const LUNAR_MAX_YEAR = 2199;

const TIME_ZONE_HOURS = 7;
/** Julian Day Number of 1970-01-01 (day 0). */
const JDN_OF_DAY_ZERO = 2440588;
const SYNODIC_MONTH = 29.530588853;
/** Julian date of the mean new moon k = 0 (6 January 1900). */
const NEW_MOON_0 = 2415021.076998695;
const RAD = Math.PI / 180;

/** Julian date (UT) of the k-th new moon after January 1900 (Meeus ch. 49, truncated). */
function newMoonJd(k: number): number {
  const t = k / 1236.85; // Julian centuries from 1900 January 0.5
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const m = sunAnomaly;
  const mp = moonAnomaly;
  const f = latitudeArg;
  let c = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
  c += -0.4068 * Math.sin(mp) + 0.0161 * Math.sin(2 * mp) - 0.0004 * Math.sin(3 * mp);
  c += 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mp) - 0.0074 * Math.sin(m - mp);
  c += 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mp);
  c += 0.001 * Math.sin(2 * f - mp) + 0.0005 * Math.sin(2 * mp + m);
  // ΔT (TT − UT), in days.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** The UTC+7 calendar day of the k-th new moon. */
function newMoonDay(k: number): Day {
  return Math.floor(newMoonJd(k) + 0.5 + TIME_ZONE_HOURS / 24) - JDN_OF_DAY_ZERO;
}

/**
 * Which 30° sector (0–11) the sun's apparent longitude is in at 00:00 UTC+7 of `day`
 * (sector 9 starts at the winter solstice). Meeus ch. 25, low precision.
 */
function sunSector(day: Day): number {
  const jd = day + JDN_OF_DAY_ZERO - 0.5 - TIME_ZONE_HOURS / 24;
  const t = (jd - 2451545.0) / 36525; // Julian centuries from J2000.0
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m);
  dl += (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
  let l = (l0 + dl) * RAD;
  l -= 2 * Math.PI * Math.floor(l / (2 * Math.PI));
  return Math.floor((l / Math.PI) * 6);
}

/** First day of the lunar month 11 that contains the winter solstice of Gregorian `year`. */
const month11Cache = new Map<number, Day>();
function month11Start(year: number): Day {
  let start = month11Cache.get(year);
  if (start === undefined) {
    start = computeMonth11Start(year);
    month11Cache.set(year, start);
  }
  return start;
}

function computeMonth11Start(year: number): Day {
  const dec31 = (dayFromYmd(year, 12, 31) as number) + JDN_OF_DAY_ZERO;
  const k = Math.floor((dec31 - 2415021) / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  // A new moon already past the solstice starts month 12: month 11 began one lunation earlier.
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

interface Month {
  start: Day;
  length: number;
  month: number;
  year: number;
  isLeapMonth: boolean;
}

/** The months from month 11 of lunar year y−1 to just before month 11 of lunar year y. */
const suiCache = new Map<number, Month[]>();
function suiMonths(y: number): Month[] {
  const cached = suiCache.get(y);
  if (cached) return cached;
  const a11 = month11Start(y - 1);
  const b11 = month11Start(y);
  const k = Math.floor((a11 + JDN_OF_DAY_ZERO - NEW_MOON_0) / SYNODIC_MONTH + 0.5);
  const count = b11 - a11 > 365 ? 13 : 12;
  const starts: Day[] = [];
  for (let i = 0; i <= count; i++) starts.push(newMoonDay(k + i));
  if (starts[0] !== a11 || starts[count] !== b11) {
    throw new Error(`lunar: inconsistent lunations for year ${y}`);
  }
  let leap = -1;
  if (count === 13) {
    // The first month (after month 11 itself) in which the sun enters no new 30° sector.
    for (let i = 1; i < 13 && leap < 0; i++) {
      if (sunSector(starts[i]) === sunSector(starts[i + 1])) leap = i;
    }
    if (leap < 0) throw new Error(`lunar: no leap month found in a 13-month year ${y}`);
  }
  const months: Month[] = [];
  for (let i = 0; i < count; i++) {
    const n = leap >= 0 && i >= leap ? i - 1 : i; // months since month 11, not counting the leap one
    const month = ((10 + n) % 12) + 1;
    months.push({
      start: starts[i],
      length: starts[i + 1] - starts[i],
      month,
      year: month >= 11 ? y - 1 : y,
      isLeapMonth: i === leap,
    });
  }
  suiCache.set(y, months);
  return months;
}

function findMonth(month: number, year: number, isLeapMonth: boolean): Month | undefined {
  return suiMonths(month >= 11 ? year + 1 : year).find(
    (m) => m.month === month && m.year === year && m.isLeapMonth === isLeapMonth,
  );
}

function inRange(year: number): boolean {
  return Number.isInteger(year) && year >= LUNAR_MIN_YEAR && year <= LUNAR_MAX_YEAR;
}

/**
 * The solar day of a lunar date, or null when that date does not exist (day 30 of a 29-day
 * month, a leap month the year does not have, out-of-range values).
 */
export function lunarToSolar(
  lunarDay: number,
  lunarMonth: number,
  lunarYear: number,
  isLeapMonth = false,
): Day | null {
  if (!inRange(lunarYear) || !Number.isInteger(lunarMonth) || lunarMonth < 1 || lunarMonth > 12) return null;
  if (!Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > 30) return null;
  const m = findMonth(lunarMonth, lunarYear, isLeapMonth);
  if (!m || lunarDay > m.length) return null;
  return m.start + lunarDay - 1;
}

/** The lunar date of a solar day. Throws RangeError outside Gregorian years 1800–2199. */
export function solarToLunar(day: Day): LunarDate {
  const { year } = ymdFromDay(day);
  if (!Number.isInteger(day) || !inRange(year)) throw new RangeError(`solarToLunar: day ${day} out of range`);
  const months = suiMonths(day >= month11Start(year) ? year + 1 : year);
  for (let i = months.length - 1; i >= 0; i--) {
    const m = months[i];
    if (day >= m.start)
      return { day: day - m.start + 1, month: m.month, year: m.year, isLeapMonth: m.isLeapMonth };
  }
  throw new Error(`lunar: day ${day} precedes its year`); // unreachable: month 11 of year−1 starts before 1 Jan
}

function mustExist(day: Day | null, what: string, year: number): Day {
  if (day === null)
    throw new RangeError(`${what}: year ${year} out of range ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
  return day;
}

/** Tết Nguyên đán: 1st day of the 1st lunar month of `year`. */
export function tetDay(year: number): Day {
  return mustExist(lunarToSolar(1, 1, year, false), 'tetDay', year);
}

/** Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month (the regular month when month 3 is doubled). */
export function hungKingsDay(year: number): Day {
  return mustExist(lunarToSolar(10, 3, year, false), 'hungKingsDay', year);
}

/** The last day of lunar year `year` (29 or 30 tháng Chạp): the eve of the next Tết. */
export function lunarNewYearsEve(year: number): Day {
  return mustExist(lunarToSolar(1, 1, year + 1, false), 'lunarNewYearsEve', year + 1) - 1;
}

/** The months of lunar year `year` in order (12 or 13, a leap month after its namesake). */
export function lunarYearMonths(
  year: number,
): { month: number; isLeapMonth: boolean; start: Day; length: number }[] {
  if (!inRange(year)) throw new RangeError(`lunarYearMonths: year ${year} out of range`);
  return [...suiMonths(year), ...suiMonths(year + 1)]
    .filter((m) => m.year === year)
    .map(({ month, isLeapMonth, start, length }) => ({ month, isLeapMonth, start, length }));
}

/** The leap month of lunar year `year` (1–12), or 0 when it has none. */
export function leapMonthOf(year: number): number {
  return lunarYearMonths(year).find((m) => m.isLeapMonth)?.month ?? 0;
}

const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** The sexagenary name of a lunar year, e.g. 2026 → 'Bính Ngọ'. */
export function canChiOfYear(year: number): string {
  return `${CAN[(((year + 6) % 10) + 10) % 10]} ${CHI[(((year + 8) % 12) + 12) % 12]}`;
}
