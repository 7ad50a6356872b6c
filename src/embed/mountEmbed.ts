/**
 * Mounts one explainer into a host element's open shadow root, from a story URL, a story
 * object or the host's inline `<script type="application/json">`. Whatever the host placed
 * inside stays visible (through a slot) until the explainer is ready, and stays if it
 * fails. It never throws: failures show a short message in the box and fire
 * `scrollstage:error`. `destroy()` unmounts and restores the host's own content.
 */
import { mount, unmount } from 'svelte';
import type { Story } from '../schema/parseStory.js';
import { prepareStory } from '../core/prepareStory.js';
import type { GraphicDefinition } from '../core/defineGraphic.js';
import type { StepEvent } from '../components/explainerTypes.js';
import Explainer from '../components/Explainer.svelte';
import { emit } from './embedEvents.js';
import { EmbedError, fetchJsonFrom, storyFrom, MAX_TIMEOUT_MS, STORY_TIMEOUT_MS } from './loadStory.js';
import { startLoading, storyGraphics } from './storyGraphics.js';
import { loadLocale } from '../text/locales.js';

export interface EmbedHandle {
  destroy(): void;
}

export interface EmbedEnvironment {
  /** URL of the folder embed.js was loaded from: its CSS and the world basemap sit there. */
  assets: URL;
  /** Fetches a JSON file the story's graphics need, once for every embed on the page. */
  fetchFile: (url: string) => Promise<unknown>;
  /** The graphic types the page has defined (`scrollstage.define`) by now. */
  graphics: () => readonly GraphicDefinition[];
  /** A request for this story URL that embed.js started before the core arrived, once; else undefined. */
  earlyStory?: (url: string) => Promise<Response> | undefined;
}

export type StorySource = string | object | null | undefined;

const handles = new WeakMap<Element, EmbedHandle>();

/** Height held for an explainer before it is ready: one small-viewport screen. */
const RESERVED_HEIGHT = '100svh';

/** True when the box can grow without moving anything on screen. */
function growthIsInvisible(box: HTMLElement): boolean {
  const win = box.ownerDocument.defaultView;
  if (!win) return true;
  if (win.performance?.getEntriesByType?.('paint').length === 0) return true;
  const rect = box.getBoundingClientRect();
  return rect.bottom >= win.innerHeight || rect.bottom <= 0;
}

/** Lets go of the reserved height once doing so cannot move anything on screen. */
function releaseWhenOffScreen(box: HTMLElement): () => void {
  const win = box.ownerDocument.defaultView;
  if (!win || typeof win.IntersectionObserver !== 'function') {
    box.style.minHeight = '';
    return () => {};
  }
  const observer = new win.IntersectionObserver((entries) => {
    if (entries.some((entry) => !entry.isIntersecting)) {
      box.style.minHeight = '';
      observer.disconnect();
    }
  });
  observer.observe(box);
  return () => observer.disconnect();
}

/** The story this host asks for: an explicit source, its data-scrollstage URL, or inline JSON. */
function storySource(host: HTMLElement, given: StorySource): { url?: string; json?: unknown; id: string } {
  if (given && typeof given === 'object') return { json: given, id: String((given as { id?: unknown }).id ?? '') };
  const url = typeof given === 'string' && given.trim() ? given.trim() : host.dataset.scrollstage?.trim();
  if (url) return { url: new URL(url, host.ownerDocument.baseURI).href, id: url };
  const inline = host.querySelector(':scope > script[type="application/json"]');
  if (!inline) throw new EmbedError('no story: give data-scrollstage a story URL, or put the story inside in <script type="application/json">');
  try {
    return { json: JSON.parse(inline.textContent ?? ''), id: 'inline' };
  } catch (error) {
    throw new EmbedError(`the inline story is not valid JSON (${(error as Error).message})`);
  }
}

/** How long this host waits for its story: `data-scrollstage-timeout` in ms, or the default. */
function timeoutOf(host: HTMLElement): number {
  const given = Number(host.dataset.scrollstageTimeout);
  return Number.isFinite(given) && given > 0 ? Math.min(given, MAX_TIMEOUT_MS) : STORY_TIMEOUT_MS;
}

/** Resolves once the stylesheet loads; its timer and listeners go when it settles or `signal` aborts. */
function waitForStyles(link: HTMLLinkElement, timeoutMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = new AbortController();
    const settle = (error?: EmbedError) => {
      clearTimeout(timer);
      done.abort();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => settle(new EmbedError('the explainer’s styles did not load in time')), timeoutMs);
    const options = { once: true, signal: done.signal };
    link.addEventListener('load', () => settle(), options);
    link.addEventListener('error', () => settle(new EmbedError(`the explainer’s styles could not be loaded (${link.href})`)), options);
    signal.addEventListener('abort', () => settle(new EmbedError('loading was cancelled')), options);
  });
}

