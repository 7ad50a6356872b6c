import { describe, expect, it } from 'vitest';
import { pointAtKm } from '../../../src/geo/pointAtKm.js';
import { EARTH_RADIUS_KM } from '../../../src/geo/cumulativeKm.js';

const DEGREE_KM = (Math.PI / 180) * EARTH_RADIUS_KM;
const line: [number, number][] = [[36, 35], [36, 36], [37, 36]];

describe('pointAtKm', () => {
  it.each([
    ['the start at 0', 0, [36, 35]],
    ['the start for negative km', -5, [36, 35]],
    ['halfway up the first segment', DEGREE_KM / 2, [36, 35.5]],
    ['the corner', DEGREE_KM, [36, 36]],
    ['the end past the length', 1e6, [37, 36]]
  ] as [string, number, [number, number]][])('gives %s', (_, km, expected) => {
    const [lon, lat] = pointAtKm(line, km);
    expect(lon).toBeCloseTo(expected[0], 4);
    expect(lat).toBeCloseTo(expected[1], 4);
  });
});
