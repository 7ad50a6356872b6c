/**
 * Every label the map shows for a step under a camera transform: annotations, the
 * remaining-stretch label, place names, governorate and country names, placed by
 * `placeLabels` clear of each other, of every place symbol, the front marker and the chrome.
 * Each placed label keeps its anchor in base coordinates, so while the camera moves it
 * travels with its place and keeps its offset.
 */
import { geoContains, type GeoProjection } from 'd3-geo';
import type { Story } from '../../schema/parseStory.js';
import type { Place } from '../../schema/storySchema.js';
import { placeLabels, wrapText, type LabelRequest, type Obstacle, type PlacedLabel } from '../../geo/placeLabels.js';
import { visibleRect, type Transform } from '../../geo/viewTransform.js';
import { labelPoint } from '../../geo/labelPoint.js';
import type { Basemap } from '../../geo/basemap.js';
import type { MapLayout } from './mapLayout.js';
import { mapStrings } from './mapStrings.js';

export type LabelKind = 'annotation' | 'remaining' | 'place' | 'strong' | 'region' | 'country';

export interface MapLabel extends PlacedLabel {
  kind: LabelKind;
  /** The place id, for place labels and annotations. */
  place?: string;
  /** Anchor in base coordinates, and the label's offset from it on screen. */
  base: [number, number];
  dx: number;
  dy: number;
}

/** Symbol radius by kind, px on screen. */
export const SYMBOL_RADIUS: Record<Place['kind'], number> = {
  capital: 5.5,
  city: 5,
  town: 4,
  village: 3.5,
  crossing: 4,
  airbase: 4.5,
  base: 4,
  'observation-post': 4.5,
  area: 0
};
/** Ring drawn round an encircled post, px: its radius is also the symbol's footprint. */
export const ENCIRCLED_RING = 9;
/** Kinds in the order their labels give way: the bigger place keeps its name. */
const KIND_ORDER: Place['kind'][] = ['capital', 'city', 'town', 'airbase', 'base', 'crossing', 'village', 'area', 'observation-post'];
/** Half the front marker's extent, px. */
export const FRONT_RADIUS = 9;
/** Countries named on the map; the rest of the basemap stays anonymous. */
const NAMED_COUNTRIES = ['Syria', 'Turkey', 'Lebanon', 'Iraq', 'Jordan', 'Israel'];

export interface LabelInput {
  story: Story;
  index: number;
  projection: GeoProjection;
  transform: Transform;
  layout: MapLayout;
  basemap: Basemap;
  width: number;
  height: number;
  /** Base point of the held end (front marker) and of the middle of the remaining stretch. */
  front: [number, number] | null;
  remainingMid: [number, number] | null;
}

