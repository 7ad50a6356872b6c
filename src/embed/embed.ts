/**
 * The script-tag entry, the one module with side effects. It defines `window.scrollstage`
 * and mounts every `[data-scrollstage]` element on the page, now and as they are added.
 * It is the core module that embed.js (loader.ts) loads, and takes over what the page asked
 * of the loader meanwhile. Loaded twice, the second copy only rescans. Its CSS, its graphic
 * types and the world basemap are found beside it, so the folder works copied to any
 * static host.
 */
import './embed.css';
import { mountEmbed, isMounted, type EmbedHandle, type StorySource } from './mountEmbed.js';
import { fetchJson, STORY_TIMEOUT_MS } from './loadStory.js';
import { rememberScroll } from './restoreScroll.js';
import { externalGraphic, type ExternalSpec } from './externalGraphic.js';
import type { GraphicDefinition } from '../core/defineGraphic.js';
import { LOADER_QUEUE, LOADER_STORIES, type LoaderStub } from './loaderQueue.js';

declare const __SCROLLSTAGE_VERSION__: string;

interface ScrollstageApi {
  version: string;
  /** Mounts an explainer into `element` from a story URL or story object. Never throws. */
  mount(element: HTMLElement, storyOrUrl?: StorySource): EmbedHandle;
  /** Mounts every `[data-scrollstage]` element not mounted yet. */
  scan(root?: ParentNode): void;
  /**
   * Adds a graphic type in plain JavaScript: `{ type, validate?(fields), mount(element,
   * context) → { update(context), destroy() } }`. Applies to the embeds mounted after it.
   * Throws a clear error when the definition is malformed.
   */
  define(spec: ExternalSpec): void;
}

declare global {
  interface Window {
    scrollstage?: ScrollstageApi;
  }
}

const SELECTOR = '[data-scrollstage]';

function install(): void {
  const existing = window.scrollstage as (ScrollstageApi & Partial<LoaderStub>) | undefined;
  // The loader's stand-in hands its calls over; another copy of the core only rescans.
  const queued = existing?.[LOADER_QUEUE];
  if (existing && !queued) {
    existing.scan();
    return;
  }
  // This module sits beside embed.js, embed.css and world/.
  const assets = new URL(/* @vite-ignore */ '.', import.meta.url);
  // Files several embeds need (world basemap tiles, a shared basemap) are fetched once.
  const files = new Map<string, Promise<unknown>>();
  // The stories the loader started fetching: each is read once, by the first explainer to ask.
  const early = existing?.[LOADER_STORIES];
  const env = {
    assets,
    graphics: () => [...graphics.values()],
    earlyStory: (url: string) => {
      const request = early?.get(url);
      early?.delete(url);
      return request;
    },
    fetchFile: (url: string) => {
      let file = files.get(url);
      if (!file) {
        file = fetchJson(url, 'map data').catch((error: unknown) => {
          files.delete(url); // let a later embed try again
          throw error;
        });
        files.set(url, file);
      }
      return file;
    }
  };
  const handles = new Map<Element, EmbedHandle>();
  const graphics = new Map<string, GraphicDefinition>();

  const api: ScrollstageApi = {
    version: __SCROLLSTAGE_VERSION__,
    mount(element, storyOrUrl) {
      if (!(element instanceof HTMLElement)) {
        throw new TypeError('scrollstage.mount(element, story): element must be an HTML element');
      }
      const handle = mountEmbed(element, storyOrUrl, env);
      handles.set(element, handle);
      return {
        destroy() {
          handle.destroy();
          handles.delete(element);
        }
      };
    },
    define(spec) {
      const definition = externalGraphic(spec);
      graphics.set(definition.type, definition);
    },
    scan(root: ParentNode = document) {
      root.querySelectorAll<HTMLElement>(SELECTOR).forEach((element) => {
        if (!isMounted(element)) api.mount(element);
      });
    }
  };
  Object.defineProperty(window, 'scrollstage', { value: Object.freeze(api), configurable: true, enumerable: false });
  // What the page asked of the loader's stand-in, in order: its definitions first apply to
  // the explainers mounted after them, as they would have.
  for (const call of queued ?? []) {
    try {
      if (call.kind === 'define') api.define(call.spec);
      else if (call.kind === 'scan') api.scan(call.root);
      else if (!call.destroyed) call.handle = api.mount(call.element, call.story);
    } catch (error) {
      console.error(error);
    }
  }

  const restoreScroll = rememberScroll(window);
  const start = () => {
    // The explainers the page starts with: once all are laid out, the reader's place can be restored.
    const first = [...document.querySelectorAll<HTMLElement>(SELECTOR)].filter((element) => !isMounted(element));
    const laidOut = first.map(
      (element) =>
        new Promise<void>((resolve) => {
          const done = new AbortController();
          const settle = () => (done.abort(), resolve());
          element.addEventListener('scrollstage:ready', settle, { signal: done.signal });
          element.addEventListener('scrollstage:error', settle, { signal: done.signal });
        })
    );
    api.scan();
    // An explainer destroyed before it was ready never settles: give up after the story timeout.
    if (first.length) {
      const limit = new Promise<void>((resolve) => setTimeout(resolve, STORY_TIMEOUT_MS));
      restoreScroll(Promise.race([Promise.all(laidOut), limit]));
    }
    new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          if (!(node instanceof HTMLElement)) return;
          if (node.matches(SELECTOR) && !isMounted(node)) api.mount(node);
          api.scan(node);
        });
        record.removedNodes.forEach((node) => {
          if (!(node instanceof HTMLElement)) return;
          for (const [element, handle] of handles) {
            if ((element === node || node.contains(element)) && !element.isConnected) {
              handle.destroy();
              handles.delete(element);
            }
          }
        });
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

install();
