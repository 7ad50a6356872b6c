import { describe, expect, it } from 'vitest';
import { dataRows } from '../../../src/story/dataRows.js';
import { parseStory } from '../../../src/schema/parseStory.js';
import { flagship } from '../../helpers/flagship.js';

const story = flagship();
const rows = dataRows(story);

describe('dataRows on the flagship story', () => {
  it('lists every place the map draws once, in the order the story first shows it', () => {
    const ids = rows.places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 5)).toEqual(['damascus', 'homs', 'hama', 'idlib', 'aleppo']);
    for (const id of ['saraqeb', 'op-morek', 'taftanaz-airbase', 'mastumah-camp', 'al-eis']) expect(ids).toContain(id);
    const drawn = new Set(
      story.steps.flatMap((s) => (s.state.type === 'corridor-map' ? [...s.state.places, ...s.state.encircled] : []))
    );
    expect(new Set(ids)).toEqual(drawn);
  });

  it('carries each place’s kind, precision and source as the story gives them', () => {
    const morek = rows.places.find((p) => p.id === 'op-morek')!;
    expect(morek).toMatchObject({
      name: 'Morek post',
      kind: 'observation-post',
      precision: 'approximate'
    });
    expect(story.sources.some((s) => s.id === morek.source.id && s.name === morek.source.name)).toBe(true);
    expect(rows.places.find((p) => p.id === 'saraqeb')).toMatchObject({
      kind: 'town',
      precision: 'exact'
    });
  });

  it('gives each advance its held extent, at the step that shows it, with the held line’s source', () => {
    const held = rows.figures.filter((f) => f.kind === 'held');
    expect(held.map((f) => f.step.id)).toEqual(['khan-shaykhun', 'maarat-al-numan', 'saraqeb', 'remaining']);
    expect(held.map((f) => (f.kind === 'held' ? f.to : ''))).toEqual([
      'Khan Shaykhun',
      'Maarat al-Numan',
      'Saraqeb',
      'Al-Eis'
    ]);
    const kms = held.map((f) => (f.kind === 'held' ? f.km : 0));
    expect([...kms].sort((a, b) => a - b)).toEqual(kms);
    expect(held[2]!.step.kicker).toBe('Saturday 8 February 2020');
    expect(held[1]!.sources.map((s) => s.name)).toEqual(['Reuters']);
  });

  it('names the encircled posts, the convoys and the unit-chart groups with their sources', () => {
    const encircled = rows.figures.find((f) => f.kind === 'encircled');
    expect(encircled).toMatchObject({
      step: { id: 'encircled' },
      posts: ['Morek post', 'Surman post', 'Tell Tuqan post']
    });
    const convoys = rows.figures.filter((f) => f.kind === 'convoy');
    expect(convoys.map((c) => [c.step.id, c.kind === 'convoy' ? c.count : 0, c.sources[0]!.id])).toEqual([
      ['build-up-earlier', 150, 'afp'],
      ['build-up', 430, 'sohr']
    ]);
    const groups = rows.figures.filter((f) => f.kind === 'group');
    expect(groups.map((g) => (g.kind === 'group' ? [g.value, g.display] : []))).toEqual([
      [580000, 'more than 580,000'],
      [110000, 'some 110,000'],
      [300, 'more than 300']
    ]);
    expect(rows.figures.find((f) => f.kind === 'remaining')).toMatchObject({
      km: 15,
      step: { id: 'remaining' }
    });
  });

  it('lists a figure again only when a later step changes it', () => {
    const keys = rows.figures.map((f) => JSON.stringify({ ...f, step: undefined, sources: undefined }));
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
    const { places, figures } = dataRows(small);
    expect(places.map((p) => p.id)).toEqual(['q', 'p']);
    expect(places[0]).toMatchObject({
      precision: 'approximate',
      uncertaintyKm: 3,
      source: { id: 'a', name: 'A', date: '2020-02-01' }
    });
    expect(figures).toEqual([
      {
        kind: 'held',
        label: '',
        route: 'R',
        from: '',
        to: 'km 20',
        km: 20,
        step: { index: 1, id: 's2' },
        sources: [{ id: 'a', name: 'A', date: '2020-02-01' }]
      }
    ]);
  });
});
