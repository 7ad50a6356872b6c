/**
 * Where to put an area's name within what the screen shows: of a grid of sample points in
 * the visible rectangle, the one inside the area farthest from any sample outside it (a
 * cheap pole of inaccessibility). Null when too little of the area is in view.
 */
import type { Rect } from './viewTransform.js';

/** Samples per side: enough to find the open middle of a country, cheap enough per view. */
const GRID = 14;

export function labelPoint(
  contains: (x: number, y: number) => boolean,
  visible: Rect,
  minInside = 4
): [number, number] | null {
  const inside: [number, number][] = [];
  const outside: [number, number][] = [];
  for (let i = 0; i <= GRID; i++) {
    for (let j = 0; j <= GRID; j++) {
      const x = visible.x + (visible.width * i) / GRID;
      const y = visible.y + (visible.height * j) / GRID;
      (i > 0 && j > 0 && i < GRID && j < GRID && contains(x, y) ? inside : outside).push([x, y]);
    }
  }
  if (inside.length < minInside) return null;
  let best: [number, number] | null = null;
  let bestDistance = -1;
  for (const p of inside) {
    let d = Infinity;
    for (const q of outside) d = Math.min(d, (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2);
    if (d > bestDistance) {
      bestDistance = d;
      best = p;
    }
  }
  return best;
}
