import { describe, expect, it } from 'vitest';
import { SERIES_PALETTE, seriesColor } from '../../../../src/graphics/line-chart/plan/seriesColor.js';
import { DEFAULT_COLORS } from '../../../../src/core/theme.js';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('series colours', () => {
  it.each(SERIES_PALETTE)('%s reads as text on the paper (WCAG AA, 4.5:1)', (color) => {
    expect(contrast(color, DEFAULT_COLORS.paper!)).toBeGreaterThanOrEqual(4.5);
  });

  it('are all different', () => {
    expect(new Set(SERIES_PALETTE).size).toBe(SERIES_PALETTE.length);
  });

  it('come from the series, else the theme’s series-N, else the palette in order', () => {
    const story = { theme: { colors: { party: '#123456', 'series-2': '#654321' } } };
    expect(seriesColor(story, 'party', 0)).toBe('#123456');
    expect(seriesColor(story, '#abcdef', 0)).toBe('#abcdef');
    expect(seriesColor(story, 'accent', 0)).toBe(DEFAULT_COLORS.accent);
    expect(seriesColor(story, undefined, 0)).toBe(SERIES_PALETTE[0]);
    expect(seriesColor(story, undefined, 1)).toBe('#654321');
    expect(seriesColor({}, undefined, SERIES_PALETTE.length)).toBe(SERIES_PALETTE[0]);
  });
});
