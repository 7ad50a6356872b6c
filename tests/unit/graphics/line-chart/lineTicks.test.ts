import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { TICK_LABEL_GAP, xTicks, yTicks, type Tick } from '../../../../src/graphics/line-chart/plan/lineTicks.js';
import { dateTickLabels, formatDateMs, formatValue, formatX, numberTickLabels } from '../../../../src/graphics/line-chart/plan/lineFormats.js';
import { lineMetrics } from '../../../../src/graphics/line-chart/plan/lineMetrics.js';

const style = lineMetrics(390).tick;
const utc = (...parts: number[]) => Date.UTC(parts[0]!, parts[1]! - 1, parts[2] ?? 1, parts[3] ?? 0);

function expectApart(ticks: readonly Tick[], bounds: { left: number; right: number }) {
  for (const tick of ticks) {
    expect(tick.labelX - tick.width / 2).toBeGreaterThanOrEqual(bounds.left - 1e-9);
    expect(tick.labelX + tick.width / 2).toBeLessThanOrEqual(bounds.right + 1e-9);
  }
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    expect(b.labelX - b.width / 2 - (a.labelX + a.width / 2)).toBeGreaterThanOrEqual(TICK_LABEL_GAP - 1e-9);
  }
}

describe('tick labels in the story’s language', () => {
  it.each([
    ['en', ['0', '5,000', '10,000']],
    ['de', ['0', '5.000', '10.000']],
    ['fr', ['0', '5\u202f000', '10\u202f000']],
    ['ar-EG', ['٠', '٥٬٠٠٠', '١٠٬٠٠٠']]
  ])('groups thousands as %s does', (lang, labels) => {
    expect(numberTickLabels([0, 5000, 10000], lang)).toEqual(labels);
  });

  it('shows the decimals the step needs, the same on every tick', () => {
    expect(numberTickLabels([0, 0.5, 1, 1.5], 'en')).toEqual(['0.0', '0.5', '1.0', '1.5']);
    expect(numberTickLabels([0, 0.5, 1], 'de')).toEqual(['0,0', '0,5', '1,0']);
    expect(numberTickLabels([0.02, 0.04], 'en')).toEqual(['0.02', '0.04']);
  });

  it('is compact from a million, every tick in the same unit', () => {
    expect(numberTickLabels([0, 1_000_000, 2_500_000], 'en')).toEqual(['0', '1.0M', '2.5M']);
    expect(numberTickLabels([0, 500_000, 1_000_000], 'de')).toEqual(['0', '0,5\u00a0Mio.', '1,0\u00a0Mio.']);
    expect(numberTickLabels([0, 2e9, 4e9], 'fr')).toEqual(['0', '2\u00a0Md', '4\u00a0Md']);
    expect(numberTickLabels([1_000_000, 2_000_000], 'ar-EG').map((l) => l.replace(/\s/g, ' '))).toEqual(['١ مليون', '٢ مليون']);
    // Units of ten thousand: 2,000,000 is 200 of them.
    expect(numberTickLabels([0, 2_000_000, 4_000_000], 'ja')).toEqual(['0', '200万', '400万']);
  });

  it('writes years on x without a thousands separator', () => {
    expect(numberTickLabels([1990, 2000], 'en', 'x')).toEqual(['1990', '2000']);
    expect(formatX(2020, 'en')).toBe('2020');
    expect(formatX(12000, 'en')).toBe('12,000');
    expect(formatValue(4.25, 'fr')).toBe('4,25');
  });

  it('words dates at the grain of their interval', () => {
    expect(dateTickLabels([utc(2019, 1), utc(2020, 1), utc(2021, 1)], 'en')).toEqual(['2019', '2020', '2021']);
    expect(dateTickLabels([utc(2019, 11), utc(2019, 12), utc(2020, 1), utc(2020, 2)], 'en')).toEqual(['Nov 2019', 'Dec', 'Jan 2020', 'Feb']);
    expect(dateTickLabels([utc(2020, 2, 8), utc(2020, 2, 15)], 'fr')).toEqual(['8 févr.', '15 févr.']);
    expect(dateTickLabels([utc(2020, 2, 8), utc(2020, 2, 8, 12), utc(2020, 2, 9)], 'en-GB')).toEqual(['8 Feb', '12:00', '9 Feb']);
    expect(dateTickLabels([utc(2020, 2, 8, 6), utc(2020, 2, 8, 12)], 'en-GB')).toEqual(['8 Feb 6:00', '12:00']);
    expect(dateTickLabels([utc(2020, 3, 1), utc(2020, 4, 1)], 'ar-EG')).toEqual(['مارس ٢٠٢٠', 'أبريل']);
  });

  it('words a full date, with its UTC time when the data has times', () => {
    expect(formatDateMs(utc(2020, 2, 8), 'en-GB', false)).toBe('8 February 2020');
    expect(formatDateMs(utc(2005, 8, 29, 12), 'en-GB', true)).toBe('29 Aug 2005, 12:00 UTC');
  });
});

