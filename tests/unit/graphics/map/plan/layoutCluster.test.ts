import { describe, expect, it } from 'vitest';
import { hexSpiral, layoutCluster } from '../../../../../src/graphics/map/plan/layoutCluster.js';

function minDistance(xs: number[], ys: number[]): number {
  let min = Infinity;
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) min = Math.min(min, Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!));
  return min;
}

const cases: [string, number[], number][] = [
  ['the build-up: ~150 then 430', [150, 430], 4.6],
  ['one convoy', [430], 2],
  ['three convoys', [7, 60, 19], 1],
  ['a single vehicle', [1], 3]
];

describe('layoutCluster', () => {
  it.each(cases)('%s: deterministic', (_, counts, spacing) => {
    expect(layoutCluster(counts, [100, 200], spacing)).toEqual(layoutCluster([...counts], [100, 200], spacing));
  });

  it.each(cases)('%s: one slot per vehicle, none closer than the spacing', (_, counts, spacing) => {
    const cluster = layoutCluster(counts, [100, 200], spacing);
    expect(cluster.slots.map((s) => s.xs.length)).toEqual(counts);
    const xs = cluster.slots.flatMap((s) => Array.from(s.xs));
    const ys = cluster.slots.flatMap((s) => Array.from(s.ys));
    if (xs.length > 1) expect(minDistance(xs, ys)).toBeGreaterThanOrEqual(spacing - 1e-9);
  });

  it.each(cases)('%s: each convoy inside its own disc, discs apart', (_, counts, spacing) => {
    const { slots } = layoutCluster(counts, [0, 0], spacing);
    for (const s of slots)
      for (let i = 0; i < s.xs.length; i++) expect(Math.hypot(s.xs[i]! - s.cx, s.ys[i]! - s.cy)).toBeLessThanOrEqual(s.radius + 1e-9);
    for (let a = 1; a < slots.length; a++) {
      const p = slots[a - 1]!;
      const q = slots[a]!;
      expect(q.cx - p.cx).toBeGreaterThan(p.radius + q.radius + spacing * 2);
    }
  });

  it('centres the row of discs on the destination', () => {
    const { slots } = layoutCluster([150, 430], [100, 200], 4);
    const left = slots[0]!.cx - slots[0]!.radius;
    const right = slots[1]!.cx + slots[1]!.radius;
    expect((left + right) / 2).toBeCloseTo(100, 6);
    expect(slots[0]!.cy).toBe(200);
  });

  it('fills a hexagon ring by ring: 1, 7, 19 points make full rings', () => {
    for (const [n, rings] of [[1, 0], [7, 1], [19, 2], [37, 3]] as const) {
      expect(hexSpiral(n, 1).radius).toBeCloseTo(rings, 9);
    }
    const first = hexSpiral(1, 5);
    expect([first.xs[0], first.ys[0]]).toEqual([0, 0]);
  });
});
