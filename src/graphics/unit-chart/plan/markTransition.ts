/**
 * A change of a unit chart from what is on screen to a new target, planned once and then
 * sampled every frame. Marks present in both move (and recolour); new marks grow from
 * their centre; removed marks fade and shrink, then leave. Start times are staggered over
 * the marks that change, in reading order, and every mark's own move is eased (cubic);
 * each group's count runs over the same span as its marks, so numbers tick in step.
 * Sampling after `total` gives the target exactly.
 */
import { easeCubicInOut } from '../../../motion/easing.js';
import { interpolateColor } from '../../../chart/interpolateColor.js';
import { createMarkSet, markKey, type MarkSet } from './markSet.js';
import type { MarkTarget } from './unitMarkTarget.js';
import { MARK_EXIT_MS, MARK_EXIT_SCALE, MARK_MOVE_MS, MARK_STAGGER_MS } from './constants.js';

export interface MarkFrame {
  marks: MarkSet;
  /** Current value of each group's count. */
  counts: Record<string, number>;
  settled: boolean;
}

export interface MarkTransition {
  target: MarkTarget;
  /** Target marks first (`present` of them), then the marks fading out. */
  from: MarkSet;
  to: MarkSet;
  present: number;
  delay: Float64Array;
  duration: Float64Array;
  fills: (((t: number) => string) | null)[];
  counts: { id: string; from: number; to: number; start: number; end: number }[];
  /** When the last fading mark is gone, ms. */
  exitEnd: number;
  /** When everything has settled, ms. */
  total: number;
  /** Reused output buffers, so a frame allocates almost nothing. */
  out: MarkSet;
}

/** Duration of one mark's fade, ms; the rest of MARK_EXIT_MS staggers the fades. */
const EXIT_FADE_MS = 200;

export function settledFrame(target: MarkTarget): MarkFrame {
  return { marks: target.marks, counts: { ...target.values }, settled: true };
}

function copyMark(fromSet: MarkSet, i: number, toSet: MarkSet, k: number) {
  toSet.group[k] = fromSet.group[i]!;
  toSet.index[k] = fromSet.index[i]!;
  toSet.x[k] = fromSet.x[i]!;
  toSet.y[k] = fromSet.y[i]!;
  toSet.size[k] = fromSet.size[i]!;
  toSet.width[k] = fromSet.width[i]!;
  toSet.opacity[k] = fromSet.opacity[i]!;
  toSet.fill[k] = fromSet.fill[i]!;
}

