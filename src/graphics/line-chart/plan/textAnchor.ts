/**
 * SVG's text-anchor for text aligned to a physical edge in either direction: with
 * `direction="rtl"` the start of a line is its right end, so left-aligned right-to-left
 * text is anchored at its end.
 */
import type { Align } from './lineChartBase.js';

export function textAnchor(align: Align, dir: 'ltr' | 'rtl'): 'start' | 'middle' | 'end' {
  if (align === 'middle') return 'middle';
  return (align === 'left') === (dir === 'ltr') ? 'start' : 'end';
}

/** Baseline of a line of text whose line box starts at `top`: half the leading, then the ascent of a typical sans-serif. */
export function baseline(top: number, style: { size: number; line: number }): number {
  // (ascent - descent) / 2 is about 0.35 em for system sans-serifs (Arial 0.905/0.212, Roboto 0.93/0.24).
  return top + style.line / 2 + 0.35 * style.size;
}
