// @vitest-environment node
/**
 * Property: every story of photos and videos that `parseStory` accepts renders on the
 * server (the no-JS fallback): the Explainer, and the graphic stage at a random step and
 * size. Nothing may throw. Mutants start from the media example.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import Explainer from '../../src/components/Explainer.svelte';
import GraphicStage from '../../src/components/GraphicStage.svelte';
import { validateStory, type Story } from '../../src/schema/parseStory.js';
import { FUZZ_SEED, fuzzRuns, mutantArb } from '../unit/fuzz/storyMutations.js';

const example = () => JSON.parse(readFileSync(`${process.cwd()}/tests/fixtures/stories/media-example.json`, 'utf8'));

const acceptedArb = mutantArb(example, 2)
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

describe('rendering accepted mutants of a story of photos and videos on the server', () => {
  it('renders the Explainer and the graphic at any step without throwing', () => {
    fc.assert(
      fc.property(acceptedArb, ({ story, index, width, height }) => {
        render(Explainer, { props: { story } });
        const insets = { top: 0, right: 0, bottom: 0, left: 0 };
        render(GraphicStage, { props: { story, index, progress: 1, width, height, insets, reducedMotion: true } });
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(300, 0.05), endOnFailure: true }
    );
  }, 120_000);
});
