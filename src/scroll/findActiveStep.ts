/**
 * Which step is active and how far through it the reader is, from layout alone: the
 * last step whose top has passed the trigger line. Events only say *when* to ask; this
 * says *what* is true, so fast scrolls, reloads and anchor jumps cannot leave a stale step.
 */
export interface ActiveStep {
  /** Active step, or -1 when the trigger line is above the first step. */
  index: number;
  /** Progress through the active step, 0 when its top meets the trigger line, 1 when its bottom does. */
  progress: number;
}

/**
 * @param tops    step tops, ascending, relative to the container top
 * @param heights step heights, same order
 * @param line    the trigger line's position relative to the container top
 */
export function findActiveStep(tops: readonly number[], heights: readonly number[], line: number): ActiveStep {
  let lo = 0;
  let hi = tops.length - 1;
  let index = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! <= line) {
      index = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (index < 0) return { index: -1, progress: 0 };
  const height = heights[index]!;
  const progress = height > 0 ? Math.min(1, Math.max(0, (line - tops[index]!) / height)) : 1;
  return { index, progress };
}
