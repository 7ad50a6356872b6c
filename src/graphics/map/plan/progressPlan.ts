/**
 * The progress stretch of a step, in km along its route: where it starts (`fromKm`), where it
 * ends (`endKm`), and where a scrubbed step starts growing from (`startKm`): the previous
 * step's progress end on the same route, else this progress's start. Null without a progress line.
 */
import type { Story } from '../../../schema/parseStory.js';
import { stopKm } from '../../../geo/stopKm.js';
import type { RouteGeometry } from './routeGeometry.js';
import { mapStateAt } from '../state.js';

export interface ProgressPlan {
  route: RouteGeometry;
  fromKm: number;
  startKm: number;
  endKm: number;
  /** km of the remaining (approximate) stretch drawn beyond the end, 0 for none. */
  remainingKm: number;
}

function progressKm(story: Story, index: number, routes: Map<string, RouteGeometry>) {
  const state = mapStateAt(story, index);
  if (!state || !state.progress) return null;
  const route = routes.get(state.progress.route);
  if (!route) return null;
  const at = (stop: Parameters<typeof stopKm>[0]) => stopKm(stop, route.coordinates, story.places, route.cumulative);
  const fromKm = state.progress.from === undefined ? 0 : at(state.progress.from);
  return { route, fromKm, endKm: at(state.progress.to), remainingKm: state.remaining?.km ?? 0 };
}

export function progressPlan(story: Story, index: number, routes: Map<string, RouteGeometry>): ProgressPlan | null {
  const here = progressKm(story, index, routes);
  if (!here) return null;
  const before = index > 0 ? progressKm(story, index - 1, routes) : null;
  const startKm = before && before.route.id === here.route.id ? before.endKm : here.fromKm;
  return { ...here, startKm };
}
