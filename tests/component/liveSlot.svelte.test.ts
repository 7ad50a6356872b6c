// Uses $state and $derived, hence the .svelte.test.ts name.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { liveSlot } from '../../src/scroll/liveSlot.js';

interface Slot {
  width: number;
  progress: number;
}

/**
 * How many times a derived that reads only `slot.width` runs while `progress` ticks 20 times.
 * `slotOf` stands for the snippet argument the way Svelte compiles it: a thunk read again on
 * every access.
 */
function widthRunsWhileProgressTicks(make: (read: { width: () => number; progress: () => number }) => () => Slot) {
  const source = $state({ width: 390, progress: 0 });
  const slotOf = make({ width: () => source.width, progress: () => source.progress });
  let runs = 0;
  let seen: number[] = [];
  const stop = $effect.root(() => {
    const width = $derived.by(() => {
      runs++;
      return slotOf().width;
    });
    $effect(() => {
      seen.push(width + slotOf().progress * 0);
    });
  });
  flushSync();
  for (let i = 1; i <= 20; i++) {
    source.progress = i / 20;
    flushSync();
  }
  source.width = 400;
  flushSync();
  stop();
  seen = [...new Set(seen)];
  return { runs, seen };
}

describe('liveSlot', () => {
  it('lets a reader of one field depend on that field alone', () => {
    const { runs, seen } = widthRunsWhileProgressTicks((read) => {
      const slot = liveSlot<Slot>(read);
      return () => slot;
    });
    expect(runs).toBe(2); // once at the start, once for the real width change
    expect(seen).toEqual([390, 400]);
  });

  it('control: a fresh object literal per render reruns the width reader on every progress tick', () => {
    const { runs } = widthRunsWhileProgressTicks((read) => () => ({ width: read.width(), progress: read.progress() }));
    expect(runs).toBeGreaterThanOrEqual(21);
  });

  it('exposes the fields as enumerable, read-only getters', () => {
    let width = 1;
    const slot = liveSlot<{ width: number }>({ width: () => width });
    width = 2;
    expect(slot.width).toBe(2);
    expect(Object.keys(slot)).toEqual(['width']);
    expect(() => ((slot as { width: number }).width = 3)).toThrow();
  });
});
