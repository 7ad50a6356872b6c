/** A unit-chart step's full state, once inherited. */
import type { Unit, UnitGroup } from './schema.js';

export interface UnitChartState {
  type: 'unit-chart';
  unit: Unit;
  groups: UnitGroup[];
  title: string;
  scrub: boolean;
  alt?: string;
}

/** The unit-chart state of step `index`, or null when that step shows another graphic. */
export function unitChartStateAt(story: { steps: readonly { state: { type: string } }[] }, index: number): UnitChartState | null {
  const state = story.steps[index]?.state;
  return state?.type === 'unit-chart' ? (state as UnitChartState) : null;
}
