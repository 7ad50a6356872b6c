/** What embed.js (the loader) queues for the core while the core is on its way, and the story requests it starts. */
import type { ExternalSpec } from './externalGraphic.js';

/** How the embed asks for a story or map data: no cookies, redirects followed; the loader's early requests ask the same, so their answers are the core's. */
export const FETCH_OPTIONS = { credentials: 'omit', redirect: 'follow' } as const satisfies RequestInit;

/** The stand-in API's own key for its queue (a symbol-like string: never a story or page name). */
export const LOADER_QUEUE = '__scrollstageQueue';

/** The stand-in's requests for the stories of the explainers on the page when embed.js ran, by absolute URL. */
export const LOADER_STORIES = '__scrollstageStories';

export interface MountHandle {
  destroy(): void;
}

export type QueuedCall =
  | { kind: 'define'; spec: ExternalSpec }
  | { kind: 'mount'; element: HTMLElement; story: string | object | null | undefined; handle: MountHandle | null; destroyed: boolean }
  | { kind: 'scan'; root: ParentNode | undefined };

export interface LoaderStub {
  version: string;
  [LOADER_QUEUE]: QueuedCall[];
  [LOADER_STORIES]: Map<string, Promise<Response>>;
  define(spec: ExternalSpec): void;
  mount(element: HTMLElement, story?: string | object | null): MountHandle;
  scan(root?: ParentNode): void;
}
