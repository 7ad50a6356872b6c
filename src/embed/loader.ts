/**
 * `embed.js`: the classic script a page includes. It holds no explainer: it puts a stand-in
 * `window.scrollstage` in place at once (so a page's `define` and `mount` calls work before
 * anything else has arrived, and `define` still throws on a malformed definition), and loads
 * the core, a module beside it, with `import()`. The core takes the calls made meanwhile over
 * in order. It also starts fetching the story of each explainer already on the page, so the
 * story downloads while the core does, not after it; the core reads those answers. If the
 * core cannot load, every explainer box on the page reports it (`scrollstage:error`) and
 * keeps its fallback. Loaded twice, it only asks for a rescan.
 */
import { checkSpec } from './checkSpec.js';
import { FETCH_OPTIONS, LOADER_QUEUE, LOADER_STORIES, type QueuedCall, type LoaderStub } from './loaderQueue.js';

declare const __SCROLLSTAGE_VERSION__: string;
declare const __SCROLLSTAGE_CORE__: string;

function scriptUrl(): string {
  const current = document.currentScript as HTMLScriptElement | null;
  return (
    current?.src ||
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).find((s) => /\/embed(\.min)?\.js(\?|#|$)/.test(s)) ||
    document.baseURI
  );
}

function load(): void {
  const existing = (window as { scrollstage?: { scan?: () => void } }).scrollstage;
  if (existing) {
    existing.scan?.();
    return;
  }
  const queue: QueuedCall[] = [];
  const stories = new Map<string, Promise<Response>>();
  const stub: LoaderStub = {
    version: __SCROLLSTAGE_VERSION__,
    [LOADER_QUEUE]: queue,
    [LOADER_STORIES]: stories,
    define(spec) {
      checkSpec(spec);
      queue.push({ kind: 'define', spec });
    },
    mount(element, story) {
      if (!(element instanceof HTMLElement)) throw new TypeError('scrollstage.mount(element, story): element must be an HTML element');
      const call: QueuedCall = { kind: 'mount', element, story, handle: null, destroyed: false };
      queue.push(call);
      return {
        destroy() {
          if (call.handle) call.handle.destroy();
          else call.destroyed = true;
        }
      };
    },
    scan(root) {
      queue.push({ kind: 'scan', root });
    }
  };
  Object.defineProperty(window, 'scrollstage', { value: stub, configurable: true, enumerable: false, writable: false });
  for (const element of document.querySelectorAll<HTMLElement>('[data-scrollstage]')) {
    const given = element.dataset.scrollstage?.trim();
    if (!given) continue;
    try {
      const url = new URL(given, document.baseURI).href;
      if (stories.has(url)) continue;
      // As the core would ask; a failure is the core's to report.
      const request = fetch(url, FETCH_OPTIONS);
      request.catch(() => {});
      stories.set(url, request);
    } catch {
      // Not a URL: the core reports it.
    }
  }
  const core = new URL(__SCROLLSTAGE_CORE__, scriptUrl()).href;
  import(/* @vite-ignore */ core).catch((error: unknown) => {
    const message = `the explainer's script could not be loaded (${core}: ${String((error as Error)?.message ?? error)})`;
    for (const element of document.querySelectorAll('[data-scrollstage]')) {
      element.dispatchEvent(new CustomEvent('scrollstage:error', { detail: { id: '', message }, bubbles: true, composed: true }));
    }
    console.error(`scrollstage: ${message}`);
  });
}

load();
