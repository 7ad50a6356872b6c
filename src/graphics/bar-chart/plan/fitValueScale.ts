/**
 * The scale from values to positions along the bars, fitted so that every value's text has
 * room: a positive bar grows from the zero line towards the end, a negative one towards the
 * start, and each value is written just beyond its bar's end, inside [start, end]. Where a
 * long value would squeeze every bar, it goes inside its own bar instead (when the bar is
 * thick enough for the text and long enough to hold it), so the others can be longer.
 *
 * For a zero at z and k px per unit, each value outside needs z + k·v + pad + w ≤ end
 * (positive) or z − k·|v| − pad − w ≥ start (negative): the room on the positive side
 * shrinks as z moves towards the end and the negative side's grows, so the best z is where
 * the two meet, found by bisection. Positions are logical: from the start of the line of
 * text (left in a left-to-right story, right in a right-to-left one).
 *
 * The result is the line z + k·v itself, not a d3-scale `scaleLinear`: the fit is the whole
 * work, and scaleLinear would bring d3-interpolate, d3-color, d3-format and d3-array into
 * the embed (9.2 KB more gzip in embed.js, measured, for one multiplication).
 */
import { INSIDE_GAIN } from './constants.js';

export interface ValueSlot {
  value: number;
  /** Width of its text, px. */
  width: number;
}

export type Placement = 'outside' | 'inside';

export interface FittedScale {
  /** Value to logical position; `scale(0)` is the zero line. */
  scale: (value: number) => number;
  /** The zero line, and px per unit of value. */
  zero: number;
  slope: number;
  /** Where each value's text goes, in the order given. */
  placement: Placement[];
  /** Length of the longest bar, px. */
  longest: number;
}

/** Bisection steps: 40 halvings of any panel width are far below a pixel. */
const STEPS = 40;

/** Best k (px per unit) for a zero at z, with the given placements; negative when nothing fits. */
function slopeAt(z: number, slots: readonly ValueSlot[], placement: readonly Placement[], start: number, end: number, pad: number): number {
  let k = Infinity;
  slots.forEach((slot, i) => {
    const room = placement[i] === 'inside' ? 0 : pad + slot.width;
    if (slot.value > 0) k = Math.min(k, (end - z - room) / slot.value);
    else if (slot.value < 0) k = Math.min(k, (z - start - room) / -slot.value);
  });
  return k;
}

/** Where the zero line may go so that each zero value's text fits beside it. */
function zeroRange(slots: readonly ValueSlot[], start: number, end: number, pad: number, negativeSide: boolean): [number, number] {
  let lo = start;
  let hi = end;
  for (const slot of slots) {
    if (slot.value !== 0) continue;
    if (negativeSide) lo = Math.max(lo, start + pad + slot.width);
    else hi = Math.min(hi, end - pad - slot.width);
  }
  return lo <= hi ? [lo, hi] : [start, start];
}

function solve(slots: readonly ValueSlot[], placement: readonly Placement[], start: number, end: number, pad: number) {
  const anyPositive = slots.some((s) => s.value > 0);
  const anyNegative = slots.some((s) => s.value < 0);
  // Zeros are written on the positive side, unless every other bar is negative.
  const [lo, hi] = zeroRange(slots, start, end, pad, anyNegative && !anyPositive);
  let z: number;
  if (!anyNegative) z = lo;
  else if (!anyPositive) z = hi;
  else {
    // The positive side's slope falls as z grows, the negative side's rises: bisect for where they meet.
    const side = (sign: number) => {
      const picked = slots.flatMap((s, j) => (Math.sign(s.value) === sign ? [j] : []));
      return [picked.map((j) => slots[j]!), picked.map((j) => placement[j]!)] as const;
    };
    const [pSlots, pPlaces] = side(1);
    const [nSlots, nPlaces] = side(-1);
    let a = lo;
    let b = hi;
    for (let i = 0; i < STEPS; i++) {
      const mid = (a + b) / 2;
      if (slopeAt(mid, pSlots, pPlaces, start, end, pad) > slopeAt(mid, nSlots, nPlaces, start, end, pad)) a = mid;
      else b = mid;
    }
    z = (a + b) / 2;
  }
  const k = Math.max(0, anyPositive || anyNegative ? slopeAt(z, slots, placement, start, end, pad) : 0);
  return { z, k: Number.isFinite(k) ? k : 0 };
}

/**
 * @param insideFits whether a value's text could sit inside a bar at all (the bar is thicker than the text)
 */
export function fitValueScale(slots: readonly ValueSlot[], start: number, end: number, pad: number, insideFits: boolean): FittedScale {
  const placement: Placement[] = slots.map(() => 'outside');
  let { z, k } = solve(slots, placement, start, end, pad);
  // Move the values that limit the scale into their bars while that makes every bar clearly
  // longer and they still fit inside; each move is final, so this ends after at most n rounds.
  if (insideFits) {
    for (let round = 0; round < slots.length; round++) {
      const binding = limitingSlots(slots, placement, z, k, start, end, pad);
      if (!binding.length) break;
      const trial = placement.slice();
      for (const i of binding) trial[i] = 'inside';
      const next = solve(slots, trial, start, end, pad);
      const fits = binding.every((i) => next.k * Math.abs(slots[i]!.value) >= slots[i]!.width + 2 * pad);
      if (next.k < k * INSIDE_GAIN || !fits) break;
      for (const i of binding) placement[i] = 'inside';
      ({ z, k } = next);
    }
  }
  const extent = slots.reduce((most, s) => Math.max(most, Math.abs(s.value)), 0);
  return { scale: (value) => z + k * value, zero: z, slope: k, placement, longest: k * extent };
}

/** The outside values whose room sets k (the tightest constraints, ties included). */
function limitingSlots(slots: readonly ValueSlot[], placement: readonly Placement[], z: number, k: number, start: number, end: number, pad: number): number[] {
  const slopes = slots.map((slot, i) => {
    if (placement[i] !== 'outside' || slot.value === 0) return Infinity;
    return slot.value > 0 ? (end - z - pad - slot.width) / slot.value : (z - start - pad - slot.width) / -slot.value;
  });
  const tolerance = Math.max(1e-9, Math.abs(k) * 1e-6);
  return slopes.flatMap((slope, i) => (slope <= k + tolerance ? [i] : []));
}
