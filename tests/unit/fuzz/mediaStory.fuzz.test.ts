/**
 * Property: whatever a story of photos and videos contains, `parseStory` returns a valid
 * story or throws its `StoryError`, never anything else; and a story it accepts gives every
 * image and video step what its components need: each file a safe URL (relative or http(s)),
 * a description, a credit, a focus inside the picture. Mutants start from the media
 * example. A fixed seed keeps `npm test` repeatable; FUZZ_RUNS widens it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseStory, StoryError, type Story } from '../../../src/schema/parseStory.js';
import { describeState } from '../../../src/story/describeState.js';
import { dataRows } from '../../../src/story/dataRows.js';
import { MEDIA_URL } from '../../../src/graphics/media/schema.js';
import type { ImageState } from '../../../src/graphics/image/state.js';
import type { VideoState } from '../../../src/graphics/video/state.js';
import { FUZZ_SEED, fuzzRuns, mutantArb } from './storyMutations.js';

const example = () => JSON.parse(readFileSync(new URL('../../fixtures/stories/media-example.json', import.meta.url), 'utf8'));

function outcome(input: unknown): { story: Story } | { error: StoryError } {
  try {
    return { story: parseStory(input) };
  } catch (error) {
    if (error instanceof StoryError) return { error };
    throw error;
  }
}

const safe = (url: unknown) => typeof url === 'string' && MEDIA_URL.test(url) && !/^(javascript|data|vbscript|file|blob):/i.test(url);

function checkAccepted(story: Story) {
  for (const [i, step] of story.steps.entries()) {
    const state = step.state as unknown as (ImageState | VideoState) & { type: string };
    if (state.type !== 'image' && state.type !== 'video') continue;
    expect(safe(state.src), `steps[${i}] src ${state.src}`).toBe(true);
    expect(state.description.trim().length).toBeGreaterThan(0);
    expect(state.credit.trim().length).toBeGreaterThan(0);
    if (state.type === 'image') {
      for (const entry of state.srcset) expect(safe(entry.src)).toBe(true);
      for (const f of state.focus) expect(f >= 0 && f <= 1).toBe(true);
    } else {
      expect(safe(state.poster)).toBe(true);
      if (state.captions !== undefined) expect(safe(state.captions)).toBe(true);
    }
    expect(typeof describeState(story, i)).toBe('string');
  }
  dataRows(story);
}

describe('parseStory under fuzzing, from a story of photos and videos', () => {
  it('returns a valid story or throws StoryError for every mutant', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutantArb(example), ({ story }) => {
        const result = outcome(story);
        if ('story' in result) {
          accepted++;
          checkAccepted(result.story);
        } else {
          expect(result.error.problems.length).toBeGreaterThan(0);
          for (const p of result.error.problems) expect(p.path.length).toBeGreaterThan(0);
        }
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(800), endOnFailure: true }
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
