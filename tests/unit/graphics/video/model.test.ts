/** The video graphic's model: what a step must give, how a step inherits, its words. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory, validateStory } from '../../../../src/schema/parseStory.js';
import { describeState } from '../../../../src/story/describeState.js';
import { dataRows } from '../../../../src/story/dataRows.js';
import type { VideoState } from '../../../../src/graphics/video/state.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const example = (): Json => JSON.parse(readFileSync(new URL('../../../fixtures/stories/media-example.json', import.meta.url), 'utf8'));
const problemsOf = (edit: (story: Json) => void) => {
  const story = example();
  edit(story);
  return validateStory(story).problems.map((p) => `${p.path}: ${p.message}`);
};

describe('a video step', () => {
  it('needs its video, poster, description (alt) and credit', () => {
    expect(
      problemsOf((story) => {
        for (const key of ['poster', 'alt', 'credit']) delete story.steps[3].graphic[key];
      })
    ).toEqual([
      'steps[3].graphic.poster: is required: a still of the video, shown with reduced motion, without JavaScript and in snapshots (every step that shows a new video gives its own)',
      'steps[3].graphic.alt: is required: describe the video in words, for readers who cannot see it (every step that shows a new video gives its own)',
      'steps[3].graphic.credit: is required: say who made the video; it is shown on it (every step that shows a new video gives its own)'
    ]);
    expect(problemsOf((story) => (story.steps[3].graphic.loop = 'yes'))).toEqual(['steps[3].graphic.loop: expected true or false, got a string ("yes")']);
  });

  it('scrubs only where a step says so, and starts afresh with a new video', () => {
    const story = parseStory(example());
    const [clip, scrubbed] = [story.steps[3]!.state, story.steps[4]!.state] as unknown as [VideoState, VideoState];
    expect(clip).toMatchObject({ src: '../media/clip.mp4', scrub: false, loop: true, captions: '../media/clip.en.vtt' });
    expect(scrubbed).toMatchObject({ src: '../media/clip.webm', scrub: true, loop: false });
    expect(scrubbed.captions).toBeUndefined();
  });

  it('keeps everything but scrub for a step that only adds scrub', () => {
    const json = example();
    json.steps[4].graphic = { type: 'video', scrub: true };
    const state = parseStory(json).steps[4]!.state as unknown as VideoState;
    expect(state).toMatchObject({ src: '../media/clip.mp4', poster: '../media/clip-poster.jpg', scrub: true, loop: true });
    expect(state.description).toBe((parseStory(json).steps[3]!.state as unknown as VideoState).description);
  });

  it('words its text alternative and rows in the story’s language', () => {
    const story = parseStory(example());
    expect(describeState(story, 3)).toBe('Video: Colour bars and a moving test pattern, with a counter that shows the time in the clip. Credit: Test pattern (generated).');
    const json = example();
    json.lang = 'he';
    json.dir = 'rtl';
    expect(describeState(parseStory(json), 3)).toMatch(/^וידאו: Colour bars.* קרדיט: Test pattern \(generated\)\.$/);
    const rows = dataRows(story).figures.filter((f) => f.key.startsWith('video:')).map((f) => `${f.step.id} | ${f.what} | ${f.value}`);
    expect(rows).toEqual([
      'clip | Video | Colour bars and a moving test pattern, with a counter that shows the time in the clip.',
      'clip | Credit | Test pattern (generated)',
      'scrub | Video | The same test pattern, its counter moving with the scroll.'
    ]);
  });
});
