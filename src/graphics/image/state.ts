/** An image step's full state, once inherited. */
import type { Focus } from '../media/schema.js';
import type { SrcsetEntry } from './schema.js';

export interface ImageState {
  type: 'image';
  src: string;
  /** Other widths of the picture; empty when the story gives none. */
  srcset: SrcsetEntry[];
  /** Pixel size of `src`, when the story gives it. */
  width?: number;
  height?: number;
  /** What the picture shows, in words: the step's `alt`. */
  description: string;
  credit: string;
  caption?: string;
  focus: Focus;
  scrub: boolean;
}

/** The image state of step `index`, or null when that step shows another graphic. */
export function imageStateAt(story: { steps: readonly { state: { type: string } }[] }, index: number): ImageState | null {
  const state = story.steps[index]?.state;
  return state?.type === 'image' ? (state as unknown as ImageState) : null;
}
