/**
 * A series' points as numbers, sorted by x: what scales, cuts and labels read. A story may
 * list points in any order (validation refuses an x given twice). Computed once per points
 * array and kept while the story lives: steps that inherit a series share its array, and a
 * scrubbed chart reads it every frame. Points whose x is not of the axis's type (which
 * validation refuses) are left out rather than drawn at NaN.
 */
import type { LineSeries } from '../schema.js';
import { xNumber } from './xValue.js';

/** x values (dates as epoch ms) and y values, sorted by x. */
export interface SortedPoints {
  xs: Float64Array;
  ys: Float64Array;
}

const cache = new WeakMap<readonly unknown[], SortedPoints>();

export function seriesPoints(series: Pick<LineSeries, 'points'>): SortedPoints {
  const points = series.points;
  let sorted = cache.get(points);
  if (sorted) return sorted;
  const pairs: [number, number][] = [];
  for (const point of points) {
    const x = xNumber(point[0]);
    const y = point[1];
    if (Number.isFinite(x) && Number.isFinite(y)) pairs.push([x, y]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  sorted = { xs: Float64Array.from(pairs, (p) => p[0]), ys: Float64Array.from(pairs, (p) => p[1]) };
  cache.set(points, sorted);
  return sorted;
}

/** Index of the last point with x ≤ `at`, or -1 when every point is after it. */
export function lastIndexAtOrBefore(xs: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
