/**
 * A line cut at x = `at`: its points up to there and, when `at` falls between two points,
 * the point on the segment between them (linear interpolation), so a line drawn "until" a
 * date ends exactly there, and a scrubbed line grows smoothly instead of point by point.
 * Works on any sorted x (data values or pixels). Pure.
 */
import { lastIndexAtOrBefore } from './seriesPoints.js';

export interface CutLine {
  /** [x, y] of the drawn part, in order; empty when `at` is before the first point. */
  points: [number, number][];
  /** Index of the last whole point drawn, -1 for none. */
  last: number;
  /** Whether the drawn part ends between two points (its last point is interpolated). */
  partial: boolean;
}

export function cutLine(xs: ArrayLike<number>, ys: ArrayLike<number>, at: number): CutLine {
  const last = Number.isNaN(at) ? -1 : lastIndexAtOrBefore(xs, at);
  const points: [number, number][] = [];
  for (let i = 0; i <= last; i++) points.push([xs[i]!, ys[i]!]);
  const next = last + 1;
  if (last >= 0 && next < xs.length && at > xs[last]!) {
    const x0 = xs[last]!;
    const x1 = xs[next]!;
    const t = (at - x0) / (x1 - x0);
    points.push([at, ys[last]! + (ys[next]! - ys[last]!) * t]);
    return { points, last, partial: true };
  }
  return { points, last, partial: false };
}
