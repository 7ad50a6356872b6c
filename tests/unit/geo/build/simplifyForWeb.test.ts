import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { kmPerPixel, simplifyForWeb, vertexOffsetKm, vertexTolerance } from '../../../../src/geo/build/simplifyForWeb.js';
import type { Box } from '../../../../src/geo/basemap/basemapFile.js';

/** A zigzag along the equator from 0° to 10°: one vertex every 0.01°, each `amplitude` degrees off the line. */
function zigzag(amplitude: number): Topology {
  const coordinates = Array.from({ length: 1001 }, (_, i) => [i / 100, i % 2 ? amplitude : 0]);
  const line: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }] };
  return topology({ line }) as Topology;
}
const vertices = (topo: Topology) => {
  const line = (feature(topo, topo.objects.line as GeometryCollection).features[0]!.geometry as GeoJSON.LineString).coordinates;
  return line;
};
const BOX: Box = [0, -5, 10, 5];

describe('the tolerance', () => {
  it('is half a pixel when the box fills a 1280x800 px screen, zoomed in 8 times', () => {
    // 10° of longitude at the equator (1112 km) over 1280 px; 4° of latitude fit in 800 px.
    expect(kmPerPixel([0, -2, 10, 2])).toBeCloseTo(1111.95 / 1280 / 8, 3);
    expect(vertexTolerance([0, -2, 10, 2])).toBeCloseTo(1111.95 / 1280 / 16, 3);
    // A square box is limited by the screen's height.
    expect(kmPerPixel(BOX)).toBeCloseTo(1111.95 / 800 / 8, 3);
    // Only half as far east-west at 60°.
    expect(kmPerPixel([0, 58, 20, 62])).toBeCloseTo(kmPerPixel([0, -2, 10, 2]), 1);
  });

  it('measures how far a vertex stands from the line its neighbours draw, in km', () => {
    expect(vertexOffsetKm([[0, 0], [0.5, 0.01], [1, 0]])).toBeCloseTo(1.112, 3);
    expect(vertexOffsetKm([[0, 60], [0.5, 60], [1, 60]])).toBe(0);
  });
});

describe('simplifyForWeb', () => {
  it('drops vertices that move the line less than the tolerance and keeps those that move it more', () => {
    const tolerance = vertexTolerance(BOX); // ~0.087 km, ~0.0008°
    expect(vertices(simplifyForWeb(zigzag(0.0002), { box: BOX })).length).toBeLessThan(5);
    expect(vertices(simplifyForWeb(zigzag(0.002), { box: BOX })).length).toBe(1001);
    expect(tolerance).toBeGreaterThan(0.0002 * 111.2);
  });

  it('keeps more inside the focus', () => {
    const focus: Box = [4, -1, 6, 1];
    const line = vertices(simplifyForWeb(zigzag(0.0002), { box: BOX, focus }));
    const inside = line.filter(([x]) => x! > 4.01 && x! < 5.99).length;
    expect(inside).toBeGreaterThan(190);
    expect(line.length - inside).toBeLessThan(10);
  });

  it('keeps the vertices on the box edge and quantizes on the box', () => {
    const box: Box = [0, -5, 5, 5];
    const topo = simplifyForWeb(zigzag(0.0002), { box });
    expect(topo.bbox).toEqual(box);
    expect(topo.transform).toEqual({ scale: [5 / 1e5, 10 / 1e5], translate: [0, -5] });
    expect(vertices(topo).some(([x, y]) => Math.abs(x! - 5) < 1e-9 && y === 0)).toBe(true);
  });
});
