/**
 * `parseStory(json, { graphics })`: the typed, resolved story, or one `StoryError` listing
 * every problem with its JSON path; the built-in graphic types and any given. The pipeline
 * itself is `parseStoryWith`.
 */
import type { GraphicModel } from '../core/defineGraphic.js';
import { graphicRegistry, type GraphicRegistry } from '../core/graphicRegistry.js';
import { BUILTIN_MODELS } from '../graphics/builtinModels.js';
import { parseStoryWith, StoryError, type Story, type Validation } from './parseStoryWith.js';
import type { StoryProblem } from './storyProblem.js';
import { checkWellFormed, wellFormedParts } from './checkWellFormed.js';
import { storyWarnings, type WarningContext } from './storyWarnings.js';

export { StoryError, registryOf } from './parseStoryWith.js';
export type { Story, Step, Validation } from './parseStoryWith.js';
export type { StoryProblem } from './storyProblem.js';

export interface ParseOptions {
  /** Graphic types of your own (from `defineGraphic`), besides the built-in ones; one of the same type replaces a built-in. */
  graphics?: readonly GraphicModel<never>[];
}

/**
 * parseStoryWith, and when the story's shape has problems, the checks after it on the parts
 * that are well-formed (checkWellFormed.ts): every problem in one run. The embed calls
 * parseStoryWith alone (the first problems are enough to refuse a story, and its core
 * stays small).
 */
function parseEvery(registry: GraphicRegistry, json: unknown): Story {
  try {
    return parseStoryWith(registry, json);
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    const more = checkWellFormed(registry, json, error.problems);
    throw more.length ? new StoryError([...error.problems, ...more]) : error;
  }
}

let builtins: GraphicRegistry | null = null;

/** The registry of the built-in types, plus `graphics`. */
export function storyRegistry(graphics?: readonly GraphicModel<never>[]): GraphicRegistry {
  builtins ??= graphicRegistry(BUILTIN_MODELS);
  return graphics?.length ? graphicRegistry(BUILTIN_MODELS, graphics as unknown as GraphicModel[]) : builtins;
}

/** Accepts parsed JSON (or a JSON string) and returns the resolved story, or throws `StoryError`. */
export function parseStory(json: unknown, options: ParseOptions = {}): Story {
  return parseEvery(storyRegistry(options.graphics), json);
}

export interface ValidateOptions extends ParseOptions, WarningContext {}

/**
 * Like parseStory, but returns the problems instead of throwing, and a valid story's warnings
 * (allowed, probably not meant). `basemapBox`: the box the story's own basemap records
 * (`scrollstage validate` reads it), for the warning about places outside it.
 */
export function validateStory(json: unknown, options: ValidateOptions = {}): Validation {
  const registry = storyRegistry(options.graphics);
  let story: Story;
  try {
    story = parseStoryWith(registry, json);
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    // Every problem, and the warnings of the well-formed parts when they make a story.
    const more = wellFormedParts(registry, json, error.problems);
    let warnings: StoryProblem[] = [];
    try {
      if (more.story) warnings = storyWarnings(more.story, registry, options);
    } catch {
      /* what a warning could not read waits for the next run */
    }
    return { story: null, problems: [...error.problems, ...more.problems], warnings };
  }
  return { story, problems: [], warnings: storyWarnings(story, registry, options) };
}
