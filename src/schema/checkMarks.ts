/**
 * The marks a step draws, all graphics together, must stay within `LIMITS.marks`: a unit
 * chart counting a trillion at one mark apiece, or a thousand groups of 100,000 moving marks,
 * would freeze a reader's phone. Checked on resolved states, since steps inherit; each
 * definition counts its own marks.
 */
import type { GraphicState } from '../story/resolveSteps.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import { LIMITS } from './limits.js';
import { problem, type StoryProblem } from './storyProblem.js';

export function checkMarks(states: readonly GraphicState[], registry: GraphicRegistry): StoryProblem[] {
  const problems: StoryProblem[] = [];
  states.forEach((state, index) => {
    const model = registry.get(state.type);
    const marks = model?.marks?.(state) ?? 0;
    if (marks > LIMITS.marks) {
      const fix = model?.marksAdvice ? ` (use ${model.marksAdvice})` : '';
      problems.push(problem(['steps', index, 'graphic'], `draws ${marks} marks: at most ${LIMITS.marks} fit on a reader's device${fix}`));
    }
  });
  return problems;
}
