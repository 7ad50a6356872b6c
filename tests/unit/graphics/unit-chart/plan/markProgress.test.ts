import { describe, expect, it } from 'vitest';
import { markProgress } from '../../../../../src/graphics/unit-chart/plan/markProgress.js';

describe('markProgress', () => {
  it.each([
    [0, 0, 10, 0.6, 0],
    [1, 9, 10, 0.6, 1],
    [0.4, 0, 10, 0.6, 1],
    [0.6, 9, 10, 0.6, 0],
    [0.5, 0, 1, 0.6, 1],
    [0.2, 0, 1, 0.6, 0.5]
  ])('overall %d, mark %d of %d, stagger %d → %d', (overall, index, count, stagger, expected) => {
    expect(markProgress(overall, index, count, stagger)).toBeCloseTo(expected, 9);
  });

  it('lets earlier marks lead later ones at every moment', () => {
    for (const overall of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const p = Array.from({ length: 50 }, (_, i) => markProgress(overall, i, 50, 0.6));
      for (let i = 1; i < p.length; i++) expect(p[i]!).toBeLessThanOrEqual(p[i - 1]!);
    }
  });

  it('clamps outside 0..1 and eases (slow start)', () => {
    expect(markProgress(-1, 3, 10, 0.5)).toBe(0);
    expect(markProgress(2, 3, 10, 0.5)).toBe(1);
    expect(markProgress(0.05, 0, 10, 0.5)).toBeLessThan(0.1);
  });
});
