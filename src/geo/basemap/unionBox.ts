/**
 * The smallest box holding all the given boxes, on the globe: when boxes sit either side of
 * the antimeridian (tiles at 165..180°E and 180..165°W), the union crosses it and comes back
 * with west > east ([165, S, -165, N]) rather than spanning the whole world.
 */
import type { Box } from './basemapFile.js';

export function unionBox(boxes: readonly Box[]): Box {
  if (!boxes.length) throw new Error('scrollstage: unionBox needs at least one box');
  // Longitude spans, those that cross the antimeridian cut in two.
  const spans = boxes
    .flatMap(([west, , east]): [number, number][] => (west > east ? [[west, 180], [-180, east]] : [[west, east]]))
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [w, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  // The union leaves out the widest gap between spans, counting the one across the antimeridian.
  let west = merged[0]![0];
  let east = merged[merged.length - 1]![1];
  let widest = west + 360 - east;
  for (let i = 1; i < merged.length; i++) {
    const gap = merged[i]![0] - merged[i - 1]![1];
    if (gap > widest) [widest, west, east] = [gap, merged[i]![0], merged[i - 1]![1]];
  }
  if (widest <= 0) [west, east] = [-180, 180];
  return [west, Math.min(...boxes.map((b) => b[1])), east, Math.max(...boxes.map((b) => b[3]))];
}