export function mountEmbed(host: HTMLElement, given: StorySource, env: EmbedEnvironment): EmbedHandle {
  handles.get(host)?.destroy();
  const doc = host.ownerDocument;
  let shadow: ShadowRoot;
  try {
    shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  } catch (error) {
    emit(host, 'scrollstage:error', { id: '', message: `scrollstage cannot attach to this element (${(error as Error).message})` });
    return { destroy() {} };
  }

  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('embed.css', env.assets).href;
  const box = doc.createElement('div');
  box.className = 'scrollstage-box';
  box.setAttribute('data-state', 'loading');
  shadow.replaceChildren(link, box);
  // Reserve a screen's height (CSSOM: allowed under a strict CSP), so that while the box's
  // top is on screen its bottom is below it and the explainer growing in later moves only
  // what is off screen. Only when reserving moves nothing the reader sees: before the first
  // paint, or while the box's bottom is off screen (above it, scroll anchoring keeps the place).
  if (growthIsInvisible(box)) box.style.minHeight = RESERVED_HEIGHT;
  const fallback = doc.createElement('slot');
  const target = doc.createElement('div');
  target.className = 'scrollstage-root';
  target.hidden = true;
  box.append(fallback, target);

  const abort = new AbortController();
  let app: ReturnType<typeof mount> | null = null;
  let stopReleasing = () => {};
  let id = '';
  let destroyed = false;

  const fail = (error: unknown) => {
    if (destroyed) return;
    const message = error instanceof EmbedError ? error.message : `something went wrong (${String((error as Error)?.message ?? error)})`;
    box.setAttribute('data-state', 'error');
    const note = doc.createElement('p');
    note.className = 'scrollstage-error';
    note.setAttribute('role', 'alert');
    note.textContent = `This explainer could not be shown: ${message}.`;
    box.prepend(note);
    target.hidden = true;
    stopReleasing = releaseWhenOffScreen(box);
    emit(host, 'scrollstage:error', { id, message });
  };

  const start = async () => {
    const source = storySource(host, given);
    id = source.id;
    const timeout = timeoutOf(host);
    const styles = waitForStyles(link, timeout, abort.signal);
    styles.catch(() => {}); // awaited below; a story that fails first must not leave it unhandled
    const { json, url } = source.url ? await fetchJsonFrom(source.url, 'story', abort.signal, timeout, env.earlyStory?.(source.url)) : { json: source.json, url: doc.baseURI };
    if (destroyed) return;
    // As soon as the story is here, and at once: the files of the graphic types it names and
    // the basemap it names (fetched into the page's shared cache, where the map finds it).
    const defined = env.graphics();
    const basemap = (json as { basemap?: unknown } | null)?.basemap;
    if (typeof basemap === 'string') {
      try {
        env.fetchFile(new URL(basemap, url).href).catch(() => {});
      } catch {
        // Not a URL: validation says so.
      }
    }
    // The story's language's words, beside its graphic types (in the embed, a file of their own).
    const lang = (json as { lang?: unknown } | null)?.lang;
    const [loaded] = await Promise.all([startLoading(json, defined), styles, loadLocale(lang)]);
    if (destroyed) return;
    const graphics = storyGraphics(loaded, defined) as GraphicDefinition[];
    const story: Story = storyFrom(json, graphics);
    id = story.id;
    // What the story's graphics need (its basemap): relative to the story, or beside embed.js.
    const prepared = await prepareStory(story, {
      storyUrl: url,
      assets: env.assets,
      fetchJson: env.fetchFile
    }).catch((error: unknown) => {
      throw error instanceof EmbedError ? error : new EmbedError(String((error as Error)?.message ?? error).replace(/^scrollstage: /, ''));
    });
    if (destroyed) return;
    target.hidden = false;
    app = mount(Explainer, {
      target,
      props: {
        story,
        prepared,
        graphics: [...loaded, ...defined],
        onstep: (event: StepEvent) => emit(host, 'scrollstage:step', { id: story.id, ...event })
      }
    });
    fallback.remove();
    box.style.minHeight = '';
    box.setAttribute('data-state', 'ready');
    emit(host, 'scrollstage:ready', { id: story.id, steps: story.steps.length });
  };

  start().catch(fail);

  const handle: EmbedHandle = {
    destroy() {
      if (destroyed) return;
      destroyed = true;
      abort.abort();
      stopReleasing();
      if (app) unmount(app);
      app = null;
      // Leave an empty slot so the host's own content shows again.
      shadow.replaceChildren(doc.createElement('slot'));
      if (handles.get(host) === handle) handles.delete(host);
    }
  };
  handles.set(host, handle);
  return handle;
}

export function isMounted(host: Element): boolean {
  return handles.has(host);
}
