// Uses $state for reactive props, hence the .svelte.test.ts name.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { flushSync, mount, unmount } from 'svelte';
import ImageGraphic from '../../src/graphics/image/ImageGraphic.svelte';
import { parseStory, type Story } from '../../src/schema/parseStory.js';
import { preparedContext } from '../../src/core/preparedContext.js';
import type { GraphicProps } from '../../src/core/graphicProps.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const json = (): Json => JSON.parse(readFileSync(`${process.cwd()}/tests/fixtures/stories/media-example.json`, 'utf8'));
const story = (edit?: (story: Json) => void): Story => {
  const data = json();
  edit?.(data);
  return parseStory(data);
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function mountImage(props: GraphicProps, context?: Map<unknown, unknown>) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(ImageGraphic, { target, props, ...(context ? { context } : {}) });
  flushSync();
  cleanups.push(() => {
    unmount(app);
    target.remove();
  });
  return target;
}

/** What a browser does when a picture arrives (or does not). */
function fire(img: Element, type: 'load' | 'error') {
  img.dispatchEvent(new Event(type));
}
function fadeEnd(img: Element) {
  const event = new Event('transitionend');
  Object.defineProperty(event, 'propertyName', { value: 'opacity' });
  img.dispatchEvent(event);
}
const pictures = (target: HTMLElement) => [...target.querySelectorAll<HTMLImageElement>('img.picture')];

