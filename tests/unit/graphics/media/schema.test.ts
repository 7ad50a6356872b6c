/**
 * The rules for the files a story names in its pictures and videos, as an author meets
 * them: a path relative to the story or an http(s) URL, nothing else, each problem at its
 * JSON path; and a focus point inside the picture.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStory } from '../../../../src/schema/parseStory.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const example = (): Json => JSON.parse(readFileSync(new URL('../../../fixtures/stories/media-example.json', import.meta.url), 'utf8'));
const problemsOf = (edit: (story: Json) => void) => {
  const story = example();
  edit(story);
  return validateStory(story).problems.map((p) => `${p.path}: ${p.message}`);
};

const BAD = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:x',
  'blob:https://example.org/1',
  'file:///etc/passwd',
  'ftp://example.org/a.jpg',
  '//evil.example/a.jpg',
  'https://',
  'https:///a.jpg',
  'media/a b.jpg',
  'media/a.jpg#x',
  'media/"onerror="x.jpg',
  'media/',
  '',
  'https://example.org/a".jpg',
  'https://example.org/a<b>.jpg'
];
const GOOD = [
  'media/a.jpg',
  'a.jpg',
  '../media/a.jpg',
  '/media/a.jpg',
  'media/a%20b.jpg',
  'media/a.jpg?v=2',
  'https://cdn.example.org/a.jpg',
  'https://cdn.example.org/a.jpg?w=800&h=450',
  'http://example.org/a.webp'
];

describe('files a story names for pictures and videos', () => {
  const URL_RULE = 'must be a path relative to the story file (like "';

  it.each(BAD)('refuses %j, naming the field', (bad) => {
    const problems = problemsOf((story) => {
      story.steps[0].graphic.src = bad;
      story.steps[0].graphic.srcset[0].src = bad;
      story.steps[3].graphic.poster = bad;
      story.steps[3].graphic.captions = bad;
      story.steps[4].graphic.src = bad;
    });
    for (const path of ['steps[0].graphic.src', 'steps[0].graphic.srcset[0].src', 'steps[3].graphic.poster', 'steps[3].graphic.captions', 'steps[4].graphic.src']) {
      const found = problems.find((p) => p.startsWith(`${path}: `));
      expect(found, `${path} in ${JSON.stringify(problems)}`).toBeDefined();
      expect(found).toContain(URL_RULE);
      expect(found).toContain('data:, javascript: and other URLs are not allowed');
    }
  });

  it.each(GOOD)('accepts %j', (good) => {
    expect(
      problemsOf((story) => {
        story.steps[0].graphic.src = good;
        story.steps[3].graphic.poster = good;
        story.steps[3].graphic.captions = good;
        story.steps[4].graphic.src = good;
      })
    ).toEqual([]);
  });

  it('gives an example in the message and quotes what it got', () => {
    expect(problemsOf((story) => (story.steps[0].graphic.src = 'javascript:alert(1)'))).toEqual([
      'steps[0].graphic.src: must be a path relative to the story file (like "media/harbour.jpg") or an http(s) URL; data:, javascript: and other URLs are not allowed (got "javascript:alert(1)")'
    ]);
  });
});

describe('the focus point', () => {
  it('must be inside the picture: [x, y], each from 0 to 1', () => {
    expect(problemsOf((story) => (story.steps[0].graphic.focus = [1.2, -0.1]))).toEqual([
      'steps[0].graphic.focus[0]: must be at most 1 (got 1.2)',
      'steps[0].graphic.focus[1]: must be at least 0 (got -0.1)'
    ]);
    expect(problemsOf((story) => (story.steps[0].graphic.focus = [0.5]))).toEqual(['steps[0].graphic.focus[1]: is required (a number)']);
    expect(problemsOf((story) => (story.steps[0].graphic.focus = { x: 0.5, y: 0.5 }))).toEqual(['steps[0].graphic.focus: expected an array, got an object']);
    expect(problemsOf((story) => (story.steps[0].graphic.focus = [0.5, Number.NaN]))).toEqual(['steps[0].graphic.focus[1]: expected a number, got NaN']);
    expect(problemsOf((story) => (story.steps[0].graphic.focus = [0, 1]))).toEqual([]);
  });
});
