// The public API of scrollstage: read this file to know what the package offers.
export { parseStory, validateStory, StoryError } from './schema/parseStory.ts';
export type { Story, Step, StoryProblem } from './schema/parseStory.ts';
export type { GraphicState, CorridorMapState, UnitChartState } from './story/resolveSteps.ts';
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
} from './schema/storySchema.ts';
export { parseMarkup, plainText } from './story/parseMarkup.ts';
