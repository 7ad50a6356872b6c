// Small statistics for the bench: quantiles of frame intervals, median/min/max of runs.

/** @param {number[]} sorted ascending @param {number} q 0..1 (nearest rank) */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * A missed frame: an interval longer than one 60 Hz vsync. rAF timestamps jitter by a few
 * tenths of a millisecond around 16.67, so "over 16.7 ms" is counted as over 16.7 + 3.3 ms
 * (20 ms): one vsync late or more.
 */
export const MISSED_FRAME_MS = 20;
export const LONG_FRAME_MS = 50;

/** @param {number[]} stamps rAF timestamps of one phase */
export function frameStats(stamps) {
  const deltas = [];
  for (let i = 1; i < stamps.length; i++) deltas.push(stamps[i] - stamps[i - 1]);
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: deltas.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? NaN,
    over16: deltas.filter((d) => d > MISSED_FRAME_MS).length,
    over50: deltas.filter((d) => d > LONG_FRAME_MS).length
  };
}

/** @param {number[]} values */
export function summary(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}
