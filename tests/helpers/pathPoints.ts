/**
 * Checks a drawn line against its data without the chart's own scales: the path's vertices
 * must be the data's points, in order, up to `until` (the last one interpolated when `until`
 * falls between two points), under some linear map from data to pixels on each axis.
 */
import { expect } from 'vitest';

/** The vertices of an SVG path made of M and L commands. */
export function pathVertices(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+(?:e-?\d+)?)[,\s]+(-?[\d.]+(?:e-?\d+)?)/gi)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Data as numbers: x (dates as epoch ms), y. */
export type DataPoint = [number, number];

/** Asserts the path goes through every point with x ≤ `until` (all without it), in order, and ends at `until`. */
export function expectThrough(d: string, data: readonly DataPoint[], until = Infinity, tolerance = 0.05): void {
  const sorted = [...data].sort((a, b) => a[0] - b[0]);
  const whole = sorted.filter((p) => p[0] <= until);
  const next = sorted[whole.length];
  const expected: DataPoint[] = [...whole];
  if (next && whole.length && until > whole.at(-1)![0]) {
    const [x0, y0] = whole.at(-1)!;
    expected.push([until, y0 + ((next[1] - y0) * (until - x0)) / (next[0] - x0)]);
  }
  const vertices = pathVertices(d);
  expect(vertices, `vertices of ${d.slice(0, 80)}…`).toHaveLength(expected.length);
  if (expected.length < 2) return;
  // Linear maps fitted on two points far apart on each axis, then every point checked.
  const map = (axis: 0 | 1) => {
    let lo = 0;
    let hi = 0;
    expected.forEach((p, i) => {
      if (p[axis] < expected[lo]![axis]) lo = i;
      if (p[axis] > expected[hi]![axis]) hi = i;
    });
    if (expected[hi]![axis] === expected[lo]![axis]) return () => vertices[0]![axis];
    const scale = (vertices[hi]![axis] - vertices[lo]![axis]) / (expected[hi]![axis] - expected[lo]![axis]);
    return (value: number) => vertices[lo]![axis] + (value - expected[lo]![axis]) * scale;
  };
  const [mx, my] = [map(0), map(1)];
  expected.forEach((p, i) => {
    expect(Math.abs(vertices[i]![0] - mx(p[0])), `x of point ${i}`).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(vertices[i]![1] - my(p[1])), `y of point ${i}`).toBeLessThanOrEqual(tolerance);
  });
}
