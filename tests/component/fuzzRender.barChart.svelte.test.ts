/**
 * Property: every bar-chart story `parseStory` accepts renders in the DOM: the graphic stage
 * at a random step, size and scroll progress, with and without motion, and a step change
 * after it. Mutants of the bar-chart example (fuzzRender.test.ts covers the flagship). A
 * mount costs tenths of a second in jsdom, so `npm test` runs 25.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { flushSync, mount, unmount } from 'svelte';
import GraphicStage from '../../src/components/GraphicStage.svelte';
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
      next: fc.nat({ max: story.steps.length - 1 }),
      progress: fc.double({ min: 0, max: 1, noNaN: true }),
      width: fc.constantFrom(320, 390, 844, 1280),
      height: fc.constantFrom(390, 640, 844),
      reducedMotion: fc.boolean()
    })
  );

describe('rendering accepted bar-chart mutants in the DOM', () => {
  it('mounts the graphic at any step and moves to another without throwing', () => {
    fc.assert(
      fc.property(acceptedArb, ({ story, index, next, progress, width, height, reducedMotion }) => {
        const target = document.createElement('div');
        document.body.append(target);
        const insets = { top: 0, right: 0, bottom: Math.round(height / 3), left: 0 };
        const props = $state({ story, index, progress, width, height, insets, reducedMotion });
        const app = mount(GraphicStage, { target, props });
        flushSync();
        props.index = next;
        props.progress = 1 - progress;
        flushSync();
        unmount(app);
        target.remove();
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(25, 0.005), endOnFailure: true }
    );
  }, 120_000);
});
