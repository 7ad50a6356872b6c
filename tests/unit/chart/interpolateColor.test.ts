import { describe, expect, it } from 'vitest';
import { interpolateRgb } from 'd3-interpolate';
import { interpolateColor } from '../../../src/chart/interpolateColor.js';

describe('interpolateColor', () => {
  it.each([
    ['#3b3b3b', '#c0392b'],
    ['#fff', '#000'],
    ['rgb(10, 20, 30)', '#a9a9a9']
  ])('matches d3-interpolate between %s and %s', (from, to) => {
    const ours = interpolateColor(from, to);
    const d3 = interpolateRgb(from, to);
    for (const t of [0, 0.25, 0.5, 0.9]) expect(ours(t)).toBe(d3(t));
  });

  it('ends exactly on the target colour as written', () => {
    expect(interpolateColor('#3b3b3b', '#c0392b')(1)).toBe('#c0392b');
  });

  it('switches at the midpoint for colours it does not parse', () => {
    const f = interpolateColor('red', 'blue');
    expect([f(0.2), f(0.8)]).toEqual(['red', 'blue']);
  });
});
