/**
 * The script-tag entry, the one module with side effects. It defines `window.scrollstage`
 * and mounts every `[data-scrollstage]` element on the page, now and as they are added.
 * Loading it twice does no harm: the second copy only rescans. Its CSS and the world basemap
 * are found beside the script, so the folder works copied to any static host.
 */
import './embed.css';
import { mountEmbed, isMounted, type EmbedHandle, type StorySource } from './mountEmbed.js';
import { fetchJson, STORY_TIMEOUT_MS } from './loadStory.js';
import { rememberScroll } from './restoreScroll.js';
import { externalGraphic, type ExternalSpec } from './externalGraphic.js';
import type { GraphicDefinition } from '../core/defineGraphic.js';

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

function scriptFolder(): URL {
  const current = document.currentScript as HTMLScriptElement | null;
  const src =
    current?.src ||
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).find((s) => /\/embed(\.min)?\.js(\?|#|$)/.test(s)) ||
    document.baseURI;
  return new URL('.', src);
}

function install(): void {
  const existing = window.scrollstage;
  if (existing) {
    existing.scan();
    return;
  }
  const assets = scriptFolder();
  // Files several embeds need (world basemap tiles, a shared basemap) are fetched once.
  const files = new Map<string, Promise<unknown>>();
  const env = {
    assets,
    graphics: () => [...graphics.values()],
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
