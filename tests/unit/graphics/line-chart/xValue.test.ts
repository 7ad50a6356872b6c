import { describe, expect, it } from 'vitest';
import { dateMs, hasTime, isDateText, kindOf, xNumber } from '../../../../src/graphics/line-chart/plan/xValue.js';

describe('x values', () => {
  it.each([
    ['2020-02-08', Date.UTC(2020, 1, 8)],
    ['2005-08-29T12:00Z', Date.UTC(2005, 7, 29, 12)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['1969-12-31T23:59Z', -60_000]
  ])('reads %s as UTC epoch ms', (text, ms) => {
    expect(dateMs(text)).toBe(ms);
  });

  it('reads years before 100 as they are, not as 1900s', () => {
    expect(new Date(dateMs('0050-06-01')).getUTCFullYear()).toBe(50);
  });

  it.each(['2021-02-30', '2023-02-29', '2020-13-01', '2020-01-01T24:00Z', '2020-01-01T12:60Z', '2020-01-01T12:00', '2020-1-1', '20200101', ' 2020-01-01', '2020-01-01T12:00:00Z'])(
    'refuses %s',
    (text) => {
      expect(Number.isNaN(dateMs(text))).toBe(true);
      expect(isDateText(text)).toBe(false);
      expect(kindOf(text)).toBeNull();
    }
  );

  it('tells dates from numbers, and neither', () => {
    expect(kindOf('2020-01-01')).toBe('date');
    expect(kindOf(1990)).toBe('number');
    expect(kindOf(Number.NaN)).toBeNull();
    expect(kindOf(null)).toBeNull();
    expect(xNumber(1990)).toBe(1990);
    expect(xNumber(Infinity)).toBeNaN();
    expect(hasTime('2005-08-29T12:00Z')).toBe(true);
    expect(hasTime('2005-08-29')).toBe(false);
  });
});
