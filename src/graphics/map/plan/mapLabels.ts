/**
 * Every label the map shows for a step under a camera transform: annotations, the
 * remaining-stretch label, place names, governorate and country names, placed by
 * `placeLabels` clear of each other, of every place symbol, the front marker, the settled
 * mover clusters and the chrome (the legend, which names the movers).
 * Each placed label keeps its anchor in base coordinates, so while the camera moves it
 * travels with its place and keeps its offset.
 */
import type { MapProjection } from '../../../geo/mapProjection.js';
import { projectRings, ringsContain, type ProjectedRings } from '../../../geo/projectedRings.js';
import type { Story } from '../../../schema/parseStory.js';
import { placeLabels, wrapText, type LabelRequest, type Obstacle, type PlacedLabel } from '../../../geo/placeLabels.js';
import { visibleRect, type Rect, type Transform } from '../../../geo/viewTransform.js';
import { labelPoint } from '../../../geo/labelPoint.js';
import type { MapGeography } from './mapGeography.js';
import { findCountry } from './mapGeography.js';
import { placeLook, KIND_ORDER } from './placeLook.js';
import { kmPerUnit } from '../../../geo/kmPerUnit.js';
import { regionName } from '../../../text/regionName.js';
import type { MapLayout } from './mapLayout.js';
import { graphicText } from '../../../core/graphicText.js';
import { mapModel } from '../model.js';
import { settledClusters } from './settledClusters.js';
import { featureId, featureLabel } from './namedFeatures.js';
import { mapStateAt } from '../state.js';

/** Outlines projected once per projection (that is, per map size), for naming areas. */
const outlines = new WeakMap<MapProjection, Map<string, ProjectedRings>>();

function outline(projection: MapProjection, key: string, geometry: GeoJSON.Geometry): ProjectedRings {
  let cache = outlines.get(projection);
  if (!cache) outlines.set(projection, (cache = new Map()));
  let rings = cache.get(key);
  if (!rings) {
    rings = projectRings(geometry, (p) => projection(p) as [number, number] | null);
    cache.set(key, rings);
  }
  return rings;
}

export type LabelKind = 'annotation' | 'remaining' | 'place' | 'strong' | 'area' | 'country';

export interface MapLabel extends PlacedLabel {
  kind: LabelKind;
  /** The place id, for place labels and annotations. */
  place?: string;
  /** Anchor in base coordinates, and the label's offset from it on screen. */
  base: [number, number];
  dx: number;
  dy: number;
}

/** Ring drawn round an ringed post, px: its radius is also the symbol's footprint. */
export const RING_RADIUS = 9;
/** Half the front marker's extent, px. */
export const FRONT_RADIUS = 9;
/** Air kept between a mover cluster and any label, px: the outer marks are small and must not touch text. */
const CLUSTER_AIR = 3;
/** Longest line of a place name on a phone, characters: a descriptive name ("Behind the start line, north of the bridge") takes two lines, "Porte Maillot crossing" still one. */
const NARROW_NAME = 20;
/** Px kept clear round every place symbol but a label's own. */
const SYMBOL_AIR = 3;
/** Views narrower than this (km across) name no country unless the story lists it: at city scale the country is everywhere. */
const COUNTRY_NAMES_FROM_KM = 150;

export interface LabelInput {
  story: Story;
  index: number;
  projection: MapProjection;
  transform: Transform;
  layout: MapLayout;
  geo: MapGeography;
  width: number;
  height: number;
  /** Base point of the progress end (front marker) and of the middle of the remaining stretch. */
  front: [number, number] | null;
  remainingMid: [number, number] | null;
}

