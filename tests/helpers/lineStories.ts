/** Small line-chart stories for tests, built through `parseStory` like real ones. */
import { parseStory, type Story } from '../../src/schema/parseStory.js';
import example from '../fixtures/stories/line-chart-example.json';

/** A fresh copy of tests/fixtures/stories/line-chart-example.json, safe to mutate. */
export function lineExampleJson(): Record<string, unknown> {
  return structuredClone(example) as Record<string, unknown>;
}

export function lineExample(options: { lang?: string; dir?: 'ltr' | 'rtl' } = {}): Story {
  return parseStory({ ...lineExampleJson(), ...options });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A story of line-chart steps (the first gives what later ones inherit), with one source. */
export function lineStoryJson(graphics: Json[], extra: Json = {}): Json {
  return {
    version: 2,
    id: 'lines',
    lang: 'en',
    title: 'Lines',
    date: '2024-01-01',
    sources: [
      { id: 'stats', name: 'Statistics office' },
      { id: 'other', name: 'Another office' }
    ],
    steps: graphics.map((graphic, i) => ({ id: `s${i}`, text: `Step ${i}.`, sources: ['stats'], graphic })),
    ...extra
  };
}

export function lineStory(graphics: Json[], extra: Json = {}): Story {
  return parseStory(lineStoryJson(graphics, extra));
}

/** Two series over years: a rising one and a flat one. */
export const YEARS = {
  type: 'line-chart',
  title: 'Two measures',
  x: { type: 'number', label: 'Year' },
  y: { label: 'Index' },
  series: [
    { id: 'rise', label: 'Rising', source: 'stats', points: [[2000, 10], [2005, 30], [2010, 20], [2015, 60], [2020, 80]] },
    { id: 'flat', label: 'Flat', source: 'stats', points: [[2000, 40], [2010, 42], [2020, 41]] }
  ]
};
