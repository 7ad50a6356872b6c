/**
 * Resolves each step's graphic to its full state, once, at parse time: a step without a
 * graphic repeats the previous one; a step of the same type gives only what changes (each
 * definition says how: by default its fields over the previous state's, `null` clearing one);
 * a step of another type starts afresh. So the state of step i depends on the story alone,
 * never on how the reader got there.
 */
import type { AnyGraphicState, GraphicModel } from '../core/defineGraphic.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import type { GraphicInput } from '../schema/storySchema.js';
import { problem, type StoryProblem } from '../schema/storyProblem.js';

export type GraphicState = AnyGraphicState;

/** The previous state's fields with the given ones over them; `null` removes a field. */
export function mergeFields(given: Record<string, unknown>, previous: AnyGraphicState | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (previous) {
    for (const [key, value] of Object.entries(previous)) if (key !== 'type' && key !== 'scrub' && key !== 'alt') out[key] = value;
  }
  for (const [key, value] of Object.entries(given)) {
    if (value === null) delete out[key];
    else if (value !== undefined) out[key] = value;
  }
  return out;
}

/** A step's own fields with older names read as current ones; both given is a problem. `alt` is one of them for a type that owns it. */
export function ownFields(input: GraphicInput, model: GraphicModel, at: (string | number)[], problems: StoryProblem[]): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (key !== 'type' && key !== 'scrub' && (key !== 'alt' || model.ownAlt)) given[key] = value;
  for (const [old, current] of Object.entries(model.fieldAliases ?? {})) {
    if (!Object.hasOwn(given, old)) continue;
    if (Object.hasOwn(given, current)) {
      problems.push(problem([...at, old], `is the older name of "${current}": give one of the two, not both`));
    } else {
      given[current] = given[old];
    }
    delete given[old];
  }
  return given;
}

/** Full graphic state for every step, plus any step whose state is incomplete. */
export function resolveSteps(
  steps: readonly { graphic?: GraphicInput | undefined }[],
  registry: GraphicRegistry
): { states: GraphicState[]; problems: StoryProblem[] } {
  const states: GraphicState[] = [];
  const problems: StoryProblem[] = [];
  let previous: GraphicState | null = null;
  const lastOfType = new Map<string, GraphicState>();
  steps.forEach((step, index) => {
    const input = step.graphic;
    const at = ['steps', index, 'graphic'];
    if (!input) {
      if (!previous) {
        problems.push(problem(at, 'is required on the first step (later steps may omit it to keep the previous graphic)'));
        return;
      }
      const { alt: _alt, ...kept } = previous;
      states.push({ ...kept, scrub: false });
      return;
    }
    const model = registry.get(input.type);
    if (!model) {
      problems.push(problem([...at, 'type'], `must be one of ${registry.names.map((n) => JSON.stringify(n)).join(', ')} (got ${JSON.stringify(input.type)})`));
      return;
    }
    const given = ownFields(input, model, at, problems);
    const before = previous?.type === model.type ? previous : null;
    const fields = model.inherit ? model.inherit(given, before, lastOfType.get(model.type) ?? null) : mergeFields(given, before);
    const state: GraphicState = {
      ...fields,
      type: model.type,
      scrub: input.scrub ?? false,
      ...(input.alt && !model.ownAlt ? { alt: input.alt } : {})
    };
    const incomplete = model.complete?.(state, at) ?? [];
    if (incomplete.length) {
      problems.push(...incomplete);
      return;
    }
    previous = state;
    lastOfType.set(model.type, state);
    states.push(state);
  });
  return { states, problems };
}
