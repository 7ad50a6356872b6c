/**
 * Where a scrubbed video stands for the reader's progress through its step: the start at
 * 0, the last frame at 1, in proportion between.
 */

/** Seconds short of the end for the last frame: some browsers show black for a seek to the very end. */
export const LAST_FRAME_MARGIN = 0.001;

export function scrubTime(progress: number, duration: number): number {
  if (!Number.isFinite(duration) || duration <= 0) return 0;
  const p = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  return Math.min(p * duration, Math.max(0, duration - LAST_FRAME_MARGIN));
}
