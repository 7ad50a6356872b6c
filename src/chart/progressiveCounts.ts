/**
 * How many marks of each list to have in the DOM this frame, when marks that are still
 * invisible (entering, opacity 0) may be created a few hundred a frame instead of all at
 * once. Every list keeps at least its marks up to its last visible one; beyond that, lists
 * in order share what is left of `budget` (marks allowed in all). At rest every mark is
 * visible and every list is whole, whatever the budget.
 */
export function progressiveCounts(counts: readonly number[], lastVisible: readonly number[], budget: number): number[] {
  let left = budget;
  return counts.map((count, i) => {
    const n = Math.min(count, Math.max(lastVisible[i]! + 1, left));
    left = Math.max(0, left - n);
    return n;
  });
}

/** Index of the last mark drawn at all (opacity and size above 0), or -1. */
export function lastVisibleMark(count: number, opacity: ArrayLike<number>, size?: ArrayLike<number>): number {
  for (let i = count - 1; i >= 0; i--) {
    if (opacity[i]! > 0 && (!size || size[i]! > 0)) return i;
  }
  return -1;
}

/** Invisible marks created per frame at most. */
export const CREATE_PER_FRAME = 200;

/** For marks drawn list after list, `counts[l]` of list l: each mark's list and its index in it. */
export function flatIndex(counts: readonly number[]): { list: Int32Array; index: Int32Array } {
  const total = counts.reduce((a, b) => a + b, 0);
  const list = new Int32Array(total);
  const index = new Int32Array(total);
  let at = 0;
  counts.forEach((count, l) => {
    for (let i = 0; i < count; i++, at++) {
      list[at] = l;
      index[at] = i;
    }
  });
  return { list, index };
}
