/**
 * What a line chart shows, in data units, apart from its size: the x and y domains and
 * the x up to which lines are drawn (`reveal`). A step's target frame is a function of its
 * state alone; motion and scrubbing interpolate between frames, and the layout turns a frame
 * into pixels at any size, so a resize never restarts a change.
 *
 * Domains hold every point of every series (not only the part drawn): the axes stay still
 * while a line extends, and move (animated) only when the data or notes change. The y
 * domain includes 0 unless `y.zero` is false, and is rounded out to nice numbers.
 */
import { niceDomain } from './scales.js';
import type { LineChartState } from '../state.js';
import { seriesPoints } from './seriesPoints.js';
import { xNumber } from './xValue.js';

export interface LineFrame {
  x: [number, number];
  y: [number, number];
  reveal: number;
}

/** Tick count the y domain is rounded for: about what a chart's height shows. */
const NICE_TICKS = 5;
const DAY_MS = 86_400_000;

const cache = new WeakMap<object, LineFrame>();

/** The extent of some numbers, widened when it is a single value (a scale of no width maps nothing). */
function extent(values: Iterable<number>, pad: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return [0, 1];
  if (lo === hi) return [lo - pad, hi + pad];
  return [lo, hi];
}

function* xsOf(state: LineChartState): Iterable<number> {
  for (const series of state.series) yield* seriesPoints(series).xs;
  for (const note of state.annotations) yield xNumber(note.x);
}

function* ysOf(state: LineChartState): Iterable<number> {
  for (const series of state.series) yield* seriesPoints(series).ys;
  for (const note of state.annotations) if (note.y !== undefined) yield note.y;
  if (state.y.zero !== false) yield 0;
}

/** The x each line is drawn up to: `until`, else the last x of any series. */
export function revealOf(state: LineChartState, x: [number, number]): number {
  const until = state.until === null ? Number.NaN : xNumber(state.until);
  return Number.isFinite(until) ? until : x[1];
}

export function targetFrame(state: LineChartState): LineFrame {
  let frame = cache.get(state);
  if (frame) return frame;
  const x = extent(xsOf(state), state.x.type === 'date' ? DAY_MS : 1);
  let y = extent(ysOf(state), 1);
  // nice() can overflow to ±Infinity for values near the largest double: keep the raw extent then.
  const nice = niceDomain(y, NICE_TICKS);
  if (nice.every(Number.isFinite)) y = nice;
  frame = { x, y, reveal: revealOf(state, x) };
  cache.set(state, frame);
  return frame;
}

const mix = (a: number, b: number, t: number) => (a === b ? a : a + (b - a) * t);

/** The frame `t` (0..1) of the way from `a` to `b`. */
export function lerpFrame(a: LineFrame, b: LineFrame, t: number): LineFrame {
  return {
    x: [mix(a.x[0], b.x[0], t), mix(a.x[1], b.x[1], t)],
    y: [mix(a.y[0], b.y[0], t), mix(a.y[1], b.y[1], t)],
    reveal: mix(a.reveal, b.reveal, t)
  };
}

/** A target with nothing drawn yet: where a chart draws in from when it first appears. */
export function emptyFrame(target: LineFrame): LineFrame {
  return { ...target, reveal: target.x[0] };
}

export function sameFrame(a: LineFrame, b: LineFrame): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1] && a.reveal === b.reveal;
}

/**
 * Where a scrubbed step starts, at progress 0: the previous step's picture when it is a line
 * chart too (its `until`, its domains), else this chart with nothing drawn yet.
 */
export function scrubStart(states: readonly { type: string }[], index: number): LineFrame | null {
  const state = states[index];
  if (state?.type !== 'line-chart') return null;
  const target = targetFrame(state as LineChartState);
  const before = states[index - 1];
  return before?.type === 'line-chart' ? targetFrame(before as LineChartState) : emptyFrame(target);
}
