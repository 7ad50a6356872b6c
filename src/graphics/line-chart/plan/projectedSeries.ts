/**
 * A series projected to pixels at one pair of scales, kept while the domains and the plot
 * stay: its finite points in px, as tuples and as x and y arrays, and its path string with
 * the length of the path up to each point. A frame that only moves the reveal (a line
 * extending, a scrubbed step: the domains hold every point, so they stay still) then slices
 * the path and the points instead of projecting and writing out every point again. Pure:
 * the cache is keyed by the sorted points and returns what projecting would.
 */
import type { SortedPoints } from './seriesPoints.js';
import { lastIndexAtOrBefore } from './seriesPoints.js';
import { pathSegment } from './scales.js';

export interface ProjectedSeries {
  /** Finite projected points, px, in x order. */
  points: [number, number][];
  xs: Float64Array;
  ys: Float64Array;
  /** `finiteBefore[i]`: how many of the first i data points project to finite pixels. */
  finiteBefore: Int32Array;
  /** The whole path through `points`, as linePath writes it. */
  d: string;
  /** `ends[k]`: the length of the path through the first k finite points. */
  ends: Int32Array;
}

/** What a projection depends on: the scales' domains and ranges. */
export interface Projection {
  x: (v: number) => number;
  y: (v: number) => number;
  /** x domain, x range, y domain, y range: equal keys, equal projections. */
  key: readonly number[];
}

const cache = new WeakMap<SortedPoints, { key: readonly number[]; projected: ProjectedSeries }>();

const sameKey = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export function projectedSeries(sorted: SortedPoints, projection: Projection): ProjectedSeries {
  const hit = cache.get(sorted);
  if (hit && sameKey(hit.key, projection.key)) return hit.projected;
  const n = sorted.xs.length;
  const points: [number, number][] = [];
  const finiteBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const px = projection.x(sorted.xs[i]!);
    const py = projection.y(sorted.ys[i]!);
    if (Number.isFinite(px) && Number.isFinite(py)) points.push([px, py]);
    finiteBefore[i + 1] = points.length;
  }
  const ends = new Int32Array(points.length + 1);
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; k < points.length; k++) {
    const part = pathSegment(k, points[k]![0], points[k]![1]);
    parts.push(part);
    length += part.length;
    ends[k + 1] = length;
  }
  const projected: ProjectedSeries = {
    points,
    xs: Float64Array.from(points, (p) => p[0]),
    ys: Float64Array.from(points, (p) => p[1]),
    finiteBefore,
    d: parts.join(''),
    ends
  };
  cache.set(sorted, { key: projection.key.slice(), projected });
  return projected;
}

/** A projected series drawn up to x = `at` (data units): the points up to there and, when `at` falls between two points, the point on the segment between them (so a line drawn "until" a date ends exactly there, and a scrubbed line grows smoothly instead of point by point), from slices of the projection. */
export interface DrawnPart {
  points: [number, number][];
  /** Its path; empty below two points. */
  d: string;
  /** Its polylines for crossing tests (the whole part, as views and a last segment, not copies). */
  lines: { xs: ArrayLike<number>; ys: ArrayLike<number> }[];
}

export function drawnPart(sorted: SortedPoints, projected: ProjectedSeries, projection: Projection, at: number): DrawnPart {
  const { xs, ys } = sorted;
  const last = Number.isNaN(at) ? -1 : lastIndexAtOrBefore(xs, at);
  const k = projected.finiteBefore[last + 1]!;
  const points = projected.points.slice(0, k);
  let d = projected.d.slice(0, projected.ends[k]!);
  const next = last + 1;
  let tip: [number, number] | null = null;
  if (last >= 0 && next < xs.length && at > xs[last]!) {
    // Between two points: the point on the segment, interpolated linearly.
    const t = (at - xs[last]!) / (xs[next]! - xs[last]!);
    const px = projection.x(at);
    const py = projection.y(ys[last]! + (ys[next]! - ys[last]!) * t);
    if (Number.isFinite(px) && Number.isFinite(py)) {
      tip = [px, py];
      points.push(tip);
      d += pathSegment(k, px, py);
    }
  }
  const lines: DrawnPart['lines'] = [];
  if (tip && k >= 1) {
    if (k >= 2) lines.push({ xs: projected.xs.subarray(0, k), ys: projected.ys.subarray(0, k) });
    lines.push({ xs: [projected.xs[k - 1]!, tip[0]], ys: [projected.ys[k - 1]!, tip[1]] });
  } else if (tip) lines.push({ xs: [tip[0]], ys: [tip[1]] });
  else if (k) lines.push({ xs: projected.xs.subarray(0, k), ys: projected.ys.subarray(0, k) });
  return { points, d: points.length > 1 ? d : '', lines };
}
