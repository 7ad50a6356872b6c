/** A map step's full state, once inherited: what the map draws at that step. */
import type { Annotation, Convoy, Held, Region, Remaining, View } from './schema.js';

export interface CorridorMapState {
  type: 'corridor-map';
  view: View;
  routes: string[];
  places: string[];
  highlight: string[];
  encircled: string[];
  regions: Region[];
  held: Held | null;
  remaining: Remaining | null;
  convoys: Convoy[];
  annotations: Annotation[];
  /** Not inherited: whether this step's changes follow scroll progress. */
  scrub: boolean;
  alt?: string;
}

/** The map state of step `index`, or null when that step shows another graphic. */
export function mapStateAt(story: { steps: readonly { state: { type: string } }[] }, index: number): CorridorMapState | null {
  const state = story.steps[index]?.state;
  return state?.type === 'corridor-map' ? (state as CorridorMapState) : null;
}
