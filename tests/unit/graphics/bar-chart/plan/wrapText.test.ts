import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../../src/graphics/bar-chart/plan/wrapText.js';
import { estimateTextWidth } from '../../../../../src/graphics/bar-chart/plan/textWidth.js';

const STYLE = { size: 14, line: 18 };

describe('wrapText and estimateTextWidth', () => {
  it('takes words on a line while they fit, and keeps every word', () => {
    const text = 'Saint Vincent and the Grenadines, with its many islands';
    const lines = wrapText(text, 120, STYLE);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(estimateTextWidth(line, STYLE)).toBeLessThanOrEqual(120);
  });

  it('puts a short text on one line and an empty one on none', () => {
    expect(wrapText('France', 300, STYLE)).toEqual(['France']);
    expect(wrapText('   ', 300, STYLE)).toEqual([]);
  });

  it('errs wide: capitals, bold and wide scripts count more', () => {
    expect(estimateTextWidth('WWWW', STYLE)).toBeGreaterThan(estimateTextWidth('iiii', STYLE) * 3);
    expect(estimateTextWidth('Bar', { ...STYLE, bold: true })).toBeGreaterThan(estimateTextWidth('Bar', STYLE));
    expect(estimateTextWidth('東京都', STYLE)).toBeGreaterThanOrEqual(3 * 14);
    expect(estimateTextWidth('\u2068+2\u2069', STYLE)).toBe(estimateTextWidth('+2', STYLE));
  });
});
