/**
 * Which Natural Earth scale suits a box when the author names none: the finest one whose
 * file stays small for a box that size. Natural Earth's own guidance is 1:10m for a country
 * or a region of one, 1:50m for a region of the world, 1:110m for a continent or the world.
 */
import type { Box, Detail } from '../basemap/basemapFile.js';

/**
 * Across (the larger of the box's width at its middle latitude and its height, degrees of
 * arc) below which 1:10m is used: a box that fills a screen at this size shows ~1.7 km per
 * px, near 1:10m's own precision, and a 10m basemap of it stays under ~100 KB gzip.
 */
const TEN_M_BELOW = 20;

/** The same for 1:50m: past a quarter of the globe, 1:110m draws the same picture at a tenth of the bytes. */
const FIFTY_M_BELOW = 90;

/** Degrees of arc across the box: its width at the middle latitude, or its height, whichever is more. */
export function boxAcross([west, south, east, north]: Box): number {
  const midLatitude = ((south + north) / 2) * (Math.PI / 180);
  return Math.max((east - west) * Math.cos(midLatitude), north - south);
}

export function chooseDetail(box: Box): Detail {
  const across = boxAcross(box);
  return across < TEN_M_BELOW ? '10m' : across < FIFTY_M_BELOW ? '50m' : '110m';
}
