import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mediaUrlIn, mediaUrls, resolveMediaUrl } from '../../../../src/graphics/media/mediaUrls.js';
import { parseStory } from '../../../../src/schema/parseStory.js';
import { prepareStory } from '../../../../src/core/prepareStory.js';

const example = () => JSON.parse(readFileSync(new URL('../../../fixtures/stories/media-example.json', import.meta.url), 'utf8'));
const STORY = 'https://news.example.org/graphics/stories/harbour.json';

describe('resolveMediaUrl', () => {
  it.each([
    ['media/a.jpg', STORY, 'https://news.example.org/graphics/stories/media/a.jpg'],
    ['a.jpg', STORY, 'https://news.example.org/graphics/stories/a.jpg'],
    ['../media/a.jpg', STORY, 'https://news.example.org/graphics/media/a.jpg'],
    ['/media/a.jpg', STORY, 'https://news.example.org/media/a.jpg'],
    ['media/a%20b.jpg?v=2', STORY, 'https://news.example.org/graphics/stories/media/a%20b.jpg?v=2'],
    ['https://cdn.example.net/a.jpg', STORY, 'https://cdn.example.net/a.jpg'],
    ['http://cdn.example.net/a.jpg', STORY, 'http://cdn.example.net/a.jpg'],
    ['media/a.jpg', new URL(STORY), 'https://news.example.org/graphics/stories/media/a.jpg'],
    // Without a story URL, or from a file on the machine that ran a command, it stays relative to the page.
    ['media/a.jpg', undefined, 'media/a.jpg'],
    ['../media/a.jpg', 'file:///home/me/stories/s.json', '../media/a.jpg'],
    ['media/a.jpg', 'about:blank', 'media/a.jpg'],
    ['media/a.jpg', 'not a url', 'media/a.jpg']
  ])('%s from %s is %s', (src, base, expected) => {
    expect(resolveMediaUrl(src, base)).toBe(expected);
  });
});

describe('mediaUrls', () => {
  const story = parseStory(example());

  it('maps each file the steps of a type name, once, resolved against the story', () => {
    const urls = mediaUrls(story, 'image', (state) => [state.src as string], { storyUrl: 'https://example.org/a/stories/media-example.json' });
    expect({ ...urls }).toEqual({
      '../media/landscape-1600.jpg': 'https://example.org/a/media/landscape-1600.jpg',
      '../media/tower-900.webp': 'https://example.org/a/media/tower-900.webp'
    });
  });

  it('asks fileUrl instead when given one (scrollstage snapshot points at its copies)', () => {
    const asked: string[] = [];
    const urls = mediaUrls(story, 'video', (state) => [state.poster as string, state.captions as string | undefined], {
      storyUrl: 'https://example.org/s.json',
      fileUrl: (src) => (asked.push(src), `copies/${src.split('/').at(-1)}`)
    });
    expect(asked).toEqual(['../media/clip-poster.jpg', '../media/clip.en.vtt']);
    expect(mediaUrlIn(urls, '../media/clip-poster.jpg')).toBe('copies/clip-poster.jpg');
  });

  it('keeps a path named like an object property as a key like any other', () => {
    const urls = mediaUrls({ steps: [{ state: { type: 'image', src: '__proto__' } }] } as never, 'image', (s) => [s.src as string], {
      storyUrl: STORY
    });
    expect(mediaUrlIn(urls, '__proto__')).toBe('https://news.example.org/graphics/stories/__proto__');
    expect(mediaUrlIn(urls, 'constructor')).toBe('constructor');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('is what prepareStory gives the image and video graphics: every file, by the path as written', async () => {
    const prepared = await prepareStory(story, { storyUrl: 'https://example.org/stories/media-example.json' });
    expect(prepared.image).toMatchObject({
      '../media/landscape-800.jpg': 'https://example.org/media/landscape-800.jpg',
      '../media/landscape-1600.jpg': 'https://example.org/media/landscape-1600.jpg',
      '../media/tower-900.webp': 'https://example.org/media/tower-900.webp'
    });
    expect(prepared.video).toMatchObject({
      '../media/clip.mp4': 'https://example.org/media/clip.mp4',
      '../media/clip.webm': 'https://example.org/media/clip.webm',
      '../media/clip-poster.jpg': 'https://example.org/media/clip-poster.jpg',
      '../media/clip.en.vtt': 'https://example.org/media/clip.en.vtt'
    });
    // Plain data: a server can hand it to the page.
    expect(JSON.parse(JSON.stringify(prepared))).toEqual(JSON.parse(JSON.stringify({ ...prepared })));
  });

  it('falls back to the path as written for a file nobody prepared', () => {
    expect(mediaUrlIn(undefined, 'a.jpg')).toBe('a.jpg');
    expect(mediaUrlIn({}, 'a.jpg')).toBe('a.jpg');
  });
});
