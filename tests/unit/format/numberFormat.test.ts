import { describe, expect, it } from 'vitest';
import { formatCount, numberFormat } from '../../../src/format/numberFormat.js';
import { unitCaption } from '../../../src/graphics/unit-chart/plan/unitCaption.js';

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

describe('unitCaption', () => {
  it.each([
    ['1,000 people', 'en', 'Each square = 1,000 people'],
    ['1,000 people', 'en-GB', 'Each square = 1,000 people'],
    ['ألف شخص', 'ar', 'كل مربع = ألف شخص'],
    ['1 person', 'xx', 'Each square = 1 person']
  ])('%s in %s', (label, lang, expected) => {
    expect(unitCaption(label, lang)).toBe(expected);
  });
});
