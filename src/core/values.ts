/** Cell values as `getValues` returns them: Number, Boolean, Date or String ('' for blanks). */

/** A Date from any realm (the sheet service's Dates are not always `instanceof` this realm's Date). */
export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}

export function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
