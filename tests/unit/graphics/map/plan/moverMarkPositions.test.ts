import { describe, expect, it } from 'vitest';
import { moverGeometry, moverMarkPositions } from '../../../../../src/graphics/map/plan/moverMarkPositions.js';

const road: [number, number][] = [
  [0, 0],
  [0, 300],
  [100, 300]
];
const tracks = [
  { id: 'earlier', count: 150, path: road },
  { id: 'latest', count: 430, path: road }
];

describe('moverMarkPositions', () => {
  const geometry = moverGeometry(tracks, 4);

  it('starts every mark at the border crossing, hidden', () => {
    const p = moverMarkPositions(geometry, 1, 430, 0);
    expect(new Set(p.xs)).toEqual(new Set([0]));
    expect(new Set(p.opacity)).toEqual(new Set([0]));
  });

  it('ends every mark in its own cluster slot', () => {
    for (const t of [0, 1]) {
      const p = moverMarkPositions(geometry, t, tracks[t]!.count, 1);
      expect(Array.from(p.xs)).toEqual(Array.from(geometry.slots[t]!.xs));
      expect(Array.from(p.ys)).toEqual(Array.from(geometry.slots[t]!.ys));
    }
  });

  it('puts convoys ending at the same place in one cluster, side by side around the end', () => {
    expect(geometry.destinations).toHaveLength(1);
    expect(geometry.destinations[0]!.tracks).toEqual([0, 1]);
    const earlierRight = Math.max(...geometry.slots[0]!.xs);
    const latestLeft = Math.min(...geometry.slots[1]!.xs);
    expect(earlierRight).toBeLessThan(latestLeft);
  });

  it('sends marks out in turn, along the road', () => {
    const p = moverMarkPositions(geometry, 1, 430, 0.5);
    // The first mark is further along than the last; every mark is on the road or in the cluster.
    const along = (i: number) => (p.xs[i]! <= 1e-9 ? p.ys[i]! : 300 + p.xs[i]!);
    expect(along(0)).toBeGreaterThan(along(429));
    for (let i = 0; i < 430; i += 37) {
      const onRoad = Math.abs(p.xs[i]!) < 1e-9 || Math.abs(p.ys[i]! - 300) < 1e-9;
      const nearEnd = Math.hypot(p.xs[i]! - 100, p.ys[i]! - 300) < 120;
      expect(onRoad || nearEnd).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(moverMarkPositions(moverGeometry(tracks, 4), 0, 150, 0.3)).toEqual(moverMarkPositions(geometry, 0, 150, 0.3));
  });
});
