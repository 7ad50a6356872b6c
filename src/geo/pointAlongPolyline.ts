/**
 * Points along a polyline by distance: `measurePolyline` precomputes cumulative segment
 * lengths once, `pointAlongPolyline` finds the point at a distance in O(log n). Distances
 * outside [0, length] clamp to the ends.
 */
export type Point = [number, number];

export interface MeasuredPolyline {
  points: readonly Point[];
  /** Distance from the start to each point. */
  cumulative: Float64Array;
  length: number;
}

export function measurePolyline(points: readonly Point[]): MeasuredPolyline {
  const cumulative = new Float64Array(points.length);
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    cumulative[i] = cumulative[i - 1]! + Math.hypot(bx - ax, by - ay);
  }
  return { points, cumulative, length: points.length ? cumulative[points.length - 1]! : 0 };
}

/** Writes the point at `distance` into `out` (and returns it), so a per-frame loop allocates nothing. */
export function pointAlongPolyline(line: MeasuredPolyline, distance: number, out: Point = [0, 0]): Point {
  const { points, cumulative } = line;
  const last = points.length - 1;
  if (last < 0) {
    out[0] = 0;
    out[1] = 0;
    return out;
  }
  if (distance <= 0 || last === 0) {
    out[0] = points[0]![0];
    out[1] = points[0]![1];
    return out;
  }
  if (distance >= line.length) {
    out[0] = points[last]![0];
    out[1] = points[last]![1];
    return out;
  }
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! <= distance) lo = mid;
    else hi = mid;
  }
  const segment = cumulative[hi]! - cumulative[lo]!;
  const t = segment > 0 ? (distance - cumulative[lo]!) / segment : 0;
  const a = points[lo]!;
  const b = points[hi]!;
  out[0] = a[0] + (b[0] - a[0]) * t;
  out[1] = a[1] + (b[1] - a[1]) * t;
  return out;
}