/** Plans the change from `current` (what is on screen; null: nothing yet) to `target`. */
export function planMarkTransition(current: MarkFrame | null, target: MarkTarget, exitFill: string): MarkTransition {
  const now = current?.marks;
  const goal = target.marks;
  const onScreen = new Map<string, number>();
  if (now) for (let i = 0; i < now.length; i++) onScreen.set(markKey(now.group[i]!, now.index[i]!), i);

  const kept = new Set<number>();
  for (let k = 0; k < goal.length; k++) {
    const j = onScreen.get(markKey(goal.group[k]!, goal.index[k]!));
    if (j !== undefined) kept.add(j);
  }
  const exits: number[] = [];
  if (now) for (let i = 0; i < now.length; i++) if (!kept.has(i)) exits.push(i);

  const length = goal.length + exits.length;
  const from = createMarkSet(length);
  const to = createMarkSet(length);
  const delay = new Float64Array(length);
  const duration = new Float64Array(length);
  const fills: (((t: number) => string) | null)[] = new Array(length).fill(null);

  const changed: number[] = [];
  for (let k = 0; k < goal.length; k++) {
    copyMark(goal, k, to, k);
    const j = onScreen.get(markKey(goal.group[k]!, goal.index[k]!));
    if (j !== undefined && now) {
      copyMark(now, j, from, k);
    } else {
      copyMark(goal, k, from, k);
      from.x[k] = goal.x[k]! + goal.width[k]! / 2;
      from.y[k] = goal.y[k]! + goal.size[k]! / 2;
      from.size[k] = 0;
      from.width[k] = 0;
    }
    if (from.fill[k] !== to.fill[k]) fills[k] = interpolateColor(from.fill[k]!, to.fill[k]!);
    const moves =
      from.x[k] !== to.x[k] || from.y[k] !== to.y[k] || from.size[k] !== to.size[k] || from.width[k] !== to.width[k] ||
      from.opacity[k] !== to.opacity[k] || fills[k] !== null;
    if (moves) changed.push(k);
    duration[k] = moves ? MARK_MOVE_MS : 0;
  }
  changed.forEach((k, order) => {
    delay[k] = changed.length > 1 ? (MARK_STAGGER_MS * order) / (changed.length - 1) : 0;
  });

  exits.forEach((i, order) => {
    const k = goal.length + order;
    copyMark(now!, i, from, k);
    copyMark(now!, i, to, k);
    const size = now!.size[i]!;
    const width = now!.width[i]!;
    to.size[k] = size * MARK_EXIT_SCALE;
    to.width[k] = width * MARK_EXIT_SCALE;
    to.x[k] = now!.x[i]! + (width - to.width[k]!) / 2;
    to.y[k] = now!.y[i]! + (size - to.size[k]!) / 2;
    to.opacity[k] = 0;
    to.fill[k] = exitFill;
    if (from.fill[k] !== exitFill) fills[k] = interpolateColor(from.fill[k]!, exitFill);
    delay[k] = exits.length > 1 ? ((MARK_EXIT_MS - EXIT_FADE_MS) * order) / (exits.length - 1) : 0;
    duration[k] = EXIT_FADE_MS;
  });
  const exitEnd = exits.length ? MARK_EXIT_MS : 0;

  const span = new Map<string, [number, number]>();
  for (const k of changed) {
    const id = goal.group[k]!;
    const s = span.get(id);
    const end = delay[k]! + duration[k]!;
    if (s) s[1] = Math.max(s[1], end);
    else span.set(id, [delay[k]!, end]);
  }
  const counts = Object.entries(target.values).map(([id, value]) => {
    const [start, end] = span.get(id) ?? [0, MARK_MOVE_MS];
    return { id, from: current?.counts[id] ?? 0, to: value, start, end };
  });

  let total = exitEnd;
  for (let k = 0; k < goal.length; k++) total = Math.max(total, delay[k]! + duration[k]!);
  for (const c of counts) if (c.from !== c.to) total = Math.max(total, c.end);

  const out = createMarkSet(length);
  for (let k = 0; k < length; k++) {
    out.group[k] = to.group[k]!;
    out.index[k] = to.index[k]!;
  }
  return { target, from, to, present: goal.length, delay, duration, fills, counts, exitEnd, total, out };
}

/** What is on screen `elapsed` ms after the change began. */
export function sampleMarkTransition(plan: MarkTransition, elapsed: number): MarkFrame {
  if (elapsed >= plan.total) return settledFrame(plan.target);
  const { from, to, delay, duration, fills, out } = plan;
  const length = elapsed >= plan.exitEnd ? plan.present : from.length;
  for (let k = 0; k < length; k++) {
    const d = duration[k]!;
    const local = d > 0 ? Math.min(1, Math.max(0, (elapsed - delay[k]!) / d)) : 1;
    const t = easeCubicInOut(local);
    // Plain arithmetic, not an interpolator per mark: this loop runs for every mark every frame.
    out.x[k] = from.x[k]! + (to.x[k]! - from.x[k]!) * t;
    out.y[k] = from.y[k]! + (to.y[k]! - from.y[k]!) * t;
    out.size[k] = from.size[k]! + (to.size[k]! - from.size[k]!) * t;
    out.width[k] = from.width[k]! + (to.width[k]! - from.width[k]!) * t;
    out.opacity[k] = from.opacity[k]! + (to.opacity[k]! - from.opacity[k]!) * t;
    const fill = fills[k];
    out.fill[k] = fill ? (t >= 1 ? to.fill[k]! : fill(t)) : to.fill[k]!;
  }
  out.length = length;
  const counts: Record<string, number> = {};
  for (const c of plan.counts) {
    const local = c.end > c.start ? Math.min(1, Math.max(0, (elapsed - c.start) / (c.end - c.start))) : 1;
    counts[c.id] = c.from + (c.to - c.from) * local;
  }
  return { marks: out, counts, settled: false };
}
