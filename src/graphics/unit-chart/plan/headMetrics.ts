/**
 * Type sizes of a unit chart's text, and an estimate of how tall a block of that text
 * is at a given width, so the layout can reserve room for each heading before anything
 * is measured (a server render has nothing to measure). The component sets its font
 * sizes from these same numbers. The estimate errs tall: a sans-serif averages well under
 * CHAR_WIDTH em per character.
 */

/** Below this chart width, px, type steps down one size: a 390 px phone. */
export const NARROW_CHART = 480;

/** Average advance of a character in em for the UI sans-serif, rounded up. */
const CHAR_WIDTH = 0.56;

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
    const length = word.length;
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
