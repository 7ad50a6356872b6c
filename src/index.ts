// The public API of scrollstage: read this file to know what the package offers and
// which file holds each part.

// Components: a whole story, the layout, the panel, and the parts around them.
export { default as Explainer } from './components/Explainer.svelte';
export type { StepEvent } from './components/explainerTypes.js';
export { default as Scroller } from './components/Scroller.svelte';
export { default as GraphicStage } from './components/GraphicStage.svelte';
export { default as StepText } from './components/StepText.svelte';
export { default as StoryHeader } from './components/StoryHeader.svelte';
export { default as Sources } from './components/Sources.svelte';
export { default as DataTable } from './components/DataTable.svelte';
export { default as StaticStory } from './components/StaticStory.svelte';

// Graphics: each type is one definition; the built-ins are defined the same way.
export { defineGraphic, defineGraphicModel } from './core/defineGraphic.js';
export type {
  GraphicDefinition,
  GraphicModel,
  GraphicStateBase,
  AnyGraphicState,
  FieldSchemas,
  GraphicStrings,
  CheckTools,
  DataRow,
  DataTableSpec,
  SnapshotRules
} from './core/defineGraphic.js';
export type { GraphicProps, Insets } from './core/graphicProps.js';
export type { WarnTools } from './core/defineGraphic.js';
export { prepareStory, type Prepared, type PrepareEnv } from './core/prepareStory.js';
export { providePrepared, preparedContext, usePrepared } from './core/preparedContext.js';
export { graphicText, type GraphicText } from './core/graphicText.js';
export { graphicRegistry, type GraphicRegistry } from './core/graphicRegistry.js';
export { BUILTIN_GRAPHICS } from './graphics/builtins.js';
export { map } from './graphics/map/index.js';
export { unitChart } from './graphics/unit-chart/index.js';
export { barChart } from './graphics/bar-chart/index.js';
export { lineChart } from './graphics/line-chart/index.js';
export { image } from './graphics/image/index.js';
export { video } from './graphics/video/index.js';
export { default as CorridorMap } from './graphics/map/CorridorMap.svelte';
export { default as UnitChart } from './graphics/unit-chart/UnitChart.svelte';
export { default as BarChart } from './graphics/bar-chart/BarChart.svelte';
export { default as LineChart } from './graphics/line-chart/LineChart.svelte';
export { default as ImageGraphic } from './graphics/image/ImageGraphic.svelte';
export { default as VideoGraphic } from './graphics/video/VideoGraphic.svelte';
export type { MapState } from './graphics/map/state.js';
export type { View, Progress, Remaining, Mover, Annotation, NamedFeature } from './graphics/map/schema.js';
export type { UnitChartState } from './graphics/unit-chart/state.js';
export type { Unit, UnitGroup } from './graphics/unit-chart/schema.js';
export type { BarChartState } from './graphics/bar-chart/state.js';
export type { Bar, BarUnit } from './graphics/bar-chart/schema.js';
export type { LineChartState } from './graphics/line-chart/state.js';
export type { XValue, XAxis, YAxis, LineSeries, LineAnnotation } from './graphics/line-chart/schema.js';
export type { ImageState } from './graphics/image/state.js';
export type { VideoState } from './graphics/video/state.js';

// The story: validation, resolved states, text.
export { parseStory, validateStory, storyRegistry, StoryError } from './schema/parseStory.js';
export type { Story, Step, StoryProblem, ParseOptions, Validation } from './schema/parseStory.js';
export { parseStoryWith } from './schema/parseStoryWith.js';
export { storySchemas } from './schema/storySchema.js';
export { LIMITS } from './schema/limits.js';
export type { StoryInput, StepInput, GraphicInput, Source, Place, Route, Stop, Edition } from './schema/storySchema.js';
export type { GraphicState } from './story/resolveSteps.js';
export { describeState } from './story/describeState.js';
export { parseMarkup, plainText } from './story/parseMarkup.js';

// The scroll engine, for custom layouts.
export { StepTracker } from './scroll/StepTracker.svelte.js';
export type { Direction, StepChange } from './scroll/StepTracker.svelte.js';
export { findActiveStep } from './scroll/findActiveStep.js';