describe('<ImageGraphic>', () => {
  it('shows the picture with its description as alt, its caption and its credit', () => {
    const target = mountImage({ story: story(), index: 0, width: 390, height: 844, reducedMotion: true });
    const [img] = pictures(target);
    expect(img!.getAttribute('alt')).toBe('Rolling green hills under a dusk sky, with a red target marked focus in the sky at the upper right.');
    expect(img!.getAttribute('src')).toBe('../media/landscape-1600.jpg');
    expect(img!.getAttribute('srcset')).toBe('../media/landscape-800.jpg 800w, ../media/landscape-1600.jpg 1600w');
    // The landscape covers a phone's panel 1501 px wide: the browser picks from srcset for that.
    expect(img!.getAttribute('sizes')).toBe('1501px');
    expect(img!.getAttribute('loading')).toBe('lazy');
    expect([img!.getAttribute('width'), img!.getAttribute('height')]).toEqual(['1600', '900']);
    const caption = target.querySelector('figure > figcaption')!;
    expect(caption.querySelector('.caption')?.textContent).toBe('A generated landscape: no place, no date.');
    expect(caption.querySelector('.credit')?.textContent).toBe('Photo: Test pattern (generated)');
    // The panel's paper until the picture has loaded; then it shows.
    expect(img!.classList.contains('shown')).toBe(false);
    fire(img!, 'load');
    return wait(0).then(() => {
      flushSync();
      expect(img!.classList.contains('shown')).toBe(true);
      expect(target.querySelector('figure')!.dataset.status).toBe('loaded');
    });
  });

  it('puts the caption above the part the text cards cover, and words it in the story’s language and direction', () => {
    const target = mountImage({
      story: story((s) => {
        s.lang = 'ar';
        s.dir = 'rtl';
      }),
      index: 0,
      width: 390,
      height: 844,
      insets: { top: 0, right: 0, bottom: 253, left: 0 },
      reducedMotion: true
    });
    const figure = target.querySelector('figure')!;
    expect(figure.getAttribute('dir')).toBe('rtl');
    expect(figure.getAttribute('lang')).toBe('ar');
    expect(figure.querySelector('.credit')?.textContent).toBe('تصوير: Test pattern (generated)');
    expect((figure.querySelector('figcaption') as HTMLElement).style.bottom).toBe('253px');
  });

  it('shows a clear message and the description in place of a picture that fails to load', () => {
    const target = mountImage({ story: story(), index: 2, width: 1280, height: 800, reducedMotion: true });
    expect(target.querySelector('.failed')).toBeNull();
    fire(pictures(target)[0]!, 'error');
    flushSync();
    const failed = target.querySelector('.failed')!;
    expect(failed.querySelector('.message')?.textContent).toBe('The picture could not be loaded.');
    expect(failed.querySelector('.description')?.textContent).toMatch(/^A tower against a dusk sky/);
    expect(pictures(target)[0]!.classList.contains('broken')).toBe(true);
    // The credit stays.
    expect(target.querySelector('.credit')?.textContent).toBe('Photo: Test pattern (generated)');
  });

  it('fades a new picture in over the last one, which goes once the fade ends', async () => {
    const props = $state<GraphicProps>({ story: story(), index: 0, width: 1280, height: 800, reducedMotion: false });
    const target = mountImage(props);
    fire(pictures(target)[0]!, 'load');
    await wait(0);
    flushSync();
    props.index = 2;
    flushSync();
    const [old, next] = pictures(target);
    expect(old!.getAttribute('src')).toBe('../media/landscape-1600.jpg');
    expect(old!.getAttribute('aria-hidden')).toBe('true');
    expect(old!.getAttribute('alt')).toBe('');
    expect(next!.getAttribute('src')).toBe('../media/tower-900.webp');
    expect(next!.getAttribute('alt')).toMatch(/^A tower/);
    expect(next!.classList.contains('shown')).toBe(false);
    // Its caption is gone with it; the new credit is there at once.
    expect(target.querySelector('.caption')).toBeNull();
    fire(next!, 'load');
    await wait(0);
    flushSync();
    expect(next!.classList.contains('shown')).toBe(true);
    expect(pictures(target)).toHaveLength(2);
    fadeEnd(next!);
    flushSync();
    expect(pictures(target)).toEqual([next]);
  });

  it('pans the same picture to another focus in place, without loading it again', async () => {
    const props = $state<GraphicProps>({ story: story(), index: 0, width: 390, height: 844, reducedMotion: false });
    const target = mountImage(props);
    const [img] = pictures(target);
    fire(img!, 'load');
    await wait(0);
    const before = img!.style.getPropertyValue('object-position');
    props.index = 1;
    flushSync();
    expect(pictures(target)).toEqual([img]);
    expect(img!.classList.contains('shown')).toBe(true);
    expect(img!.style.getPropertyValue('object-position')).not.toBe(before);
  });

  it('in a scrub step, pans with the reader’s progress from the last step’s focus to its own', () => {
    const scrubbed = story((s) => (s.steps[1].graphic.scrub = true));
    const position = (props: GraphicProps) => pictures(mountImage(props))[0]!.style.getPropertyValue('object-position');
    const at = (index: number, progress: number, reducedMotion = false) => position({ story: scrubbed, index, progress, width: 390, height: 844, reducedMotion });
    const [x0] = at(0, 1).split(' ').map(parseFloat) as [number];
    const [x1] = at(1, 1).split(' ').map(parseFloat) as [number];
    const [xHalf] = at(1, 0.5).split(' ').map(parseFloat) as [number];
    expect(at(1, 0)).toBe(at(0, 1));
    expect(x1).not.toBe(x0);
    expect(xHalf).toBeCloseTo((x0 + x1) / 2, 1);
    // Reduced motion: the step's own crop at once.
    expect(at(1, 0, true)).toBe(at(1, 1));
  });

  it('waits for the URLs its explainer prepares instead of guessing them, then uses them', () => {
    const waiting = mountImage({ story: story(), index: 0, width: 390, height: 844, reducedMotion: true }, preparedContext(undefined));
    expect(pictures(waiting)).toEqual([]);
    expect(waiting.querySelector('.credit')?.textContent).toBe('Photo: Test pattern (generated)');
    const prepared = {
      image: {
        '../media/landscape-1600.jpg': 'https://cdn.example.org/m/landscape-1600.jpg',
        '../media/landscape-800.jpg': 'https://cdn.example.org/m/landscape-800.jpg'
      }
    };
    const ready = mountImage({ story: story(), index: 0, width: 390, height: 844, reducedMotion: true }, preparedContext(prepared));
    const [img] = pictures(ready);
    expect(img!.getAttribute('src')).toBe('https://cdn.example.org/m/landscape-1600.jpg');
    expect(img!.getAttribute('srcset')).toBe('https://cdn.example.org/m/landscape-800.jpg 800w, https://cdn.example.org/m/landscape-1600.jpg 1600w');
  });
});
