/**
 * The map's definition without its component: the fields a step gives, how a step inherits
 * from the map before it, the checks on places, routes and sources, the text alternative and
 * the data rows. Pure: `scrollstage/story` validates maps with it in plain Node.
 */
import { defineGraphicModel, type DataRow, type DataTableSpec } from '../../core/defineGraphic.js';
import type { GraphicText } from '../../core/graphicText.js';
import { problem } from '../../schema/storyProblem.js';
import { cumulativeKm, type LonLat } from '../../geo/cumulativeKm.js';
import { stopKm } from '../../geo/stopKm.js';
import type { Stop } from '../../schema/storySchema.js';
import { AnnotationSchema, ConvoySchema, HeldSchema, MAP_FIELDS, RemainingSchema, ViewSchema } from './schema.js';
import { MAP_STRINGS } from './strings.js';
import type { CorridorMapState } from './state.js';

/** Fields that are lists: given, they replace the previous step's; `null` empties them. */
const LIST_FIELDS = ['routes', 'places', 'highlight', 'encircled', 'regions', 'convoys', 'annotations'] as const;

function stopName(text: GraphicText, stop: Stop | undefined, fallback: string): string {
  if (stop === undefined) return fallback;
  return typeof stop === 'string' ? (text.place(stop)?.name ?? stop) : text.t('km', { km: stop.km });
}

function placeNames(text: GraphicText, ids: readonly string[]): string[] {
  return ids.map((id) => text.place(id)?.name ?? id);
}

/** km of route between the held line's two ends, 0 when its route is unknown. */
function heldKm(text: GraphicText, held: NonNullable<CorridorMapState['held']>): number {
  const route = text.route(held.route);
  if (!route) return 0;
  const coordinates = route.coordinates as LonLat[];
  const cumulative = cumulativeKm(coordinates);
  const at = (stop: Stop) => stopKm(stop, coordinates, text.story.places, cumulative);
  return Math.max(0, at(held.to) - (held.from === undefined ? 0 : at(held.from)));
}