export function mapLabels(input: LabelInput): MapLabel[] {
  const { story, index, projection, transform: t, layout, width, height } = input;
  const state = mapStateAt(story, index);
  if (!state) return [];
  const words = graphicText(story, mapModel).t;
  const named = (key: string, fallback: string) => {
    const word = words(key);
    return word === key ? fallback : word;
  };
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
  const clusters = settledClusters(story, index, projection, t);
  for (const c of clusters) {
    obstacles.push({ id: c.id, x: c.x - CLUSTER_AIR, y: c.y - CLUSTER_AIR, width: c.width + 2 * CLUSTER_AIR, height: c.height + 2 * CLUSTER_AIR });
  }
  const shown = state.places.map((id) => story.places.find((p) => p.id === id)).filter((p) => p !== undefined);
  for (const place of shown) {
    const base = projection([place.lon, place.lat]) as [number, number];
    const [x, y] = screen(base);
    const look = placeLook(story, place);
    const r = state.ringed.includes(place.id) ? RING_RADIUS : look.radius;
    // Air round each symbol: another place's name keeps clear enough that it reads as nobody's but its own.
    if (r > 0) obstacles.push({ id: `symbol:${place.id}`, x: x - r - SYMBOL_AIR, y: y - r - SYMBOL_AIR, width: 2 * (r + SYMBOL_AIR), height: 2 * (r + SYMBOL_AIR) });
    const strong = state.highlight.includes(place.id);
    // A place the front has reached shares its spot with the marker: its label steps round it.
    const atFront = front !== null && Math.hypot(front[0] - x, front[1] - y) < FRONT_RADIUS;
    // Where movers settle, the cluster covers the place: its name goes round the cluster,
    // and is placed with the highlighted names, as the place the step is about.
    const around = unionOf(clusters.filter((c) => c.place === place.id));
    requests.push({
      id: `place:${place.id}`,
      kind: strong ? 'strong' : 'place',
      place: place.id,
      base,
      x,
      y,
      lines: layout.narrow ? wrapText(place.name, NARROW_NAME) : [place.name],
      // Where a long name finds no room on one line (two places close together), on two or three.
      alternatives: [2, 3].map((n) => wrapText(place.name, Math.max(6, Math.ceil(place.name.length / n)))),
      fontSize: strong ? fs + 1 : fs,
      bold: strong,
      priority: 10 + (strong || around ? 0 : 10) + (place.rank ?? 5) + kindOrder(place.kind) / 100,
      offset: around ? CLUSTER_AIR + 2 : Math.max(r, 3, atFront ? FRONT_RADIUS : 0) + 4,
      around,
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
      offset: Math.max(placeLook(story, place).radius, 3) + 6,
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
      lines: wrapText(state.remaining.label || words('remainingLabel', { km: String(state.remaining.km) }), layout.narrow ? 18 : 24),
      fontSize: fs,
      bold: true,
      priority: 1,
      offset: 8
    });
  }
  const visible = visibleRect(t, { x: 0, y: 0, width, height });
  for (const area of state.areas) {
    const id = featureId(area);
    const feature = input.geo.areas.get(id);
    if (!feature?.geometry) continue;
    const rings = outline(projection, `area:${id}`, feature.geometry);
    const base = labelPoint((x, y) => ringsContain(rings, x, y), visible);
    if (!base) continue;
    const [x, y] = screen(base);
    const name = featureLabel(area) ?? feature.properties?.name ?? id;
    requests.push({
      id: `area:${id}`, kind: 'area', base, x, y, lines: [name.toUpperCase()],
      fontSize: 12, tracking: 1.6, priority: 50, offset: 0, mode: 'center'
    });
  }
  // The countries the story lists, else (zoomed out enough) every one with room, the larger first.
  const across = visible.width * kmPerUnit(projection, [visible.x + visible.width / 2, visible.y + visible.height / 2]);
  const listed = state.countries?.map((c) => ({ country: findCountry(input.geo.countries, featureId(c)), label: featureLabel(c) }));
  const candidates = listed ?? (across >= COUNTRY_NAMES_FROM_KM ? input.geo.countries.map((country) => ({ country, label: undefined })) : []);
  candidates.forEach(({ country, label }, order) => {
    if (!country) return;
    const key = String(country.id ?? country.properties.name);
    const rings = outline(projection, `country:${key}`, country.geometry);
    const base = labelPoint((x, y) => ringsContain(rings, x, y), visible, 6);
    if (!base) return;
    const [x, y] = screen(base);
    const name = label ?? regionName(country.properties.iso, story.lang) ?? country.properties.name;
    // Listed countries keep the story's order; the others give way by size (a smaller outline, a later turn).
    const size = listed ? order / 100 : 1 / Math.max(1, (rings.box[2] - rings.box[0]) * (rings.box[3] - rings.box[1]));
    requests.push({
      id: `country:${key}`, kind: 'country', base, x, y,
      lines: [name.toUpperCase()],
      fontSize: layout.narrow ? 12 : 13, tracking: 2.4, priority: 60 + Math.min(size, 0.99), offset: 0, mode: 'center'
    });
  });
  // Names stay off the story's lines where they can: a label across a route hides both.
  const lineIds = new Set([...state.routes, ...(state.progress ? [state.progress.route] : [])]);
  const lines = story.routes.filter((r) => lineIds.has(r.id)).map((r) => r.coordinates.map((c) => screen(projection(c as [number, number]) as [number, number])));
  const byId = new Map(requests.map((r) => [r.id, r]));
  return placeLabels(requests, bounds, obstacles, lines).map((label) => {
    const request = byId.get(label.id)!;
    const [ax, ay] = screen(request.base);
    return { ...label, kind: request.kind, place: request.place, base: request.base, dx: label.x - ax, dy: label.y - ay };
  });
}

/** The smallest rectangle holding every one given, undefined for none. */
function unionOf(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const x0 = Math.min(...rects.map((r) => r.x));
  const y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.width));
  const y1 = Math.max(...rects.map((r) => r.y + r.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Where a kind's labels come in the order of giving way: known kinds by size, unknown ones last. */
function kindOrder(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i === -1 ? KIND_ORDER.length : i;
}
