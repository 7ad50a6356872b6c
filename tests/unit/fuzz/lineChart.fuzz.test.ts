/**
 * Property: whatever a line-chart story contains, `parseStory` returns a valid story or
 * throws its `StoryError`, and every line chart it accepts lays out at any size without
 * throwing, with finite coordinates and every end label inside the box. Mutants start from
 * tests/fixtures/stories/line-chart-example.json (the flagship, which the other fuzz tests
 * start from, has no line chart).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStory, StoryError, type Story } from '../../../src/schema/parseStory.js';
import { LIMITS } from '../../../src/schema/limits.js';
import { lineChartStateAt } from '../../../src/graphics/line-chart/state.js';
import { lineChartBase } from '../../../src/graphics/line-chart/plan/lineChartBase.js';
import { lineChartScene } from '../../../src/graphics/line-chart/plan/lineChartScene.js';
import { lerpFrame, scrubStart, targetFrame } from '../../../src/graphics/line-chart/plan/lineFrame.js';
import { kindOf } from '../../../src/graphics/line-chart/plan/xValue.js';
import { describeState } from '../../../src/story/describeState.js';
import { dataRows } from '../../../src/story/dataRows.js';
import { lineExampleJson } from '../../helpers/lineStories.js';
import { FUZZ_SEED, fuzzRuns, mutantArb } from './storyMutations.js';

function accepted(input: unknown): Story | null {
  try {
    return parseStory(input);
  } catch (error) {
    if (error instanceof StoryError) {
      for (const p of error.problems) expect(p.path.length).toBeGreaterThan(0);
      return null;
    }
    throw error;
  }
}

function checkDrawable(story: Story, width: number, height: number) {
  describeState(story, 0);
  dataRows(story);
  const states = story.steps.map((s) => s.state);
  // A story of a thousand steps repeats a few states: the first steps and the last say as much.
  const indexes = [...new Set([0, 1, 2, 3, 4, 5, story.steps.length - 1])].filter((i) => i < story.steps.length);
  indexes.forEach((index) => {
    const chart = lineChartStateAt(story, index);
    if (!chart) return;
    const type = chart.x.type;
    for (const s of chart.series) for (const p of s.points) expect(kindOf(p[0])).toBe(type);
    expect(chart.series.reduce((n, s) => n + s.points.length, 0)).toBeLessThanOrEqual(LIMITS.marks);
    describeState(story, index);
    const base = lineChartBase(story, chart, width, height, { top: 0, right: 0, bottom: Math.round(height / 3), left: 0 });
    const target = targetFrame(chart);
    const frames = [target];
    const start = scrubStart(states, index);
    if (start) frames.push(lerpFrame(start, target, 0.5));
    for (const frame of frames) {
      const scene = lineChartScene(base, frame);
      for (const s of scene.series) {
        for (const p of s.points) expect(p.every(Number.isFinite)).toBe(true);
        if (s.label) {
          expect(s.label.top).toBeGreaterThanOrEqual(-1e-6);
          expect(s.label.top + s.label.height).toBeLessThanOrEqual(height + 1e-6);
        }
      }
      for (const n of scene.notes) expect([n.box.x, n.box.y, n.box.width, n.box.height].every(Number.isFinite)).toBe(true);
    }
  });
}

describe('line charts under fuzzing', () => {
  it('validate or fail with located problems, and lay out at any size', () => {
    let drawn = 0;
    fc.assert(
      fc.property(
        mutantArb(() => lineExampleJson()),
        fc.constantFrom(320, 390, 844, 1280),
        fc.constantFrom(390, 640, 844),
        ({ story }, width, height) => {
          const parsed = accepted(story);
          if (!parsed) return;
          drawn++;
          checkDrawable(parsed, width, height);
        }
      ),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(600), endOnFailure: true }
    );
    expect(drawn).toBeGreaterThan(0);
  }, 120_000);

  it('lay out extreme values: huge and tiny numbers, far dates, one point, equal values', () => {
    const cases: unknown[][] = [
      [[0, 1e308], [1, -1e308]],
      [[-1e308, 0], [1e308, 1]],
      [[0, 1e-300], [1, 2e-300]],
      [[5, 5]],
      [[0, 7], [1, 7], [2, 7]]
    ];
    for (const points of cases) {
      const json = lineExampleJson() as { steps: { graphic?: Record<string, unknown> }[] };
      json.steps[0]!.graphic = { type: 'line-chart', title: 'T', x: { type: 'number' }, y: { label: 'Y' }, series: [{ id: 'a', label: 'A', source: 'example', points }] };
      json.steps = [json.steps[0]!];
      const story = accepted(json);
      expect(story, JSON.stringify(points)).not.toBeNull();
      checkDrawable(story!, 390, 844);
    }
    const far = lineExampleJson() as { steps: { graphic?: Record<string, unknown> }[] };
    far.steps[0]!.graphic!.series = [{ id: 'a', label: 'A', source: 'example', points: [['0001-01-01', 1], ['9999-12-31T23:59Z', 2]] }];
    checkDrawable(accepted(far)!, 320, 568);
  });
});
