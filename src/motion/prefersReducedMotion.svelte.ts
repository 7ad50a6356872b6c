/**
 * The reader's `prefers-reduced-motion` setting as a rune with a `current` getter. Call it
 * while a component initialises. It reports `true` until the browser has answered (and on
 * the server), so a first render and a server render show each step's end state.
 * (Svelte's own `MediaQuery` would do the same, but importing `svelte/reactivity` brings
 * its Map, Set, URL and Date classes into the embed.)
 */
export function prefersReducedMotion(): { readonly current: boolean } {
  let reduce = $state(true);
  $effect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => (reduce = query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  });
  return {
    get current() {
      return reduce;
    }
  };
}
