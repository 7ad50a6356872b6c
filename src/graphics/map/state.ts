/** A map step's full state, once inherited: what the map draws at that step. */
import type { Annotation, Mover, NamedFeature, Progress, Remaining, View } from './schema.js';

export interface MapState {
  type: 'map';
  view: View;
  routes: string[];
  places: string[];
  highlight: string[];
  ringed: string[];
  areas: NamedFeature[];
  /** Countries shaded as the story's own. */
  focus: NamedFeature[];
  /** Countries named; null: every country with room. */
  countries: NamedFeature[] | null;
  locator: boolean;
  progress: Progress | null;
  remaining: Remaining | null;
  movers: Mover[];
  annotations: Annotation[];
  /** Not inherited: whether this step's changes follow scroll progress. */
  scrub: boolean;
  alt?: string;
}

/** The map state of step `index`, or null when that step shows another graphic. */
export function mapStateAt(story: { steps: readonly { state: { type: string } }[] }, index: number): MapState | null {
  const state = story.steps[index]?.state;
  return state?.type === 'map' ? (state as MapState) : null;
}
