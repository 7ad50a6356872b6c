import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut as d3Ease } from 'd3-ease';
import { flightPath, type ZoomView } from '../../../src/motion/flightPath.js';
import { easeCubicInOut } from '../../../src/motion/easing.js';

const coordinate = fc.double({ min: -2000, max: 2000, noNaN: true });
const width = fc.double({ min: 1, max: 5000, noNaN: true });
const view = fc.tuple(coordinate, coordinate, width) as fc.Arbitrary<ZoomView>;

describe('flightPath', () => {
  it('follows the path d3-interpolate’s interpolateZoom takes, with its duration', () => {
    fc.assert(
      fc.property(view, view, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const ours = flightPath(a, b);
        const theirs = interpolateZoom([...a], [...b]);
        const [tx, ty, tw] = theirs(t);
        // Where d3's formula cancels (a tiny pan with a big zoom) its path is NaN or misses its
        // target; ours stays finite and lands (next test). Compare where d3 lands.
        const [ex, ey, ew] = theirs(1);
        fc.pre([tx, ty, tw, theirs.duration].every(Number.isFinite));
        fc.pre(Math.abs(ew - b[2]) <= 1e-6 * b[2] && Math.hypot(ex - b[0], ey - b[1]) <= 1e-6 * Math.max(1, b[2]));
        // d3's log(√(b²+1) − b) loses digits when b is large; asinh does not: agree to 1 in 10⁴.
        expect(Math.abs(ours.duration - theirs.duration)).toBeLessThanOrEqual(1e-4 * Math.max(1, theirs.duration));
        const [x, y, w] = ours(t);
        const tolerance = 1e-4 * Math.max(1, Math.abs(tx), Math.abs(ty), tw, a[2], b[2]);
        expect(Math.abs(x - tx)).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(y - ty)).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(w - tw)).toBeLessThanOrEqual(tolerance);
      })
    );
  });

  it('is finite everywhere and ends on its target, even for a tiny pan with a big zoom', () => {
    expect(flightPath([0, 1e-6, 1], [0, 0, 16.68])(0.5).every(Number.isFinite)).toBe(true);
    fc.assert(
      fc.property(view, view, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const path = flightPath(a, b);
        expect(Number.isFinite(path.duration)).toBe(true);
        expect(path(t).every(Number.isFinite)).toBe(true);
        const [x, y, w] = path(1);
        const near = (got: number, want: number) => Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want), b[2]);
        expect(near(x, b[0]) && near(y, b[1]) && near(w, b[2])).toBe(true);
      })
    );
  });

  it('starts on the first view and ends on the second', () => {
    const path = flightPath([10, 20, 300], [400, -50, 40]);
    const [x0, y0, w0] = path(0);
    const [x1, y1, w1] = path(1);
    expect([x0, y0, w0].map((v) => +v.toFixed(9))).toEqual([10, 20, 300]);
    expect([x1, y1, w1].map((v) => +v.toFixed(9))).toEqual([400, -50, 40]);
  });

  it('zooms out between two far-apart views of the same width', () => {
    const path = flightPath([0, 0, 100], [1000, 0, 100]);
    expect(path(0.5)[2]).toBeGreaterThan(100);
  });

  it('only zooms when the centre stays', () => {
    const path = flightPath([5, 5, 100], [5, 5, 25]);
    expect(path(0.5)).toEqual([5, 5, 50]);
  });
});

describe('easeCubicInOut', () => {
  it('is d3-ease’s', () => {
    for (let t = 0; t <= 1; t += 0.05) expect(easeCubicInOut(t)).toBeCloseTo(d3Ease(t), 12);
  });
});
