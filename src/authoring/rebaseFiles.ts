/**
 * The files a story names relative to itself (its `basemap`; a photo's or video's `src`,
 * `srcset`, `poster` and `captions`), rewritten for the story's new folder when it is
 * written somewhere other than where those names were written from (`scrollstage import
 * doc.aml --out elsewhere/story.json`). URLs (`https://…`) and absolute paths stay as they are.
 */
import { posix } from 'node:path';

const MEDIA_FIELDS = ['src', 'poster', 'captions'] as const;

function isRelative(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(name) && !name.startsWith('/') && !name.startsWith('#');
}

/** `name`, written relative to folder `from`, as seen from folder `to` (both POSIX paths, absolute or relative to one place). */
export function rebasePath(name: string, from: string, to: string): string {
  const [path, query = ''] = name.split(/(?=\?)/, 2) as [string, string?];
  const rebased = posix.relative(to, posix.join(from, path)) || posix.basename(path);
  return rebased + query;
}

/** A copy of the story's JSON with every relative file name seen from `to` instead of `from`. */
export function rebaseFiles<T>(story: T, from: string, to: string): T {
  const folder = (path: string) => posix.normalize(path).replace(/(.)\/+$/, '$1');
  if (folder(from) === folder(to) || !story || typeof story !== 'object') return story;
  const copy = structuredClone(story) as Record<string, unknown>;
  if (isRelative(copy.basemap)) copy.basemap = rebasePath(copy.basemap, from, to);
  const steps = Array.isArray(copy.steps) ? copy.steps : [];
  for (const step of steps) {
    const graphic = (step as { graphic?: unknown } | null)?.graphic as Record<string, unknown> | undefined;
    if (!graphic || typeof graphic !== 'object') continue;
    for (const field of MEDIA_FIELDS) if (isRelative(graphic[field])) graphic[field] = rebasePath(graphic[field], from, to);
    if (Array.isArray(graphic.srcset)) {
      for (const entry of graphic.srcset as { src?: unknown }[]) if (entry && isRelative(entry.src)) entry.src = rebasePath(entry.src, from, to);
    }
  }
  return copy as T;
}
