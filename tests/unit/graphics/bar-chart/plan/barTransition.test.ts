import { describe, expect, it } from 'vitest';
import { planBarTransition } from '../../../../../src/graphics/bar-chart/plan/barTransition.js';
import { barChartPlan } from '../../../../../src/graphics/bar-chart/plan/barChartPlan.js';
import type { BarFrame } from '../../../../../src/graphics/bar-chart/plan/barFrame.js';
import type { BarChartState } from '../../../../../src/graphics/bar-chart/state.js';
import { barStory, type RecipeBar } from '../../../../helpers/barChartStories.js';

const SIZE = { width: 390, height: 844 };

/** The settled frame of each step of a story made of these steps. */
function frames(steps: Parameters<typeof barStory>[0], options: Parameters<typeof barStory>[1] = {}): BarFrame[] {
  const story = barStory(steps, options);
  return story.steps.map((step) => barChartPlan(story, step.state as unknown as BarChartState, SIZE.width, SIZE.height)!.frame);
}

const mark = (frame: BarFrame, id: string) => frame.bars.find((b) => b.id === id)!;
const A: RecipeBar[] = [
  { id: 'a', value: 30 },
  { id: 'b', value: 20 },
  { id: 'c', value: 10 }
];

describe('planBarTransition', () => {
  it('starts from what was on screen and ends on the new state itself', () => {
    const [from, to] = frames([A, [{ id: 'a', value: 10 }, { id: 'b', value: 40 }, { id: 'c', value: 5 }]]);
    const change = planBarTransition(from!, to!);
    expect(change.still).toBe(false);
    const start = change.at(0);
    for (const id of ['a', 'b', 'c']) {
      expect(mark(start, id).width).toBeCloseTo(mark(from!, id).width, 9);
      expect(mark(start, id).y).toBeCloseTo(mark(from!, id).y, 9);
    }
    expect(change.at(1)).toBe(to);
    expect(start.settled).toBe(false);
  });

  it('moves a bar through the rows between to its new place in the order', () => {
    const [from, to] = frames([A, [{ id: 'b', value: 20 }, { id: 'c', value: 10 }, { id: 'a', value: 30 }]]);
    const change = planBarTransition(from!, to!);
    const ys = [0, 0.25, 0.5, 0.75, 1].map((t) => mark(change.at(t), 'a').y);
    expect(ys[0]).toBeCloseTo(mark(from!, 'a').y, 9);
    expect(ys[4]).toBeCloseTo(mark(to!, 'a').y, 9);
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
    // Its label and value travel with it.
    const half = mark(change.at(0.5), 'a');
    expect(half.label.top).toBeCloseTo((mark(from!, 'a').label.top + mark(to!, 'a').label.top) / 2, 9);
    expect(half.value.middle).toBeCloseTo((mark(from!, 'a').value.middle + mark(to!, 'a').value.middle) / 2, 9);
  });

  it('grows a new bar from the zero line as it fades in, and shrinks a removed one back to it', () => {
    const [from, to] = frames([A, [{ id: 'a', value: 30 }, { id: 'd', value: 25 }]]);
    const change = planBarTransition(from!, to!);
    const start = change.at(0);
    expect(mark(start, 'd').width).toBe(0);
    expect(mark(start, 'd').opacity).toBe(0);
    expect(mark(start, 'd').x).toBeCloseTo(mark(to!, 'd').tick.x, 9);
    const mid = change.at(0.6);
    expect(mark(mid, 'd').width).toBeGreaterThan(0);
    expect(mark(mid, 'd').width).toBeLessThan(mark(to!, 'd').width);
    expect(mark(mid, 'd').opacity).toBeGreaterThan(0);
    // b and c leave: still there at the start, gone (transparent) halfway, absent at the end.
    expect(start.bars.map((b) => b.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(mark(change.at(0.5), 'c').opacity).toBe(0);
    expect(mark(change.at(0.9), 'c').width).toBeLessThan(mark(from!, 'c').width * 0.2);
    expect(change.at(1).bars.map((b) => b.id)).toEqual(['a', 'd']);
  });

  it('counts numbers to their new value in the state’s format, and switches display wording at once', () => {
    const [from, to] = frames([[{ id: 'a', value: 1000 }, { id: 'b', value: 3 }], [{ id: 'a', value: 3000 }, { id: 'b', value: 5, display: 'about five' }]]);
    const half = planBarTransition(from!, to!).at(0.5);
    expect(mark(half, 'a').value.text).toBe('2,000');
    expect(mark(half, 'b').value.text).toBe('about five');
  });

  it('brings a value moving into its bar from where it was, measured from its new anchor', () => {
    const wide: RecipeBar = { id: 'a', value: 100, display: 'one hundred and more, about' };
    const [from, to] = frames([[{ id: 'a', value: 10, display: 'one hundred and more, about' }, { id: 'b', value: 60 }, { id: 'c', value: 40 }], [wide, { id: 'b', value: 60 }, { id: 'c', value: 40 }]]);
    // At 390 px the wordy value sits outside its short bar, then inside the long one.
    const before = mark(from!, 'a').value;
    const after = mark(to!, 'a').value;
    expect([before.anchor, after.anchor]).toEqual(['start', 'end']);
    const start = mark(planBarTransition(from!, to!).at(0), 'a').value;
    expect(start.anchor).toBe('end');
    expect(start.x).toBeCloseTo(before.x + before.width, 9);
  });

  it('mirrors its motion in a right-to-left story', () => {
    const [from, to] = frames([A, [{ id: 'a', value: 10 }, { id: 'b', value: 40 }, { id: 'c', value: 5 }]], { dir: 'rtl' });
    const half = planBarTransition(from!, to!).at(0.5);
    // Bars keep their right end on the zero line while they change.
    for (const b of half.bars) expect(b.x + b.width).toBeCloseTo(b.tick.x, 6);
  });

  it('is still when nothing changes, so no timer runs for a step that only changes the text', () => {
    const [one, two] = frames([A, { highlight: [] }]);
    expect(planBarTransition(one!, two!).still).toBe(true);
    expect(planBarTransition(one!, frames([A, { highlight: ['a'] }])[1]!).still).toBe(false);
  });
});
