/**
 * Property: every story of photos and videos that `parseStory` accepts renders in the DOM:
 * the Explainer, and the graphic stage at a random step, size and progress, with and
 * without motion, its pictures loading or failing. Nothing may throw. Mutants start from
 * the media example (fuzzRender.test.ts does the same from the flagship).
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { flushSync, mount, unmount } from 'svelte';
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
      progress: fc.double({ min: 0, max: 1, noNaN: true }),
      width: fc.constantFrom(320, 390, 844, 1280),
      height: fc.constantFrom(390, 640, 844),
      reducedMotion: fc.boolean(),
      event: fc.constantFrom('load', 'error', 'loadedmetadata', 'play')
    })
  );

function mountIn(component: typeof Explainer | typeof GraphicStage, props: Record<string, unknown>) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(component as typeof Explainer, { target, props: props as never });
  flushSync();
  return {
    target,
    done: () => {
      unmount(app);
      target.remove();
    }
  };
}

describe('rendering accepted mutants of a story of photos and videos', () => {
  it('mounts the Explainer and the graphic at any step without throwing', () => {
    // jsdom plays no media.
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(() => Promise.resolve());
    vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {});
    try {
      fc.assert(
        fc.property(acceptedArb, ({ story, index, progress, width, height, reducedMotion, event }) => {
          const explainer = mountIn(Explainer, { story, reducedMotion });
          expect(explainer.target.querySelectorAll('.step')).toHaveLength(story.steps.length);
          explainer.done();
          const insets = { top: 0, right: 0, bottom: Math.round(height / 3), left: 0 };
          const stage = mountIn(GraphicStage, { story, index, progress, width, height, insets, reducedMotion });
          for (const media of stage.target.querySelectorAll('img, video')) media.dispatchEvent(new Event(event));
          flushSync();
          stage.done();
        }),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(40, 0.0075), endOnFailure: true }
      );
    } finally {
      vi.restoreAllMocks();
    }
  }, 120_000);
});