export function mapLabels(input: LabelInput): MapLabel[] {
  const { story, index, projection, transform: t, layout, width, height } = input;
  const state = story.steps[index]?.state;
  if (state?.type !== 'corridor-map') return [];
  const words = mapStrings(story.lang);
  const screen = ([x, y]: [number, number]): [number, number] => [t.x + x * t.k, t.y + y * t.k];
  const requests: (LabelRequest & { kind: LabelKind; base: [number, number]; place?: string })[] = [];
  const obstacles: Obstacle[] = [...layout.chrome];
  // Labels stay in the frame: under a text card they could not be read.
  const bounds = { x: layout.frame.x + 4, y: layout.frame.y + 4, width: layout.frame.width - 8, height: layout.frame.height - 8 };
  const fs = layout.fontSize;

  const front = input.front ? screen(input.front) : null;
  if (front) {
    const [x, y] = front;
    obstacles.push({ id: 'front', x: x - FRONT_RADIUS, y: y - FRONT_RADIUS, width: 2 * FRONT_RADIUS, height: 2 * FRONT_RADIUS });
  }
  const shown = state.places.map((id) => story.places.find((p) => p.id === id)).filter((p) => p !== undefined);
  for (const place of shown) {
    const base = projection([place.lon, place.lat]) as [number, number];
    const [x, y] = screen(base);
    const r = state.encircled.includes(place.id) ? ENCIRCLED_RING : SYMBOL_RADIUS[place.kind];
    if (r > 0) obstacles.push({ id: `symbol:${place.id}`, x: x - r - 1, y: y - r - 1, width: 2 * r + 2, height: 2 * r + 2 });
    const strong = state.highlight.includes(place.id);
    // A place the front has reached shares its spot with the marker: its label steps round it.
    const atFront = front !== null && Math.hypot(front[0] - x, front[1] - y) < FRONT_RADIUS;
    requests.push({
      id: `place:${place.id}`,
      kind: strong ? 'strong' : 'place',
      place: place.id,
      base,
      x,
      y,
      lines: [place.name],
      fontSize: strong ? fs + 1 : fs,
      bold: strong,
      priority: 10 + (strong ? 0 : 10) + (place.rank ?? 5) + KIND_ORDER.indexOf(place.kind) / 100,
      offset: Math.max(r, 3, atFront ? FRONT_RADIUS : 0) + 4,
      own: atFront ? [`symbol:${place.id}`, 'front'] : [`symbol:${place.id}`]
    });
  }
  for (const note of state.annotations) {
    const place = story.places.find((p) => p.id === note.place);
    if (!place) continue;
    const base = projection([place.lon, place.lat]) as [number, number];
    const [x, y] = screen(base);
    requests.push({
      id: `annotation:${note.place}`,
      kind: 'annotation',
      place: place.id,
      base,
      x,
      y,
      lines: wrapText(note.text, layout.narrow ? 22 : 28),
      fontSize: layout.narrow ? 12 : 13,
      priority: 0,
      offset: Math.max(SYMBOL_RADIUS[place.kind], 3) + 6,
      own: [`symbol:${place.id}`]
    });
  }
  if (state.remaining && input.remainingMid) {
    const [x, y] = screen(input.remainingMid);
    requests.push({
      id: 'remaining',
      kind: 'remaining',
      base: input.remainingMid,
      x,
      y,
      lines: wrapText(state.remaining.label || words.remainingLabel(String(state.remaining.km)), layout.narrow ? 18 : 24),
      fontSize: fs,
      bold: true,
      priority: 1,
      offset: 8
    });
  }
  const visible = visibleRect(t, { x: 0, y: 0, width, height });
  const invert = (x: number, y: number) => projection.invert?.([x, y]) ?? [NaN, NaN];
  for (const id of state.regions) {
    const region = input.basemap.governorates.find((g) => g.id === id);
    if (!region) continue;
    const base = labelPoint((x, y) => geoContains(region, invert(x, y) as [number, number]), visible);
    if (!base) continue;
    const [x, y] = screen(base);
    requests.push({
      id: `region:${id}`, kind: 'region', base, x, y, lines: [region.properties.name.toUpperCase()],
      fontSize: 12, tracking: 1.6, priority: 50, offset: 0, mode: 'center'
    });
  }
  for (const country of input.basemap.countries) {
    if (!NAMED_COUNTRIES.includes(country.properties.name)) continue;
    const base = labelPoint((x, y) => geoContains(country, invert(x, y) as [number, number]), visible, 6);
    if (!base) continue;
    const [x, y] = screen(base);
    requests.push({
      id: `country:${country.properties.name}`, kind: 'country', base, x, y,
      lines: [(words.countries[country.properties.name] ?? country.properties.name).toUpperCase()],
      fontSize: layout.narrow ? 12 : 13, tracking: 2.4, priority: 60, offset: 0, mode: 'center'
    });
  }
  const byId = new Map(requests.map((r) => [r.id, r]));
  return placeLabels(requests, bounds, obstacles).map((label) => {
    const request = byId.get(label.id)!;
    const [ax, ay] = screen(request.base);
    return { ...label, kind: request.kind, place: request.place, base: request.base, dx: label.x - ax, dy: label.y - ay };
  });
}
