import { describe, expect, it } from 'vitest';
import { flatIndex, lastVisibleMark, progressiveCounts } from '../../../src/chart/progressiveCounts.js';

describe('progressiveCounts', () => {
  it('keeps every list whole when all its marks are visible, whatever the budget', () => {
    expect(progressiveCounts([150, 430], [149, 429], 0)).toEqual([150, 430]);
  });

  it('creates invisible marks only up to the budget, lists in order', () => {
    expect(progressiveCounts([150, 430], [-1, -1], 200)).toEqual([150, 50]);
    expect(progressiveCounts([150, 430], [-1, -1], 400)).toEqual([150, 250]);
    expect(progressiveCounts([150, 430], [-1, -1], 10_000)).toEqual([150, 430]);
  });

  it('never hides a visible mark to stay within the budget', () => {
    expect(progressiveCounts([300], [250], 200)).toEqual([251]);
    expect(progressiveCounts([150, 430], [149, 10], 100)).toEqual([150, 11]);
  });
});

describe('lastVisibleMark', () => {
  it('finds the last mark with opacity and size above 0', () => {
    expect(lastVisibleMark(4, [1, 0.5, 0, 0])).toBe(1);
    expect(lastVisibleMark(4, [1, 1, 1, 1], [1, 1, 1, 0])).toBe(2);
    expect(lastVisibleMark(3, [0, 0, 0])).toBe(-1);
    expect(lastVisibleMark(2, [1, 1, 1])).toBe(1);
  });
});

describe('flatIndex', () => {
  it('gives each mark, list after list, its list and its index in that list', () => {
    const { list, index } = flatIndex([2, 0, 3]);
    expect([...list]).toEqual([0, 0, 2, 2, 2]);
    expect([...index]).toEqual([0, 1, 0, 1, 2]);
  });
});
