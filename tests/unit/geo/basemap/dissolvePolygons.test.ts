import { describe, expect, it } from 'vitest';
import { dissolvePolygons } from '../../../../src/geo/basemap/dissolvePolygons.js';

/** A clockwise (as world-atlas winds outer rings) rectangle. */
const rect = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x0, y1],
  [x1, y1],
  [x1, y0],
  [x0, y0]
];
const signedArea = (ring: number[][]) => ring.slice(1).reduce((s, p, i) => s + ring[i]![0]! * p[1]! - p[0]! * ring[i]![1]!, 0) / 2;
const area = (polygons: number[][][][]) => polygons.reduce((s, p) => s + p.reduce((t, r) => t - signedArea(r), 0), 0);
/** Total length of the result's edges lying on the meridian x. */
const onMeridian = (polygons: number[][][][], x: number) =>
  polygons.flat().reduce((sum, ring) => sum + ring.slice(1).reduce((s, p, i) => s + (p[0] === x && ring[i]![0] === x ? Math.abs(p[1]! - ring[i]![1]!) : 0), 0), 0);

describe('dissolvePolygons', () => {
  it('joins two halves of a square cut by a tile edge into one ring without the cut', () => {
    const out = dissolvePolygons([[rect(0, 0, 5, 4)], [rect(5, 0, 10, 4)]]);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1);
    expect(area(out)).toBe(40);
    expect(onMeridian(out, 5)).toBe(0);
  });

  it('joins pieces whose cut edges do not end at the same points (split along the cut)', () => {
    // A T: the left piece touches the cut from y 0 to 6, the right piece from y 2 to 4.
    const out = dissolvePolygons([[rect(0, 0, 5, 6)], [rect(5, 2, 9, 4)]]);
    expect(out).toHaveLength(1);
    expect(area(out)).toBe(38);
    // What is left on the cut line is outline: 0..2 and 4..6, not the 2..4 the pieces shared.
    expect(onMeridian(out, 5)).toBe(4);
  });

  it('joins a C-shape cut in three and keeps the bay between its arms as sea', () => {
    // Left bar and two arms reaching east past the cut at x = 5.
    const out = dissolvePolygons([[rect(0, 0, 5, 10)], [rect(5, 0, 8, 3)], [rect(5, 7, 8, 10)]]);
    expect(out).toHaveLength(1);
    expect(area(out)).toBe(50 + 9 + 9);
  });

  it('makes a hole when the pieces close around one, and keeps it inside its outer ring', () => {
    const pieces = [[rect(0, 0, 5, 10)], [rect(5, 0, 10, 3)], [rect(5, 7, 10, 10)], [rect(8, 3, 10, 7)]];
    const out = dissolvePolygons(pieces);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(2);
    expect(area(out)).toBe(100 - 12);
  });

  it('leaves separate islands apart and keeps holes the pieces had', () => {
    const island = [rect(20, 20, 21, 21)];
    const lake = [rect(1, 1, 4, 4), rect(2, 2, 3, 3).reverse()];
    const out = dissolvePolygons([lake, island]);
    expect(out).toHaveLength(2);
    expect(area(out)).toBe(9 - 1 + 1);
  });

  it('matches points that two tiles decode a few ulps apart', () => {
    const out = dissolvePolygons([[rect(0, 0, 5.000000000000001, 4)], [rect(5, 0, 10, 4)]]);
    expect(out).toHaveLength(1);
    expect(out[0]![0]!.length).toBeLessThanOrEqual(7);
  });
});
