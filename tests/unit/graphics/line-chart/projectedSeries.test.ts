import { describe, expect, it } from 'vitest';
import { drawnPart, projectedSeries, type Projection } from '../../../../src/graphics/line-chart/plan/projectedSeries.js';
import { linePath } from '../../../../src/graphics/line-chart/plan/scales.js';

const sorted = { xs: Float64Array.from([0, 10, 20, 30]), ys: Float64Array.from([0, 100, 50, 50]) };
const identity: Projection = { x: (v) => v, y: (v) => v, key: [0] };
const cut = (at: number, projection = identity) => drawnPart(sorted, projectedSeries(sorted, projection), projection, at);

describe('drawnPart', () => {
  it('interpolates the last point when the cut falls between two points', () => {
    expect(cut(15).points).toEqual([[0, 0], [10, 100], [15, 75]]);
    expect(cut(15).d).toBe('M0,0L10,100L15,75');
  });

  it('ends on a point when the cut is at one', () => {
    expect(cut(20).points).toEqual([[0, 0], [10, 100], [20, 50]]);
    expect(cut(20).d).toBe('M0,0L10,100L20,50');
  });

  it('draws nothing before the first point and everything from the last on', () => {
    expect(cut(-1)).toMatchObject({ points: [], d: '', lines: [] });
    expect(cut(99).points).toHaveLength(4);
    expect(cut(Infinity).points).toHaveLength(4);
    expect(cut(Number.NaN).points).toEqual([]);
    // One point is no line.
    expect(cut(0)).toMatchObject({ points: [[0, 0]], d: '' });
  });

  it('grows continuously as the cut moves', () => {
    let previous = -Infinity;
    for (let at = 0; at <= 30; at += 0.5) {
      const tip = cut(at).points.at(-1)!;
      expect(tip[0]).toBe(at);
      expect(tip[0]).toBeGreaterThan(previous);
      previous = tip[0];
    }
  });

  it('gives what projecting the cut points afresh gives, at any reveal and after the scales change', () => {
    const n = 500;
    const long = { xs: Float64Array.from({ length: n }, (_, i) => i * 3), ys: Float64Array.from({ length: n }, (_, i) => Math.sin(i / 7) * 40) };
    for (const [k, scale] of [[1, 0.5], [2, 1.7], [1, 0.5]] as const) {
      const projection: Projection = { x: (v) => 10 + v * scale, y: (v) => 200 - v * k, key: [k, scale] };
      const projected = projectedSeries(long, projection);
      for (const at of [-5, 0, 1.5, 299, 300, 301.2, 1496.9, 1497, 5000]) {
        const fresh: [number, number][] = [];
        for (let i = 0; i < n && long.xs[i]! <= at; i++) fresh.push([projection.x(long.xs[i]!), projection.y(long.ys[i]!)]);
        const i = fresh.length;
        if (i > 0 && i < n && at > long.xs[i - 1]!) {
          const t = (at - long.xs[i - 1]!) / (long.xs[i]! - long.xs[i - 1]!);
          fresh.push([projection.x(at), projection.y(long.ys[i - 1]! + (long.ys[i]! - long.ys[i - 1]!) * t)]);
        }
        const part = drawnPart(long, projected, projection, at);
        expect(part.points).toEqual(fresh);
        expect(part.d).toBe(fresh.length > 1 ? linePath(fresh) : '');
        // The polylines for crossing tests hold the same segments.
        const segments = part.lines.reduce((sum, l) => sum + Math.max(0, l.xs.length - 1), 0);
        expect(segments).toBe(Math.max(0, fresh.length - 1));
      }
    }
  });

  it('keeps one projection while the domains stay, and makes a new one when they change', () => {
    const a = projectedSeries(sorted, { ...identity, key: [1, 2] });
    expect(projectedSeries(sorted, { ...identity, key: [1, 2] })).toBe(a);
    expect(projectedSeries(sorted, { ...identity, key: [1, 3] })).not.toBe(a);
  });

  it('leaves out points that project off the finite plane', () => {
    const projection: Projection = { x: (v) => (v === 10 ? Number.NaN : v), y: (v) => v, key: [9] };
    expect(cut(25, projection).points).toEqual([[0, 0], [20, 50], [25, 50]]);
  });
});
