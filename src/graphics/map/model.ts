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
import { AnnotationSchema, MAP_FIELD_ALIASES, MAP_FIELDS, MoverSchema, NamedFeatureSchema, ProgressSchema, RemainingSchema, ViewSchema } from './schema.js';
import { MAP_STRINGS } from './strings.js';
import type { MapState } from './state.js';
import type { NamedFeature } from './schema.js';
import { featureId } from './plan/namedFeatures.js';
import { uncertaintyText } from './plan/uncertaintyText.js';
import { loadBasemap } from '../../geo/basemap/loadBasemap.js';
import { warn } from './warnings.js';

/** Fields that are lists: given, they replace the previous step's; `null` empties them. */
const LIST_FIELDS = ['routes', 'places', 'highlight', 'ringed', 'areas', 'movers', 'annotations'] as const;

function stopName(text: GraphicText, stop: Stop | undefined, fallback: string): string {
  if (stop === undefined) return fallback;
  return typeof stop === 'string' ? (text.place(stop)?.name ?? stop) : text.t('km', { km: stop.km });
}

function placeNames(text: GraphicText, ids: readonly string[]): string[] {
  return ids.map((id) => text.place(id)?.name ?? id);
}

/** km of route between the progress line's two ends, 0 when its route is unknown. */
function progressKm(text: GraphicText, progress: NonNullable<MapState['progress']>): number {
  const route = text.route(progress.route);
  if (!route) return 0;
  const coordinates = route.coordinates as LonLat[];
  const cumulative = cumulativeKm(coordinates);
  const at = (stop: Stop) => stopKm(stop, coordinates, text.story.places, cumulative);
  return Math.max(0, at(progress.to) - (progress.from === undefined ? 0 : at(progress.from)));
}

