/**
 * The basemap bundled with the package, decoded from the generated `basemap.topo.json` on
 * first use (`npm run basemap` rebuilds it): land, each country with its name, the borders
 * between countries, and the Idleb and Aleppo governorates with ids `idleb` and `aleppo`.
 * The script-tag embed fetches the same file instead (see components/map/basemapContext).
 */
import topology from './basemap.topo.json';
import { decodeBasemap, type Basemap } from './decodeBasemap.js';

export type { Basemap } from './decodeBasemap.js';

let decoded: Basemap | null = null;

export function basemap(): Basemap {
  return (decoded ??= decodeBasemap(topology));
}
