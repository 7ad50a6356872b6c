/**
 * GeoJSON to an SVG path string through a projection, in place of d3's `geoPath`: straight
 * segments between projected vertices, each ring closed with Z, coordinates rounded to a
 * hundredth of a px (a few hundredths of a px stay under a pixel in the map's closest zoom).
 *
 * d3 resamples every edge along its great circle and clips on the sphere; neither is needed
 * here. The basemap's Natural Earth edges and the story's road segments are short, so the
 * projected edge is straight to well under a pixel; only the few long edges the basemap's
 * clip adds along its data box differ, and the camera never shows them. Lines and polygons
 * are drawn; points are not.
 */

import { forEachPart } from './geoPositions.js';

/** [lon, lat] to px. */
export type Project = (lonLat: [number, number]) => [number, number];

/** [[x0, y0], [x1, y1]], px. */
export type ClipRect = [[number, number], [number, number]];

type XY = [number, number];

const round = (v: number) => Math.round(v * 100) / 100;

/** How to write a path for one known view, rather than for a camera that may go anywhere. */
export interface PathOptions {
  /** Polygon rings clipped to it; lines broken where they leave it (keep it a little outside what is shown). */
  clip?: ClipRect;
  /** Px: a vertex this close to the last one written is left out (what a reader cannot see at that size). */
  tolerance?: number;
}

/**
 * The path of `object` (Feature, FeatureCollection or geometry; '' for null or nothing to
 * draw). With `clip`, polygon rings are clipped to the rectangle and the parts of lines
 * wholly outside it dropped: the edges clipping adds run along the rectangle, so keep it
 * outside what is shown, or unstroked. A `ClipRect` alone is read as `{ clip }`.
 */
export function svgPath(object: GeoJSON.GeoJSON | null | undefined, project: Project, options?: ClipRect | PathOptions): string {
  const { clip, tolerance = 0 } = Array.isArray(options) ? { clip: options } : (options ?? {});
  const tolerance2 = tolerance * tolerance;
  let d = '';

  const write = (points: XY[], closed: boolean) => {
    if (closed && points.length < 3) return;
    let last: XY | null = null;
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      // Near the last vertex written: skipped, unless it ends an open line.
      if (last && tolerance2 && (i < points.length - 1 || closed)) {
        const dx = p[0] - last[0];
        const dy = p[1] - last[1];
        if (dx * dx + dy * dy < tolerance2) continue;
      }
      d += (last ? 'L' : 'M') + round(p[0]) + ',' + round(p[1]);
      last = p;
    }
    if (closed && last) d += 'Z';
  };

  const line = (positions: GeoJSON.Position[], ring: boolean) => {
    let n = positions.length;
    // A GeoJSON ring repeats its first position last; Z closes it instead.
    if (ring && n > 1) {
      const a = positions[0]!;
      const b = positions[n - 1]!;
      if (a[0] === b[0] && a[1] === b[1]) n--;
    }
    const points: XY[] = new Array(n);
    for (let i = 0; i < n; i++) points[i] = project(positions[i] as XY);
    if (!clip) return write(points, ring);
    if (ring) return write(clipRing(points, clip), true);
    for (const part of clipLine(points, clip)) write(part, false);
  };

  forEachPart(object, (positions, kind) => {
    if (kind !== 'points') line(positions, kind === 'ring');
  });
  return d;
}

/** Which sides of the rectangle a point is beyond (Cohen–Sutherland outcode). */
function outcode([x, y]: XY, [[x0, y0], [x1, y1]]: ClipRect): number {
  return (x < x0 ? 1 : x > x1 ? 2 : 0) | (y < y0 ? 4 : y > y1 ? 8 : 0);
}

/**
 * The parts of a line that may cross the rectangle: runs of segments, each kept unless both
 * its ends lie beyond the same side (then it cannot cross). Vertices are kept as they are, so
 * a kept segment may reach outside: the rectangle should be a little larger than the view.
 */
export function clipLine(points: XY[], clip: ClipRect): XY[][] {
  const parts: XY[][] = [];
  let part: XY[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (outcode(a, clip) & outcode(b, clip)) {
      if (part.length) parts.push(part);
      part = [];
      continue;
    }
    if (!part.length) part.push(a);
    part.push(b);
  }
  if (part.length) parts.push(part);
  return parts;
}

/**
 * A ring clipped to a rectangle (Sutherland–Hodgman, one side after another); [] when
 * nothing of it is inside. Parts of a concave ring that leave and re-enter are joined by
 * edges along the rectangle.
 */
export function clipRing(points: XY[], [[x0, y0], [x1, y1]]: ClipRect): XY[] {
  let out = points;
  // Sides x >= x0, y >= y0, x <= x1, y <= y1.
  for (let side = 0; side < 4 && out.length; side++) {
    const axis = (side & 1) as 0 | 1;
    const other = (1 - axis) as 0 | 1;
    const low = side < 2;
    const bound = low ? (axis ? y0 : x0) : axis ? y1 : x1;
    const inside = (p: XY) => (low ? p[axis] >= bound : p[axis] <= bound);
    const input = out;
    out = [];
    let previous = input[input.length - 1]!;
    let previousIn = inside(previous);
    for (const current of input) {
      const currentIn = inside(current);
      if (currentIn !== previousIn) {
        const t = (bound - previous[axis]) / (current[axis] - previous[axis]);
        const cut: XY = [0, 0];
        cut[axis] = bound;
        cut[other] = previous[other] + t * (current[other] - previous[other]);
        out.push(cut);
      }
      if (currentIn) out.push(current);
      previous = current;
      previousIn = currentIn;
    }
  }
  return out;
}
