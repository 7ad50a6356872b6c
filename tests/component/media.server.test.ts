// @vitest-environment node
/**
 * The image and video graphics rendered on a server, as the no-JS fallback, the static
 * story and snapshots get them: the picture (or the video's poster) as an SVG <image>
 * filling a drawing of any size, scaled into its box; the live components' markup too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import GraphicStage from '../../src/components/GraphicStage.svelte';
import Explainer from '../../src/components/Explainer.svelte';
import ImageGraphic from '../../src/graphics/image/ImageGraphic.svelte';
import VideoGraphic from '../../src/graphics/video/VideoGraphic.svelte';
import { parseStory, type Story } from '../../src/schema/parseStory.js';
import { prepareStory } from '../../src/core/prepareStory.js';
import { preparedContext } from '../../src/core/preparedContext.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const story = (edit?: (story: Json) => void): Story => {
  const data = JSON.parse(readFileSync(`${process.cwd()}/tests/fixtures/stories/media-example.json`, 'utf8'));
  edit?.(data);
  return parseStory(data);
};
const NO_INSETS = { top: 0, right: 0, bottom: 0, left: 0 };
const SIZES = [
  [320, 568],
  [390, 844],
  [1280, 800]
] as const;
const STORY_URL = 'https://news.example.org/stories/media-example.json';

const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const num = (value: string | undefined) => Number(value);

function stage(s: Story, index: number, width: number, height: number, prepared?: Record<string, unknown>) {
  return render(GraphicStage, {
    props: { story: s, index, progress: 1, width, height, insets: NO_INSETS, reducedMotion: true },
    context: preparedContext(prepared)
  }).body;
}

describe('image and video on the server', () => {
  it.each(SIZES)('draws each step at %i x %i, scaled into its box, everything inside the drawing', async (width, height) => {
    const s = story();
    const prepared = await prepareStory(s, { storyUrl: STORY_URL });
    for (const index of s.steps.keys()) {
      const body = stage(s, index, width, height, prepared);
      const outer = attrs(body.match(/<svg [^>]*class="scrollstage-snapshot"[^>]*>/)![0]);
      expect(outer).toMatchObject({ viewBox: `0 0 ${width} ${height}`, width: '100%', height: '100%', preserveAspectRatio: 'xMidYMid meet' });
      const image = attrs(body.match(/<image [^>]*>/)![0]);
      expect(image.href, `step ${index}`).toMatch(/^https:\/\/news\.example\.org\/media\/(landscape-1600\.jpg|tower-900\.webp|clip-poster\.jpg)$/);
      if (image.preserveAspectRatio === 'none') {
        // Cropped exactly: the picture covers the drawing, and the focus is inside it.
        const [x, y, w, h] = [image.x, image.y, image.width, image.height].map(num) as [number, number, number, number];
        expect(x).toBeLessThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(0);
        expect(x + w).toBeGreaterThanOrEqual(width - 0.1);
        expect(y + h).toBeGreaterThanOrEqual(height - 0.1);
        const focus = (s.steps[index]!.state as unknown as { focus: [number, number] }).focus;
        expect(x + focus[0] * w).toBeGreaterThanOrEqual(0);
        expect(x + focus[0] * w).toBeLessThanOrEqual(width);
      } else {
        expect(image).toMatchObject({ width: String(width), height: String(height) });
        // Cropped by the third the focus is in; a video's poster, whole when a crop would cut too much.
        expect(image.preserveAspectRatio).toMatch(/^x(Min|Mid|Max)Y(Min|Mid|Max) slice$|^xMidYMid meet$/);
      }
      // Caption and credit lines: inside the drawing, each short enough for its width.
      const lines = [...body.matchAll(/<text [^>]*class="(caption|credit)"[^>]*>([^<]*)<\/text>/g)];
      expect(lines.length, `step ${index}`).toBeGreaterThan(0);
      for (const [tag, , text] of lines) {
        const a = attrs(tag);
        expect(num(a.y)).toBeGreaterThan(0);
        expect(num(a.y)).toBeLessThanOrEqual(height);
        expect(num(a.x)).toBeGreaterThanOrEqual(0);
        // Wrapped by the same estimate as the unit chart's headings: about 0.56 em a character.
        expect(text!.length * 0.56 * num(a['font-size'])).toBeLessThanOrEqual(width - num(a.x));
      }
      expect(body).not.toContain('<video');
      expect(body).not.toContain('<img');
    }
  });

  it('wraps a long caption rather than run it off a phone', async () => {
    const s = story((json) => (json.steps[0].graphic.caption = 'A long caption that goes on and on about a generated landscape, with no place and no date, for a narrow phone.'));
    const body = stage(s, 0, 320, 568);
    expect([...body.matchAll(/<text [^>]*class="caption"/g)].length).toBeGreaterThan(2);
  });

  it('anchors the words at the right in a right-to-left story', () => {
    const s = story((json) => {
      json.lang = 'he';
      json.dir = 'rtl';
    });
    const body = stage(s, 3, 390, 844);
    const credit = attrs(body.match(/<text [^>]*class="credit"[^>]*>/)![0]);
    expect(credit.direction).toBe('rtl');
    expect(num(credit.x)).toBeGreaterThan(390 / 2);
    expect(body).toContain('>וידאו: Test pattern (generated)</text>');
  });

  it('gives the Explainer’s server render and its no-JS steps the photos, resolved against the story', async () => {
    const s = story();
    const prepared = await prepareStory(s, { storyUrl: STORY_URL });
    const { body } = render(Explainer, { props: { story: s, prepared } });
    const noscripts = [...body.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!);
    expect(noscripts).toHaveLength(6);
    expect(noscripts[0]).toContain('<image href="https://news.example.org/media/landscape-1600.jpg"');
    expect(noscripts[3]).toContain('<image href="https://news.example.org/media/clip-poster.jpg"');
  });

  it('renders the live image as an <img> with its alt, and the live video as a muted inline video with its poster', () => {
    const s = story();
    const img = render(ImageGraphic, { props: { story: s, index: 0, width: 390, height: 844 } }).body;
    expect(img).toMatch(/<img [^>]*src="\.\.\/media\/landscape-1600\.jpg"/);
    expect(img).toMatch(/<img [^>]*alt="Rolling green hills/);
    expect(img).toContain('Photo: Test pattern (generated)');
    const video = render(VideoGraphic, { props: { story: s, index: 3, width: 390, height: 844, reducedMotion: true } }).body;
    const tag = video.match(/<video [^>]*>/)![0];
    expect(tag).toContain('poster="../media/clip-poster.jpg"');
    expect(tag).toMatch(/ muted[ >=]/);
    expect(tag).toMatch(/ playsinline[ >=]/);
    expect(tag).not.toContain('autoplay');
    expect(video).toMatch(/<track kind="captions" src="\.\.\/media\/clip\.en\.vtt" srclang="en" label="Captions" default/);
    expect(video).toContain('>Play</span>');
  });
});
