/**
 * Type sizes and spacing of a bar chart at a width. The component draws with these same
 * numbers, and the layout reserves room with them before anything is measured (a server
 * render has nothing to measure).
 */
import type { TextStyle } from './textWidth.js';
import { MAX_BAR_NARROW, MAX_BAR_WIDE, NARROW_CHART } from './constants.js';

export interface BarMetrics {
  title: TextStyle;
  /** A bar's label. */
  label: TextStyle;
  /** A bar's value. */
  value: TextStyle;
  /** The unit's caption and the sources: the smallest text, still ≥ 12 px. */
  meta: TextStyle;
  /** Outer padding of the chart, px. */
  padding: number;
  /** Space under the title and caption, px. */
  headGap: number;
  /** Space above the sources, px. */
  footGap: number;
  /** Thickest bar, px. */
  maxBar: number;
}

export function barMetrics(width: number): BarMetrics {
  const narrow = width < NARROW_CHART;
  return {
    // A line of 1.4 em: a sans-serif's glyph box (Noto Sans: 1.36 em) stays within it, so the caption never touches the title.
    title: { size: narrow ? 17 : 19, line: narrow ? 24 : 27, bold: true },
    label: { size: narrow ? 14 : 15, line: narrow ? 18 : 20 },
    value: { size: narrow ? 14 : 15, line: narrow ? 18 : 20, bold: true },
    meta: { size: 13, line: 18 },
    padding: narrow ? 16 : 28,
    headGap: narrow ? 14 : 20,
    footGap: 12,
    maxBar: narrow ? MAX_BAR_NARROW : MAX_BAR_WIDE
  };
}

/** Baseline of a line of `style` whose line box starts at `top`: half-leading, then the middle of a typical sans-serif's capitals. */
export function baselineOf(top: number, style: TextStyle): number {
  // (ascent - descent) / 2 is about 0.35 em for system sans-serifs (Arial 0.905/0.212, Roboto 0.93/0.24).
  return top + style.line / 2 + 0.35 * style.size;
}
