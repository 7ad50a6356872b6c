import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { linearScale, linePath, niceDomain, utcScale } from '../../../../src/graphics/line-chart/plan/scales.js';

/** A small deterministic generator, so a failure names its case. */
function random(seed: number) {
  return () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
}

const day = 86_400_000;

/** The line chart's own scales compute what d3-scale and d3-shape did for it, number for number. */
describe('the line chart’s scales, against d3', () => {
  const rand = random(7);
  const domains: [number, number][] = [
    [0, 1],
    [0, 0],
    [5, 5],
    [-3.2, 17.9],
    [10, -10],
    [0.0001, 0.0009],
    [1e9, 3.5e9],
    [-1e-7, 2e-7],
    ...Array.from({ length: 40 }, () => [(rand() - 0.5) * 10 ** (rand() * 8), (rand() - 0.2) * 10 ** (rand() * 8)] as [number, number])
  ];
  const ranges: [number, number][] = [
    [0, 300],
    [400, 20],
    [12.5, 377.25]
  ];

  it('maps values and gives ticks as scaleLinear does', () => {
    for (const d of domains)
      for (const r of ranges) {
        const ours = linearScale(d, r);
        const d3 = scaleLinear().domain(d).range(r);
        for (const v of [d[0], d[1], 0, (d[0] + d[1]) / 2, d[0] * 1.7 - 3, Number.NaN]) {
          const want = d3(v);
          expect(ours(v), `${v} on ${d} -> ${r}`).toBe(want === undefined ? Number.NaN : want);
        }
        for (const count of [1, 2, 5, 8, 10]) expect(ours.ticks(count)).toEqual(d3.ticks(count));
        expect(ours.domain()).toEqual(d3.domain());
        expect(ours.range()).toEqual(d3.range());
      }
  });

  it('rounds a domain out as nice() does', () => {
    for (const d of domains) for (const count of [2, 5, 6, 10]) expect(niceDomain(d, count), `${d} / ${count}`).toEqual(scaleLinear().domain(d).nice(count).domain());
  });

  it('maps dates and gives UTC ticks as scaleUtc does', () => {
    const starts = [Date.UTC(2022, 8, 23, 12), Date.UTC(1990, 0, 1), Date.UTC(2024, 2, 4)];
    const spans = [6 * 3_600_000, 2 * day, 9 * day, 70 * day, 400 * day, 10_000 * day];
    for (const a of starts)
      for (const span of spans)
        for (const [r0, r1] of ranges) {
          const ours = utcScale([a, a + span], [r0, r1]);
          const d3 = scaleUtc().domain([new Date(a), new Date(a + span)]).range([r0, r1]);
          for (const v of [a, a + span / 3, a + span, a - day]) expect(ours(v)).toBe(d3(v));
          for (const count of [1, 2, 3, 5, 8]) expect(ours.ticks(count)).toEqual(d3.ticks(count).map(Number));
        }
  });

  it('writes the path d3-shape’s line().digits(2) writes', () => {
    const path = line<[number, number]>().digits(2);
    const rand2 = random(3);
    for (const n of [1, 2, 3, 50]) {
      const points = Array.from({ length: n }, () => [(rand2() - 0.3) * 900, (rand2() - 0.5) * 1e-3] as [number, number]);
      expect(linePath(points)).toBe(path(points));
    }
    expect(linePath([])).toBe('');
  });
});
