/**
 * Type sizes and spacing of a line chart by its width: one step smaller on a phone. The
 * components draw with these same numbers, and the layout makes room with them.
 */
import type { TextStyle } from './textMetrics.js';

/** Below this chart width, px, type and spacing step down: a 390 px phone. */
export const NARROW_CHART = 480;

export interface LineMetrics {
  title: TextStyle;
  /** The y axis's label, under the title. */
  subtitle: TextStyle;
  tick: TextStyle;
  /** Series labels at the line ends. */
  label: TextStyle;
  note: TextStyle;
  source: TextStyle;
  /** Outer padding, px. */
  padding: number;
  /** Space under the title block, px. */
  headGap: number;
  /** Line width, px. */
  stroke: number;
  /** Radius of the dot at each line's end and of a note's point, px. */
  dot: number;
  /** Gap between a line's end and its label, px. */
  labelGap: number;
  /** Length of an x tick mark, px. */
  tickSize: number;
}

export function lineMetrics(width: number): LineMetrics {
  const narrow = width < NARROW_CHART;
  return {
    title: { size: narrow ? 17 : 20, line: narrow ? 22 : 26, bold: true },
    subtitle: { size: narrow ? 13 : 14, line: narrow ? 17 : 19 },
    tick: { size: narrow ? 12 : 13, line: narrow ? 15 : 16 },
    label: { size: narrow ? 13 : 14, line: narrow ? 16 : 17, bold: true },
    note: { size: narrow ? 12 : 13, line: narrow ? 15 : 17 },
    source: { size: 12, line: 16 },
    padding: narrow ? 14 : 24,
    headGap: narrow ? 10 : 14,
    stroke: narrow ? 2.25 : 2.5,
    dot: narrow ? 3.5 : 4,
    labelGap: 6,
    tickSize: 5
  };
}
