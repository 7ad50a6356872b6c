// The line chart's words in the story's language: a Hebrew and a French edition of the
// example story show none of the English chrome (the explainer's and the line chart's own),
// on screen or to a screen reader; a story's `line-chart.KEY` strings win.
import { describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import Explainer from '../../src/components/Explainer.svelte';
import { parseStory, type Story } from '../../src/schema/parseStory.js';
import { englishFragments } from './chromeLanguage.helpers.js';
import { lineExampleJson } from '../helpers/lineStories.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The example with every word of the story's own in `lang`: only the chrome could be English. */
function edition(lang: string, dir: 'ltr' | 'rtl', words: { text: string; series: [string, string]; notes: [string, string]; source: string }): Json {
  const json: Json = lineExampleJson();
  Object.assign(json, { lang, dir, title: words.text, dek: words.text });
  json.sources[0].name = words.source;
  delete json.sources[0].note;
  for (const step of json.steps) {
    step.text = words.text;
    step.kicker = words.text;
    for (const note of step.graphic.annotations ?? []) note.text = note.y === undefined ? words.notes[1] : words.notes[0];
  }
  const first = json.steps[0].graphic;
  first.title = words.text;
  first.y.label = words.text;
  first.series.forEach((s: Json, i: number) => (s.label = words.series[i]));
  return json;
}

const EDITIONS: [string, Json][] = [
  ['Hebrew', edition('he', 'rtl', { text: 'מפלס הנהר', series: ['תחנה עליונה', 'תחנה תחתונה'], notes: ['שיא', 'שערים נפתחו'], source: 'נתוני דוגמה' })],
  ['French', edition('fr', 'ltr', { text: 'Niveau de la rivière', series: ['Station amont', 'Station aval'], notes: ['Pic', 'Vannes ouvertes'], source: 'Données d’exemple' })]
];

function readable(root: Element): string {
  const labels = [...root.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '');
  return [root.textContent ?? '', ...labels].join('\n');
}

async function mounted(story: Story) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(Explainer, { target, props: { story } });
  await vi.waitFor(() => {
    flushSync();
    expect(target.querySelector('figure.line-chart')).not.toBeNull();
    expect(target.querySelector(`[id="scrollstage-${story.id}-end"]`)).not.toBeNull();
  });
  return { target, done: () => (unmount(app), target.remove()) };
}

describe.each(EDITIONS)('a %s line chart', (_name, json) => {
  const story = parseStory(json);
  const english = englishFragments(story);

  it('has English chrome to look for, its own words among it', () => {
    expect(english).toEqual(expect.arrayContaining(['Line chart', 'Vertical axis', 'Horizontal axis: dates', ': the data']));
  });

  it('shows none of it, in the chart, its text alternative or its data table', async () => {
    const { target, done } = await mounted(story);
    const text = readable(target);
    expect(text).toContain(story.lang === 'he' ? 'תרשים קווי.' : 'Graphique linéaire.');
    expect(english.filter((fragment) => text.includes(fragment))).toEqual([]);
    done();
  });
});

it('uses a story’s own line-chart words over the built-in ones', async () => {
  const json = { ...EDITIONS[0]![1], strings: { 'line-chart.chart': 'גרף.', 'line-chart.sourceLine': 'לפי: {names}' } };
  const { target, done } = await mounted(parseStory(json));
  const text = readable(target);
  expect(text).toContain('גרף. ');
  expect(text).toContain('לפי: נתוני דוגמה');
  expect(text).not.toContain('תרשים קווי.');
  done();
});
