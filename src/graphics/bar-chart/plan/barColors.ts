/**
 * The colours of a bar chart's state: each bar's own colour (a theme name or a hex colour;
 * default the theme's `marks`, 11:1 on the paper), a highlighted bar without a colour of its
 * own in the theme's `highlight`, and, while some bars are highlighted, every other bar
 * muted towards the paper with its label and value in the muted text colour. A value written
 * inside its bar takes whichever of paper and ink reads better on it.
 */
import type { Theme } from '../../../schema/storySchema.js';
import { colorOf, themeColors } from '../../../core/theme.js';
import { interpolateColor } from '../../../chart/interpolateColor.js';
import type { Bar } from '../schema.js';
import { MUTED_SHARE } from './constants.js';

export interface BarColors {
  /** The bar's fill. */
  fill: string;
  /** Its label's and its value's (outside the bar). */
  text: string;
  /** Its value's, inside the bar. */
  inside: string;
  muted: boolean;
}

export interface ChartColors {
  ink: string;
  muted: string;
  paper: string;
}

export function chartColors(story: { theme?: Theme | undefined }): ChartColors {
  const colors = themeColors(story);
  return { ink: colors.ink!, muted: colors.muted!, paper: colors.paper! };
}

function channels(color: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(color);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG relative luminance, 0..1; null for a colour it cannot read. */
export function luminance(color: string): number | null {
  const c = channels(color);
  if (!c) return null;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1..21 (1 when either is unreadable). */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return 1;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function barColors(story: { theme?: Theme | undefined }, bar: Pick<Bar, 'id' | 'color'>, highlight: ReadonlySet<string>, chart: ChartColors): BarColors {
  const stressed = highlight.has(bar.id);
  const muted = highlight.size > 0 && !stressed;
  const own = colorOf(story, bar.color, stressed ? 'highlight' : 'marks');
  const fill = muted ? interpolateColor(own, chart.paper)(1 - MUTED_SHARE) : own;
  const inside = contrast(chart.paper, fill) >= contrast(chart.ink, fill) ? chart.paper : chart.ink;
  return { fill, text: muted ? chart.muted : chart.ink, inside, muted };
}
