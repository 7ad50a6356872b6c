// A graphic type defined outside the package (tests/fixtures/graphics/tally.ts), taken
// through everything a built-in goes through: validation, inheritance, the Explainer in a
// DOM, a server render, a snapshot, the data table and the text alternative.
import { describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import Explainer from '../../src/components/Explainer.svelte';
import { parseStory, validateStory } from '../../src/schema/parseStory.js';
import { describeState } from '../../src/story/describeState.js';
import { dataRows } from '../../src/story/dataRows.js';
import { tally, tallyModel } from '../fixtures/graphics/tally.js';

const json = () => ({
  version: 2,
  id: 'bridge',
  lang: 'en',
  title: 'The bridge',
  date: '2026-01-10',
  sources: [{ id: 'city', name: 'City hall' }],
  strings: { 'tally.of': '{label} counted so far' },
  steps: [
    { id: 'one', text: 'It began.', sources: ['city'], graphic: { type: 'tally', count: 3, label: 'cars', source: 'city' } },
    { id: 'two', text: 'Then more came.', sources: ['city'], graphic: { type: 'tally', count: 12 } },
    { id: 'three', text: 'The end.', sources: ['city'] }
  ]
});

describe('a graphic type of a developer’s own', () => {
  it('is unknown without its definition, like any wrong type', () => {
    const { problems } = validateStory(json());
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toContain('steps[0].graphic.type: must be one of "map", "corridor-map", "unit-chart", "bar-chart", "line-chart", "image", "video" (got "tally")');
  });

  it('validates with its own fields and reference checks, and inherits like a built-in', () => {
    const story = parseStory(json(), { graphics: [tallyModel] });
    expect(story.steps.map((s) => s.state)).toEqual([
      { type: 'tally', scrub: false, count: 3, label: 'cars', source: 'city' },
      { type: 'tally', scrub: false, count: 12, label: 'cars', source: 'city' },
      { type: 'tally', scrub: false, count: 12, label: 'cars', source: 'city' }
    ]);
    const bad = json();
    (bad.steps[0]!.graphic as Record<string, unknown>).count = -1;
    (bad.steps[0]!.graphic as Record<string, unknown>).source = 'nobody';
    (bad.steps[1]!.graphic as Record<string, unknown>).colour = 'red';
    const { problems } = validateStory(bad, { graphics: [tallyModel] });
    const lines = problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toContain('steps[0].graphic.count: must be at least 0 (got -1)');
    expect(lines).toContain('steps[1].graphic.colour: is not a known field (did you mean "color"?)');
  });

  it('checks the story’s references to it (with valid shapes)', () => {
    const bad = json();
    (bad.steps[0]!.graphic as Record<string, unknown>).source = 'nobody';
    const { problems } = validateStory(bad, { graphics: [tallyModel] });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['steps[0].graphic.source: "nobody" is not a source id in "sources"']);
  });

  it('words its text alternative and data rows, with the story’s own words over its defaults', () => {
    const story = parseStory(json(), { graphics: [tallyModel] });
    expect(describeState(story, 1)).toBe('12 cars.');
    const { figures } = dataRows(story);
    expect(figures.map((f) => [f.step.id, f.what, f.value, f.sources.map((s) => s.id)])).toEqual([
      ['one', 'cars', '3', ['city']],
      ['two', 'cars', '12', ['city']]
    ]);
    expect(validateStory({ ...json(), strings: { 'tally.off': 'x' } }, { graphics: [tallyModel] }).problems.map((p) => p.message)).toEqual([
      'is not a text the explainer writes (did you mean "tally.of"?); the README lists every key'
    ]);
  });

  it('is drawn by the Explainer in a page, step by step', () => {
    const story = parseStory(json(), { graphics: [tally] });
    const target = document.createElement('div');
    document.body.append(target);
    const app = mount(Explainer, { target, props: { story, reducedMotion: true } });
    flushSync();
    const svg = target.querySelector('svg.tally');
    expect(svg).not.toBeNull();
    expect(svg!.querySelector('.count')!.textContent).toBe('3');
    expect(svg!.querySelector('.label')!.textContent).toBe('cars counted so far');
    unmount(app);
    target.remove();
  });

  it('also when the definition is given to the Explainer rather than to parseStory', () => {
    const story = parseStory(json(), { graphics: [tallyModel] });
    const target = document.createElement('div');
    document.body.append(target);
    const app = mount(Explainer, { target, props: { story, graphics: [tally], reducedMotion: true } });
    flushSync();
    expect(target.querySelector('svg.tally .count')?.textContent).toBe('3');
    unmount(app);
    target.remove();
  });
});
