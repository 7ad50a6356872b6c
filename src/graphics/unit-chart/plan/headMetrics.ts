/**
 * Type sizes of a unit chart's text, and an estimate of how tall a block of that text
 * is at a given width, so the layout can reserve room for each heading before anything
 * is measured (a server render has nothing to measure). The component sets its font
 * sizes from these same numbers. The estimate errs tall: a sans-serif averages well under
 * CHAR_WIDTH em per character. Characters a font draws wider are counted wider: capitals,
 * and the full-width characters of Chinese, Japanese and Korean; invisible ones (the
 * isolates around a signed number) not at all.
 */

/** Below this chart width, px, type steps down one size: a 390 px phone. */
export const NARROW_CHART = 480;

/** Average advance of a character in em for the UI sans-serif, rounded up. */
const CHAR_WIDTH = 0.56;

/** Advance of a Latin capital in em, rounded up (sans-serif capitals average about 0.65 em): "UNHCR" is wider than "unhcr". */
const CAPITAL_WIDTH = 0.7;

/** Advance of a full-width character (CJK ideographs, kana, Hangul, full-width forms), em. */
const WIDE_WIDTH = 1;

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const CAPITAL = /[A-Z\u00c0-\u00de]/;
const INVISIBLE = /\p{Cf}/u;

/** Width of `text` in units of CHAR_WIDTH em (so a run of lower-case Latin letters counts its characters). */
function weight(text: string): number {
  let sum = 0;
  for (const char of text) {
    if (INVISIBLE.test(char)) continue;
    sum += WIDE.test(char) ? WIDE_WIDTH / CHAR_WIDTH : CAPITAL.test(char) ? CAPITAL_WIDTH / CHAR_WIDTH : 1;
  }
  return sum;
}

export interface TextStyle {
  /** Font size, px. */
  size: number;
  /** Line height, px. */
  line: number;
}

export interface HeadMetrics {
  title: TextStyle;
  label: TextStyle;
  count: TextStyle;
  /** The count set on its label's line, when a chart has too little height for big numbers. */
  compactCount: TextStyle;
  /** Source, highlight legend and unit captions: the smallest text, still ≥ 12 px. */
  meta: TextStyle;
  /** Space under the title block, px. */
  titleGap: number;
  /** Outer padding of the chart, px. */
  padding: number;
}

export function headMetrics(width: number): HeadMetrics {
  const narrow = width < NARROW_CHART;
  return {
    title: { size: narrow ? 17 : 19, line: narrow ? 22 : 25 },
    label: { size: narrow ? 14 : 15, line: narrow ? 19 : 20 },
    count: { size: narrow ? 26 : 32, line: narrow ? 30 : 37 },
    compactCount: { size: narrow ? 17 : 19, line: narrow ? 21 : 24 },
    meta: { size: 13, line: 18 },
    titleGap: narrow ? 14 : 20,
    padding: narrow ? 16 : 28
  };
}

/** Lines `text` wraps to at `width` px in `style` (words not split). */
export function estimateLines(text: string, width: number, style: TextStyle): number {
  if (!text) return 0;
  const perLine = Math.max(1, Math.floor(width / (style.size * CHAR_WIDTH)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = weight(word);
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines += 1;
      used = length;
    }
    while (used > perLine) {
      lines += 1;
      used -= perLine;
    }
  }
  return lines;
}

/** Height of a stack of text blocks, px. */
export function estimateHeight(blocks: readonly { text: string; style: TextStyle }[], width: number): number {
  return blocks.reduce((sum, b) => sum + estimateLines(b.text, width, b.style) * b.style.line, 0);
}

/** Width of `text` on one line, px (an estimate that errs wide, like estimateLines). */
export function estimateWidth(text: string, style: TextStyle): number {
  return weight(text) * style.size * CHAR_WIDTH;
}

/** Width of the widest word of `text`, px: the narrowest a block of it can be without breaking a word. */
export function widestWord(text: string, style: TextStyle): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => estimateWidth(word, style)));
}
