// Uses $state for reactive props, hence the .svelte.test.ts name.
/**
 * Property: every line-chart story `parseStory` accepts renders. Mutants of
 * tests/fixtures/stories/line-chart-example.json (the flagship, which fuzzRender.test.ts
 * starts from, has no line chart) that pass validation are mounted in jsdom: the graphic
 * stage at a random step, progress and size, with and without motion, then moved to
 * another step. Nothing may throw.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { flushSync, mount, unmount } from 'svelte';
import GraphicStage from '../../src/components/GraphicStage.svelte';
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
      next: fc.nat({ max: story.steps.length - 1 }),
      progress: fc.constantFrom(0, 0.37, 1),
      width: fc.constantFrom(320, 390, 844, 1280),
      height: fc.constantFrom(390, 640, 844),
      reducedMotion: fc.boolean()
    })
  );

describe('rendering accepted line-chart mutants in the DOM', () => {
  it('mounts the graphic at any step and moves to another without throwing', () => {
    fc.assert(
      fc.property(acceptedArb, ({ story, index, next, progress, width, height, reducedMotion }) => {
        const target = document.createElement('div');
        document.body.append(target);
        const insets = { top: 0, right: 0, bottom: Math.round(height / 3), left: 0 };
        const props = $state<{ story: Story; index: number; progress: number; width: number; height: number; insets: typeof insets; reducedMotion: boolean }>({ story, index, progress, width, height, insets, reducedMotion });
        const app = mount(GraphicStage, { target, props });
        flushSync();
        props.index = next;
        props.progress = 0.5;
        flushSync();
        unmount(app);
        target.remove();
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(40, 0.0075), endOnFailure: true }
    );
  }, 120_000);
});
