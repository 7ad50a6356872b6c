/**
 * How the built-in world basemap (src/geo/world/, written by `npm run basemap:world`) is cut:
 * one 1:110m file for the whole world and 1:50m tiles on a grid of TILE_DEGREES squares, each
 * a basemap file of its own (basemapFile.ts) named by its column and row.
 */
import type { Box } from './basemapFile.js';

/**
 * Side of a 1:50m tile, degrees, chosen by measuring (npm run basemap:world, then the parts
 * worldParts picks): with 15° tiles the world is 226 files of at most 8 KB gzip, and the US
 * south-east with its margin takes 6 of them, 16 KB. 10° tiles take 19 files (29 KB: each
 * file carries its frame and header), 5° tiles 42 (30 KB), 20° tiles 6 (24 KB). Only a
 * single city pays more (Paris: 7.6 KB, against 3.2 KB in a 10° tile).
 */
export const TILE_DEGREES = 15;

export const WORLD_FILE = 'world-110m.json';

/** Columns from 180°W eastwards, rows from the South Pole northwards. */
export const COLUMNS = 360 / TILE_DEGREES;
export const ROWS = 180 / TILE_DEGREES;

export function tileFile(column: number, row: number): string {
  return `50m/${column}-${row}.json`;
}

export function tileBox(column: number, row: number): Box {
  const west = -180 + column * TILE_DEGREES;
  const south = -90 + row * TILE_DEGREES;
  return [west, south, west + TILE_DEGREES, south + TILE_DEGREES];
}
