import { describe, expect, it } from 'vitest';
import { geoBounds } from 'd3-geo';
import { forEachPosition, lonLatBounds } from '../../../src/geo/geoPositions.js';
import { flagshipBasemap } from '../../helpers/flagship.js';

describe('forEachPosition / lonLatBounds', () => {
  it('visits every position of every kind of object', () => {
    const seen: number[][] = [];
    const collection: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } },
        { type: 'Feature', properties: {}, geometry: null as unknown as GeoJSON.Geometry },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              { type: 'MultiPoint', coordinates: [[3, 4]] },
              { type: 'LineString', coordinates: [[5, 6], [7, 8]] },
              { type: 'MultiLineString', coordinates: [[[9, 10]], [[11, 12]]] },
              { type: 'Polygon', coordinates: [[[13, 14], [15, 16], [13, 14]]] },
              { type: 'MultiPolygon', coordinates: [[[[17, 18], [19, 20], [17, 18]]]] }
            ]
          }
        }
      ]
    };
    forEachPosition(collection, (p) => seen.push(p));
    expect(seen.map((p) => p[0])).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 13, 17, 19, 17]);
    expect(lonLatBounds(collection)).toEqual([
      [1, 2],
      [19, 20]
    ]);
    expect(lonLatBounds(null)).toEqual([
      [Infinity, Infinity],
      [-Infinity, -Infinity]
    ]);
  });

  it('gives d3’s geoBounds for the flagship basemap’s countries and governorates', () => {
    const map = flagshipBasemap();
    for (const area of [...map.countries, ...map.layers.governorates!]) {
      const ours = lonLatBounds(area).flat();
      const theirs = geoBounds(area).flat();
      const name = area.properties?.name;
      for (let i = 0; i < 3; i++) expect(ours[i], `${name} [${i}]`).toBeCloseTo(theirs[i]!, 5);
      // d3 takes edges as great circles, which bulge north past their vertices: by metres for
      // short edges, by up to a tenth of a degree along the data box’s north side (47.5 N;
      // Russia’s edge there spans 17 degrees).
      if (ours[3]! < 47.5) expect(ours[3], `${name} north`).toBeCloseTo(theirs[3]!, 5);
      else expect(theirs[3]! - ours[3]!, `${name} north`).toBeLessThan(0.12);
    }
  });
});
