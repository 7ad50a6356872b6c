import { describe, expect, it } from 'vitest';
import { stopKm } from '../../../src/geo/stopKm.js';
import { EARTH_RADIUS_KM } from '../../../src/geo/cumulativeKm.js';

const DEGREE_KM = (Math.PI / 180) * EARTH_RADIUS_KM;
const line: [number, number][] = [[36, 35], [36, 36]];
const places = [{ id: 'town', lon: 36.05, lat: 35.5 }];

describe('stopKm', () => {
  it.each([
    ['km as given', { km: 12.5 }, 12.5],
    ['km clamped to the route', { km: 900 }, DEGREE_KM],
    ['a place: the nearest point of the route', 'town', DEGREE_KM / 2]
  ] as const)('resolves %s', (_, stop, km) => {
    expect(stopKm(stop, line, places)).toBeCloseTo(km, 2);
  });

  it('names an unknown place', () => {
    expect(() => stopKm('nowhere', line, places)).toThrow(/"nowhere" is not a place id/);
  });
});
