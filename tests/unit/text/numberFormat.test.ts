import { describe, expect, it } from 'vitest';
import { formatCount, numberFormat } from '../../../src/text/numberFormat.js';

describe('formatCount', () => {
  it.each([
    [580000, 'en', '580,000'],
    [110000, 'de', '110.000'],
    [580000, 'ar', new Intl.NumberFormat('ar').format(580000)],
    [580000, 'ar-EG', '٥٨٠٬٠٠٠'],
    [299.6, 'en', '300'],
    [1234, 'not a tag!', '1,234']
  ])('%d in %s is %s', (value, lang, expected) => {
    expect(formatCount(value, lang)).toBe(expected);
  });

  it('reuses one formatter per language', () => {
    expect(numberFormat('en')).toBe(numberFormat('en'));
  });
});
