/** The image graphic's model: what a step must give, how a step inherits, its words. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory, validateStory } from '../../../../src/schema/parseStory.js';
import { describeState } from '../../../../src/story/describeState.js';
import { dataRows } from '../../../../src/story/dataRows.js';
import type { ImageState } from '../../../../src/graphics/image/state.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const example = (): Json => JSON.parse(readFileSync(new URL('../../../fixtures/stories/media-example.json', import.meta.url), 'utf8'));
/** The problems of step 0 (an incomplete step leaves the next, which inherits from it, incomplete too). */
const problemsOf = (edit: (story: Json) => void) => {
  const story = example();
  edit(story);
  return validateStory(story)
    .problems.filter((p) => p.path.startsWith('steps[0]'))
    .map((p) => `${p.path}: ${p.message}`);
};
const stateOf = (story: ReturnType<typeof parseStory>, i: number) => story.steps[i]!.state as unknown as ImageState;

describe('an image step', () => {
  it('needs its picture, its description (alt) and its credit', () => {
    expect(
      problemsOf((story) => {
        delete story.steps[0].graphic.alt;
        delete story.steps[0].graphic.credit;
      })
    ).toEqual([
      'steps[0].graphic.alt: is required: describe the picture in words, for readers who cannot see it (every step that shows a new picture gives its own)',
      'steps[0].graphic.credit: is required: say who made the picture; it is shown on it (every step that shows a new picture gives its own)'
    ]);
    expect(problemsOf((story) => delete story.steps[0].graphic.src)).toEqual([
      'steps[0].graphic.src: is required: the first image step (or the first after another graphic) names its picture'
    ]);
    expect(problemsOf((story) => (story.steps[0].graphic.alt = '  '))[0]).toMatch(/^steps\[0\]\.graphic\.alt: is required: describe the picture/);
  });

  it('takes the picture’s size as both width and height, or neither', () => {
    expect(problemsOf((story) => delete story.steps[0].graphic.height)).toEqual([
      'steps[0].graphic.height: is required with "width": give the picture\'s size as both, or neither'
    ]);
    expect(problemsOf((story) => (story.steps[0].graphic.width = 0))).toEqual(['steps[0].graphic.width: must be at least 1 (got 0)']);
    expect(problemsOf((story) => (story.steps[0].graphic.srcset[1].width = 1.5))).toEqual(['steps[0].graphic.srcset[1].width: must be a whole number (got 1.5)']);
  });

  it('keeps the picture, its description and credit when only the focus changes; null clears the caption', () => {
    const story = parseStory(example());
    const pan = stateOf(story, 1);
    expect(pan).toMatchObject({ src: '../media/landscape-1600.jpg', width: 1600, focus: [0.15, 0.8], credit: 'Test pattern (generated)' });
    expect(pan.description).toBe(stateOf(story, 0).description);
    expect(pan.srcset).toHaveLength(2);
    expect(pan.caption).toBeUndefined();
    // `alt` is the image's own field: the state carries no common alt to short-circuit describe.
    expect('alt' in pan).toBe(false);
  });

  it('starts afresh with a new picture: the last one’s size, srcset, caption and focus do not carry over', () => {
    const story = parseStory(example());
    const tower = stateOf(story, 2);
    expect(tower.src).toBe('../media/tower-900.webp');
    expect(tower.srcset).toEqual([]);
    expect(tower.width).toBeUndefined();
    expect(tower.focus).toEqual([0.3, 0.7]);
    const json = example();
    delete json.steps[2].graphic.focus;
    delete json.steps[2].graphic.alt;
    expect(stateOf(parseStory({ ...json, steps: json.steps.slice(0, 2) }), 1).focus).toEqual([0.15, 0.8]);
    expect(validateStory(json).problems.map((p) => p.path)).toEqual(['steps[2].graphic.alt']);
    // A step that names no new picture keeps the last one's description.
    const again = example();
    delete again.steps[1].graphic.alt;
    expect(validateStory(again).problems).toEqual([]);
  });

  it('words its text alternative from the description, caption and credit, kept by a step without a graphic', () => {
    const json = example();
    json.steps.splice(1, 0, { id: 'same', text: 'Still the landscape.', sources: ['generated'] });
    const story = parseStory(json);
    expect(describeState(story, 0)).toBe(
      'Photo: Rolling green hills under a dusk sky, with a red target marked focus in the sky at the upper right. A generated landscape: no place, no date. Credit: Test pattern (generated).'
    );
    expect(describeState(story, 1)).toBe(describeState(story, 0));
    // A step's own alt still replaces the whole text alternative.
    json.steps[1].alt = 'The same picture.';
    expect(describeState(parseStory(json), 1)).toBe('The same picture.');
  });

  it('words it in the story’s language, with the story’s own words over them', () => {
    const json = example();
    json.lang = 'fr';
    json.steps[0].graphic.alt = 'Des collines';
    json.steps[0].graphic.caption = 'Un paysage généré !';
    expect(describeState(parseStory(json), 0)).toBe('Photo : Des collines. Un paysage généré ! Crédit : Test pattern (generated).');
    json.strings = { 'image.alt': 'Image : {alt}' };
    expect(describeState(parseStory(json), 0)).toMatch(/^Image : Des collines\./);
  });

  it('gives "view the data" rows: the picture in words, its caption, its credit, each once until it changes', () => {
    const story = parseStory(example());
    const rows = dataRows(story).figures.filter((f) => f.key.startsWith('image:')).map((f) => `${f.step.id} | ${f.what} | ${f.value}`);
    expect(rows).toEqual([
      'landscape | Photo | Rolling green hills under a dusk sky, with a red target marked focus in the sky at the upper right.',
      'landscape | Caption | A generated landscape: no place, no date.',
      'landscape | Credit | Test pattern (generated)',
      'tower | Photo | A tower against a dusk sky full of stars, beside dark water with a blue target marked focus.',
      'end | Photo | Rolling green hills under a dusk sky, with a red target marked focus in the sky at the upper right.'
    ]);
  });
});
