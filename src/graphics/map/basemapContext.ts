/**
 * Lets a host supply the decoded basemap through Svelte context (the script-tag embed
 * fetches it from beside embed.js instead of bundling it). Without one, the map uses the
 * basemap bundled with the package.
 */
import { getContext, setContext } from 'svelte';
import { basemap, type Basemap } from '../../geo/basemap.js';

const KEY = Symbol('scrollstage.basemap');

export function provideBasemap(map: Basemap): void {
  setContext(KEY, map);
}

export function useBasemap(): Basemap {
  return getContext<Basemap | undefined>(KEY) ?? basemap();
}
