/**
 * Where a drawing finds the files a story names. A story writes paths relative to itself,
 * like links; a drawing needs URLs its reader's browser can fetch. Resolved once per story
 * by the type's `prepare` (plain data: a server can hand it to the page), and looked up by
 * the path as written.
 */
import type { Story } from '../../schema/parseStoryWith.js';
import type { PrepareEnv } from '../../core/prepareStory.js';

/** URL to use, by path as the story writes it. */
export type MediaUrls = Readonly<Record<string, string>>;

const ABSOLUTE = /^https?:\/\//i;

/**
 * `src` against the story's URL: an http(s) URL as it is; a relative path resolved, like a
 * link. Without a story URL, or when it is a file: URL (where the story sat on the machine
 * that ran a command: nothing a reader could fetch), the path stays as written, relative
 * to the page.
 */
export function resolveMediaUrl(src: string, storyUrl: string | URL | undefined): string {
  if (ABSOLUTE.test(src) || storyUrl === undefined) return src;
  const base = String(storyUrl);
  if (/^file:/i.test(base)) return src;
  try {
    const url = new URL(src, base);
    return /^https?:$/.test(url.protocol) ? url.href : src;
  } catch {
    return src;
  }
}

/** Every file the steps of `type` name (`filesOf` lists a state's), mapped to the URL to use. */
export function mediaUrls(
  story: Pick<Story, 'steps'>,
  type: string,
  filesOf: (state: Record<string, unknown>) => readonly (string | undefined)[],
  env: Pick<PrepareEnv, 'storyUrl' | 'fileUrl'>
): MediaUrls {
  // No prototype: a path like "__proto__" is a key like any other.
  const urls: Record<string, string> = Object.create(null);
  for (const step of story.steps) {
    if (step.state.type !== type) continue;
    for (const src of filesOf(step.state)) {
      if (src === undefined || Object.hasOwn(urls, src)) continue;
      urls[src] = env.fileUrl ? env.fileUrl(src) : resolveMediaUrl(src, env.storyUrl);
    }
  }
  return urls;
}

/** The URL to use for `src`: the prepared one, else `src` as written. */
export function mediaUrlIn(urls: MediaUrls | undefined, src: string): string {
  return urls && Object.hasOwn(urls, src) ? urls[src]! : src;
}
