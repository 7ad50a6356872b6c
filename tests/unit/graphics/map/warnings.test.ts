import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../../src/schema/parseStory.js';
import { kmOutside } from '../../../../src/graphics/map/warnings.js';
import type { Box } from '../../../../src/geo/basemap/basemapFile.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const read = (path: string): Json => JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8'));
const fixture = (): Json => read('tests/fixtures/stories/valid.json');
/** The fixture's region, Hama to Aleppo, with room around it. */
const BOX: Box = [35, 34, 39, 37.5];

function warningsOf(story: Json, basemapBox?: Box): string[] {
  const result = validateStory(story, { basemapBox });
  expect(result.problems).toEqual([]);
  return result.warnings.map((w) => `${w.path}: ${w.message}`);
}

describe('map warnings: places no reader will see', () => {
  it('measures how far a point is outside a box, along the ground', () => {
    expect(kmOutside([36, 35], BOX)).toBe(0);
    // One degree of latitude north of the box is about 111 km.
    expect(kmOutside([36, 38.5], BOX)).toBeCloseTo(111.2, 0);
    // A box across the antimeridian (east past 180) holds a point just west of it.
    expect(kmOutside([-179, 0], [170, -10, 190, 10])).toBe(0);
  });

  it('warns, at the place, when a map step draws it outside the story\'s basemap, and says how far', () => {
    const story = fixture();
    story.places[2].lon = 45.16117; // Aleppo 8° east: a typo in its longitude
    const warnings = warningsOf(story, BOX);
    expect(warnings).toContainEqual(expect.stringMatching(/^places\[2\]: is 5\d\d km outside the story's basemap \(its box: 35, 34, 39, 37\.5\), where steps\[0\] draws it on blank paper: check its lon and lat/));
  });

  it('warns when a place is far outside the view of every map step that shows it', () => {
    const story = fixture();
    story.places[3].lat = -35.4; // south of the equator: a minus sign slipped in
    const warnings = warningsOf(story);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^places\[3\]: is 7,\d{3} km outside the view of every map step that shows it \(steps\[0\], steps\[1\], steps\[2\]; the nearest view is 1\d\d km across\): readers will not see it/);
  });

  it('does not warn of a place just outside a view (within one view-width), or shown in some view', () => {
    const story = fixture();
    // 60 km west of a view about 120 km across: on most screens at the edge, or just past it.
    story.places[3].lon = 36.1;
    expect(warningsOf(story, BOX)).toEqual([]);
    // Far from the first view, but the second step fits it.
    const far = fixture();
    far.places[3].lon = 39;
    far.steps[1].graphic = { type: 'map', view: { fit: ['op-test'] } };
    expect(warningsOf(far)).toEqual([]);
  });

  it('does not warn without a basemap box, of a place no map step shows, or of a story that names a place beside its route', () => {
    const story = fixture();
    story.places.push({ id: 'elsewhere', name: 'Elsewhere', kind: 'city', lon: -70, lat: 10, precision: 'exact', source: 'afp' });
    expect(warningsOf(story, BOX)).toEqual([]);
  });

  it.each(['stories/idlib-m5.json', 'stories/idlib-m5.ar.json'])('gives none for the flagship %s on its basemap', (path) => {
    const basemap = read('stories/idlib-m5.basemap.json');
    expect(warningsOf(read(path), basemap.scrollstage.bbox)).toEqual([]);
  });

  it.each(['valid.json', 'fr-marathon.json', 'he-election.json', 'bar-chart-example.json', 'line-chart-example.json', 'media-example.json'])(
    'gives none for the fixture %s',
    (name) => {
      expect(warningsOf(read(`tests/fixtures/stories/${name}`))).toEqual([]);
    }
  );
});
