import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../../../src/graphics/bar-chart/plan/textWidth.js';

const style = { size: 16, bold: false } as Parameters<typeof estimateTextWidth>[1];

describe('estimateTextWidth', () => {
  it('gives control characters no width, and does not fail on them (a NUL once overflowed the stack)', () => {
    for (let code = 0; code < 0x20; code++) expect(estimateTextWidth(String.fromCharCode(code), style), `U+${code.toString(16)}`).toBe(0);
    for (let code = 0x7f; code < 0xa0; code++) expect(estimateTextWidth(String.fromCharCode(code), style)).toBe(0);
    expect(estimateTextWidth('a\u0000b', style)).toBe(estimateTextWidth('ab', style));
  });

  it('measures accented Latin letters as their base letter, and wide characters wider', () => {
    expect(estimateTextWidth('é', style)).toBe(estimateTextWidth('e', style));
    expect(estimateTextWidth('東', style)).toBeGreaterThan(estimateTextWidth('e', style));
  });
});
