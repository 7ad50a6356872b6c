/**
 * The projection a map uses when its story names none, chosen from the extent of the story's
 * places and routes: conformal everywhere (shapes and local bearings kept), centred on the
 * extent so that north is up in the middle of the map.
 * - Small extents, or ones near or across the equator: Mercator, where north is up
 *   everywhere and the scale hardly changes over a few degrees of latitude.
 * - Tall extents (a coast, a country running north-south): transverse Mercator, true along the
 *   extent's middle meridian.
 * - Otherwise a conformal conic with its standard parallels inside the extent, a sixth of the
 *   span from each edge (Kavraisky's rule), where the scale error is least over the extent.
 */
import type { Box } from './basemap/basemapFile.js';
import type { ProjectionSpec } from './mapProjection.js';

/** Across (degrees of arc) under which Mercator is chosen: meridians converge by under 1° across the map's width at mid-latitudes. */
const SMALL_ACROSS = 4;
/** Latitude inside which Mercator is chosen, degrees: a conic's cone is nearly a cylinder there anyway. */
const TROPICS = 15;
/** A box this many times taller than wide (in degrees of arc) gets a transverse Mercator. */
const TALL = 1.6;
/** Across (degrees of arc) from which the world is shown in Mercator: no conic holds half the globe. */
const WORLD_ACROSS = 150;

export function chooseProjection([west, south, east, north]: Box): ProjectionSpec {
  const lon0 = (west + east) / 2;
  const lat0 = (south + north) / 2;
  const latSpan = north - south;
  const lonSpan = (east - west) * Math.cos(lat0 * (Math.PI / 180));
  const across = Math.max(latSpan, lonSpan);
  const rotate: [number, number] = [-round(lon0), 0];
  if (across >= WORLD_ACROSS) return { type: 'mercator', rotate };
  if (across < SMALL_ACROSS || (south < 0 && north > 0) || Math.max(Math.abs(south), Math.abs(north)) < TROPICS) {
    return { type: 'mercator', rotate };
  }
  if (latSpan > TALL * lonSpan) return { type: 'transverse-mercator', rotate: [-round(lon0), -round(lat0)] };
  return { type: 'conic-conformal', parallels: [round(south + latSpan / 6), round(north - latSpan / 6)], rotate };
}

/** A tenth of a degree: choices that do not flicker with every small edit of a place. */
function round(degrees: number): number {
  return Math.round(degrees * 10) / 10;
}
