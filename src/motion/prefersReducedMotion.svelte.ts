/**
 * The reader's `prefers-reduced-motion` setting as a rune with a `current` getter. On the
 * server it reports `true`, so server renders show each step's end state.
 */
import { MediaQuery } from 'svelte/reactivity';

export function prefersReducedMotion(): { readonly current: boolean } {
  // MediaQuery's fallback is what it reports during server rendering.
  return new MediaQuery('(prefers-reduced-motion: reduce)', true);
}
