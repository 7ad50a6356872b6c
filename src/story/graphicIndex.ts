/**
 * For each graphic type a story uses, the step whose state that graphic should hold while
 * step `active` is on screen: the active step itself when it is of that type, otherwise
 * the nearest earlier step of that type (or the first one, before it appears). Keeping
 * the map on its last state while a chart is shown lets it fade back without a jump.
 */
import type { Story } from '../schema/parseStory.js';


export function graphicTypes(story: Story): string[] {
  return [...new Set(story.steps.map((s) => s.state.type))];
}

export function graphicIndex(story: Story, type: string, active: number): number {
  for (let i = Math.min(active, story.steps.length - 1); i >= 0; i--) {
    if (story.steps[i]!.state.type === type) return i;
  }
  return story.steps.findIndex((s) => s.state.type === type);
}
