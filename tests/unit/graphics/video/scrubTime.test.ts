import { describe, expect, it } from 'vitest';
import { LAST_FRAME_MARGIN, scrubTime } from '../../../../src/graphics/video/plan/scrubTime.js';

describe('scrubTime', () => {
  it('follows the progress through the step, start to last frame', () => {
    expect(scrubTime(0, 4)).toBe(0);
    expect(scrubTime(0.25, 4)).toBe(1);
    expect(scrubTime(0.5, 4)).toBe(2);
    expect(scrubTime(1, 4)).toBe(4 - LAST_FRAME_MARGIN);
  });

  it('stays inside the video for any input', () => {
    expect(scrubTime(-1, 4)).toBe(0);
    expect(scrubTime(2, 4)).toBe(4 - LAST_FRAME_MARGIN);
    expect(scrubTime(Number.NaN, 4)).toBe(0);
    expect(scrubTime(0.5, Number.NaN)).toBe(0);
    expect(scrubTime(0.5, Number.POSITIVE_INFINITY)).toBe(0);
    expect(scrubTime(0.5, 0)).toBe(0);
    expect(scrubTime(1, 0.0001)).toBe(0);
  });
});
