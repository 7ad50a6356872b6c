/** Small stories for unit-chart and convoy tests, built through `parseStory` like real ones. */
import { parseStory, type Story } from '../../src/schema/parseStory.js';

const SOURCES = [
  { id: 'sohr', name: 'Syrian Observatory for Human Rights' },
  { id: 'afp', name: 'AFP' },
  { id: 'synthetic', name: 'Synthetic test data' }
];

const PEOPLE = { value: 1000, label: '1,000 people' };

/** The human toll as the flagship tells it: displaced and Saraqeb, then the civilian deaths. */
export function tollStory(options: { lang?: string; dir?: 'ltr' | 'rtl' } = {}): Story {
  return parseStory({
    version: 1,
    id: 'toll',
    lang: options.lang ?? 'en',
    dir: options.dir ?? 'ltr',
    title: 'The human toll',
    date: '2020-02-09',
    sources: SOURCES,
    steps: [
      {
        id: 'displaced',
        text: 'More than 580,000 people have fled their homes since December.',
        sources: ['sohr'],
        graphic: {
          type: 'unit-chart',
          title: 'Driven from their homes',
          unit: PEOPLE,
          groups: [
            {
              id: 'displaced',
              label: 'Displaced in Idlib since December',
              value: 580000,
              display: 'more than 580,000',
              source: 'sohr'
            },
            {
              id: 'saraqeb',
              label: 'Saraqeb’s residents a few months ago, who fled',
              value: 110000,
              display: 'some 110,000',
              source: 'sohr'
            }
          ]
        }
      },
      {
        id: 'killed',
        text: 'More than 300 civilians have been killed in recent months.',
        sources: ['sohr'],
        graphic: {
          type: 'unit-chart',
          title: 'Civilians killed in the Idlib region in recent months',
          unit: { value: 1, label: '1 person' },
          groups: [
            { id: 'killed', label: 'Civilians killed', value: 300, display: 'more than 300', source: 'sohr' }
          ]
        }
      },
      {
        id: 'posts',
        text: 'Three of Turkey’s 12 observation posts were encircled.',
        sources: ['afp'],
        graphic: {
          type: 'unit-chart',
          title: 'Turkish observation posts in Idlib',
          unit: { value: 1, label: '1 observation post' },
          groups: [
            {
              id: 'posts',
              label: 'Observation posts',
              value: 12,
              highlight: { value: 3, label: 'encircled' },
              source: 'afp'
            }
          ]
        }
      }
    ]
  });
}

/** One group of `units` marks at one person per mark: large enough to need the canvas. */
export function syntheticStory(units: number, groups = 1): Story {
  const each = Math.floor(units / groups);
  return parseStory({
    version: 1,
    id: 'synthetic',
    lang: 'en',
    title: 'Synthetic',
    date: '2020-02-09',
    sources: SOURCES,
    steps: [
      {
        id: 'many',
        text: `${units} units.`,
        sources: ['synthetic'],
        graphic: {
          type: 'unit-chart',
          unit: { value: 1, label: '1 unit' },
          groups: Array.from({ length: groups }, (_, i) => ({
            id: `g${i}`,
            label: `Group ${i + 1}`,
            value: i === groups - 1 ? units - each * (groups - 1) : each,
            source: 'synthetic'
          }))
        }
      }
    ]
  });
}
