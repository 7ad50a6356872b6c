/**
 * Property: whatever a bar-chart story contains, `parseStory` returns a valid story or throws
 * its `StoryError`, and every accepted story lays out and animates with finite numbers at any
 * size, with every value inside the drawing. Mutants start from the bar-chart example
 * (tests/fixtures/stories/bar-chart-example.json), the flagship's fuzzing has no bar chart.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStory, StoryError, type Story } from '../../../src/schema/parseStory.js';
import { barChartPlan } from '../../../src/graphics/bar-chart/plan/barChartPlan.js';
import { planBarTransition } from '../../../src/graphics/bar-chart/plan/barTransition.js';
import { textBoxes } from '../../../src/graphics/bar-chart/plan/layoutBars.js';
import { MAX_BARS } from '../../../src/graphics/bar-chart/plan/constants.js';
import type { BarChartState } from '../../../src/graphics/bar-chart/state.js';
import type { BarFrame } from '../../../src/graphics/bar-chart/plan/barFrame.js';
import { barExampleJson } from '../../helpers/barChartStories.js';
import { FUZZ_SEED, fuzzRuns, mutantArb } from './storyMutations.js';

function outcome(input: unknown): { story: Story } | { error: StoryError } {
  try {
    return { story: parseStory(input) };
  } catch (error) {
    if (error instanceof StoryError) return { error };
    throw error;
  }
}

/** Ids of bars with a coordinate that is not a finite number (one expect per frame: a thousand steps make many frames). */
function notFinite(frame: BarFrame): string[] {
  const bad = frame.bars.filter((b) =>
    [b.x, b.y, b.width, b.height, b.opacity, b.tick.x, b.tick.y1, b.tick.y2, b.label.x, b.label.top, b.value.x, b.value.middle].some((n) => !Number.isFinite(n))
  );
  return [...bad.map((b) => b.id), ...(Number.isFinite(frame.width) && Number.isFinite(frame.height) ? [] : ['(size)'])];
}

/** Steps of a mutant checked: a mutant of a thousand steps repeats the same few. */
const STEPS_CHECKED = 40;

const SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844, insets: { top: 0, right: 0, bottom: 253, left: 0 } },
  { width: 1280, height: 800 }
];

describe('bar charts under fuzzing', () => {
  it('parse to a valid story or a StoryError, and every accepted one lays out and animates within its drawing', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutantArb(() => barExampleJson()), fc.constantFrom(...SIZES), ({ story: json }, size) => {
        const result = outcome(json);
        if ('error' in result) {
          for (const p of result.error.problems) expect(p.path.length + p.message.length).toBeGreaterThan(0);
          return;
        }
        accepted++;
        const story = result.story;
        let previous: BarFrame | null = null;
        for (const step of story.steps.slice(0, STEPS_CHECKED)) {
          if (step.state.type !== 'bar-chart') {
            previous = null;
            continue;
          }
          const state = step.state as unknown as BarChartState;
          expect(state.bars.length).toBeLessThanOrEqual(MAX_BARS);
          const plan = barChartPlan(story, state, size.width, size.height, size.insets)!;
          const outside = textBoxes(plan.layout).filter(({ box }) => box.width > 0 && (box.x < -1e-6 || box.x + box.width > plan.layout.width + 1e-6));
          expect(outside).toEqual([]);
          const change = planBarTransition(previous, plan.frame);
          expect([plan.frame, ...[0, 0.3, 0.7].map((t) => change.at(t))].flatMap(notFinite)).toEqual([]);
          previous = plan.frame;
        }
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(400, 0.3), endOnFailure: true }
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
