import { describe, expect, it } from 'vitest';
import { planMarkTransition, sampleMarkTransition, settledFrame } from '../../../../../src/graphics/unit-chart/plan/markTransition.js';
import { layoutUnits } from '../../../../../src/graphics/unit-chart/plan/layoutUnits.js';
import { unitMarkTarget } from '../../../../../src/graphics/unit-chart/plan/unitMarkTarget.js';
import { countByGroup } from '../../../../../src/graphics/unit-chart/plan/markSet.js';

const COLOURS = { mark: '#3b3b3b', highlight: '#c0392b' };
const box = { x: 0, y: 0, width: 400, height: 400 };

function target(groups: { id: string; marks: number; value: number; highlight?: number }[]) {
  const layout = layoutUnits(groups.map((g) => ({ id: g.id, marks: g.marks, head: 40 })), box);
  return unitMarkTarget(layout, groups.map((g) => ({ id: g.id, value: g.value, parts: g.marks * 10, highlightParts: (g.highlight ?? 0) * 10 })), COLOURS);
}

describe('planMarkTransition and sampleMarkTransition', () => {
  const a = target([{ id: 'displaced', marks: 58, value: 580000 }, { id: 'saraqeb', marks: 11, value: 110000 }]);
  const b = target([{ id: 'displaced', marks: 58, value: 580000 }, { id: 'killed', marks: 30, value: 300 }]);

  it('grows every mark in from nothing and ticks counts up from 0', () => {
    const plan = planMarkTransition(null, a, '#a9a9a9');
    const start = sampleMarkTransition(plan, 0);
    expect(start.marks.length).toBe(69);
    expect(start.marks.size[0]).toBe(0);
    expect(start.counts.displaced).toBe(0);
    expect(plan.total).toBeLessThanOrEqual(1200);
  });

  it('ends exactly on the target', () => {
    const plan = planMarkTransition(settledFrame(a), b, '#a9a9a9');
    const end = sampleMarkTransition(plan, plan.total);
    expect(end.settled).toBe(true);
    expect(end.marks).toBe(b.marks);
    expect(end.counts).toEqual(b.values);
  });

  it('keeps persisting marks, fades removed ones, then drops them', () => {
    const plan = planMarkTransition(settledFrame(a), b, '#a9a9a9');
    expect(plan.present).toBe(88);
    const mid = sampleMarkTransition(plan, 100);
    expect(countByGroup(mid.marks)).toEqual({ displaced: 58, killed: 30, saraqeb: 11 });
    const later = sampleMarkTransition(plan, plan.exitEnd + 1);
    expect(countByGroup(later.marks)).toEqual({ displaced: 58, killed: 30 });
  });

  it('is deterministic: the same plan sampled at the same time gives the same frame', () => {
    const one = sampleMarkTransition(planMarkTransition(settledFrame(a), b, '#a9a9a9'), 420);
    const two = sampleMarkTransition(planMarkTransition(settledFrame(a), b, '#a9a9a9'), 420);
    expect(Array.from(one.marks.x.subarray(0, one.marks.length))).toEqual(Array.from(two.marks.x.subarray(0, two.marks.length)));
    expect(one.counts).toEqual(two.counts);
  });

  it('retargets from what is on screen, without a jump', () => {
    const first = planMarkTransition(null, a, '#a9a9a9');
    const onScreen = sampleMarkTransition(first, 500);
    const snapshot = { x: onScreen.marks.x[10], size: onScreen.marks.size[10], count: onScreen.counts.displaced };
    const second = planMarkTransition(onScreen, b, '#a9a9a9');
    const next = sampleMarkTransition(second, 0);
    expect(next.marks.x[10]).toBe(snapshot.x);
    expect(next.marks.size[10]).toBe(snapshot.size);
    expect(next.counts.displaced).toBe(snapshot.count);
  });

  it('ticks counts monotonically towards the target as marks arrive', () => {
    const plan = planMarkTransition(null, a, '#a9a9a9');
    let previous = -1;
    for (let t = 0; t <= plan.total; t += 50) {
      const value = sampleMarkTransition(plan, t).counts.displaced!;
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    expect(previous).toBe(580000);
  });

  it('recolours a mark that becomes highlighted', () => {
    const plain = target([{ id: 'posts', marks: 12, value: 12 }]);
    const marked = target([{ id: 'posts', marks: 12, value: 12, highlight: 3 }]);
    const plan = planMarkTransition(settledFrame(plain), marked, '#a9a9a9');
    const mid = sampleMarkTransition(plan, plan.total / 2);
    expect(mid.marks.fill[0]).not.toBe(COLOURS.mark);
    expect(sampleMarkTransition(plan, plan.total).marks.fill.slice(0, 4)).toEqual([COLOURS.highlight, COLOURS.highlight, COLOURS.highlight, COLOURS.mark]);
  });
});
