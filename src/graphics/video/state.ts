/** A video step's full state, once inherited. */
export interface VideoState {
  type: 'video';
  src: string;
  poster: string;
  /** What the video shows, in words: the step's `alt`. */
  description: string;
  credit: string;
  /** A WebVTT file of captions. */
  captions?: string;
  loop: boolean;
  scrub: boolean;
}

/** The video state of step `index`, or null when that step shows another graphic. */
export function videoStateAt(story: { steps: readonly { state: { type: string } }[] }, index: number): VideoState | null {
  const state = story.steps[index]?.state;
  return state?.type === 'video' ? (state as unknown as VideoState) : null;
}
