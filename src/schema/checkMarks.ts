/**
 * The marks a step draws, all graphics together, must stay within `LIMITS.marks`: a unit
 * chart counting a trillion at one mark apiece, or a thousand convoys of 100,000 vehicles,
 * would freeze a reader's phone. Checked on resolved states, since steps inherit.
 */
import type { GraphicState } from '../story/resolveSteps.js';
import { unitGroupMarks } from '../graphics/unit-chart/plan/unitGroupMarks.js';
import { LIMITS } from './limits.js';
import { problem, type StoryProblem } from './storyProblem.js';

export function marksOf(state: GraphicState): number {
  if (state.type === 'corridor-map') return state.convoys.reduce((sum, convoy) => sum + convoy.count, 0);
  return unitGroupMarks(state).reduce((sum, group) => sum + group.marks, 0);
}

export function checkMarks(states: readonly GraphicState[]): StoryProblem[] {
  const problems: StoryProblem[] = [];
  states.forEach((state, index) => {
    const marks = marksOf(state);
    if (marks > LIMITS.marks) {
      const fix = state.type === 'corridor-map' ? 'fewer or smaller convoys' : 'a larger unit value, so each mark counts more';
      problems.push(
        problem(['steps', index, 'graphic'], `draws ${marks} marks: at most ${LIMITS.marks} fit on a reader's device (use ${fix})`)
      );
    }
  });
  return problems;
}
