// A story's projection, chosen from its extent, keeps north up and bearings true at the
// centre of the view: the on-screen bearing between two places near the centre matches the
// bearing on the ground (the great circle's initial bearing) within 2°, anywhere on Earth.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseProjection } from '../../../src/geo/chooseProjection.js';
import { baseProjection } from '../../../src/geo/baseProjection.js';
import type { Box } from '../../../src/geo/basemap/basemapFile.js';

const RAD = Math.PI / 180;

/** Initial great-circle bearing from a to b, degrees clockwise from north. */
function groundBearing([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const φ1 = lat1 * RAD;
  const φ2 = lat2 * RAD;
  const Δλ = (lon2 - lon1) * RAD;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

/** Bearing on screen from a to b, degrees clockwise from up. */
function screenBearing([x1, y1]: [number, number], [x2, y2]: [number, number]): number {
  return (Math.atan2(x2 - x1, -(y2 - y1)) / RAD + 360) % 360;
}

const angleBetween = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

/** A place `km` from `from` on `bearing` (spherical, mean radius). */
function destination([lon, lat]: [number, number], bearing: number, km: number): [number, number] {
  const δ = km / 6371;
  const θ = bearing * RAD;
  const φ1 = lat * RAD;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ));
  const λ2 = lon * RAD + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * Math.sin(φ2));
  return [((λ2 / RAD + 540) % 360) - 180, φ2 / RAD];
}

/** The worst error between ground and screen bearings of short hops from the view's centre, in 16 directions. */
function worstBearingError(box: Box, width = 390, height = 844): number {
  const projection = baseProjection(width, height, chooseProjection(box), box);
  const centre = projection.invert([width / 2, height / 2]);
  const span = Math.max(box[3] - box[1], (box[2] - box[0]) * Math.cos(((box[1] + box[3]) / 2) * RAD));
  // Short hops: bearings are local (a great circle and a rhumb line part ways over long ones).
  const km = Math.min(50, Math.max(0.5, span * 111 * 0.02));
  let worst = 0;
  for (let i = 0; i < 16; i++) {
    const bearing = i * 22.5;
    const to = destination(centre, bearing, km);
    const onScreen = screenBearing(projection(centre), projection(to));
    worst = Math.max(worst, angleBetween(onScreen, groundBearing(centre, to)));
  }
  return worst;
}

const REGIONS: [string, Box][] = [
  ['the US south-east coast (a storm)', [-92, 23, -74, 37]],
  ['Paris (a marathon)', [2.22, 48.81, 2.47, 48.9]],
  ['Israel (an election)', [34.2, 29.4, 35.9, 33.4]],
  ['north-west Syria (the flagship)', [35.5, 32.3, 37.6, 36.7]],
  ['Norway, tall', [4.5, 57.9, 31.2, 71.2]],
  ['Chile, tall and southern', [-76, -56, -66, -17]],
  ['Indonesia, across the equator', [95, -11, 141, 6]],
  ['Alaska and Siberia, across the antimeridian (as west > 180)', [160, 50, 210, 72]],
  ['Europe', [-25, 34, 45, 72]],
  ['the world', [-180, -60, 180, 80]],
  ['Tasmania', [144.5, -43.7, 148.5, -39.5]]
];

describe('chooseProjection', () => {
  it.each(REGIONS)('keeps bearings within 2° at the centre of the view: %s', (_, box) => {
    expect(worstBearingError(box)).toBeLessThan(2);
    expect(worstBearingError(box, 1280, 800)).toBeLessThan(2);
  });

  it('keeps north up at the centre for any regional extent', () => {
    const box = fc
      .tuple(fc.double({ min: -170, max: 160, noNaN: true }), fc.double({ min: -70, max: 65, noNaN: true }), fc.double({ min: 0.05, max: 40, noNaN: true }), fc.double({ min: 0.05, max: 20, noNaN: true }))
      .map(([west, south, w, h]): Box => [west, south, west + w, Math.min(85, south + h)]);
    fc.assert(
      fc.property(box, (b) => {
        expect(worstBearingError(b)).toBeLessThan(2);
      })
    );
  });

  it('picks Mercator for small or equatorial extents, a transverse Mercator for tall ones, a conic otherwise', () => {
    expect(chooseProjection([2.22, 48.81, 2.47, 48.9]).type).toBe('mercator');
    expect(chooseProjection([95, -11, 141, 6]).type).toBe('mercator');
    expect(chooseProjection([-76, -56, -66, -17]).type).toBe('transverse-mercator');
    const conic = chooseProjection([-92, 23, -74, 37]);
    expect(conic.type).toBe('conic-conformal');
    // Standard parallels inside the extent.
    expect(conic.parallels![0]).toBeGreaterThan(23);
    expect(conic.parallels![1]).toBeLessThan(37);
  });
});
