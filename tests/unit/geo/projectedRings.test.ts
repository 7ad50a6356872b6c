import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { projectRings, ringsContain } from '../../../src/geo/projectedRings.js';
import { baseProjection } from '../../../src/geo/baseProjection.js';
import { flagship, flagshipBasemap, flagshipGeography } from '../../helpers/flagship.js';

describe('projectRings / ringsContain', () => {
  const square: GeoJSON.Polygon = {
    type: 'Polygon',
    coordinates: [
      [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]],
      [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]
    ]
  };
  const identity = (p: [number, number]) => p;

  it.each([
    [2, 2, true],
    [5, 5, false], // in the hole
    [11, 5, false],
    [9.9, 0.1, true]
  ])('(%d, %d) inside a square with a hole: %s', (x, y, inside) => {
    expect(ringsContain(projectRings(square, identity), x, y)).toBe(inside);
  });

  it('agrees with d3-geo geoContains on the flagship basemap’s countries and governorates, away from borders', () => {
    const map = flagshipBasemap();
    const geo = flagshipGeography(flagship());
    const projection = baseProjection(800, 600, geo.spec, geo.region);
    const areas = [...map.countries, ...map.layers.governorates!];
    let compared = 0;
    for (const area of areas) {
      const rings = projectRings(area.geometry, (p) => projection(p) as [number, number]);
      for (let i = 1; i < 40; i++) {
        for (let j = 1; j < 30; j++) {
          const x = (800 * i) / 40;
          const y = (600 * j) / 30;
          const lonLat = projection.invert!([x, y]) as [number, number];
          // Skip points within ~3 px of an edge, where a planar and a spherical test may differ.
          const near = [-3, 3].some((d) => geoContains(area, projection.invert!([x + d, y]) as [number, number]) !== geoContains(area, projection.invert!([x, y + d]) as [number, number]));
          if (near) continue;
          expect([area.properties?.name, x, y, ringsContain(rings, x, y)]).toEqual([area.properties?.name, x, y, geoContains(area, lonLat)]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
