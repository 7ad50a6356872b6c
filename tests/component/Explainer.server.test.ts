// @vitest-environment node
// Server rendering: the Explainer compiled for the server, as the no-JS fallback gets it.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Explainer from '../../src/components/Explainer.svelte';
import { plainText } from '../../src/story/parseMarkup.js';
import { flagship, flagshipPrepared } from '../helpers/flagship.js';

const story = flagship();

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('<Explainer> on the server', () => {
  it('server-renders the title, every step text and a graphic', () => {
    const { body } = render(Explainer, { props: { story } });
    const text = decode(body);
    expect(text).toContain(story.title);
    for (const step of story.steps) expect(text).toContain(plainText(step.text).slice(0, 60));
    expect(body).toContain('<svg');
  });

  it('draws the graphic scaled into its box, whatever its size (no fixed width a phone would crop)', () => {
    const { body } = render(Explainer, { props: { story, prepared: flagshipPrepared() } });
    const stage = body.slice(body.indexOf('class="stage'), body.indexOf('class="steps'));
    const outer = stage.match(/<svg [^>]*class="scrollstage-snapshot"[^>]*>/)![0];
    expect(outer).toContain('width="100%"');
    expect(outer).toContain('height="100%"');
    expect(outer).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(outer).toContain('preserveAspectRatio="xMidYMid meet"');
    // The map is drawn, with its basemap.
    expect(stage).toMatch(/<path class="land[^"]*" d="M/);
  });

  it('gives each step its own graphic for readers without JavaScript, and hides the sticky one from them', () => {
    const { body, head } = render(Explainer, { props: { story, prepared: flagshipPrepared() } });
    const steps = body.slice(body.indexOf('class="steps'));
    const noscripts = [...steps.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!);
    expect(noscripts).toHaveLength(story.steps.length);
    story.steps.forEach((step, i) => expect(noscripts[i]).toContain(`data-step="${step.id}"`));
    expect(head + body).toBeTruthy();
  });

  it('draws each server-rendered map for its own view only: its basemap clipped near the picture and thinned', () => {
    const { body } = render(Explainer, { props: { story, prepared: flagshipPrepared() } });
    const pictures = [...body.matchAll(/<svg [^>]*class="scrollstage-snapshot"[^>]*viewBox="0 0 (\d+) (\d+)"[\s\S]*?<g class="camera[^"]*" transform="translate\(([-\d.]+),([-\d.]+)\) scale\(([\d.]+)\)">\s*<path class="land[^"]*" d="([^"]*)"/g)];
    expect(pictures.length).toBeGreaterThan(5);
    for (const [, w, h, tx, ty, k, d] of pictures) {
      const [width, height, x, y, scale] = [w, h, tx, ty, k].map(Number) as [number, number, number, number, number];
      for (const m of d!.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
        const sx = Number(m[1]) * scale + x;
        const sy = Number(m[2]) * scale + y;
        // The clip rectangle is 5 % beyond each edge.
        expect(sx).toBeGreaterThan(-0.06 * width);
        expect(sx).toBeLessThan(1.06 * width);
        expect(sy).toBeGreaterThan(-0.06 * height);
        expect(sy).toBeLessThan(1.06 * height);
      }
    }
    // The whole page, every step's picture included, in a size a page can carry (3.1 MB before clipping).
    expect(body.length).toBeLessThan(900_000);
  });

  it('hides the skip link until it has focus', () => {
    const { body } = render(Explainer, { props: { story } });
    expect(body).toMatch(/<a class="skip[^"]*" href="#scrollstage-idlib-m5-end">/);
  });
});
