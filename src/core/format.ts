/**
 * Vietnamese formatting without Intl (its output depends on the runtime's ICU data; plain
 * arithmetic gives the same result everywhere): dates 'dd/MM/yyyy', thousands '.', decimal ','.
 */

import { type Day, dayOfInstant, instantOfDayStart, ymdFromDay } from './civil-date';

/** Between a number and '%': a normal space, as product.md and the Ngũ Hành Sơn report write "67 %". */
export const PERCENT_SEPARATOR = ' ';

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** 'dd/MM/yyyy'. */
export function formatDay(day: Day): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${pad2(d)}/${pad2(month)}/${String(year).padStart(4, '0')}`;
}

/** An instant in Viet Nam as people write it: the time to the minute and the day ('09:00', '08/12/2026'). */
export function vnMoment(ms: number): { time: string; date: string } {
  const day = dayOfInstant(ms);
  const minutes = Math.floor((ms - instantOfDayStart(day)) / 60000);
  return { time: `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`, date: formatDay(day) };
}

/** A change as the history shows it: nothing when nothing changed, the new value alone when there was none. */
export function changeText(before: string, after: string): string {
  if (before.trim() === after.trim()) return '';
  return before.trim() ? `${before} → ${after || '—'}` : after;
}

/** Groups the digits of a non-negative integer string by thousands with '.'. */
function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits[i];
  }
  return out;
}

/**
 * Vietnamese number: 1234567.5 → '1.234.567,5'. With `decimals`, exactly that many decimals
 * (rounded half away from zero); without, integers print without decimals and other numbers with
 * at most 2, trailing zeros dropped.
 */
export function formatNumberVi(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const places = decimals ?? (Number.isInteger(n) ? 0 : 2);
  const scale = Math.pow(10, places);
  // Round half away from zero on the magnitude, correcting binary noise (1.005 → 1.01).
  const scaled = Math.round(Math.abs(n) * scale * (1 + Number.EPSILON));
  let intPart = String(Math.floor(scaled / scale));
  let frac = places > 0 ? String(scaled % scale).padStart(places, '0') : '';
  if (decimals === undefined) frac = frac.replace(/0+$/, '');
  intPart = groupThousands(intPart);
  const sign = n < 0 && scaled !== 0 ? '-' : '';
  return sign + intPart + (frac ? ',' + frac : '');
}

export interface PercentVi {
  /** The number shown, e.g. 67 or 0.3; null when the denominator is 0. */
  value: number | null;
  /** e.g. '67 %', '0,3 %', '—' when the denominator is 0. */
  text: string;
}

/**
 * Percentages as the Ngũ Hành Sơn report prints them. With 901 tasks: 604 → '67 %', 173 → '19 %',
 * 57 → '6 %', 64 → '7 %', 3 → '0,3 %', 878 → '97 %'. The rule (when `decimals` is not given):
 * - a whole percent, rounded half up, from 1 % to 99 %;
 * - one decimal below 1 % and above 99 %, so a non-zero share never prints as "0 %" and an
 *   incomplete one never as "100 %" (a 1-in-2000 share shows '0,1 %', 1999 of 2000 '99,9 %');
 * - exactly 0 → '0 %', all → '100 %';
 * - denominator 0 → value null, text '—' (no tasks: no rate).
 * With `decimals`, that many decimals, rounded half up.
 */
export function percentVi(numerator: number, denominator: number, decimals?: number): PercentVi {
  if (!(denominator > 0) || !Number.isFinite(numerator) || numerator < 0) return { value: null, text: '—' };
  const p = (numerator * 100) / denominator;
  let places = decimals ?? 0;
  if (decimals === undefined && numerator !== 0 && numerator !== denominator && (p < 1 || p > 99)) places = 1;
  let value = roundHalfUp(numerator * 100, denominator, places);
  if (decimals === undefined && places === 1) {
    // Keep the edges honest after rounding: 0.04 % is '0,1 %', 99.96 % is '99,9 %'.
    if (p < 1) value = Math.max(value, 0.1);
    else value = Math.min(value, 99.9);
  }
  return { value, text: formatNumberVi(value, places) + PERCENT_SEPARATOR + '%' };
}

/** The text of `percentVi`. */
export function formatPercentVi(numerator: number, denominator: number, decimals?: number): string {
  return percentVi(numerator, denominator, decimals).text;
}

/** a / b rounded half up to `places` decimals, exactly for integers (no 0.5 floating surprises). */
function roundHalfUp(a: number, b: number, places: number): number {
  const scale = Math.pow(10, places);
  if (Number.isSafeInteger(a * scale) && Number.isSafeInteger(b) && Number.isSafeInteger(2 * a * scale + b)) {
    return Math.floor((2 * a * scale + b) / (2 * b)) / scale;
  }
  return Math.round(((a * scale) / b) * (1 + Number.EPSILON)) / scale;
}
