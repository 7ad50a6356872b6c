/**
 * Signed numbers kept whole in bidirectional text. In a right-to-left line (or after a
 * Hebrew or Arabic word in a left-to-right one) the Unicode bidi algorithm sends the sign
 * of "+2" to the far side of its digits, and a reader sees "2+". Each signed number written
 * in European digits is wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, which
 * keeps it in reading order as one unit in HTML, SVG text, canvas text and screen readers
 * alike, and changes nothing in a line that was fine. Numbers without a sign need nothing
 * (digits and their separators already stay together), and Arabic-Indic digits are left to
 * the algorithm, whose placement of their sign is the Arabic convention.
 */

/** U+2066 LEFT-TO-RIGHT ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
export const LRI = '\u2066';
export const PDI = '\u2069';

/**
 * A sign (plus, hyphen-minus, minus, plus-minus) not stuck to a word or number before it
 * ("COVID-19" and "2019-2020" are not signed), then digits with their group and decimal
 * separators, and a percent or per-mille sign if one follows.
 */
const SIGNED = /(?<![\p{L}\p{N}\p{M}_\u2066])[+\-\u2212\u00b1][0-9](?:[0-9]|[.,'\u00a0\u202f\u2009\u066b\u066c](?=[0-9]))*[%\u2030\u066a]?/gu;

/** `text` with every signed number isolated as left-to-right. Idempotent. */
export function isolateNumbers(text: string): string {
  return text.replace(SIGNED, (number) => `${LRI}${number}${PDI}`);
}
