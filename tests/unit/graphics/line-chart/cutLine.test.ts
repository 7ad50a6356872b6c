import { describe, expect, it } from 'vitest';
import { cutLine } from '../../../../src/graphics/line-chart/plan/cutLine.js';

const xs = [0, 10, 20, 30];
const ys = [0, 100, 50, 50];

describe('cutLine', () => {
  it('interpolates the last point when the cut falls between two points', () => {
    const cut = cutLine(xs, ys, 15);
    expect(cut.points).toEqual([[0, 0], [10, 100], [15, 75]]);
    expect(cut).toMatchObject({ last: 1, partial: true });
  });

  it('ends on a point when the cut is at one', () => {
    expect(cutLine(xs, ys, 20)).toEqual({ points: [[0, 0], [10, 100], [20, 50]], last: 2, partial: false });
  });

  it('draws nothing before the first point and everything from the last on', () => {
    expect(cutLine(xs, ys, -1)).toEqual({ points: [], last: -1, partial: false });
    expect(cutLine(xs, ys, 99).points).toHaveLength(4);
    expect(cutLine(xs, ys, Infinity).points).toHaveLength(4);
    expect(cutLine(xs, ys, Number.NaN).points).toEqual([]);
  });

  it('grows continuously as the cut moves', () => {
    let previous = -Infinity;
    for (let at = 0; at <= 30; at += 0.5) {
      const tip = cutLine(xs, ys, at).points.at(-1)!;
      expect(tip[0]).toBe(at);
      expect(tip[0]).toBeGreaterThan(previous);
      previous = tip[0];
    }
  });
});
