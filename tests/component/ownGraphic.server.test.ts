// @vitest-environment node
// A developer's own graphic type (tests/fixtures/graphics/tally.ts) on the server: in the
// Explainer's server render and as a standalone snapshot, as the built-ins are.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Explainer from '../../src/components/Explainer.svelte';
import { parseStory } from '../../src/schema/parseStory.js';
import { snapshotSvg } from '../../src/components/snapshot/snapshotSvg.js';
import { tally } from '../fixtures/graphics/tally.js';

const json = () => ({
  version: 2,
  id: 'bridge',
  lang: 'en',
  title: 'The bridge',
  date: '2026-01-10',
  sources: [{ id: 'city', name: 'City hall' }],
  steps: [
    { id: 'one', text: 'It began.', sources: ['city'], graphic: { type: 'tally', count: 3, label: 'cars', source: 'city' } },
    { id: 'two', text: 'Then more came.', sources: ['city'], graphic: { type: 'tally', count: 12 } }
  ]
});

describe('a graphic type of a developer’s own, on the server', () => {
  it('renders on the server and as a standalone snapshot', () => {
    const story = parseStory(json(), { graphics: [tally] });
    const { body } = render(Explainer, { props: { story } });
    // In the sticky panel and in each step's no-JavaScript figure.
    expect(body).toMatch(/<svg class="tally[^"]*"/);
    const svg = snapshotSvg(story, 1, 400, 300);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="scrollstage-snapshot" viewBox="0 0 400 300"/);
    expect(svg).toContain('aria-label="12 cars."');
    expect(svg).toMatch(/<text class="count[^"]*"[^>]*>12<\/text>/);
  });
});
