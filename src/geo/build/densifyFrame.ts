/**
 * Adds vertices along the parts of a clipped ring that run on the box's north or south edge.
 * d3-geo draws every edge as a great circle, and a great circle between two points of one
 * parallel bulges poleward: the southern edge of a box 36° wide at 21°N would cut ~3° into
 * the land above it. Meridian edges are great circles already.
 */
import type { Box } from '../basemap/basemapFile.js';

/**
 * Longitude step of the added vertices, degrees: a 1° great-circle chord strays at most ~110 m
 * from its parallel (at 45°), under a pixel of any view that shows a box edge. Vertices fall
 * on whole multiples of the step, so two boxes sharing an edge add the same ones.
 */
const STEP = 1;

type Position = number[];

function densifyRing(ring: Position[], south: number, north: number): Position[] {
  const out: Position[] = [ring[0]!];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]!;
    const b = ring[i]!;
    const y = a[1]!;
    if (y === b[1] && (y === south || y === north)) {
      const [from, to] = [a[0]!, b[0]!];
      const direction = Math.sign(to - from);
      let k = direction > 0 ? Math.floor(from / STEP) + 1 : Math.ceil(from / STEP) - 1;
      for (; direction * (k * STEP - to) < 0; k += direction) out.push([k * STEP, y]);
    }
    out.push(b);
  }
  return out;
}

/** MultiPolygon coordinates (as clipPolygons returns them) with their parallel frame edges densified. */
export function densifyFrame(polygons: Position[][][], [, south, , north]: Box): Position[][][] {
  return polygons.map((polygon) => polygon.map((ring) => densifyRing(ring, south, north)));
}
