// @vitest-environment node
/**
 * The second story (stories/hurricane-ian.json) on the server, as the flagship is tested:
 * the title and every step's text, the sticky graphic scaled into its box, each step's own
 * graphic for readers without JavaScript, the map drawn on the story's own basemap with its
 * credits (and no flagship's), the line and bar charts drawn.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { render } from 'svelte/server';
import { fileURLToPath } from 'node:url';
import Explainer from '../../src/components/Explainer.svelte';
import { plainText } from '../../src/story/parseMarkup.js';
import { parseStory } from '../../src/schema/parseStory.js';
import { prepareStory, type Prepared } from '../../src/core/prepareStory.js';
import { nodeEnv } from '../../src/cli/nodeFiles.js';
import ianJson from '../../stories/hurricane-ian.json';

const story = parseStory(ianJson);
const file = fileURLToPath(new URL('../../stories/hurricane-ian.json', import.meta.url));
let prepared: Prepared;
beforeAll(async () => {
  prepared = await prepareStory(story, nodeEnv(file));
});

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the second story on the server', () => {
  it('renders the title, every step’s text, and each step’s own graphic for readers without JavaScript', () => {
    const { body } = render(Explainer, { props: { story, prepared } });
    const text = decode(body);
    expect(text).toContain(story.title);
    for (const step of story.steps) expect(text).toContain(plainText(step.text).slice(0, 60));
    const steps = body.slice(body.indexOf('class="steps'));
    const noscripts = [...steps.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!);
    expect(noscripts).toHaveLength(story.steps.length);
    story.steps.forEach((step, i) => expect(noscripts[i]).toContain(`data-step="${step.id}"`));
  });

  it('draws the first map scaled into its box, on its own basemap, with its own credits', () => {
    const { body } = render(Explainer, { props: { story, prepared } });
    const stage = body.slice(body.indexOf('class="stage'), body.indexOf('class="steps'));
    const outer = stage.match(/<svg [^>]*class="scrollstage-snapshot"[^>]*>/)![0];
    expect(outer).toContain('width="100%"');
    expect(outer).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(stage).toMatch(/<path class="land[^"]*" d="M/);
    expect(decode(stage)).toContain('Natural Earth');
    expect(decode(stage)).toContain('US Census Bureau');
    expect(body).not.toMatch(/OCHA|Syria|Idlib/);
  });

  it('draws the line chart through the best track’s winds and the bar chart’s six bars in their no-JS graphics', () => {
    const { body } = render(Explainer, { props: { story, prepared } });
    const noscripts = [...body.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!);
    const line = noscripts[story.steps.findIndex((s) => s.id === 'category-5')]!;
    expect(line).toMatch(/<path[^>]*d="M[\d.,\sLC-]+/);
    expect(decode(line)).toContain('140 kt, category 5');
    const bars = decode(noscripts[story.steps.findIndex((s) => s.id === 'toll')]!);
    for (const label of ['Storm surge', 'Freshwater flooding', 'At sea', 'Wind', 'Rough surf']) expect(bars).toContain(label);
    expect(bars).toContain('about 90');
  });
});
