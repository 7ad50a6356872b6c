import { describe, expect, it } from 'vitest';
import { nearestKm } from '../../../src/geo/nearestKm.js';
import { EARTH_RADIUS_KM } from '../../../src/geo/cumulativeKm.js';

const DEGREE_KM = (Math.PI / 180) * EARTH_RADIUS_KM;
const line: [number, number][] = [[36, 35], [36, 36], [37, 36]];

describe('nearestKm', () => {
  it.each([
    ['a point on the line', [36, 35.25], 0.25 * DEGREE_KM, 0],
    ['a point beside the first segment', [36.1, 35.5], 0.5 * DEGREE_KM, 0.1 * DEGREE_KM * Math.cos((35.5 * Math.PI) / 180)],
    ['a point before the start', [36, 34.5], 0, 0.5 * DEGREE_KM],
    ['a point past the end', [37.5, 36], DEGREE_KM + DEGREE_KM * Math.cos((36 * Math.PI) / 180), 0.5 * DEGREE_KM * Math.cos((36 * Math.PI) / 180)]
  ] as [string, [number, number], number, number][])('finds %s', (_, point, km, off) => {
    const result = nearestKm(line, point);
    expect(result.km).toBeCloseTo(km, 0);
    expect(result.offKm).toBeCloseTo(off, 0);
  });
});
