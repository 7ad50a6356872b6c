/**
 * A bar chart as drawn at one moment: every bar's rectangle, its stretch of the zero line,
 * its label and its value, with their colours, in physical positions. A state's settled
 * frame comes from its layout; a change between states is a sequence of frames
 * (barTransition), which the drawing writes as they come.
 */
import type { Anchor, BarChartLayout, TextBox } from './layoutBars.js';
import type { BarMetrics } from './barMetrics.js';
import type { BarColors, ChartColors } from './barColors.js';

export interface BarMark {
  id: string;
  opacity: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  tick: { x: number; y1: number; y2: number };
  label: { lines: string[]; x: number; top: number; anchor: Anchor; width: number; fill: string; bold: boolean };
  value: {
    text: string;
    /** The value while it changes, when it is written as a number (no `display`); null otherwise. */
    number: number | null;
    x: number;
    middle: number;
    anchor: Anchor;
    width: number;
    fill: string;
    squeeze: number | null;
  };
}

export interface BarFrame {
  /** Size of the drawing (its viewBox), px. */
  width: number;
  height: number;
  dir: 'ltr' | 'rtl';
  metrics: BarMetrics;
  colors: ChartColors;
  title: TextBox | null;
  caption: TextBox | null;
  footer: TextBox | null;
  /** Bars on screen: the state's, in its order, then any still leaving. */
  bars: BarMark[];
  /** Writes a changing value as the state writes its numbers. */
  formatValue(value: number): string;
  settled: boolean;
}

export function settledFrame(
  layout: BarChartLayout,
  bars: readonly { value: number; display?: string | undefined; colors: BarColors }[],
  colors: ChartColors,
  formatValue: (value: number) => string
): BarFrame {
  return {
    width: layout.width,
    height: layout.height,
    dir: layout.dir,
    metrics: layout.metrics,
    colors,
    title: layout.title,
    caption: layout.caption,
    footer: layout.footer,
    bars: layout.rows.map((row, i) => {
      const bar = bars[i]!;
      const inside = row.value.placement === 'inside';
      return {
        id: row.id,
        opacity: 1,
        ...row.bar,
        fill: bar.colors.fill,
        tick: row.tick,
        label: {
          lines: row.label.lines,
          x: row.label.x,
          top: row.label.top,
          anchor: row.label.anchor,
          width: row.label.width,
          fill: bar.colors.text,
          bold: row.label.style.bold === true
        },
        value: {
          text: row.value.text,
          number: bar.display ? null : bar.value,
          x: row.value.x,
          middle: row.value.middle,
          anchor: row.value.anchor,
          width: row.value.width,
          fill: inside ? bar.colors.inside : bar.colors.text,
          squeeze: row.value.squeeze
        }
      };
    }),
    formatValue,
    settled: true
  };
}
