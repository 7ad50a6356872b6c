import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeBatcher } from '../../../../src/cli/preview/changeBatcher.js';

describe('changeBatcher', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends the files of one save once, after the events have been quiet', () => {
    const batches: string[][] = [];
    const batch = changeBatcher((files) => batches.push(files), 60, 400);
    batch.add('a.json');
    vi.advanceTimersByTime(30);
    batch.add('a.json');
    batch.add('b.png');
    vi.advanceTimersByTime(59);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([['a.json', 'b.png']]);
    vi.advanceTimersByTime(1000);
    expect(batches).toHaveLength(1);
  });

  it('sends after the longest wait while events keep coming', () => {
    const batches: string[][] = [];
    const batch = changeBatcher((files) => batches.push(files), 60, 400);
    // An event every 30 ms: never 60 ms of quiet.
    for (let t = 0; t < 390; t += 30) {
      batch.add('big.mp4');
      vi.advanceTimersByTime(30);
    }
    expect(batches).toEqual([]);
    batch.add('big.mp4');
    vi.advanceTimersByTime(10);
    expect(batches).toEqual([['big.mp4']]);
  });

  it('sends nothing once cancelled', () => {
    const flush = vi.fn();
    const batch = changeBatcher(flush, 60, 400);
    batch.add('a.json');
    batch.cancel();
    vi.advanceTimersByTime(1000);
    expect(flush).not.toHaveBeenCalled();
  });
});
