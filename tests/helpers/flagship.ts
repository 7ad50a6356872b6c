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
