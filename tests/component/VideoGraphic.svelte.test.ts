// Uses $state for reactive props, hence the .svelte.test.ts name.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { flushSync, mount, unmount } from 'svelte';
import VideoGraphic from '../../src/graphics/video/VideoGraphic.svelte';
import { parseStory, type Story } from '../../src/schema/parseStory.js';
import type { GraphicProps } from '../../src/core/graphicProps.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const story = (edit?: (story: Json) => void): Story => {
  const data = JSON.parse(readFileSync(`${process.cwd()}/tests/fixtures/stories/media-example.json`, 'utf8'));
  edit?.(data);
  return parseStory(data);
};
const CLIP = 3;
const SCRUB = 4;

/**
 * jsdom has no media pipeline: play() and pause() act as a browser's do on the element's
 * paused state and events; a clip is 4 s long; IntersectionObservers are kept to be fired.
 */
const paused = new WeakMap<HTMLMediaElement, boolean>();
const calls: string[] = [];
let observers: { callback: IntersectionObserverCallback; target?: Element }[] = [];
beforeEach(() => {
  calls.length = 0;
  observers = [];
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    calls.push('play');
    if (paused.get(this) !== false) {
      paused.set(this, false);
      this.dispatchEvent(new Event('play'));
    }
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(function (this: HTMLMediaElement) {
    calls.push('pause');
    if (paused.get(this) === false) {
      paused.set(this, true);
      this.dispatchEvent(new Event('pause'));
    }
  });
  vi.spyOn(HTMLMediaElement.prototype, 'paused', 'get').mockImplementation(function (this: HTMLMediaElement) {
    return paused.get(this) ?? true;
  });
  vi.spyOn(HTMLMediaElement.prototype, 'duration', 'get').mockReturnValue(4);
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: IntersectionObserverCallback) {
        observers.push({ callback });
      }
      observe(target: Element) {
        observers.at(-1)!.target = target;
      }
      disconnect() {}
    }
  );
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function mountVideo(props: GraphicProps) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(VideoGraphic, { target, props });
  flushSync();
  cleanups.push(() => {
    unmount(app);
    target.remove();
  });
  return target;
}

/** The panel scrolls in or out of view. */
function inView(visible: boolean) {
  for (const { callback, target } of observers) {
    callback([{ isIntersecting: visible, intersectionRatio: visible ? 1 : 0, target } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
  }
  flushSync();
}

const button = (target: HTMLElement) => target.querySelector<HTMLButtonElement>('button.toggle');

describe('<VideoGraphic>', () => {
  it('is a muted, inline video with its poster, its description and captions in the story’s language', () => {
    const target = mountVideo({ story: story(), index: CLIP, width: 390, height: 844, reducedMotion: true });
    const video = target.querySelector('video')!;
    expect(video.muted).toBe(true);
    expect(video.hasAttribute('playsinline')).toBe(true);
    expect(video.getAttribute('src')).toBe('../media/clip.mp4');
    expect(video.getAttribute('poster')).toBe('../media/clip-poster.jpg');
    expect(video.getAttribute('preload')).toBe('metadata');
    expect(video.hasAttribute('controls')).toBe(false);
    expect(video.getAttribute('aria-label')).toMatch(/^Colour bars and a moving test pattern/);
    expect(video.loop).toBe(true);
    const track = video.querySelector('track')!;
    expect([track.getAttribute('kind'), track.getAttribute('src'), track.getAttribute('srclang'), track.getAttribute('label')]).toEqual([
      'captions',
      '../media/clip.en.vtt',
      'en',
      'Captions'
    ]);
    expect(track.hasAttribute('default')).toBe(true);
    expect(video.hasAttribute('crossorigin')).toBe(false);
    expect(target.querySelector('figure > figcaption.credit')?.textContent).toBe('Video: Test pattern (generated)');
    // A landscape clip in a phone's panel: whole, 16:9, across its width.
    expect(target.querySelector('figure')!.dataset.fit).toBe('contain');
    expect([video.style.width, video.style.height, video.style.left]).toEqual(['390px', '219.375px', '0px']);
  });

  it('with reduced motion, waits on its poster with a Play button', () => {
    const target = mountVideo({ story: story(), index: CLIP, width: 390, height: 844, reducedMotion: true });
    expect(calls).not.toContain('play');
    expect(button(target)?.textContent?.trim()).toBe('Play');
    button(target)!.click();
    flushSync();
    expect(calls).toContain('play');
    expect(button(target)?.textContent?.trim()).toBe('Pause');
  });

  it('plays while shown and in view, pauses out of view, and its button pauses and plays it, in the story’s language', () => {
    const target = mountVideo({ story: story((s) => (s.lang = 'fr')), index: CLIP, width: 1280, height: 800, reducedMotion: false });
    const video = target.querySelector('video')!;
    expect(calls).toEqual(['play']);
    expect(video.paused).toBe(false);
    expect(button(target)?.textContent?.trim()).toBe('Pause');
    expect(button(target)?.getAttribute('type')).toBe('button');

    inView(false);
    expect(video.paused).toBe(true);
    inView(true);
    expect(video.paused).toBe(false);

    button(target)!.click();
    flushSync();
    expect(video.paused).toBe(true);
    expect(button(target)?.textContent?.trim()).toBe('Lecture');
    // The reader's choice holds when the panel comes back into view.
    inView(false);
    inView(true);
    expect(video.paused).toBe(true);
    button(target)!.click();
    flushSync();
    expect(video.paused).toBe(false);
    expect(button(target)?.textContent?.trim()).toBe('Pause');
  });

  it('stops playing when it is unmounted (its step is no longer active)', () => {
    const target = mountVideo({ story: story(), index: CLIP, width: 1280, height: 800, reducedMotion: false });
    const video = target.querySelector('video')!;
    expect(video.paused).toBe(false);
    cleanups.pop()!();
    expect(video.isConnected).toBe(false);
  });

  it('in a scrub step, follows the progress through the step, and has no button', async () => {
    const props = $state<GraphicProps>({ story: story(), index: SCRUB, progress: 0.25, width: 390, height: 844, reducedMotion: false });
    const target = mountVideo(props);
    const video = target.querySelector('video')!;
    expect(video.getAttribute('preload')).toBe('auto');
    expect(button(target)).toBeNull();
    expect(calls).not.toContain('play');
    video.dispatchEvent(new Event('loadedmetadata'));
    flushSync();
    expect(video.currentTime).toBe(1);
    props.progress = 0.75;
    flushSync();
    expect(video.currentTime).toBe(3);
    // With reduced motion, the poster: no seeking.
    props.reducedMotion = true;
    props.progress = 0.5;
    flushSync();
    expect(video.currentTime).toBe(3);
  });

  it('shows a clear message and the description when the video fails to load', () => {
    const target = mountVideo({ story: story(), index: CLIP, width: 390, height: 844, reducedMotion: false });
    target.querySelector('video')!.dispatchEvent(new Event('error'));
    flushSync();
    expect(target.querySelector('.failed .message')?.textContent).toBe('The video could not be loaded.');
    expect(target.querySelector('.failed .description')?.textContent).toMatch(/^Colour bars/);
    expect(button(target)).toBeNull();
  });

  it('asks for CORS when its captions come from another origin (a track loads only so)', () => {
    const target = mountVideo({
      story: story((s) => (s.steps[CLIP].graphic.captions = 'https://cdn.example.org/clip.en.vtt')),
      index: CLIP,
      width: 390,
      height: 844,
      reducedMotion: true
    });
    expect(target.querySelector('video')!.getAttribute('crossorigin')).toBe('anonymous');
  });
});
