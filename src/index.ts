// The public API of scrollstage: read this file to know what the package offers and
// which file holds each part.

// Components: a whole story, the layout, and each graphic.
export { default as Explainer } from './components/Explainer.svelte';
export type { StepEvent } from './components/explainerTypes.js';
export { default as Scroller } from './components/Scroller.svelte';
export { default as GraphicStage } from './components/GraphicStage.svelte';
export { default as StepText } from './components/StepText.svelte';
export { default as StoryHeader } from './components/StoryHeader.svelte';
export { default as Sources } from './components/Sources.svelte';
export { default as DataTable } from './components/DataTable.svelte';
export { default as CorridorMap } from './graphics/map/CorridorMap.svelte';
export { default as UnitChart } from './graphics/unit-chart/UnitChart.svelte';
export { default as StaticStory } from './components/StaticStory.svelte';
export { GRAPHICS } from './components/graphicRegistry.js';
export type { GraphicProps, Insets } from './components/graphicProps.js';

// The story: validation, resolved states, text.
export { parseStory, validateStory, StoryError } from './schema/parseStory.js';
export type { Story, Step, StoryProblem } from './schema/parseStory.js';
export { StorySchema } from './schema/storySchema.js';
export { LIMITS } from './schema/limits.js';
export type {
  StoryInput,
  Source,
  Place,
  Route,
  View,
  Held,
  Convoy,
  UnitGroup,
  GraphicType
} from './schema/storySchema.js';
export type { GraphicState, CorridorMapState, UnitChartState } from './story/resolveSteps.js';
export { describeState } from './story/describeState.js';
export { parseMarkup, plainText } from './story/parseMarkup.js';

// The scroll engine, for custom layouts.
export { StepTracker } from './scroll/StepTracker.svelte.js';
export type { Direction, StepChange } from './scroll/StepTracker.svelte.js';
export { findActiveStep } from './scroll/findActiveStep.js';
