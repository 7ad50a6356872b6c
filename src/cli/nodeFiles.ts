/**
 * Reading a story's files from Node, for the commands: JSON from a file: or http(s): URL, and
 * where scrollstage's own files (the world basemap) are, from the repository or from an
 * installed package.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PrepareEnv } from '../core/prepareStory.js';

/** Reads JSON from a file: URL (or fetches an http(s): one), with an error that names it. */
export async function readJsonUrl(url: string): Promise<unknown> {
  let text: string;
  if (url.startsWith('file:')) {
    try {
      text = await readFile(fileURLToPath(url), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      throw new Error(`cannot read ${fileURLToPath(url)}${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
    }
  } else {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    text = await response.text();
  }
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new Error(`${url.startsWith('file:') ? fileURLToPath(url) : url} is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * The folder holding scrollstage's `world/` basemap: `dist/embed/` of an installed package
 * (the built CLI is `dist/cli/main.js`), or `src/geo/` in the repository.
 */
export function worldAssets(): URL | undefined {
  for (const candidate of ['../embed/', '../geo/', '../../dist/embed/', '../../src/geo/']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(new URL('world/world-110m.json', url)))) return url;
  }
  return undefined;
}

/** How the commands prepare a story read from `file`. */
export function nodeEnv(file: string): PrepareEnv {
  return { storyUrl: pathToFileURL(file).href, assets: worldAssets(), fetchJson: readJsonUrl };
}
