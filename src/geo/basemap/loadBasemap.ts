/**
 * A story's basemap, fetched: its own (`"basemap"`, a URL relative to the story file like a
 * link), or the parts of the built-in world basemap that its places and routes need (the
 * world folder sits under scrollstage's assets, `world/`), decoded and joined.
 */
import { decodeBasemap, type DecodedBasemap } from './decodeBasemap.js';
import { mergeBasemaps } from './mergeBasemaps.js';
import { worldParts } from './worldParts.js';
import { extentOf } from '../extentOf.js';

export interface BasemapEnv {
  storyUrl?: string | URL | undefined;
  assets?: string | URL | undefined;
  fetchJson(url: string): Promise<unknown>;
}

interface BasemapSource {
  basemap?: string | undefined;
  places: readonly { lon: number; lat: number }[];
  routes: readonly { coordinates: readonly (readonly number[])[] }[];
}

/** The URL a story-relative path points at; an absolute one as it is. */
function resolve(path: string, base: string | URL | undefined, what: string): string {
  try {
    return new URL(path, base).href;
  } catch {
    throw new Error(`scrollstage: ${what} "${path}" is relative, but the story's own URL is not known (give storyUrl)`);
  }
}

export async function loadBasemap(story: BasemapSource, env: BasemapEnv): Promise<DecodedBasemap> {
  if (story.basemap) {
    const url = resolve(story.basemap, env.storyUrl, 'the basemap');
    return decodeBasemap(await env.fetchJson(url), url);
  }
  if (env.assets === undefined) {
    throw new Error('scrollstage: the story names no basemap and the world basemap is not known (give assets: the folder holding world/)');
  }
  const extent = extentOf(story) ?? [-180, -85, 180, 85];
  const parts = worldParts(extent);
  const folder = new URL('world/', env.assets);
  const files = await Promise.all(parts.files.map(async (file) => {
    const url = new URL(file, folder).href;
    return decodeBasemap(await env.fetchJson(url), url);
  }));
  return files.length === 1 ? files[0]! : mergeBasemaps(files);
}
