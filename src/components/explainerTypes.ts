import type { Direction } from '../scroll/StepTracker.svelte.js';

/** What `<Explainer onstep>` receives each time a step becomes active. */
export interface StepEvent {
  /** The step, from 0. */
  index: number;
  /** Its id in the story file. */
  stepId: string;
  /** Which way the reader was scrolling. */
  direction: Direction;
}
