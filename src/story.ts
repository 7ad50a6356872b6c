// `scrollstage/story`: the Svelte-free entry. Plain ESM that runs in Node 20 without a
// bundler (no Svelte, no DOM, no JSON imports): a CMS backend validates a story with it,
// words its text alternatives and lists its problems with their paths; a server prepares it.

export { parseStory, validateStory, storyRegistry, StoryError } from './schema/parseStory.js';
export type { Story, Step, StoryProblem, ParseOptions, Validation } from './schema/parseStory.js';
export { describeState } from './story/describeState.js';
// What a story's graphics fetch before drawing (the map's basemap): on a server, so the
// server-rendered page has its map, and hand the result to <Explainer prepared>.
export { prepareStory } from './core/prepareStory.js';
export type { Prepared, PrepareEnv } from './core/prepareStory.js';
export { defineGraphicModel } from './core/defineGraphic.js';
export type { GraphicModel, GraphicStateBase, AnyGraphicState, DataRow, DataTableSpec, CheckTools } from './core/defineGraphic.js';
export { LIMITS } from './schema/limits.js';
export type { StoryInput, StepInput, GraphicInput, Source, Place, Route } from './schema/storySchema.js';
