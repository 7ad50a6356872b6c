/**
 * A short text alternative for a step's graphic, generated from its resolved state by the
 * graphic's definition (what a map shows, how many marks a chart draws). It is what a screen
 * reader announces on a step change; a step's own `alt` text (or its graphic's) replaces it.
 */
import type { Story } from '../schema/parseStoryWith.js';
import type { GraphicModel } from '../core/defineGraphic.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import { graphicText } from '../core/graphicText.js';
import { registryOf } from '../schema/parseStoryWith.js';
import { storyRegistry } from '../schema/parseStory.js';
import { storyWords } from '../text/storyWords.js';

/**
 * The definition that draws a state: from `registry`, else the one the story was parsed
 * with, else the built-ins (a story that went through JSON, as from a server to a page,
 * keeps no registry).
 */
export function modelFor(story: Story, type: string, registry?: GraphicRegistry): GraphicModel | undefined {
  return registry?.get(type) ?? registryOf(story)?.get(type) ?? storyRegistry().get(type);
}

export function describeState(story: Story, index: number, registry?: GraphicRegistry): string {
  const step = story.steps[index];
  if (!step) return '';
  if (step.alt) return step.alt;
  if (step.state.alt) return step.state.alt;
  const model = modelFor(story, step.state.type, registry);
  if (!model) return storyWords(story)('graphic');
  return model.describe(step.state as never, graphicText(story, model));
}
