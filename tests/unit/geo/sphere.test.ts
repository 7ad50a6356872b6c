import { describe, expect, it } from 'vitest';
import * as d3 from 'd3-geo';
import * as ours from '../../../src/geo/sphere.js';

function random(seed: number) {
  return () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
}
const rand = random(11);
const lonLat = (): [number, number] => [(rand() - 0.5) * 360, (rand() - 0.5) * 180];
const points: [number, number][] = [[0, 0], [180, 0], [-180, 90], [36.2, 35.9], [36.2, 35.9], [-82.2, 26.6], ...Array.from({ length: 60 }, lonLat)];

/** src/geo/sphere.ts is d3-geo's code for what the map uses, so it gives d3's numbers exactly. */
describe('the map’s spherical maths, against d3-geo', () => {
  it('measures great-circle distances as geoDistance does', () => {
    for (let i = 1; i < points.length; i++) expect(ours.geoDistance(points[i - 1]!, points[i]!)).toBe(d3.geoDistance(points[i - 1]!, points[i]!));
  });

  it('interpolates along great circles as geoInterpolate does', () => {
    for (let i = 1; i < points.length; i++) {
      const a = ours.geoInterpolate(points[i - 1]!, points[i]!);
      const b = d3.geoInterpolate(points[i - 1]!, points[i]!);
      for (const t of [0, 0.25, 0.5, 1]) expect(a(t)).toEqual(b(t));
    }
  });

  it('rotates as geoRotation does, both ways', () => {
    for (const r of [[0, 0], [-36, 0], [200, 10], [-36, -35, 20], [0, 40], [0, 0, 15]])
      for (const p of points.slice(0, 20)) {
        const a = ours.geoRotation(r);
        const b = d3.geoRotation(r as [number, number]);
        expect(a([...p])).toEqual(b([...p]));
        expect(a.invert([...p])).toEqual(b.invert([...p]));
      }
  });

  it('projects as d3’s raw projections do, both ways', () => {
    const raws: [string, ours.GeoRawProjection, d3.GeoRawProjection][] = [
      ['mercator', ours.geoMercatorRaw, d3.geoMercatorRaw],
      ['transverse mercator', ours.geoTransverseMercatorRaw, d3.geoTransverseMercatorRaw],
      ['orthographic', ours.geoOrthographicRaw, d3.geoOrthographicRaw]
    ];
    for (const [a, b] of [[0.5, 0.6], [0.3, 0.3], [-0.4, 0.7], [0.2, -0.2], [0, 0]] as [number, number][]) {
      raws.push([`conic conformal ${a},${b}`, ours.geoConicConformalRaw(a, b), d3.geoConicConformalRaw(a, b)]);
      raws.push([`conic equal area ${a},${b}`, ours.geoConicEqualAreaRaw(a, b), d3.geoConicEqualAreaRaw(a, b)]);
    }
    for (const [name, a, b] of raws)
      for (const [lon, lat] of points.slice(0, 30)) {
        const l = (lon * Math.PI) / 360;
        const p = (lat * Math.PI) / 360;
        const xy = b(l, p);
        expect(a(l, p), name).toEqual(xy);
        expect(a.invert!(xy[0], xy[1]), name).toEqual(b.invert!(xy[0], xy[1]));
      }
  });
});
