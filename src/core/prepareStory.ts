/**
 * What a story's graphics need fetched before they can draw (the map's basemap, say): each
 * type used by the story whose definition has `prepare` is asked for it, all at once. The
 * result goes to the Explainer (`prepared`), or to any graphic through `providePrepared`,
 * and is plain data: a server can prepare a story and hand the result to the page.
 */
import type { GraphicRegistry } from './graphicRegistry.js';
import type { Story } from '../schema/parseStoryWith.js';
import { modelFor } from '../story/describeState.js';

/** Where a story's files are and how to read them. */
export interface PrepareEnv {
  /** URL of the story file: what the story names relative to itself (a basemap, images) is found from it. */
  storyUrl?: string | URL | undefined;
  /** URL of scrollstage's own files (the folder of `embed.js`): the world basemap is under `world/`. */
  assets?: string | URL | undefined;
  /** Reads JSON from a URL (default: `fetch`). A server can read files instead. */
  fetchJson?: ((url: string) => Promise<unknown>) | undefined;
  /**
   * The URL a drawing gives for a file the story names (a photo, as the story writes it),
   * for whoever views the drawing. Default: resolved against `storyUrl`, like a link.
   * `scrollstage snapshot` copies the files beside its SVGs and answers with the copies.
   */
  fileUrl?: ((src: string) => string) | undefined;
}

/** Prepared data by graphic type. */
export type Prepared = Record<string, unknown>;

async function defaultFetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

export async function prepareStory(story: Story, env: PrepareEnv = {}, registry?: GraphicRegistry): Promise<Prepared> {
  const full = { ...env, fetchJson: env.fetchJson ?? defaultFetchJson };
  const types = [...new Set(story.steps.map((s) => s.state.type))];
  const entries = await Promise.all(
    types.map(async (type) => {
      const model = modelFor(story, type, registry);
      return model?.prepare ? ([type, await model.prepare(story, full)] as const) : null;
    })
  );
  return Object.fromEntries(entries.filter((e) => e !== null));
}
