/**
 * An object whose every field is a getter over its own reader. Handed to a snippet, it lets
 * each reader of a field depend on that field alone: a graphic that reads `width` is not
 * recomputed when `progress` moves. (A fresh object literal per render makes every field
 * depend on all of them, so each scroll-progress tick would recompute a map's projection.)
 */
export function liveSlot<T extends object>(readers: { [K in keyof T]: () => T[K] }): T {
  const slot = {} as T;
  for (const key of Object.keys(readers) as (keyof T)[]) {
    Object.defineProperty(slot, key, { get: readers[key], enumerable: true });
  }
  return Object.freeze(slot);
}
