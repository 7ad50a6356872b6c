/**
 * Resolves each step's graphic to its full state, once, at parse time: a step without a
 * graphic repeats the previous one; a step of the same type gives only what changes, and
 * `null` clears a field. So the state of step i depends on the story alone, never on how
 * the reader got there.
 */
import type {
  Annotation,
  Convoy,
  CorridorMapInput,
  GraphicInput,
  Held,
  Region,
  Remaining,
  StepInput,
  Unit,
  UnitChartInput,
  UnitGroup,
  View
} from '../schema/storySchema.js';

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
}

export interface UnitChartState {
  type: 'unit-chart';
  unit: Unit;
  groups: UnitGroup[];
  title: string;
}

export type GraphicState = CorridorMapState | UnitChartState;

export interface ResolveProblem {
  path: (string | number)[];
  message: string;
}

const LIST_KEYS = ['routes', 'places', 'highlight', 'encircled', 'regions', 'convoys', 'annotations'] as const;

function resolveCorridorMap(
  input: CorridorMapInput,
  previous: CorridorMapState | null
): Omit<CorridorMapState, 'view'> & { view: View | undefined } {
  const state = {
    type: 'corridor-map' as const,
    view: input.view ?? previous?.view,
    held: input.held === undefined ? (previous?.held ?? null) : input.held,
    remaining: input.remaining === undefined ? (previous?.remaining ?? null) : input.remaining,
    scrub: input.scrub ?? false
  } as Omit<CorridorMapState, 'view'> & { view: View | undefined };
  for (const key of LIST_KEYS) {
    const given = input[key];
    (state as Record<string, unknown>)[key] = given === undefined ? (previous?.[key] ?? []) : (given ?? []);
  }
  return state;
}

function resolveUnitChart(input: UnitChartInput, previous: UnitChartState | null) {
  return {
    type: 'unit-chart' as const,
    unit: input.unit ?? previous?.unit,
    groups: input.groups ?? previous?.groups,
    title: input.title ?? previous?.title ?? ''
  };
}

/** Full graphic state for every step, plus any step whose state is incomplete. */
export function resolveSteps(steps: readonly Pick<StepInput, 'graphic'>[]): {
  states: GraphicState[];
  problems: ResolveProblem[];
} {
  const states: GraphicState[] = [];
  const problems: ResolveProblem[] = [];
  let previous: GraphicState | null = null;
  steps.forEach((step, index) => {
    const input: GraphicInput | undefined = step.graphic;
    if (!input) {
      if (!previous) {
        problems.push({
          path: ['steps', index, 'graphic'],
          message: 'is required on the first step (later steps may omit it to keep the previous graphic)'
        });
        return;
      }
      states.push(previous.type === 'corridor-map' ? { ...previous, scrub: false } : previous);
      return;
    }
    if (input.type === 'corridor-map') {
      const prev = previous?.type === 'corridor-map' ? previous : null;
      const state = resolveCorridorMap(input, prev);
      if (!state.view) {
        problems.push({
          path: ['steps', index, 'graphic', 'view'],
          message: 'is required: the first corridor-map step (or the first after another graphic) must say what to show'
        });
        return;
      }
      previous = state as CorridorMapState;
    } else {
      const prev = previous?.type === 'unit-chart' ? previous : null;
      const state = resolveUnitChart(input, prev);
      let complete = true;
      for (const key of ['unit', 'groups'] as const) {
        if (!state[key]) {
          complete = false;
          problems.push({
            path: ['steps', index, 'graphic', key],
            message: 'is required: the first unit-chart step (or the first after another graphic) must give it'
          });
        }
      }
      if (!complete) return;
      previous = state as UnitChartState;
    }
    states.push(previous);
  });
  return { states, problems };
}
