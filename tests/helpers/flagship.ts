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
  | ({ type: 'corridor-map' } & Partial<Omit<import('../../src/graphics/map/state.js').CorridorMapState, 'type'>>)
  | ({ type: 'unit-chart' } & Partial<Omit<import('../../src/graphics/unit-chart/state.js').UnitChartState, 'type'>>);