describe('x ticks', () => {
  it.each([
    ['a phone', 0, 340],
    ['a desktop', 0, 1100]
  ])('never overlap nor leave the chart, on %s', (_name, left, right) => {
    const bounds = { left, right };
    const dates = scaleUtc().domain([new Date(utc(2019, 1, 1)), new Date(utc(2024, 6, 30))]).range([left, right - 80]);
    expectApart(xTicks(dates, 'date', 'en', style, bounds, right < 480), bounds);
    const hours = scaleUtc().domain([new Date(utc(2005, 8, 23)), new Date(utc(2005, 8, 31, 18))]).range([left, right - 80]);
    const hourly = xTicks(hours, 'date', 'de', style, bounds, right < 480);
    expect(hourly.length).toBeGreaterThanOrEqual(2);
    expectApart(hourly, bounds);
    const numbers = scaleLinear().domain([1990, 2023]).range([left, right - 80]);
    expectApart(xTicks(numbers, 'number', 'ar', style, bounds, right < 480), bounds);
  });

  it('hold a label at the chart’s edge inside it', () => {
    const scale = scaleLinear().domain([0, 100]).range([0, 300]);
    const ticks = xTicks(scale, 'number', 'en', style, { left: 0, right: 300 }, true);
    expect(ticks[0]!.pos).toBe(0);
    expect(ticks[0]!.labelX).toBeCloseTo(ticks[0]!.width / 2, 9);
  });

  it('are thinned rather than crowded in a narrow chart', () => {
    const scale = scaleUtc().domain([new Date(utc(2000, 1)), new Date(utc(2000, 12, 31))]).range([0, 120]);
    const ticks = xTicks(scale, 'date', 'en', style, { left: 0, right: 120 }, true);
    expect(ticks.length).toBeGreaterThanOrEqual(1);
    expect(ticks.length).toBeLessThanOrEqual(3);
    expectApart(ticks, { left: 0, right: 120 });
  });
});

describe('y ticks', () => {
  it('are at least a line and a half apart, and worded for the language', () => {
    for (const height of [80, 200, 600]) {
      const scale = scaleLinear().domain([0, 4800]).range([height, 0]);
      const ticks = yTicks(scale, 'de', style);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < ticks.length; i++) expect(Math.abs(ticks[i]!.pos - ticks[i - 1]!.pos)).toBeGreaterThanOrEqual(style.line * 1.5);
    }
    const ticks = yTicks(scaleLinear().domain([0, 5000]).range([400, 0]), 'de', style);
    expect(ticks.map((t) => t.label)).toContain('5.000');
  });

  it('give none for a domain that cannot be divided', () => {
    expect(yTicks(scaleLinear().domain([-1e308, 1e308]).range([400, 0]), 'en', style)).toEqual([]);
    expect(yTicks(scaleLinear().domain([0, 1]).range([0, 0]), 'en', style)).toEqual([]);
  });
});
