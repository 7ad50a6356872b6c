/**
 * A series' colour: its own `color` (a theme name or hex), else the story theme's
 * `series-N` (a story re-colours the defaults by naming them in `theme.colors`), else the
 * default palette. The palette is Okabe and Ito's colour-blind-safe set, darkened so that
 * each colour, used for a series' label text too, reads at WCAG AA (4.5:1) on the default
 * paper; a test checks the ratios.
 */
import { colorOf, themeColors } from '../../../core/theme.js';
import type { Theme } from '../../../schema/storySchema.js';

export const SERIES_PALETTE = [
  '#1f62a8', // blue
  '#b5480e', // vermillion
  '#137a55', // bluish green
  '#8e3f84', // reddish purple
  '#7a6300', // ochre
  '#1c7086', // sky blue, darkened
  '#5b4fa8', // violet
  '#4a4a4a' // grey
] as const;

export function seriesColor(story: { theme?: Theme | undefined }, color: string | undefined, index: number): string {
  if (color) return colorOf(story, color, 'ink');
  const n = SERIES_PALETTE.length;
  return themeColors(story)[`series-${(index % n) + 1}`] ?? SERIES_PALETTE[index % n]!;
}
