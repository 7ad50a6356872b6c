/**
 * Staggering: one overall progress (0..1) becomes each mark's own progress, so marks set
 * off one after another instead of all at once. Mark i of n starts at `stagger * i/(n-1)`
 * and finishes `1 - stagger` later; the result is eased (cubic in-out), so each mark
 * accelerates away and settles gently.
 */
import { easeCubicInOut } from '../../../motion/easing.js';

export function markProgress(overall: number, index: number, count: number, stagger: number): number {
  const start = count > 1 ? (stagger * index) / (count - 1) : 0;
  const span = 1 - stagger;
  const local = span > 0 ? (overall - start) / span : overall >= start ? 1 : 0;
  return easeCubicInOut(Math.min(1, Math.max(0, local)));
}
