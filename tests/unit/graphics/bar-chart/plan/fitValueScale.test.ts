import { describe, expect, it } from 'vitest';
import { fitValueScale, type ValueSlot } from '../../../../../src/graphics/bar-chart/plan/fitValueScale.js';
import { VALUE_PAD } from '../../../../../src/graphics/bar-chart/plan/constants.js';

const START = 20;
const END = 370;

/** Where each value's text starts and ends (logical), placed as the layout places it (zeros on the positive side unless all others are negative). */
function textSpans(slots: readonly ValueSlot[], fit: ReturnType<typeof fitValueScale>) {
  const zerosPositive = slots.some((s) => s.value > 0) || !slots.some((s) => s.value < 0);
  return slots.map((slot, i) => {
    const end = fit.scale(slot.value);
    const positive = slot.value > 0 || (slot.value === 0 && zerosPositive);
    if (fit.placement[i] === 'inside') return positive ? [end - VALUE_PAD - slot.width, end - VALUE_PAD] : [end + VALUE_PAD, end + VALUE_PAD + slot.width];
    return positive ? [end + VALUE_PAD, end + VALUE_PAD + slot.width] : [end - VALUE_PAD - slot.width, end - VALUE_PAD];
  });
}

const slots = (...pairs: [number, number][]): ValueSlot[] => pairs.map(([value, width]) => ({ value, width }));

describe('fitValueScale', () => {
  it('puts the zero line at the start when every value is positive, and the longest value’s text ends at the end', () => {
    const s = slots([40, 20], [10, 20], [25, 20]);
    const fit = fitValueScale(s, START, END, VALUE_PAD, false);
    expect(fit.zero).toBe(START);
    expect(fit.scale(40) + VALUE_PAD + 20).toBeCloseTo(END, 6);
    expect(fit.placement).toEqual(['outside', 'outside', 'outside']);
  });

  it('puts it at the end when every value is negative', () => {
    const s = slots([-40, 20], [-10, 20]);
    const fit = fitValueScale(s, START, END, VALUE_PAD, false);
    expect(fit.zero).toBe(END);
    expect(fit.scale(-40) - VALUE_PAD - 20).toBeCloseTo(START, 6);
  });

  it('with negatives, splits the room so both sides’ texts reach the edges, at one scale for all', () => {
    const s = slots([6, 22], [5, 22], [-7, 22], [-8, 22]);
    const fit = fitValueScale(s, START, END, VALUE_PAD, false);
    const spans = textSpans(s, fit);
    const left = Math.min(...spans.map(([a]) => a!));
    const right = Math.max(...spans.map(([, b]) => b!));
    expect(left).toBeCloseTo(START, 3);
    expect(right).toBeCloseTo(END, 3);
    // One scale: each bar as long as its value says.
    for (const slot of s) expect(Math.abs(fit.scale(slot.value) - fit.zero) / Math.abs(slot.value)).toBeCloseTo(fit.slope, 9);
    expect(fit.zero).toBeGreaterThan(START);
    expect(fit.zero).toBeLessThan(END);
    // 8 units to the left and 6 to the right, texts of the same width: the zero sits right of the middle.
    expect(fit.zero).toBeGreaterThan((START + END) / 2);
  });

  it('keeps every text inside [start, end], whatever the values', () => {
    const cases: ValueSlot[][] = [
      slots([1, 10], [1e15, 90], [-3, 30]),
      slots([0, 12], [0, 12]),
      slots([0, 12], [-5, 12]),
      slots([0.001, 40], [-0.002, 40], [0, 40]),
      slots([3, 200], [-3, 100])
    ];
    for (const s of cases) {
      const fit = fitValueScale(s, START, END, VALUE_PAD, false);
      expect(Number.isFinite(fit.zero) && Number.isFinite(fit.slope)).toBe(true);
      for (const [a, b] of textSpans(s, fit)) {
        expect(a!).toBeGreaterThanOrEqual(START - 1e-6);
        expect(b!).toBeLessThanOrEqual(END + 1e-6);
      }
    }
  });

  it('writes zeros beside the zero line, on the negative side when every other value is negative', () => {
    const fit = fitValueScale(slots([0, 30], [-10, 20]), START, END, VALUE_PAD, false);
    expect(fit.zero - VALUE_PAD - 30).toBeGreaterThanOrEqual(START - 1e-6);
    const all = fitValueScale(slots([0, 30], [0, 30]), START, END, VALUE_PAD, false);
    expect(all.longest).toBe(0);
    expect(all.zero + VALUE_PAD + 30).toBeLessThanOrEqual(END);
  });

  it('moves a wide value into its long bar when that makes the bars clearly longer, if the bar is thick enough', () => {
    const s = slots([100, 130], [60, 20], [40, 20]);
    const outside = fitValueScale(s, START, END, VALUE_PAD, false);
    const inside = fitValueScale(s, START, END, VALUE_PAD, true);
    expect(outside.placement[0]).toBe('outside');
    expect(inside.placement[0]).toBe('inside');
    expect(inside.slope).toBeGreaterThan(outside.slope * 1.15);
    // It fits in its bar.
    expect(inside.scale(100) - inside.zero).toBeGreaterThanOrEqual(130 + 2 * VALUE_PAD);
  });

  it('leaves values outside when moving them in would gain little', () => {
    const fit = fitValueScale(slots([100, 14], [60, 14]), START, END, VALUE_PAD, true);
    expect(fit.placement).toEqual(['outside', 'outside']);
  });
});
