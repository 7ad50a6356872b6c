/**
 * How many marks a list may have in the DOM this frame: as many as it had drawn by the last
 * frame, plus CREATE_PER_FRAME. With progressiveCounts, marks still invisible are created a
 * few hundred a frame instead of all in one long task. Call while a component initialises,
 * with a reader of how many marks are drawn now.
 *
 * One frame is pending at a time and reads the count when it fires: a camera flight or an
 * arrival changes what is drawn every frame, and cancelling and re-asking on each change
 * would starve the growth until the motion stopped.
 */
import { untrack } from 'svelte';
import { CREATE_PER_FRAME } from '../chart/progressiveCounts.js';

export function growingBudget(drawn: () => number): { readonly budget: number } {
  let grown = $state(0);
  const now = $derived(drawn());
  let frame = 0;
  $effect(() => {
    if (now === untrack(() => grown) || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      grown = untrack(() => now);
    });
  });
  $effect(() => () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  });
  return {
    get budget() {
      return grown + CREATE_PER_FRAME;
    }
  };
}
