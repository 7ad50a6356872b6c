import { describe, expect, it } from 'vitest';
import { findActiveStep } from '../../../src/scroll/findActiveStep.js';

const tops = [0, 100, 300, 350];
const heights = [100, 200, 50, 100];

describe('findActiveStep', () => {
  it.each([
    [-10, -1, 0],
    [0, 0, 0],
    [50, 0, 0.5],
    [100, 1, 0],
    [250, 1, 0.75],
    [349, 2, 0.98],
    [350, 3, 0],
    [1000, 3, 1]
  ])('with the trigger line at %d, step %d is active at progress %d', (line, index, progress) => {
    const found = findActiveStep(tops, heights, line);
    expect(found.index).toBe(index);
    expect(found.progress).toBeCloseTo(progress, 2);
  });

  it('finds nothing in a story without steps', () => {
    expect(findActiveStep([], [], 100)).toEqual({ index: -1, progress: 0 });
  });

  it('treats a zero-height step as complete', () => {
    expect(findActiveStep([0, 0], [0, 10], 0)).toEqual({ index: 1, progress: 0 });
    expect(findActiveStep([0], [0], 5)).toEqual({ index: 0, progress: 1 });
  });
});
