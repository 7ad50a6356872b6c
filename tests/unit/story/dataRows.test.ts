import { describe, expect, it } from 'vitest';
import { dataRows } from '../../../src/story/dataRows.js';
import { parseStory } from '../../../src/schema/parseStory.js';
import { mapStateAt } from '../../../src/graphics/map/state.js';
import { flagship } from '../../helpers/flagship.js';

const story = flagship();
const rows = dataRows(story);
const places = rows.tables.find((t) => t.id === 'places')!;

describe('dataRows on the flagship story', () => {
  it('lists every place the map draws once, in the order the story first shows it', () => {
    const ids = places.rows.map((p) => p.key);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 5)).toEqual(['damascus', 'homs', 'hama', 'idlib', 'aleppo']);
    for (const id of ['saraqeb', 'op-morek', 'taftanaz-airbase', 'mastumah-camp', 'al-eis']) expect(ids).toContain(id);
    const drawn = new Set(story.steps.flatMap((s) => {
      const state = mapStateAt(story, s.index);
      return state ? [...state.places, ...state.ringed] : [];
    }));
    expect(new Set(ids)).toEqual(drawn);
  });

  it('words each place’s kind, precision and source as the story gives them', () => {
    const morek = places.rows.find((p) => p.key === 'op-morek')!;
    expect(morek.cells.slice(0, 3)).toEqual(['Morek post', 'Turkish observation post', 'approximate, within 3 km']);
    expect(morek.mark).toBe('approximate');
    expect(places.rows.find((p) => p.key === 'saraqeb')!.cells.slice(1, 3)).toEqual(['town', 'exact']);
    expect(places.columns).toEqual(['Place', 'Kind', 'Position', 'Source']);
  });

  it('gives each advance its held extent, at the step that shows it, with the held line’s source', () => {
    const held = rows.figures.filter((f) => f.key.startsWith('progress:'));
    expect(held.map((f) => f.step.id)).toEqual(['khan-shaykhun', 'maarat-al-numan', 'saraqeb', 'remaining']);
    expect(held.map((f) => f.value.match(/ to ([^:]+):/)?.[1])).toEqual(['Khan Shaykhun', 'Maarat al-Numan', 'Saraqeb', 'Al-Eis']);
    const kms = held.map((f) => Number(f.value.match(/about ([\d,]+) km/)![1]!.replace(',', '')));
    expect([...kms].sort((a, b) => a - b)).toEqual(kms);
    expect(held[2]!.step.kicker).toBe('Saturday 8 February 2020');
    expect(held[1]!.sources.map((s) => s.name)).toEqual(['Reuters']);
  });

  it('names the encircled posts, the moving marks and the unit-chart groups with their sources', () => {
    const encircled = rows.figures.find((f) => f.key === 'ringed');
    expect(encircled).toMatchObject({ step: { id: 'encircled' }, value: '3: Morek post, Surman post, and Tell Tuqan post' });
    const convoys = rows.figures.filter((f) => f.key.startsWith('mover:'));
    expect(convoys.map((c) => [c.step.id, c.value, c.sources[0]!.id])).toEqual([
      ['build-up-earlier', '150 vehicles', 'afp'],
      ['build-up', '430 vehicles', 'sohr']
    ]);
    const groups = rows.figures.filter((f) => f.key.startsWith('group:'));
    expect(groups.map((g) => g.value)).toEqual(['more than 580,000', 'some 110,000', 'more than 300']);
    expect(rows.figures.find((f) => f.key === 'remaining')).toMatchObject({ value: expect.stringMatching(/^about 15 km/), step: { id: 'remaining' } });
  });

  it('lists a figure again only when a later step changes it', () => {
    const keys = rows.figures.map((f) => `${f.key}\n${f.what}\n${f.value}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.figures.some((f) => f.step.id === 'diplomacy')).toBe(false);
  });
});

describe('dataRows on a small story', () => {
  const small = parseStory({
    version: 1,
    id: 'tiny',
    lang: 'en',
    dir: 'ltr',
    title: 'Tiny',
    date: '2020-02-09',
    sources: [{ id: 'a', name: 'A', date: '2020-02-01' }],
    places: [
      {
        id: 'p',
        name: 'P',
        kind: 'town',
        lon: 36,
        lat: 35,
        precision: 'exact',
        source: 'a'
      },
      {
        id: 'q',
        name: 'Q',
        kind: 'town',
        lon: 36,
        lat: 35.5,
        precision: 'approximate',
        uncertaintyKm: 3,
        source: 'a'
      }
    ],
    routes: [
      {
        id: 'r',
        name: 'R',
        precision: 'exact',
        source: 'a',
        coordinates: [
          [36, 35],
          [36, 35.5]
        ]
      }
    ],
    steps: [
      {
        id: 's1',
        text: 'One',
        sources: ['a'],
        graphic: {
          type: 'corridor-map',
          view: { fit: ['p', 'q'] },
          routes: ['r'],
          places: ['q']
        }
      },
      {
        id: 's2',
        text: 'Two',
        sources: ['a'],
        graphic: {
          type: 'corridor-map',
          places: ['p', 'q'],
          held: { route: 'r', to: { km: 20 } }
        }
      }
    ]
  });

  it('measures a held extent given in km, falls back on the step’s sources, and keeps the uncertainty', () => {
    const { tables, figures } = dataRows(small);
    const places = tables.find((t) => t.id === 'places')!;
    expect(places.rows.map((p) => p.key)).toEqual(['q', 'p']);
    expect(places.rows[0]!.cells).toEqual(['Q', 'town', 'approximate, within 3 km', 'A, February 1, 2020']);
    expect(figures).toEqual([
      {
        key: 'progress:r',
        what: 'Covered so far',
        value: 'R, its start to km 20: about 20 km',
        step: { index: 1, id: 's2' },
        sources: [{ id: 'a', name: 'A', date: '2020-02-01' }]
      }
    ]);
  });
});
