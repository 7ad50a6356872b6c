import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { tileHasLand, worldTile, worldWhole } from '../../../../src/geo/build/worldBasemapFiles.js';
import type { WorldTopology } from '../../../../src/geo/build/buildBasemap.js';
import { COLUMNS, ROWS, TILE_DEGREES, tileFile } from '../../../../src/geo/basemap/worldGrid.js';
import { decodeBasemap } from '../../../../src/geo/basemap/decodeBasemap.js';
import { WORLD_TILES } from '../../../../src/geo/basemap/worldTiles.js';
import { worldTilesModule } from '../../../../src/geo/build/worldBasemapFiles.js';

const require = createRequire(import.meta.url);
const world = (detail: string) => require(`world-atlas/countries-${detail}.json`) as WorldTopology;
const dir = new URL('../../../../src/geo/world/', import.meta.url);
const committed = (path: string) => readFileSync(new URL(path, dir), 'utf8');
const index = { tiles: WORLD_TILES };

/**
 * Tiles rebuilt to check that the committed ones are fresh: rebuilding all 226 takes ~4 s
 * alone, too long on a busy machine; these cover the US south-east, Europe, both sides of the
 * antimeridian, the Arctic and Antarctica. The index is checked in full (cheaply).
 */
const SAMPLE = ['5-7', '5-8', '6-7', '6-8', '7-7', '7-8', '12-9', '13-8', '23-4', '0-4', '14-11', '11-0'];

describe('the world basemap (src/geo/world, npm run basemap:world)', () => {
  it('has a fresh world-110m.json (run `npm run basemap:world` when this fails)', () => {
    expect(JSON.stringify(worldWhole(world('110m'))) + '\n' === committed('world-110m.json')).toBe(true);
  });

  it('lists in worldTiles.ts exactly the tiles with land, and has a file for each', () => {
    const withLand: string[] = [];
    for (let column = 0; column < COLUMNS; column++) for (let row = 0; row < ROWS; row++) if (tileHasLand(world('50m'), column, row)) withLand.push(`${column}-${row}`);
    expect(index.tiles).toEqual(withLand);
    expect(readFileSync(new URL('../../../../src/geo/basemap/worldTiles.ts', import.meta.url), 'utf8')).toBe(worldTilesModule(withLand));
    const files = readdirSync(new URL('50m/', dir)).sort();
    expect(files).toEqual(withLand.map((t) => `${t}.json`).sort());
  });

  it.each(SAMPLE)('has a fresh tile %s', (name) => {
    const [column, row] = name.split('-').map(Number) as [number, number];
    expect(JSON.stringify(worldTile(world('50m'), column, row)) + '\n' === committed(tileFile(column, row))).toBe(true);
  });

  it('has tiles that are small basemap files of their own square, crediting Natural Earth', () => {
    const sizes = index.tiles.map((t) => gzipSync(committed(`50m/${t}.json`)).length);
    console.log(`world basemap: world-110m.json ${(gzipSync(committed('world-110m.json')).length / 1024).toFixed(1)} KB gzip; ${sizes.length} tiles, ${(sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KB gzip in all, largest ${(Math.max(...sizes) / 1024).toFixed(1)} KB`);
    expect(Math.max(...sizes)).toBeLessThan(12 * 1024);
    const tile = decodeBasemap(JSON.parse(committed('50m/6-7.json')));
    expect(tile.bbox).toEqual([-90, 15, -90 + TILE_DEGREES, 15 + TILE_DEGREES]);
    expect(tile.detail).toBe('50m');
    expect(tile.credits).toEqual(['Natural Earth']);
  });

  it('loses and doubles no land: the tiles together hold the 1:50m world’s area', () => {
    const source = world('50m');
    const expected = feature(source, source.objects.countries).features.reduce((sum, f) => sum + geoArea(f), 0);
    let land = 0;
    for (const t of index.tiles) land += geoArea(decodeBasemap(JSON.parse(committed(`50m/${t}.json`))).land.features[0]!);
    expect(Math.abs(land - expected) / expected).toBeLessThan(1e-4);
  });

  it('has the whole world at 1:110m, Russia and Fiji on both sides of the antimeridian with their own area', () => {
    const map = decodeBasemap(JSON.parse(committed('world-110m.json')));
    const km2 = (id: string) => geoArea(map.countries.find((c) => c.id === id)!) * 6371.0088 ** 2;
    expect(map.countries).toHaveLength(177);
    expect(km2('643')).toBeGreaterThan(16e6);
    expect(km2('010')).toBeGreaterThan(12e6);
    expect(km2('010')).toBeLessThan(12.5e6);
    expect(km2('643')).toBeLessThan(17.5e6);
    expect(km2('242')).toBeGreaterThan(15e3);
    expect(km2('242')).toBeLessThan(22e3);
  });
});
