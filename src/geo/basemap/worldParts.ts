/**
 * Which files of the built-in world basemap (worldGrid.ts) a map needs: the 1:50m tiles that
 * cover a regional extent, or the one 1:110m world file for a continent or more. Pure and
 * synchronous; the caller fetches the files (relative to the world basemap's folder),
 * decodes each (decodeBasemap) and joins them (mergeBasemaps).
 */
import type { Box } from './basemapFile.js';
import { COLUMNS, ROWS, TILE_DEGREES, WORLD_FILE, tileFile } from './worldGrid.js';
import { WORLD_TILES } from './worldTiles.js';

export interface WorldPartsOptions {
  /**
   * Added on every side, as a fraction of the extent's larger side: a view fitted to the
   * extent on a tall phone or a wide screen shows about that much more. Default 0.5.
   */
  margin?: number;
}

export interface WorldParts {
  detail: '110m' | '50m';
  /** Paths relative to the world basemap's folder ("50m/6-7.json", "world-110m.json"). */
  files: string[];
  /** What they cover (the extent and its margin); west > east when it crosses the antimeridian. */
  box: Box;
}

/**
 * A phone in portrait fitted to a wide extent shows ~2.2 times its height, a wide screen
 * fitted to a tall one twice its width: half the larger side on every side covers both.
 */
const MARGIN = 0.5;

/**
 * Across (degrees of arc, with the margin) from which the 1:110m world is used: a screen then
 * shows ≥5 km per px, where 1:110m coasts (vertices 10-20 km apart) are still smooth, and 1:50m
 * tiles would cost more (~25 of them) than the whole world at 1:110m (38 KB gzip).
 */
const CONTINENT_ACROSS = 60;

const tiles = new Set<string>(WORLD_TILES);

/**
 * The parts for an extent [west, south, east, north] in degrees (the story's places and
 * routes). An extent across the antimeridian is given with west > east (170, -20, -170, 10);
 * its tiles come from both sides and the merged basemap's bbox crosses it too.
 */
export function worldParts(extent: Box, { margin = MARGIN }: WorldPartsOptions = {}): WorldParts {
  const [west, south, rawEast, north] = extent;
  const east = rawEast < west ? rawEast + 360 : rawEast;
  const midLatitude = ((south + north) / 2) * (Math.PI / 180);
  const across = Math.max((east - west) * Math.cos(midLatitude), north - south);
  const pad = margin * across;
  const box: Box = [
    west - pad / Math.max(Math.cos(midLatitude), 0.1),
    Math.max(-90, south - pad),
    east + pad / Math.max(Math.cos(midLatitude), 0.1),
    Math.min(90, north + pad)
  ];
  const coveredAcross = Math.max((box[2] - box[0]) * Math.cos(midLatitude), box[3] - box[1]);
  if (coveredAcross >= CONTINENT_ACROSS || box[2] - box[0] >= 360) {
    return { detail: '110m', files: [WORLD_FILE], box: [-180, -90, 180, 90] };
  }
  const files: string[] = [];
  const firstColumn = Math.floor((box[0] + 180) / TILE_DEGREES);
  const lastColumn = Math.ceil((box[2] + 180) / TILE_DEGREES) - 1;
  const firstRow = Math.max(0, Math.floor((box[1] + 90) / TILE_DEGREES));
  const lastRow = Math.min(ROWS - 1, Math.ceil((box[3] + 90) / TILE_DEGREES) - 1);
  for (let c = firstColumn; c <= lastColumn; c++) {
    const column = ((c % COLUMNS) + COLUMNS) % COLUMNS;
    for (let row = firstRow; row <= lastRow; row++) if (tiles.has(`${column}-${row}`)) files.push(tileFile(column, row));
  }
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  return { detail: '50m', files, box: [wrap(box[0]), box[1], wrap(box[2]) === -180 ? 180 : wrap(box[2]), box[3]] };
}
