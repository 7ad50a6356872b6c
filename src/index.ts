// The public API of scrollstage: read this file to know what the package offers.
export { parseStory, validateStory, StoryError } from './schema/parseStory.js';
export type { Story, Step, StoryProblem } from './schema/parseStory.js';
export type { GraphicState, CorridorMapState, UnitChartState } from './story/resolveSteps.js';
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
export { parseMarkup, plainText } from './story/parseMarkup.js';
