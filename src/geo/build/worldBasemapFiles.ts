/**
 * The built-in world basemap's files (see geo/basemap/worldGrid.ts): the whole world at
 * 1:110m and every 1:50m tile that holds some land, each built like any basemap. Tiles with
 * only sea are left out; `tiles.json` lists the others for worldParts.
 */
import type { BasemapFile } from '../basemap/basemapFile.js';
import { COLUMNS, ROWS, WORLD_FILE, tileBox, tileFile } from '../basemap/worldGrid.js';
import { buildBasemap, decodeWorld, overlaps, type WorldTopology } from './buildBasemap.js';
import { clipPolygons } from './clipToBox.js';

export const TILE_INDEX_FILE = 'tiles.json';

/** Whether any country reaches into the tile (cheaper than building it). */
export function tileHasLand(world50m: WorldTopology, column: number, row: number): boolean {
  const box = tileBox(column, row);
  return decodeWorld(world50m).countries.some(({ feature, extent }) => overlaps(extent, box) && clipPolygons(feature.geometry, box).length > 0);
}

/** The 1:50m tile at this column and row. */
export function worldTile(world50m: WorldTopology, column: number, row: number): BasemapFile {
  return buildBasemap({ world: world50m, box: tileBox(column, row), detail: '50m' });
}

export function worldWhole(world110m: WorldTopology): BasemapFile {
  return buildBasemap({ world: world110m, box: [-180, -90, 180, 90], detail: '110m' });
}

/** Every file of the world basemap, by its path under src/geo/world/, as committed (JSON text). */
export function worldBasemapFiles(world110m: WorldTopology, world50m: WorldTopology): Map<string, string> {
  const files = new Map<string, string>([[WORLD_FILE, JSON.stringify(worldWhole(world110m)) + '\n']]);
  const tiles: string[] = [];
  for (let column = 0; column < COLUMNS; column++) {
    for (let row = 0; row < ROWS; row++) {
      const tile = worldTile(world50m, column, row);
      if (!tile.objects.countries.geometries.length) continue;
      tiles.push(`${column}-${row}`);
      files.set(tileFile(column, row), JSON.stringify(tile) + '\n');
    }
  }
  files.set(TILE_INDEX_FILE, JSON.stringify({ tiles }) + '\n');
  return files;
}
