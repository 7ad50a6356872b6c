/**
 * The values a line chart's x axis takes: numbers, or UTC dates written `YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:MMZ` (a storm's six-hourly track needs the hour). Dates become epoch
 * milliseconds, so both kinds are numbers for scales, sorting and cutting. Pure.
 */

/** A date, or a UTC date-time to the minute. The `Z` is required: a time without a zone means a different instant for each reader. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/;

export type XType = 'date' | 'number';

/** A date text as epoch ms (UTC), or NaN when it is not a real calendar date and time ("2021-02-30", "T24:00Z"). */
export function dateMs(text: string): number {
  const m = DATE_PATTERN.exec(text);
  if (!m) return Number.NaN;
  const [, y, mo, d, h = '00', mi = '00'] = m;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), 0, 0);
  const ms = date.getTime();
  const back = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  return back && date.getUTCHours() === Number(h) && date.getUTCMinutes() === Number(mi) ? ms : Number.NaN;
}

/** True for a date text that names a real day (and minute). */
export function isDateText(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(dateMs(value));
}

/** Which kind of x a value is, as written: the axis type it belongs to, or null for neither. */
export function kindOf(value: unknown): XType | null {
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : null;
  return isDateText(value) ? 'date' : null;
}

/** An x value as a number for the scales: epoch ms for a date, the number itself; NaN for anything else. */
export function xNumber(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  return typeof value === 'string' ? dateMs(value) : Number.NaN;
}

/** True when a date text gives a time of day (its axis and text then speak of hours). */
export function hasTime(value: unknown): boolean {
  return typeof value === 'string' && value.length > 10;
}
