import { describe, expect, it } from 'vitest';
import { routeLengthKm } from '../../../src/geo/routeLengthKm.js';
import { cumulativeKm, EARTH_RADIUS_KM } from '../../../src/geo/cumulativeKm.js';

const DEGREE_KM = (Math.PI / 180) * EARTH_RADIUS_KM; // 111.195 km

describe('routeLengthKm', () => {
  it.each([
    ['one degree of latitude', [[36, 35], [36, 36]], DEGREE_KM],
    ['there and back', [[36, 35], [36, 36], [36, 35]], 2 * DEGREE_KM],
    ['a single point repeated', [[36, 35], [36, 35]], 0],
    ['one degree of longitude at 60 N is about half a degree at the equator', [[0, 60], [1, 60]], DEGREE_KM / 2]
  ] as [string, [number, number][], number][])('%s', (_, line, km) => {
    expect(routeLengthKm(line)).toBeCloseTo(km, 1);
  });

  it('accumulates distances point by point', () => {
    const km = cumulativeKm([[36, 35], [36, 35.5], [36, 36]]);
    expect(km[0]).toBe(0);
    expect(km[1]).toBeCloseTo(DEGREE_KM / 2, 3);
    expect(km[2]).toBeCloseTo(DEGREE_KM, 3);
  });
});
