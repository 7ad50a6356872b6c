import { formatPath } from './formatPath.js';

/** One thing wrong with a story, at a place in its JSON. */
export interface StoryProblem {
  /** Path segments into the story JSON: `['steps', 3, 'text']`. */
  segments: (string | number)[];
  /** The same path as text: `steps[3].text`. */
  path: string;
  message: string;
}

export function problem(segments: (string | number)[], message: string): StoryProblem {
  return { segments, path: formatPath(segments), message };
}

/** Path segments into the story JSON. */
export type Segments = (string | number)[];
