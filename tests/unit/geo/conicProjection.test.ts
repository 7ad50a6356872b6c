import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geoConicConformal } from 'd3-geo';
import { conicProjection, fitConic } from '../../../src/geo/conicProjection.js';
import { baseProjection, MAP_CONIC, regionOutline } from '../../../src/geo/baseProjection.js';
import { basemap } from '../../../src/geo/basemap.js';
import { forEachPosition } from '../../../src/geo/geoPositions.js';

/** The map's projection with d3-geo's full projection, fitted by d3 (what the map used before). */
function d3Base(width: number, height: number, region: [[number, number], [number, number]]) {
  return geoConicConformal()
    .parallels([33, 36.5])
    .rotate([-38, 0])
    .fitSize([Math.max(1, width), Math.max(1, height)], regionOutline(region));
}

describe('conicProjection', () => {
  const { region } = basemap();
  const SIZES = [[320, 900], [390, 844], [800, 600], [1280, 800], [1600, 600], [1, 1], [0, 0]] as const;

  it.each(SIZES)('matches d3’s fitted geoConicConformal within 1e-6 px at %ix%i', (width, height) => {
    const ours = baseProjection(width, height, region);
    const theirs = d3Base(width, height, region);
    expect(ours.scale).toBeCloseTo(theirs.scale(), 6);
    expect(ours.translate[0]).toBeCloseTo(theirs.translate()[0], 6);
    expect(ours.translate[1]).toBeCloseTo(theirs.translate()[1], 6);
    // The region, the data box the basemap covers, and a little past it.
    const lon = fc.double({ min: 19, max: 58, noNaN: true });
    const lat = fc.double({ min: 19, max: 49, noNaN: true });
    fc.assert(
      fc.property(lon, lat, (x, y) => {
        const [ax, ay] = ours([x, y]);
        const [bx, by] = theirs([x, y])!;
        return Math.abs(ax - bx) < 1e-6 && Math.abs(ay - by) < 1e-6;
      }),
      { numRuns: 2000 }
    );
  });

  it('matches d3 on every basemap vertex at 390x844', () => {
    const map = basemap();
    const ours = baseProjection(390, 844, map.region);
    const theirs = d3Base(390, 844, map.region);
    let worst = 0;
    let n = 0;
    for (const object of [...map.countries, ...map.governorates, map.borders]) {
      forEachPosition(object, (p) => {
        const a = ours(p);
        const b = theirs(p)!;
        worst = Math.max(worst, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
        n++;
      });
    }
    expect(n).toBeGreaterThan(10_000);
    expect(worst).toBeLessThan(1e-6);
  });

  it('inverts what it projects, and agrees with d3’s invert', () => {
    const ours = baseProjection(1280, 800, region);
    const theirs = d3Base(1280, 800, region);
    fc.assert(
      fc.property(fc.double({ min: 19, max: 58, noNaN: true }), fc.double({ min: 19, max: 49, noNaN: true }), (lon, lat) => {
        const [l, p] = ours.invert(ours([lon, lat]));
        return Math.abs(l - lon) < 1e-9 && Math.abs(p - lat) < 1e-9;
      }),
      { numRuns: 2000 }
    );
    fc.assert(
      fc.property(fc.double({ min: -500, max: 1800, noNaN: true }), fc.double({ min: -500, max: 1300, noNaN: true }), (x, y) => {
        const a = ours.invert([x, y]);
        const b = theirs.invert!([x, y])!;
        return Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
      }),
      { numRuns: 2000 }
    );
  });

  it('wraps longitudes like d3 across the antimeridian', () => {
    const ours = conicProjection(MAP_CONIC, 1000, [500, 300]);
    const theirs = geoConicConformal().parallels([33, 36.5]).rotate([-38, 0]).scale(1000).translate([500, 300]);
    for (const lonLat of [[-170, 30], [179, 10], [-142.5, 60], [0, 0], [218, 35]] as [number, number][]) {
      const a = ours(lonLat);
      const b = theirs(lonLat)!;
      expect(a[0]).toBeCloseTo(b[0], 6);
      expect(a[1]).toBeCloseTo(b[1], 6);
    }
    const [lon] = ours.invert(ours([-170, 30]));
    expect(lon).toBeCloseTo(-170, 9);
  });

  it('fits an extent like d3’s fitExtent (exactly for points, within half a px for a polygon)', () => {
    const syria = basemap().countries.find((c) => c.properties.name === 'Syria')!;
    const extent: [[number, number], [number, number]] = [
      [13, 20],
      [153, 120]
    ];
    const ours = fitConic(MAP_CONIC, extent, syria);
    const theirs = geoConicConformal().parallels([33, 36.5]).rotate([-38, 0]).fitExtent(extent, syria);
    for (const p of [[36, 33], [38, 35], [42, 37], [35.7, 32.3]] as [number, number][]) {
      const a = ours(p);
      const b = theirs(p)!;
      expect(Math.abs(a[0] - b[0])).toBeLessThan(0.5);
      expect(Math.abs(a[1] - b[1])).toBeLessThan(0.5);
    }
    const outline = regionOutline(basemap().region);
    const exact = fitConic(MAP_CONIC, extent, outline);
    const d3Exact = geoConicConformal().parallels([33, 36.5]).rotate([-38, 0]).fitExtent(extent, outline);
    for (const p of outline.coordinates as [number, number][]) {
      const a = exact(p);
      const b = d3Exact(p)!;
      expect(a[0]).toBeCloseTo(b[0], 6);
      expect(a[1]).toBeCloseTo(b[1], 6);
    }
  });
});
