/**
 * How wide a line of text is, estimated without a DOM, so a server render, a snapshot and the
 * live chart lay out the same and Node tests check the layout the reader gets. Latin letters,
 * digits and punctuation take Helvetica's advance widths (its AFM, in thousandths of an em);
 * other scripts take a width per script, from Noto Sans as Chromium draws it. The estimate
 * errs wide by SAFETY, which covers the wider sans-serifs a reader may have (Noto Sans,
 * Roboto, San Francisco): a label wraps a little early rather than running into a bar.
 */

export interface TextStyle {
  /** Font size, px. */
  size: number;
  /** Line height, px. */
  line: number;
  /** Bold (600 and up) text is wider. */
  bold?: boolean;
}

/** Measures a line of text, px. */
export type MeasureText = (text: string, style: TextStyle) => number;

/** Helvetica's advances for U+0020..U+007E, thousandths of an em. */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
];

/** Noto Sans, the widest common UI sans-serif, is about 10% wider than Helvetica; 15% leaves room. */
const SAFETY = 1.15;
/** Bold Helvetica is about 7% wider. */
const BOLD = 1.08;

/** Noto Sans's narrowest letters (i, l, j) are wider than Helvetica's: no character is narrower than this, thousandths of an em. */
const NARROWEST = 260;

/** Advance of one code point, em. */
function advance(code: number): number {
  // Control characters (a NUL, a tab pasted into a label): no width. (As their own base letter they would recurse below.)
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code === 0x20) return ASCII[0]! / 1000;
  if (code > 0x20 && code <= 0x7e) return Math.max(NARROWEST, ASCII[code - 0x20]!) / 1000;
  // Isolates, marks and joiners: no width.
  if ((code >= 0x2066 && code <= 0x2069) || (code >= 0x200b && code <= 0x200f) || code === 0x061c || (code >= 0x202a && code <= 0x202e)) return 0;
  // Combining marks (Latin accents, Hebrew points, Arabic harakat).
  if ((code >= 0x0300 && code <= 0x036f) || (code >= 0x0591 && code <= 0x05c7) || (code >= 0x064b && code <= 0x065f)) return 0;
  // East Asian wide characters and emoji: a full em, and some.
  if (
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0x1f300 && code <= 0x1faff) || code >= 0x20000
  ) {
    return code >= 0x1f300 && code <= 0x1faff ? 1.2 : 1;
  }
  // Accented Latin letters as their base letter; the others (Æ, Œ, ß, Þ) as a wide capital.
  if (code < 0x0250) {
    const base = String.fromCodePoint(code).normalize('NFD').codePointAt(0)!;
    return base < 0x7f ? advance(base) : 0.9;
  }
  // Averages of Noto Sans's letters in each script, measured on place and party names.
  if (code >= 0x0370 && code <= 0x03ff) return 0.58;
  if (code >= 0x0400 && code <= 0x052f) return 0.62;
  if (code >= 0x0590 && code <= 0x05ff) return 0.52;
  if ((code >= 0x0600 && code <= 0x08ff) || (code >= 0xfb50 && code <= 0xfeff)) return 0.5;
  // Em dash, ellipsis, per mille: an em.
  if (code === 0x2014 || code === 0x2026 || code === 0x2030) return 1;
  // Other punctuation, symbols and scripts: generous.
  return 0.7;
}

/** Width of `text` in `style`, px, erring wide. */
export function estimateTextWidth(text: string, style: TextStyle): number {
  let em = 0;
  for (const char of text) em += advance(char.codePointAt(0)!);
  return em * style.size * SAFETY * (style.bold ? BOLD : 1);
}
