/**
 * What the preview page is told after each check of the story: whether to show the story or
 * the validator's lines, the steps to list, and which version of the files to load.
 */
import type { StoryCheck } from '../checkStory.js';

export interface PreviewMessage {
  /** Goes up by one on every change the page should show. */
  version: number;
  /** Goes up when a file the story uses besides itself changed: the frames then load afresh, so nothing is kept from before. */
  assets: number;
  /** The story file as the author named it. */
  file: string;
  /** True when the story is valid and can be shown. */
  ok: boolean;
  /** What `scrollstage validate` prints for the file: its problems, or the line saying it is fine. */
  lines: string[];
  /** The story's title, when it is valid. */
  title?: string;
  /** One label per step (its kicker, or its id when it has none), to jump to. */
  steps: string[];
  /** Where the frames fetch the story, relative to the server's root; changes with each version so nothing is cached. */
  url: string;
}

export function previewMessage(check: StoryCheck, at: { version: number; assets: number; file: string; storyPath: string }): PreviewMessage {
  const { story } = check;
  return {
    version: at.version,
    assets: at.assets,
    file: at.file,
    // A JSON Schema passes validate (it is skipped) but is no story to show.
    ok: check.ok && story !== undefined,
    lines: check.lines,
    ...(story ? { title: story.title } : {}),
    steps: story ? story.steps.map((step) => step.kicker?.trim() || step.id) : [],
    url: `${at.storyPath}?v=${at.version}`
  };
}
