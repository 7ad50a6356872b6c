// @vitest-environment node
/**
 * Property: every bar-chart story `parseStory` accepts renders on the server (the no-JS
 * fallback): the Explainer, the graphic stage and the live chart at a random step and size.
 * Mutants of the bar-chart example; fuzzRender.server.test.ts covers the flagship.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { render } from 'svelte/server';
import Explainer from '../../src/components/Explainer.svelte';
import GraphicStage from '../../src/components/GraphicStage.svelte';
import BarChart from '../../src/graphics/bar-chart/BarChart.svelte';
import { validateStory, type Story } from '../../src/schema/parseStory.js';
import { barExampleJson } from '../helpers/barChartStories.js';
import { FUZZ_SEED, fuzzRuns, mutantArb } from '../unit/fuzz/storyMutations.js';

const acceptedArb = mutantArb(() => barExampleJson(), 2)
  .map(({ story }) => validateStory(story).story)
  .filter((story): story is Story => story !== null)
  .chain((story) =>
    fc.record({
      story: fc.constant(story),
      index: fc.nat({ max: story.steps.length - 1 }),
      width: fc.constantFrom(320, 390, 1280),
      height: fc.constantFrom(390, 844)
    })
  );

describe('rendering accepted bar-chart mutants on the server', () => {
  it('renders the Explainer, the stage and the chart at any step without throwing', () => {
    fc.assert(
      fc.property(acceptedArb, ({ story, index, width, height }) => {
        render(Explainer, { props: { story } });
        const insets = { top: 0, right: 0, bottom: 0, left: 0 };
        render(GraphicStage, { props: { story, index, progress: 1, width, height, insets, reducedMotion: true } });
        render(BarChart, { props: { story, index, width, height } });
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(120, 0.02), endOnFailure: true }
    );
  }, 120_000);
});
