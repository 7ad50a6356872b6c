/**
 * Hands prepared data (prepareStory) to the graphics below a component, through Svelte
 * context: the Explainer provides it; a graphic reads its own type's.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Prepared } from './prepareStory.js';

const KEY = Symbol('scrollstage.prepared');

/** A getter, so a provider can fill the data in after mounting (when it arrives) and graphics follow. */
export function providePrepared(prepared: () => Prepared | undefined): void {
  setContext(KEY, prepared);
}

/** The context a server render (`render(C, { context })`) needs to hand `prepared` to its graphics. */
export function preparedContext(prepared: Prepared | undefined): Map<unknown, unknown> {
  return new Map([[KEY, () => prepared]]);
}

export function usePrepared<T>(type: string): () => T | undefined {
  const get = getContext<(() => Prepared | undefined) | undefined>(KEY);
  return () => get?.()?.[type] as T | undefined;
}

/** Whether a provider above hands prepared data, now or once fetched: a graphic can wait for it rather than guess. */
export function hasPreparedProvider(): boolean {
  return hasContext(KEY);
}