export const mapModel = defineGraphicModel<MapState>({
  type: 'map',
  description: 'A map: routes, places, progress along a route, areas, moving marks and notes, in a view that the camera flies to.',
  aliases: ['corridor-map'],
  fields: MAP_FIELDS,
  fieldAliases: MAP_FIELD_ALIASES,
  strings: MAP_STRINGS,
  keepMounted: true,
  prepare: (story, env) => loadBasemap(story, env),
  jsonSchema: {
    definitions: { View: ViewSchema, Progress: ProgressSchema, Remaining: RemainingSchema, Mover: MoverSchema, Annotation: AnnotationSchema, NamedFeature: NamedFeatureSchema },
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

  inherit(given, previous, last) {
    const state: Record<string, unknown> = {
      view: given.view ?? previous?.view,
      progress: given.progress === undefined ? (previous?.progress ?? null) : given.progress,
      remaining: given.remaining === undefined ? (previous?.remaining ?? null) : given.remaining,
      // The map's settings for the whole story carry over from its last map, across other
      // graphics too. null (or never given) countries: every country with room is named.
      focus: given.focus === undefined ? (last?.focus ?? []) : (given.focus ?? []),
      countries: given.countries === undefined ? (last?.countries ?? null) : given.countries,
      locator: given.locator ?? last?.locator ?? true
    };
    for (const key of LIST_FIELDS) {
      const value = given[key];
      state[key] = value === undefined ? (previous?.[key] ?? []) : (value ?? []);
    }
    return state;
  },

  complete(state, at) {
    if (!state.view) {
      return [problem([...at, 'view'], 'is required: the first map step (or the first after another graphic) must say what to show')];
    }
    if (state.remaining && !state.progress) {
      return [problem([...at, 'remaining'], 'needs "progress" in the same state: it is drawn beyond the progress end')];
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
    (g.ringed as string[] | null | undefined)?.forEach((id, i) => expect('place', id, [...at, 'ringed', i]));
    const progress = g.progress as MapState['progress'] | undefined;
    if (progress) {
      expect('route', progress.route, [...at, 'progress', 'route']);
      if (typeof progress.from === 'string') expect('place', progress.from, [...at, 'progress', 'from']);
      if (typeof progress.to === 'string') expect('place', progress.to, [...at, 'progress', 'to']);
      if (progress.source) expect('source', progress.source, [...at, 'progress', 'source']);
    }
    const remaining = g.remaining as MapState['remaining'] | undefined;
    if (remaining) expect('source', remaining.source, [...at, 'remaining', 'source']);
    const movers = g.movers as MapState['movers'] | null | undefined;
    movers?.forEach((c, i) => {
      expect('source', c.source, [...at, 'movers', i, 'source']);
      c.path.forEach((id, j) => expect('place', id, [...at, 'movers', i, 'path', j]));
    });
    const annotations = g.annotations as MapState['annotations'] | null | undefined;
    annotations?.forEach((a, i) => expect('place', a.place, [...at, 'annotations', i, 'place']));
    for (const key of ['routes', 'places', 'highlight', 'ringed'] as const) once(g[key], [...at, key]);
    for (const key of ['areas', 'focus', 'countries'] as const) once((g[key] as NamedFeature[] | null | undefined)?.map(featureId), [...at, key]);
    once(view?.fit, [...at, 'view', 'fit']);
    once(movers?.map((c) => c.id), [...at, 'movers']);
    once(annotations?.map((a) => a.place), [...at, 'annotations']);
  },

  warn,

  marks: (state) => state.movers.reduce((sum, mover) => sum + mover.count, 0),
  marksAdvice: 'fewer or smaller groups of moving marks',

  describe(state, text) {
    const parts: string[] = [];
    const routeNames = state.routes.map((id) => text.route(id)?.name ?? id);
    parts.push(routeNames.length ? text.t('altMapOf', { routes: text.list(routeNames) }) : text.t('altMap'));
    if (state.progress) {
      const from = stopName(text, state.progress.from, text.t('altRouteStart'));
      const to = stopName(text, state.progress.to, '');
      const route = text.route(state.progress.route)?.name ?? text.t('altRoute');
      parts.push(text.t('altProgress', { label: state.progress.label || text.t('progress'), route, from, to }));
    }
    if (state.remaining) parts.push(state.remaining.label || text.t('altRemaining', { km: text.number(state.remaining.km) }));
    if (state.ringed.length) {
      const posts = placeNames(text, state.ringed);
      parts.push(text.t('altRinged', { count: text.number(posts.length), places: text.list(posts) }));
    }
    for (const mover of state.movers) parts.push(text.t('altMover', { label: mover.label, count: text.number(mover.count) }));
    for (const note of state.annotations) parts.push(`${note.text}.`);
    const shown = placeNames(
      text,
      state.places.filter((id) => !state.ringed.includes(id))
    );
    if (shown.length) parts.push(text.t('altPlaces', { places: text.list(shown) }));
    return parts.join(' ');
  },

  rows(state, text) {
    const rows: DataRow[] = [];
    if (state.progress) {
      const progress = state.progress;
      rows.push({
        key: `progress:${progress.route}`,
        what: progress.label || text.t('progressWhat'),
        value: text.t('progressValue', {
          route: text.route(progress.route)?.name ?? progress.route,
          from: stopName(text, progress.from, text.t('altRouteStart')),
          to: stopName(text, progress.to, ''),
          km: text.number(Math.round(progressKm(text, progress)))
        }),
        sources: progress.source ? [progress.source] : []
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
    if (state.ringed.length) {
      const posts = placeNames(text, state.ringed);
      rows.push({
        key: 'ringed',
        what: text.t('ringedWhat'),
        value: text.t('ringedValue', { count: text.number(posts.length), places: text.list(posts) }),
        sources: []
      });
    }
    for (const mover of state.movers) {
      rows.push({ key: `mover:${mover.id}`, what: mover.label, value: text.t('moverValue', { count: text.number(mover.count) }), sources: [mover.source] });
    }
    return rows;
  },

  tables(states, text): DataTableSpec[] {
    const ids = new Set<string>();
    for (const { state } of states) {
      for (const id of [...state.places, ...state.highlight, ...state.ringed, ...state.annotations.map((a) => a.place)]) ids.add(id);
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
              ? text.t('within', { km: uncertaintyText(p.uncertaintyKm, text.story.lang) })
              : text.t('approximateWord');
        const word = text.t(`kind.${p.kind}`);
        const kind = text.story.kinds?.[p.kind]?.label || (word === `kind.${p.kind}` ? p.kind : word);
        return {
          key: p.id,
          cells: [p.name, kind, position, source ? sourceText(text, source) : p.source],
          mark: p.precision
        };
      });
    if (rows.length === 0) return [];
    return [{ id: 'places', caption: text.t('placesCaption'), columns: [text.t('place'), text.t('kind'), text.t('position'), text.t('source')], rows }];
  }
});

function sourceText(text: GraphicText, source: { name: string; date?: string | undefined }): string {
  return source.date ? `${source.name}, ${text.date(source.date)}` : source.name;
}
