import { describe, expect, it } from 'vitest';
import { measurePolyline, pointAlongPolyline, type Point } from '../../../src/geo/pointAlongPolyline.js';

const L: Point[] = [
  [0, 0],
  [30, 40],
  [30, 100]
];

describe('pointAlongPolyline', () => {
  it('measures cumulative length', () => {
    const line = measurePolyline(L);
    expect(Array.from(line.cumulative)).toEqual([0, 50, 110]);
    expect(line.length).toBe(110);
  });

  it.each([
    [-5, [0, 0]],
    [0, [0, 0]],
    [25, [15, 20]],
    [50, [30, 40]],
    [80, [30, 70]],
    [110, [30, 100]],
    [500, [30, 100]]
  ] as [number, Point][])('at distance %d is %j', (distance, expected) => {
    const p = pointAlongPolyline(measurePolyline(L), distance);
    expect(p[0]).toBeCloseTo(expected[0], 9);
    expect(p[1]).toBeCloseTo(expected[1], 9);
  });

  it('handles a single point and repeated points', () => {
    expect(pointAlongPolyline(measurePolyline([[3, 4]]), 10)).toEqual([3, 4]);
    const line = measurePolyline([[0, 0], [0, 0], [10, 0]]);
    expect(pointAlongPolyline(line, 5)).toEqual([5, 0]);
  });

  it('writes into a given point without allocating', () => {
    const out: Point = [0, 0];
    expect(pointAlongPolyline(measurePolyline(L), 25, out)).toBe(out);
  });
});
