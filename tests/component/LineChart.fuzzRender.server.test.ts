// @vitest-environment node
/**
 * Property: every line-chart story `parseStory` accepts renders on the server (the no-JS
 * fallback): the graphic stage at a random step and size, the live component, and a
 * snapshot file. Mutants of tests/fixtures/stories/line-chart-example.json. Nothing may throw.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { render } from 'svelte/server';
import GraphicStage from '../../src/components/GraphicStage.svelte';
import LineChart from '../../src/graphics/line-chart/LineChart.svelte';
import { snapshotSvg } from '../../src/components/snapshot/snapshotSvg.js';
import { validateStory, type Story } from '../../src/schema/parseStory.js';
import { lineExampleJson } from '../helpers/lineStories.js';
import { FUZZ_SEED, fuzzRuns, mutantArb } from '../unit/fuzz/storyMutations.js';

const acceptedArb = mutantArb(() => lineExampleJson(), 2)
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

describe('rendering accepted line-chart mutants on the server', () => {
  it('renders the graphic at any step without throwing', () => {
    fc.assert(
      fc.property(acceptedArb, ({ story, index, width, height }) => {
        const insets = { top: 0, right: 0, bottom: 0, left: 0 };
        render(GraphicStage, { props: { story, index, progress: 1, width, height, insets, reducedMotion: true } });
        render(LineChart, { props: { story, index, width, height } });
        snapshotSvg(story, index, width, height);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(200, 0.05), endOnFailure: true }
    );
  }, 120_000);
});
