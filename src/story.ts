// `scrollstage/story`: the Svelte-free entry. Plain ESM that runs in Node 20 without a
// bundler (no Svelte, no DOM, no JSON imports): a CMS backend validates a story with it,
// words its text alternatives and lists its problems with their paths.

export { parseStory, validateStory, storyRegistry, StoryError } from './schema/parseStory.js';
export type { Story, Step, StoryProblem, ParseOptions, Validation } from './schema/parseStory.js';
export { describeState } from './story/describeState.js';
export { defineGraphicModel } from './core/defineGraphic.js';
export type { GraphicModel, GraphicStateBase, AnyGraphicState, DataRow, DataTableSpec, CheckTools } from './core/defineGraphic.js';
export { LIMITS } from './schema/limits.js';
export type { StoryInput, StepInput, GraphicInput, Source, Place, Route } from './schema/storySchema.js';
