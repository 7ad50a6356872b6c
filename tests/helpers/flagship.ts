/** The flagship stories, parsed, for tests in any environment (JSON imported through Vite). */
import english from '../../stories/idlib-m5.json';
import arabic from '../../stories/idlib-m5.ar.json';
import { parseStory, type Story } from '../../src/schema/parseStory.js';

const EDITIONS = { 'idlib-m5': english, 'idlib-m5.ar': arabic } as const;

/** A fresh deep copy of an edition's JSON, safe to mutate. */
export function flagshipJson(edition: keyof typeof EDITIONS = 'idlib-m5'): unknown {
  return structuredClone(EDITIONS[edition]);
}

export function flagship(edition: keyof typeof EDITIONS = 'idlib-m5'): Story {
  return parseStory(flagshipJson(edition));
}

/** A step's graphic as the flagship writes it: one of the built-in types, fields optional. */
export type FlagshipGraphic =
  | ({ type: 'map' } & Partial<Omit<import('../../src/graphics/map/state.js').MapState, 'type'>>)
  | ({ type: 'unit-chart' } & Partial<Omit<import('../../src/graphics/unit-chart/state.js').UnitChartState, 'type'>>);

import basemapJson from '../../stories/idlib-m5.basemap.json';
import { decodeBasemap, type DecodedBasemap } from '../../src/geo/basemap/decodeBasemap.js';
import { mapGeography, type MapGeography } from '../../src/graphics/map/plan/mapGeography.js';
import type { Prepared } from '../../src/core/prepareStory.js';
import { preparedContext } from '../../src/core/preparedContext.js';

let decoded: DecodedBasemap | null = null;

/** The flagship's basemap (stories/idlib-m5.basemap.json), decoded once. */
export function flagshipBasemap(): DecodedBasemap {
  return (decoded ??= decodeBasemap(basemapJson, 'stories/idlib-m5.basemap.json'));
}

/** What prepareStory gives the flagship: its basemap, for the map. */
export function flagshipPrepared(): Prepared {
  return { map: flagshipBasemap() };
}

/** The Svelte context that hands the flagship's prepared data to a rendered map. */
export function flagshipContext(): Map<unknown, unknown> {
  return preparedContext(flagshipPrepared());
}

/** What the flagship's maps draw on: projection, region, basemap shapes. */
export function flagshipGeography(story: Story): MapGeography {
  return mapGeography(story, flagshipBasemap());
}

/**
 * An edition's JSON to give a page inline (or to `scrollstage.mount` as an object): what it
 * names relative to itself is then found from the page, so its basemap is named from there
 * (the demo site serves the stories under stories/).
 */
export function flagshipJsonForPage(edition: keyof typeof EDITIONS = 'idlib-m5'): Record<string, unknown> {
  const json = flagshipJson(edition) as Record<string, unknown>;
  json.basemap = `stories/${json.basemap as string}`;
  return json;
}
