import { describe, expect, it } from 'vitest';
import { decimalsOf, formatNumber, isolate, valueDigits, valueFormat, valueText } from '../../../../../src/graphics/bar-chart/plan/formatValue.js';

describe('formatValue', () => {
  it('shows every bar with the decimals of the most precise one, at most three', () => {
    expect(valueDigits([12, 12.5, 3])).toBe(1);
    expect(valueDigits([0.125, 2])).toBe(3);
    expect(decimalsOf(1e-7)).toBe(3);
    expect(decimalsOf(1e21)).toBe(0);
    const format = valueFormat('en', valueDigits([12, 12.5]));
    expect([12, 12.5].map((v) => formatNumber(v, null, format))).toEqual(['12.0', '12.5']);
  });

  it('writes numbers as the story’s language does', () => {
    expect(formatNumber(1234.5, null, valueFormat('de', 1))).toBe('1.234,5');
    expect(formatNumber(1234.5, null, valueFormat('fr', 1))).toBe('1\u202f234,5');
    expect(formatNumber(1234, null, valueFormat('ar-EG', 0))).toBe('١٬٢٣٤');
    expect(formatNumber(-3, null, valueFormat('he', 0))).toMatch(/^\u200e?-3$/);
    // An unknown tag falls back to English instead of throwing.
    expect(formatNumber(1234, null, valueFormat('not a tag!', 0))).toBe('1,234');
    expect(formatNumber(-0, null, valueFormat('en', 0))).toBe('0');
  });

  it('adds the unit’s prefix and suffix to numbers, not to display wording', () => {
    const unit = { label: 'share of the vote', prefix: '~', suffix: '%' };
    const format = valueFormat('en', 1);
    expect(valueText({ value: 29.5 }, unit, format)).toBe('~29.5%');
    expect(valueText({ value: 29.5, display: 'nearly 30%' }, unit, format)).toBe('nearly 30%');
  });

  it('isolates a value so a right-to-left line keeps "+2" as "+2"', () => {
    expect(isolate('+2')).toBe('\u2068+2\u2069');
  });
});
