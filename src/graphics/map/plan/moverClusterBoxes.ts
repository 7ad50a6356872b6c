/**
 * The box each mover's settled marks cover, per track: the extent of its cluster slots
 * plus the mark radius. Taken from the same slots the marks end in, so whatever keeps
 * clear of these boxes (labels) keeps clear of the drawn cluster.
 */
import type { Box } from '../../../chart/box.js';
import type { MoverGeometry } from './moverMarkPositions.js';

export function moverClusterBoxes(geometry: MoverGeometry, markRadius: number): Box[] {
  return geometry.slots.map(({ xs, ys }) => {
    if (xs.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < xs.length; i++) {
      x0 = Math.min(x0, xs[i]!); x1 = Math.max(x1, xs[i]!);
      y0 = Math.min(y0, ys[i]!); y1 = Math.max(y1, ys[i]!);
    }
    return { x: x0 - markRadius, y: y0 - markRadius, width: x1 - x0 + 2 * markRadius, height: y1 - y0 + 2 * markRadius };
  });
}
