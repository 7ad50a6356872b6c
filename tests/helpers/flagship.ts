/** The flagship story, parsed, for tests. */
import { readFileSync } from 'node:fs';
import { parseStory, type Story } from '../../src/schema/parseStory.js';

export function flagshipJson(edition = 'idlib-m5'): unknown {
  return JSON.parse(readFileSync(new URL(`../../stories/${edition}.json`, import.meta.url), 'utf8'));
}

export function flagship(edition = 'idlib-m5'): Story {
  return parseStory(flagshipJson(edition));
}
