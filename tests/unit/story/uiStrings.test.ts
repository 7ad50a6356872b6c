import { describe, expect, it } from 'vitest';
import { formatDate, uiStrings } from '../../../src/story/uiStrings.js';

describe('uiStrings', () => {
  it('uses the story language, falling back to English', () => {
    expect(uiStrings('ar').sources).toBe('المصادر والمنهجية');
    expect(uiStrings('ar-SY').skip).toBe(uiStrings('ar').skip);
    expect(uiStrings('fr').sources).toBe('Sources and method');
  });
  it('formats calendar dates without a time-zone shift', () => {
    expect(formatDate('2020-02-08', 'en-GB')).toBe('8 February 2020');
    expect(formatDate('2020-02-08', 'en-US')).toBe('February 8, 2020');
  });
});
