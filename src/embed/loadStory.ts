/**
 * Fetches and validates a story for the embed, with a time limit. Every failure becomes an
 * `EmbedError` whose message a reader can understand and a producer can act on; nothing
 * here rejects with anything else.
 */
import { storyRegistry, StoryError, type Story } from '../schema/parseStory.js';
import { parseStoryWith } from '../schema/parseStoryWith.js';
import type { GraphicDefinition } from '../core/defineGraphic.js';
import { FETCH_OPTIONS } from './loaderQueue.js';

/** A story that has not arrived after this long is reported as failed: readers will not wait longer. */
export const STORY_TIMEOUT_MS = 15000;
/** The most a host may ask for with `data-scrollstage-timeout`: past this a reader has left. */
export const MAX_TIMEOUT_MS = 120000;

export class EmbedError extends Error {
  override name = 'EmbedError';
}

const JSON_TYPES = /^(application\/([\w.+-]+\+)?json|text\/json|text\/plain)\b/i;

export async function fetchJson(url: string, what: string, signal?: AbortSignal, timeoutMs = STORY_TIMEOUT_MS): Promise<unknown> {
  return (await fetchJsonFrom(url, what, signal, timeoutMs)).json;
}

/**
 * Like fetchJson, with the URL the JSON finally came from (after redirects): what a story
 * names relative to itself is found from there, as a link in it would be. `early` is a
 * request for the same URL already on its way (embed.js starts each story's while the core
 * loads): it is read instead of asking again, within the same time limit and with the same
 * messages.
 */
export async function fetchJsonFrom(
  url: string,
  what: string,
  signal?: AbortSignal,
  timeoutMs = STORY_TIMEOUT_MS,
  early?: Promise<Response>
): Promise<{ json: unknown; url: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  // An early request is not tied to this controller: the time limit and a cancel race it instead.
  const stopped = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));
  stopped.catch(() => {});
  const inTime = <T>(promise: Promise<T>) => (early ? Promise.race([promise, stopped]) : promise);
  try {
    let response: Response;
    try {
      response = await (early ? inTime(early) : fetch(url, { ...FETCH_OPTIONS, signal: controller.signal }));
    } catch {
      if (signal?.aborted) throw new EmbedError(`loading the ${what} was cancelled`);
      if (controller.signal.aborted) throw new EmbedError(`the ${what} did not arrive within ${timeoutMs / 1000} s (${url})`);
      throw new EmbedError(`the ${what} could not be loaded (network error, ${url})`);
    }
    // After a redirect, name where the answer came from too.
    const where = response.redirected && response.url && response.url !== url ? `${url}, redirected to ${response.url}` : url;
    if (!response.ok) throw new EmbedError(`the ${what} could not be loaded (HTTP ${response.status}, ${where})`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !JSON_TYPES.test(type)) {
      throw new EmbedError(`the ${what} is not JSON (the server sent ${type.split(';')[0]}, ${where})`);
    }
    let text: string;
    try {
      text = await inTime(response.text());
    } catch {
      if (signal?.aborted) throw new EmbedError(`loading the ${what} was cancelled`);
      if (controller.signal.aborted) throw new EmbedError(`the ${what} did not arrive within ${timeoutMs / 1000} s (${url})`);
      throw new EmbedError(`the ${what} could not be loaded (the connection broke, ${url})`);
    }
    try {
      return { json: JSON.parse(text), url: response.url || url };
    } catch (error) {
      throw new EmbedError(`the ${what} is not valid JSON (${(error as Error).message}, ${where})`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** Validates story JSON (with the page's own graphic types), turning schema problems into one readable EmbedError. */
export function storyFrom(json: unknown, graphics: readonly GraphicDefinition[] = []): Story {
  try {
    // parseStoryWith alone: the first problems are enough to refuse a story, and the core
    // stays small (parseStory and `validate` go on to list every problem).
    return parseStoryWith(storyRegistry(graphics as readonly GraphicDefinition<never>[]), json);
  } catch (error) {
    if (error instanceof StoryError) {
      const first = error.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
      const more = error.problems.length > 3 ? ` (and ${error.problems.length - 3} more)` : '';
      throw new EmbedError(`the story is not valid: ${first.join('; ')}${more}`);
    }
    throw new EmbedError(`the story could not be read (${(error as Error).message})`);
  }
}
