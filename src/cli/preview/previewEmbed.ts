/**
 * The script-tag embed's files (`embed.js`, its CSS, the world basemap), which the preview's
 * frames load as a newsroom page would. They are read into memory at start, so a build
 * replaced meanwhile (by another preview, after a change to src/) cannot pull them away.
 *
 * An installed package has it built in `dist/embed/`. Inside the repository there may be no
 * build, or an old one: the embed is built from `src/` (with `buildEmbed` from
 * `scripts/build.js`, the same build `npm run build` makes) into a cache folder, and built
 * again when a source file is newer than that build. So the preview always shows the code
 * as it is, and `npm run build` is never a step to remember.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PreviewError } from './previewError.js';

/** Where the repository's preview keeps its embed build, under node_modules like other tools' caches. */
const CACHE = 'node_modules/.cache/scrollstage/preview-embed';
/** What the embed build reads besides src/: a change to any of them makes a cached build stale. */
const BUILD_INPUTS = ['package.json', 'package-lock.json', 'svelte.config.js', 'scripts/build.js'];

/** The folder of the scrollstage package this module is part of (the repository, or node_modules/scrollstage). */
export async function packageRoot(from = fileURLToPath(import.meta.url)): Promise<string> {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = await readFile(join(dir, 'package.json'), 'utf8').catch(() => null);
    if (manifest && (JSON.parse(manifest) as { name?: unknown }).name === 'scrollstage') return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the scrollstage package around ${from}`);
  }
}

/** The newest modification time among the embed build's inputs, ms. */
async function newestSource(root: string): Promise<number> {
  const entries = await readdir(join(root, 'src'), { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  files.push(...BUILD_INPUTS.map((f) => join(root, f)).filter((f) => existsSync(f)));
  const times = await Promise.all(files.map(async (f) => (await stat(f)).mtimeMs));
  return Math.max(0, ...times);
}

/** The line of a build error that says what is wrong (Vite's messages run to a code frame). */
function firstLine(error: unknown): string {
  // eslint-disable-next-line no-control-regex
  const text = String((error as Error)?.message ?? error).replace(/\x1b\[[0-9;]*m/g, '');
  return text.split('\n').find((line) => line.trim()) ?? 'unknown error';
}

/** The embed's files by name, as bytes. */
export type EmbedFiles = Map<string, Buffer>;

/** Records which sources a cached build was made from; not served. */
const STAMP = 'stamp.json';

interface Stamp {
  sources: number;
}

/** The files of an embed folder by path (`embed.js`, `world/50m/6-7.json`, ...), or null when it holds no embed.js. */
async function embedFiles(dir: string): Promise<EmbedFiles | null> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const names = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((name) => name !== STAMP);
    const files = new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
    return files.has('embed.js') ? files : null;
  } catch {
    return null;
  }
}

/** Builds the embed from the repository's src/ into the cache unless a build as new as the sources is there. */
async function cachedEmbed(root: string, log: (line: string) => void): Promise<EmbedFiles> {
  const dir = join(root, CACHE);
  const sources = await newestSource(root);
  const stamp = await readFile(join(dir, STAMP), 'utf8')
    .then((text) => JSON.parse(text) as Stamp)
    .catch(() => null);
  const cached = stamp && stamp.sources >= sources ? await embedFiles(dir) : null;
  if (cached) return cached;

  log(`building the embed from src/ (${stamp ? 'the sources changed since the last preview' : 'first preview in this checkout'})...`);
  const started = Date.now();
  // Built beside the cache and renamed into place, so a preview started meanwhile never sees half a build.
  const temporary = `${dir}.${process.pid}`;
  await mkdir(dirname(dir), { recursive: true });
  const script = pathToFileURL(join(root, 'scripts/build.js')).href;
  let files: EmbedFiles | null;
  try {
    const { buildEmbed } = (await import(/* @vite-ignore */ script)) as { buildEmbed(outDir: string): Promise<unknown> };
    await buildEmbed(temporary);
    files = await embedFiles(temporary);
    await writeFile(join(temporary, STAMP), JSON.stringify({ sources } satisfies Stamp));
    await rm(dir, { recursive: true, force: true });
    await rename(temporary, dir);
  } catch (error) {
    throw new PreviewError(`could not build the embed from src/: ${firstLine(error)}`);
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  if (!files) throw new PreviewError(`the embed build wrote no embed.js (in ${temporary})`);
  log(`built the embed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return files;
}

/**
 * The embed's files. Throws a PreviewError, one line saying what is missing and what to run.
 */
export async function previewEmbed(log: (line: string) => void, root?: string): Promise<EmbedFiles> {
  const base = root ?? (await packageRoot());
  if (existsSync(join(base, 'src/embed/embed.ts')) && existsSync(join(base, 'scripts/build.js'))) {
    return cachedEmbed(base, log);
  }
  const built = join(base, 'dist/embed');
  const files = await embedFiles(built);
  if (files) return files;
  throw new PreviewError(`the embed is not built (no ${join(built, 'embed.js')}): run "npm run build" in ${base}`);
}
