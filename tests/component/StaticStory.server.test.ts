// @vitest-environment node
// Server rendering: StaticStory is what readers without JavaScript get, so it is only ever
// rendered on the server; the node environment compiles it as an SSR app would.
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import { render } from 'svelte/server';
import StaticStory from '../../src/components/StaticStory.svelte';
import { StaticStory as exported } from '../../src/index.js';
import { describeState } from '../../src/story/describeState.js';
import { parseStory } from '../../src/schema/parseStory.js';
import { withoutHydrationMarkers } from '../../src/components/snapshot/snapshotSvg.js';
import { flagship, flagshipJson } from '../helpers/flagship.js';

const story = flagship();

/** The server render without Svelte's hydration comments, as the snapshot files are written. */
const html = (props: ComponentProps<typeof StaticStory>) => withoutHydrationMarkers(render(StaticStory, { props }).body);

/** An attribute value as Svelte's server render escapes it. */
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('<StaticStory> on the server', () => {
  it('is exported from the package', () => {
    expect(exported).toBe(StaticStory);
  });

  it('tells the story as an article: title block, every step’s text then its graphic inline, then the sources', () => {
    const body = html({ story });
    expect(body).toMatch(/<article class="scrollstage-static[^"]*" lang="en" dir="ltr" data-story="idlib-m5">/);
    expect(body).toMatch(/<h2 class="title[^"]*">The M5 and the battle for Idlib<\/h2>/);
    expect(body).toContain('<time datetime="2020-02-09">February 9, 2020</time>');
    const sections = body.split(/<section class="step/).slice(1);
    expect(sections).toHaveLength(13);
    sections.forEach((section, i) => {
      const step = story.steps[i]!;
      expect(section).toContain(`data-step="${step.id}"`);
      if (step.kicker) expect(section).toContain(`>${step.kicker}</p>`);
      // Text first, then the graphic: a reader meets the words before the picture.
      expect(section.indexOf('class="text')).toBeLessThan(section.indexOf('<svg'));
      expect(section).toContain(`<svg xmlns="http://www.w3.org/2000/svg" class="scrollstage-snapshot" viewBox="0 0 800 600"`);
      expect(section).toContain(`role="img" aria-label="${attr(describeState(story, i))}"`);
    });
    expect(body).toMatch(/<strong>M5<\/strong>/);
    expect(body).toMatch(/<section class="sources[^"]*" id="idlib-m5-sources"/);
    expect(body).toContain('Sources and method');
  });

  it('references snapshot files with <img>s named by the step’s text alternative when asked', () => {
    const body = html({ story, graphics: 'img', width: 600, height: 450, headingLevel: 1 });
    expect(body).not.toContain('<svg');
    expect(body).toMatch(/<h1 class="title/);
    const images = [...body.matchAll(/<img src="([^"]+)" alt="([^"]*)" width="600" height="450"/g)];
    expect(images.map((m) => m[1])).toEqual(story.steps.map((s, i) => `step-${String(i + 1).padStart(2, '0')}-${s.id}.svg`));
    images.forEach((m, i) => expect(m[2]).toBe(attr(describeState(story, i))));

    const custom = html({ story, graphics: 'img', src: (i: number) => `/cdn/${i}.svg` });
    expect(custom).toContain('<img src="/cdn/0.svg"');
    expect(custom).toContain('<img src="/cdn/12.svg"');
  });

  it('renders story text as text: markup becomes elements, HTML stays visible characters', () => {
    const json = flagshipJson() as { steps: { text: string }[] };
    json.steps[1]!.text = 'A <img src=x onerror=alert(1)> and **bold** words';
    const body = html({ story: parseStory(json), graphics: 'img' });
    expect(body).toContain('A &lt;img src=x onerror=alert(1)> and <strong>bold</strong> words');
    expect(body).not.toContain('<img src=x');
  });

  it('mirrors a right-to-left story: the article’s direction and language, the chart’s text', () => {
    const arabic = flagship('idlib-m5.ar');
    const body = html({ story: arabic });
    expect(body).toMatch(/<article class="scrollstage-static[^"]*" lang="ar" dir="rtl"/);
    expect(body).toContain(arabic.title);
    expect(body).toContain('direction="rtl"');
    expect(body).toContain('المصادر والمنهجية');
  });
});
