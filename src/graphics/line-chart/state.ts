/** A line-chart step's full state, once inherited: what the chart draws at that step. */
import type { LineAnnotation, LineSeries, XAxis, XValue, YAxis } from './schema.js';

export interface LineChartState {
  type: 'line-chart';
  title: string;
  x: XAxis;
  y: YAxis;
  series: LineSeries[];
  /** Each line is drawn up to this x; null: every point. */
  until: XValue | null;
  annotations: LineAnnotation[];
  /** Not inherited: whether this step's changes follow the reader's scroll. */
  scrub: boolean;
  alt?: string;
}

/** The line-chart state of step `index`, or null when that step shows another graphic. */
export function lineChartStateAt(story: { steps: readonly { state: { type: string } }[] }, index: number): LineChartState | null {
  const state = story.steps[index]?.state;
  return state?.type === 'line-chart' ? (state as LineChartState) : null;
}
