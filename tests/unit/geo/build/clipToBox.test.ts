import { describe, expect, it } from 'vitest';
import { clipLines, clipPolygons, clipRing, inBox } from '../../../../src/geo/build/clipToBox.js';
import type { Box } from '../../../../src/geo/basemap/basemapFile.js';

const BOX: Box = [0, 0, 10, 10];
const square = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x0, y1],
  [x1, y1],
  [x1, y0],
  [x0, y0]
];
const area = (ring: number[][]) => Math.abs(ring.slice(1).reduce((s, p, i) => s + ring[i]![0]! * p[1]! - p[0]! * ring[i]![1]!, 0) / 2);
const allInside = (coordinates: number[][], box: Box) => coordinates.every((p) => inBox(p, box));

describe('clipPolygons', () => {
  it('keeps the part of a polygon inside the box and nothing outside it', () => {
    const ring = clipPolygons({ type: 'Polygon', coordinates: [square(-5, -5, 5, 5)] }, BOX)[0]![0];
    expect(allInside(ring!, BOX)).toBe(true);
    expect(area(ring!)).toBeCloseTo(25, 9);
  });

  it('drops a polygon outside the box, and one that only touches its edge (no zero-width slivers)', () => {
    expect(clipPolygons({ type: 'Polygon', coordinates: [square(20, 20, 30, 30)] }, BOX)).toEqual([]);
    expect(clipPolygons({ type: 'Polygon', coordinates: [square(-5, 2, 0, 4)] }, BOX)).toEqual([]);
  });

  it('keeps holes inside the box and drops those outside', () => {
    const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates: [square(-5, -5, 15, 15), square(2, 2, 3, 3).reverse(), square(20, 20, 21, 21)] };
    const [clipped] = clipPolygons(polygon, BOX);
    expect(clipped).toHaveLength(2);
    expect(area(clipped![0]!)).toBeCloseTo(100, 9);
  });

  it('cuts a ring where a line through the same segment is cut, bit for bit, whichever way each runs', () => {
    const a = [-3.3, 1.7];
    const b = [4.1, 13.9];
    const ring = clipRing([a, b, [4.1, 1.7], a], BOX);
    const [line] = clipLines({ type: 'LineString', coordinates: [b, a] }, BOX);
    for (const p of line!) expect(ring.some((q) => q[0] === p[0] && q[1] === p[1])).toBe(true);
  });

  it('clips a ring across the antimeridian on both sides, and leaves the vertices it keeps untouched', () => {
    const vertex = [179.5, -1];
    const ring = [vertex, [179.5, 1], [-179.5, 1], [-179.5, -1], vertex];
    const east = clipPolygons({ type: 'Polygon', coordinates: [ring] }, [170, -10, 180, 10]);
    const west = clipPolygons({ type: 'Polygon', coordinates: [ring] }, [-180, -10, -170, 10]);
    expect(area(east[0]![0]!)).toBeCloseTo(1, 9);
    expect(area(west[0]![0]!)).toBeCloseTo(1, 9);
    expect(east[0]![0]!.some((p) => p === vertex)).toBe(true);
    expect(allInside(west[0]![0]!, [-180, -10, -170, 10])).toBe(true);
  });
});

describe('clipPolygons around a pole', () => {
  // As world-atlas 1:50m draws Antarctica: an outer strip along 89.999°S, running west, and
  // the coast as a hole, running east, both from 180°W round to 180°E (d3 reads the area
  // between them).
  const strip = [[-180, -89.999], ...[180, 90, 0, -90].map((x) => [x, -89.999]), [-180, -89.999]];
  const coast = [[-180, -70], ...[-90, 0, 90, 180].map((x) => [x, -70]), [-180, -70]];
  const antarctica: GeoJSON.Polygon = { type: 'Polygon', coordinates: [strip, coast] };

  it('fills the boxes between the strip and the coast', () => {
    const [polygon] = clipPolygons(antarctica, [-15, -80, 0, -75]);
    expect(polygon).toHaveLength(1);
    expect(area(polygon![0]!)).toBeCloseTo(75, 6);
  });

  it('cuts the box the coast crosses, and leaves out the boxes north of it', () => {
    const [polygon] = clipPolygons(antarctica, [-15, -75, 0, -60]);
    const net = area(polygon![0]!) - polygon!.slice(1).reduce((sum, h) => sum + area(h), 0);
    expect(net).toBeCloseTo(75, 6);
    expect(clipPolygons(antarctica, [-15, -60, 0, -45])).toEqual([]);
  });
});

describe('clipLines', () => {
  it('cuts a line that leaves and comes back into two pieces, inside the box', () => {
    const lines = clipLines({ type: 'LineString', coordinates: [[1, 1], [5, 15], [9, 1]] }, BOX);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(allInside(line, BOX)).toBe(true);
    expect(lines[0]![1]![0]).toBeCloseTo(1 + (4 * 9) / 14, 12);
    expect(lines[0]![1]![1]).toBe(10);
  });

  it('keeps a line inside as it is and drops one outside', () => {
    expect(clipLines({ type: 'LineString', coordinates: [[1, 1], [2, 2], [3, 1]] }, BOX)).toEqual([[[1, 1], [2, 2], [3, 1]]]);
    expect(clipLines({ type: 'MultiLineString', coordinates: [[[11, 1], [12, 2]]] }, BOX)).toEqual([]);
  });

  it('clips a line across the antimeridian on either side', () => {
    const line: GeoJSON.LineString = { type: 'LineString', coordinates: [[178, 0], [-178, 0]] };
    expect(clipLines(line, [170, -10, 180, 10])).toEqual([[[178, 0], [180, 0]]]);
    expect(clipLines(line, [-180, -10, -170, 10])).toEqual([[[-180, 0], [-178, 0]]]);
  });
});

describe('inBox', () => {
  it.each([
    [[5, 5], true],
    [[0, 10], true],
    [[-0.1, 5], false],
    [[5, 10.1], false]
  ])('%j is inside: %s', (p, inside) => {
    expect(inBox(p, BOX)).toBe(inside);
  });
});