export const mapModel = defineGraphicModel<CorridorMapState>({
  type: 'corridor-map',
  description: 'A map: routes, places, what is held along a route, areas, moving marks and notes, in a view that the camera flies to.',
  fields: MAP_FIELDS,
  strings: MAP_STRINGS,
  keepMounted: true,
  jsonSchema: {
    definitions: { View: ViewSchema, Held: HeldSchema, Remaining: RemainingSchema, Convoy: ConvoySchema, Annotation: AnnotationSchema },
    checks: [
      {
        schema: ViewSchema,
        keywords: {
          oneOf: [
            { required: ['fit'], not: { anyOf: [{ required: ['center'] }, { required: ['zoom'] }] } },
            { required: ['center', 'zoom'], not: { required: ['fit'] } }
          ]
        }
      }
    ]
  },

  inherit(given, previous) {
    const state: Record<string, unknown> = {
      view: given.view ?? previous?.view,
      held: given.held === undefined ? (previous?.held ?? null) : given.held,
      remaining: given.remaining === undefined ? (previous?.remaining ?? null) : given.remaining
    };
    for (const key of LIST_FIELDS) {
      const value = given[key];
      state[key] = value === undefined ? (previous?.[key] ?? []) : (value ?? []);
    }
    return state;
  },

  complete(state, at) {
    if (!state.view) {
      return [problem([...at, 'view'], 'is required: the first corridor-map step (or the first after another graphic) must say what to show')];
    }
    if (state.remaining && !state.held) {
      return [problem([...at, 'remaining'], 'needs "held" in the same state: it is drawn beyond the held end')];
    }
    return [];
  },

  check(g, { at, expect, once, places, routes, problem: report }) {
    const view = g.view as { fit?: string[] } | undefined;
    view?.fit?.forEach((id, i) => {
      if (!places.has(id) && !routes.has(id)) report([...at, 'view', 'fit', i], `"${id}" is neither a place nor a route id`);
    });
    (g.routes as string[] | null | undefined)?.forEach((id, i) => expect('route', id, [...at, 'routes', i]));
    (g.places as string[] | null | undefined)?.forEach((id, i) => expect('place', id, [...at, 'places', i]));
    (g.highlight as string[] | null | undefined)?.forEach((id, i) => expect('place', id, [...at, 'highlight', i]));
    (g.encircled as string[] | null | undefined)?.forEach((id, i) => {
      if (places.get(id)?.kind !== 'observation-post') report([...at, 'encircled', i], `"${id}" is not an observation-post place id`);
    });
    const held = g.held as CorridorMapState['held'] | undefined;
    if (held) {
      expect('route', held.route, [...at, 'held', 'route']);
      if (typeof held.from === 'string') expect('place', held.from, [...at, 'held', 'from']);
      if (typeof held.to === 'string') expect('place', held.to, [...at, 'held', 'to']);
      if (held.source) expect('source', held.source, [...at, 'held', 'source']);
    }
    const remaining = g.remaining as CorridorMapState['remaining'] | undefined;
    if (remaining) expect('source', remaining.source, [...at, 'remaining', 'source']);
    const convoys = g.convoys as CorridorMapState['convoys'] | null | undefined;
    convoys?.forEach((c, i) => {
      expect('source', c.source, [...at, 'convoys', i, 'source']);
      c.path.forEach((id, j) => expect('place', id, [...at, 'convoys', i, 'path', j]));
    });
    const annotations = g.annotations as CorridorMapState['annotations'] | null | undefined;
    annotations?.forEach((a, i) => expect('place', a.place, [...at, 'annotations', i, 'place']));
    for (const key of ['routes', 'places', 'highlight', 'encircled', 'regions'] as const) once(g[key], [...at, key]);
    once(view?.fit, [...at, 'view', 'fit']);
    once(convoys?.map((c) => c.id), [...at, 'convoys']);
    once(annotations?.map((a) => a.place), [...at, 'annotations']);
  },

  marks: (state) => state.convoys.reduce((sum, convoy) => sum + convoy.count, 0),
  marksAdvice: 'fewer or smaller convoys',

  describe(state, text) {
    const parts: string[] = [];
    const routeNames = state.routes.map((id) => text.route(id)?.name ?? id);
    parts.push(routeNames.length ? text.t('altMapOf', { routes: text.list(routeNames) }) : text.t('altMap'));
    if (state.held) {
      const from = stopName(text, state.held.from, text.t('altRouteStart'));
      const to = stopName(text, state.held.to, '');
      const route = text.route(state.held.route)?.name ?? text.t('altRoute');
      parts.push(text.t('altHeld', { label: state.held.label || text.t('held'), route, from, to }));
    }
    if (state.remaining) parts.push(state.remaining.label || text.t('altRemaining', { km: text.number(state.remaining.km) }));
    if (state.encircled.length) {
      const posts = placeNames(text, state.encircled);
      parts.push(text.t('altEncircled', { count: text.number(posts.length), places: text.list(posts) }));
    }
    for (const convoy of state.convoys) parts.push(text.t('altConvoy', { label: convoy.label, count: text.number(convoy.count) }));
    for (const note of state.annotations) parts.push(`${note.text}.`);
    const shown = placeNames(
      text,
      state.places.filter((id) => !state.encircled.includes(id))
    );
    if (shown.length) parts.push(text.t('altPlaces', { places: text.list(shown) }));
    return parts.join(' ');
  },

  rows(state, text) {
    const rows: DataRow[] = [];
    if (state.held) {
      const held = state.held;
      rows.push({
        key: `held:${held.route}`,
        what: held.label || text.t('heldWhat'),
        value: text.t('heldValue', {
          route: text.route(held.route)?.name ?? held.route,
          from: stopName(text, held.from, ''),
          to: stopName(text, held.to, ''),
          km: text.number(Math.round(heldKm(text, held)))
        }),
        sources: held.source ? [held.source] : []
      });
    }
    if (state.remaining) {
      const km = text.t('remainingValue', { km: text.number(state.remaining.km) });
      rows.push({
        key: 'remaining',
        what: text.t('remainingWhat'),
        value: state.remaining.label ? `${km} (${state.remaining.label})` : km,
        sources: [state.remaining.source]
      });
    }
    if (state.encircled.length) {
      const posts = placeNames(text, state.encircled);
      rows.push({
        key: 'encircled',
        what: text.t('encircledWhat'),
        value: text.t('encircledValue', { count: text.number(posts.length), places: text.list(posts) }),
        sources: []
      });
    }
    for (const convoy of state.convoys) {
      rows.push({ key: `convoy:${convoy.id}`, what: convoy.label, value: text.t('vehicles', { count: text.number(convoy.count) }), sources: [convoy.source] });
    }
    return rows;
  },

  tables(states, text): DataTableSpec[] {
    const ids = new Set<string>();
    for (const { state } of states) {
      for (const id of [...state.places, ...state.highlight, ...state.encircled, ...state.annotations.map((a) => a.place)]) ids.add(id);
    }
    const rows = [...ids]
      .map((id) => text.place(id))
      .filter((p) => p !== undefined)
      .map((p) => {
        const source = text.source(p.source);
        const position =
          p.precision === 'exact'
            ? text.t('exact')
            : p.uncertaintyKm
              ? text.t('within', { km: text.number(p.uncertaintyKm) })
              : text.t('approximateWord');
        const kind = text.t(`kind.${p.kind}`);
        return {
          key: p.id,
          cells: [p.name, kind === `kind.${p.kind}` ? p.kind : kind, position, source ? sourceText(text, source) : p.source],
          attributes: { place: p.id, precision: p.precision }
        };
      });
    if (rows.length === 0) return [];
    return [{ id: 'places', caption: text.t('placesCaption'), columns: [text.t('place'), text.t('kind'), text.t('position'), text.t('source')], rows }];
  }
});

function sourceText(text: GraphicText, source: { name: string; date?: string | undefined }): string {
  return source.date ? `${source.name}, ${text.date(source.date)}` : source.name;
}
