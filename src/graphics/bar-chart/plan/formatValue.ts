/**
 * A bar's value as the chart writes it: the story's `display` wording, or the number in the
 * story's language with the unit's prefix and suffix. Every bar of a state shows as many
 * decimals as the most precise one (12 and 12.5 read "12.0" and "12.5"), up to MAX_DIGITS.
 * `graphicText.number` writes whole numbers only; a bar's value is often a share or a rate,
 * so this keeps its own `Intl.NumberFormat`s, cached per language and digits like it (a
 * changing value is formatted on every frame).
 */
import type { Bar, BarUnit } from '../schema.js';
import { MAX_DIGITS } from './constants.js';

const cache = new Map<string, Intl.NumberFormat>();

/** A formatter for `lang` with exactly `digits` decimals; English when the tag is unknown. */
export function valueFormat(lang: string, digits: number): Intl.NumberFormat {
  const key = `${lang}\n${digits}`;
  let format = cache.get(key);
  if (!format) {
    const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    try {
      format = new Intl.NumberFormat(lang, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    cache.set(key, format);
  }
  return format;
}

/** Decimals a number is written with (its shortest form), at most MAX_DIGITS. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa = '', exponent] = Math.abs(value).toString().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(MAX_DIGITS, Math.max(0, fraction - Number(exponent ?? 0)));
}

/** Decimals every value of a state is written with. */
export function valueDigits(values: readonly number[]): number {
  return values.reduce((most, value) => Math.max(most, decimalsOf(value)), 0);
}

/** A number with the unit's prefix and suffix, as the story's language writes it. `-0` reads "0". */
export function formatNumber(value: number, unit: BarUnit | null, format: Intl.NumberFormat): string {
  return `${unit?.prefix ?? ''}${format.format(value === 0 ? 0 : value)}${unit?.suffix ?? ''}`;
}

/** What is written beside a bar. */
export function valueText(bar: Pick<Bar, 'value' | 'display'>, unit: BarUnit | null, format: Intl.NumberFormat): string {
  return bar.display || formatNumber(bar.value, unit, format);
}

/**
 * `text` inside Unicode's first-strong isolate: its direction is its own ("+2" stays "+2" in
 * a right-to-left line, "١٢٪" stays Arabic) and it does not reorder the text around it.
 * For SVG `<text>`, which has no `<bdi>`.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
