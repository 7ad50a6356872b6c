/**
 * The map's basemap, from what was prepared for the story (prepareStory: the map's `prepare`
 * loads it). Before it arrives, or with none, the map draws water, routes and places.
 */
import { usePrepared } from '../../core/preparedContext.js';
import { EMPTY_BASEMAP, type Basemap } from './plan/mapGeography.js';

export function useBasemap(): () => Basemap {
  const prepared = usePrepared<Basemap>('map');
  return () => prepared() ?? EMPTY_BASEMAP;
}
