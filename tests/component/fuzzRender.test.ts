/**
 * Property: every story `parseStory` accepts renders. Mutants of the flagship that pass
 * validation are mounted in jsdom: the whole Explainer, then the graphic stage at a random
 * step and size, with and without motion. Nothing may throw. A mount costs ~0.4 s in
 * jsdom, and the jsdom worker's heap grows ~13 MB with each (not yet explained; the browser
 * destroy test finds nothing left running), so `npm test` runs 40 and FUZZ_RUNS=20000 runs
 * 150; the server render, in fuzzRender.server.test.ts, runs more.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flushSync, mount, unmount } from 'svelte';
import Explainer from '../../src/components/Explainer.svelte';
import GraphicStage from '../../src/components/GraphicStage.svelte';
import { validateStory, type Story } from '../../src/schema/parseStory.js';
import { flagshipJson } from '../helpers/flagship.js';
import { FUZZ_SEED, fuzzRuns, mutantArb } from '../unit/fuzz/storyMutations.js';

/** Accepted mutants only, with a step and a size to show. */
const acceptedArb = mutantArb(() => flagshipJson(), 2)
  .map(({ story }) => validateStory(story).story)
  .filter((story): story is Story => story !== null)
  .chain((story) =>
    fc.record({
      story: fc.constant(story),
      index: fc.nat({ max: story.steps.length - 1 }),
      width: fc.constantFrom(320, 390, 844, 1280),
      height: fc.constantFrom(390, 640, 844),
      reducedMotion: fc.boolean()
    })
  );

function mountIn(component: typeof Explainer | typeof GraphicStage, props: Record<string, unknown>) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(component as typeof Explainer, { target, props: props as never });
  flushSync();
  return () => {
    unmount(app);
    target.remove();
  };
}

describe('rendering accepted mutants in the DOM', () => {
  it('mounts the Explainer and the graphic at any step without throwing', () => {
    fc.assert(
      fc.property(acceptedArb, ({ story, index, width, height, reducedMotion }) => {
        const unmountExplainer = mountIn(Explainer, { story, reducedMotion });
        expect(document.querySelectorAll('.step')).toHaveLength(story.steps.length);
        unmountExplainer();
        const insets = { top: 0, right: 0, bottom: Math.round(height / 3), left: 0 };
        const unmountStage = mountIn(GraphicStage, { story, index, progress: 0.5, width, height, insets, reducedMotion });
        unmountStage();
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(40, 0.0075), endOnFailure: true }
    );
  }, 120_000);
});
