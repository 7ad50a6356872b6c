/**
 * Places a map shows where no reader will see them: mostly a slip in a place's lon and lat
 * (swapped, or a minus sign lost). Two warnings, each once per place, at the place itself:
 *
 * - outside the story's own basemap (when the checker could read its box; `validate` does):
 *   the map draws it over blank paper. How far outside, in km.
 * - far from every view of the map steps that show it: more than one view-width (the larger
 *   side of what the view frames, in km) from the edge of each view. A view frames its
 *   `fit` places and routes (at least the smallest span a fit shows), or for `{ center,
 *   zoom }` the story's extent halved at each zoom level. Screens wider or taller than the
 *   framed box show more of the map, but not a whole view-width more on either side.
 */
import { geoDistance } from '../../geo/sphere.js';
import type { WarnTools } from '../../core/defineGraphic.js';
import type { Box } from '../../geo/basemap/basemapFile.js';
import { EARTH_RADIUS_KM } from '../../geo/cumulativeKm.js';
import { extentOf, padBox } from '../../geo/extentOf.js';
import type { MapState } from './state.js';
import { MIN_FIT_SPAN_KM, MIN_FIT_SPAN_MANY_KM } from './plan/targetView.js';

type LonLat = [number, number];

const km = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;

/** Distance from a point to the nearest point of a box (0 inside), km. A box may run east past 180. */
export function kmOutside([lon, lat]: LonLat, [west, south, east, north]: Box): number {
  let x = lon;
  if (east > 180 && x < west) x += 360;
  const nearest: LonLat = [Math.min(Math.max(x, west), east), Math.min(Math.max(lat, south), north)];
  return nearest[0] === x && nearest[1] === lat ? 0 : km([x, lat], nearest);
}

/** The larger side of a box, km (its width measured at its middle latitude). */
function spanKm([west, south, east, north]: Box): number {
  const middle = (south + north) / 2;
  const centre = (west + east) / 2;
  return Math.max(km([west, middle], [east, middle]), km([centre, south], [centre, north]));
}

/** What a view frames, and how wide that is, km; null when it names nothing the story has. */
function framed(view: MapState['view'], story: WarnTools['story']): { box: Box; span: number } | null {
  if (view.fit) {
    const places = story.places.filter((p) => view.fit!.includes(p.id));
    const routes = story.routes.filter((r) => view.fit!.includes(r.id));
    const box = extentOf({ places, routes });
    if (!box) return null;
    const points = places.length + routes.length;
    return { box, span: Math.max(spanKm(box), points > 1 ? MIN_FIT_SPAN_MANY_KM : MIN_FIT_SPAN_KM) };
  }
  const extent = extentOf(story);
  if (!extent || !view.center) return null;
  // The margin the map puts round the story's extent for its region (mapGeography's).
  const [west, south, east, north] = padBox(extent, 0.08);
  const scale = 2 ** -(view.zoom ?? 0);
  const [lon, lat] = view.center;
  const halfWidth = ((east - west) * scale) / 2;
  const halfHeight = ((north - south) * scale) / 2;
  const box: Box = [lon - halfWidth, lat - halfHeight, lon + halfWidth, lat + halfHeight];
  return { box, span: Math.max(spanKm(box), MIN_FIT_SPAN_KM) };
}

const round = (value: number) => Math.round(value).toLocaleString('en');
const stepList = (indices: readonly number[]) =>
  indices.slice(0, 3).map((i) => `steps[${i}]`).join(', ') + (indices.length > 3 ? ` and ${indices.length - 3} more` : '');

/** The map's `warn`: places shown where no reader will see them. Not in the embed (which warns of nothing). */
export function warn(steps: readonly { state: MapState; index: number }[], { story, basemapBox, warn }: WarnTools): void {
  /** Per place id: the steps that draw it, and the views it is measured against. */
  const shown = new Map<string, { steps: number[]; views: { box: Box; span: number }[] }>();
  const used = new Map<string, number>();
  for (const { state, index } of steps) {
    const view = framed(state.view, story);
    const drawn = new Set([...state.places, ...state.highlight, ...state.ringed, ...state.annotations.map((a) => a.place)]);
    for (const id of drawn) {
      let entry = shown.get(id);
      if (!entry) shown.set(id, (entry = { steps: [], views: [] }));
      entry.steps.push(index);
      if (view) entry.views.push(view);
    }
    const moved = state.movers.flatMap((m) => m.path);
    for (const id of [...drawn, ...moved, ...(state.view.fit ?? [])]) if (!used.has(id)) used.set(id, index);
  }

  story.places.forEach((place, i) => {
    const at = ['places', i];
    const point: LonLat = [place.lon, place.lat];
    const first = used.get(place.id);
    const outside = basemapBox && first !== undefined ? kmOutside(point, basemapBox) : 0;
    if (outside > 0) {
      warn(
        at,
        `is ${round(outside)} km outside the story's basemap (its box: ${basemapBox!.join(', ')}), where steps[${first}] draws it on blank paper: check its lon and lat (swapped? a minus sign lost?), or widen the basemap's --bbox`
      );
    }
    const entry = shown.get(place.id);
    if (!entry?.views.length || entry.views.length < entry.steps.length) return;
    let nearest: { away: number; span: number } | null = null;
    for (const view of entry.views) {
      const away = kmOutside(point, view.box);
      if (away <= view.span) return;
      if (!nearest || away - view.span < nearest.away - nearest.span) nearest = { away, span: view.span };
    }
    warn(
      at,
      `is ${round(nearest!.away)} km outside the view of ${entry.steps.length === 1 ? 'the map step' : 'every map step'} that shows it (${stepList(entry.steps)}; ${entry.steps.length === 1 ? 'that view is' : 'the nearest view is'} ${round(nearest!.span)} km across): readers will not see it. Check its lon and lat, or the view`
    );
  });
}
