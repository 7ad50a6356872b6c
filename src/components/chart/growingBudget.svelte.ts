/**
 * How many marks a list may have in the DOM this frame: as many as it had drawn by the last
 * frame, plus CREATE_PER_FRAME. With progressiveCounts, marks still invisible are created a
 * few hundred a frame instead of all in one long task. Call while a component initialises,
 * with a reader of how many marks are drawn now.
 */
import { untrack } from 'svelte';
import { CREATE_PER_FRAME } from '../../chart/progressiveCounts.js';

export function growingBudget(drawn: () => number): { readonly budget: number } {
  let grown = $state(0);
  $effect(() => {
    const now = drawn();
    if (now === untrack(() => grown)) return;
    const frame = requestAnimationFrame(() => (grown = now));
    return () => cancelAnimationFrame(frame);
  });
  return {
    get budget() {
      return grown + CREATE_PER_FRAME;
    }
  };
}
