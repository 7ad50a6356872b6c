/**
 * The rows of the "view the data" tables, from the story alone: every place the map draws
 * (in the order the story first shows it), and every figure the steps show (held extent,
 * what remains, encircled posts, convoys, unit-chart groups), each once, with the step that
 * first shows it and its sources. Language-neutral: the table words the values.
 */
import type { Story } from '../schema/parseStory.js';
import type { Place, Source } from '../schema/storySchema.js';
import type { LonLat } from '../geo/cumulativeKm.js';
import { cumulativeKm } from '../geo/cumulativeKm.js';
import { stopKm } from '../geo/stopKm.js';

export type SourceRef = Pick<Source, 'id' | 'name' | 'date'>;

export interface PlaceRow {
  id: string;
  name: string;
  kind: Place['kind'];
  precision: Place['precision'];
  /** Radius of the uncertainty of an approximate place, km. */
  uncertaintyKm?: number;
  source: SourceRef;
}

export interface StepRef {
  index: number;
  id: string;
  kicker?: string;
}

export type Figure =
  | {
      kind: 'held';
      label: string;
      route: string;
      from: string;
      to: string;
      km: number;
    }
  | { kind: 'remaining'; label: string; km: number }
  | { kind: 'encircled'; posts: string[] }
  | { kind: 'convoy'; label: string; count: number }
  | {
      kind: 'group';
      label: string;
      value: number;
      display: string;
      highlight?: { value: number; label: string };
    };

export type FigureRow = Figure & { step: StepRef; sources: SourceRef[] };

export interface DataRows {
  places: PlaceRow[];
  figures: FigureRow[];
}

function sourceRef(story: Story, id: string): SourceRef {
  const source = story.sources.find((s) => s.id === id);
  return source ? { id, name: source.name, date: source.date } : { id, name: id };
}

function placeName(story: Story, stop: string | { km: number } | undefined): string {
  if (stop === undefined) return '';
  if (typeof stop !== 'string') return `km ${stop.km}`;
  return story.places.find((p) => p.id === stop)?.name ?? stop;
}

function heldKm(
  story: Story,
  held: {
    route: string;
    from?: string | { km: number };
    to: string | { km: number };
  }
): number {
  const route = story.routes.find((r) => r.id === held.route);
  if (!route) return 0;
  const coordinates = route.coordinates as LonLat[];
  const cumulative = cumulativeKm(coordinates);
  const at = (stop: string | { km: number }) => stopKm(stop, coordinates, story.places, cumulative);
  return Math.max(0, at(held.to) - (held.from === undefined ? 0 : at(held.from)));
}

export function dataRows(story: Story): DataRows {
  const placeIds = new Set<string>();
  const figures: FigureRow[] = [];
  // The last figure emitted per measure: a figure repeats only when its value changes.
  const last = new Map<string, string>();

  for (const step of story.steps) {
    const ref: StepRef = {
      index: step.index,
      id: step.id,
      ...(step.kicker ? { kicker: step.kicker } : {})
    };
    const stepSources = step.sources.map((id) => sourceRef(story, id));
    const emit = (key: string, figure: Figure, sources: SourceRef[]) => {
      const value = JSON.stringify(figure);
      if (last.get(key) === value) return;
      last.set(key, value);
      figures.push({ ...figure, step: ref, sources });
    };
    const state = step.state;
    if (state.type === 'corridor-map') {
      for (const id of [
        ...state.places,
        ...state.highlight,
        ...state.encircled,
        ...state.annotations.map((a) => a.place)
      ]) {
        placeIds.add(id);
      }
      if (state.held) {
        const held = state.held;
        emit(
          `held:${held.route}`,
          {
            kind: 'held',
            label: held.label ?? '',
            route: story.routes.find((r) => r.id === held.route)?.name ?? held.route,
            from: placeName(story, held.from),
            to: placeName(story, held.to),
            km: Math.round(heldKm(story, held))
          },
          held.source ? [sourceRef(story, held.source)] : stepSources
        );
      }
      if (state.remaining) {
        emit(
          'remaining',
          {
            kind: 'remaining',
            label: state.remaining.label ?? '',
            km: state.remaining.km
          },
          [sourceRef(story, state.remaining.source)]
        );
      }
      if (state.encircled.length) {
        emit(
          'encircled',
          {
            kind: 'encircled',
            posts: state.encircled.map((id) => placeName(story, id))
          },
          stepSources
        );
      }
      for (const convoy of state.convoys) {
        emit(`convoy:${convoy.id}`, { kind: 'convoy', label: convoy.label, count: convoy.count }, [
          sourceRef(story, convoy.source)
        ]);
      }
    } else {
      for (const group of state.groups) {
        emit(
          `group:${group.id}`,
          {
            kind: 'group',
            label: group.label,
            value: group.value,
            display: group.display ?? '',
            ...(group.highlight
              ? {
                  highlight: {
                    value: group.highlight.value,
                    label: group.highlight.label
                  }
                }
              : {})
          },
          [sourceRef(story, group.source)]
        );
      }
    }
  }

  const places = [...placeIds]
    .map((id) => story.places.find((p) => p.id === id))
    .filter((p) => p !== undefined)
    .map((p): PlaceRow => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      precision: p.precision,
      ...(p.uncertaintyKm !== undefined ? { uncertaintyKm: p.uncertaintyKm } : {}),
      source: sourceRef(story, p.source)
    }));
  return { places, figures };
}
