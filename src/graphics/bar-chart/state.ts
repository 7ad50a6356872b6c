/** A bar-chart step's full state, once inherited. */
import type { Bar, BarUnit } from './schema.js';

export interface BarChartState {
  type: 'bar-chart';
  title: string;
  bars: Bar[];
  /** Ids of the stressed bars; empty: none (every bar in its own colour). */
  highlight: string[];
  unit: BarUnit | null;
  scrub: boolean;
  alt?: string;
}

/** The bar-chart state of step `index`, or null when that step shows another graphic. */
export function barChartStateAt(story: { steps: readonly { state: { type: string } }[] }, index: number): BarChartState | null {
  const state = story.steps[index]?.state;
  return state?.type === 'bar-chart' ? (state as BarChartState) : null;
}
