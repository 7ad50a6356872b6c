/** What embed.js (the loader) queues for the core while the core is on its way. */
import type { ExternalSpec } from './externalGraphic.js';

/** The stand-in API's own key for its queue (a symbol-like string: never a story or page name). */
export const LOADER_QUEUE = '__scrollstageQueue';

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
  define(spec: ExternalSpec): void;
  mount(element: HTMLElement, story?: string | object | null): MountHandle;
  scan(root?: ParentNode): void;
}
