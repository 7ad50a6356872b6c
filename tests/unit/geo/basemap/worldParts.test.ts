import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worldParts } from '../../../../src/geo/basemap/worldParts.js';
import type { Box } from '../../../../src/geo/basemap/basemapFile.js';

const exists = (file: string) => existsSync(new URL(`../../../../src/geo/world/${file}`, import.meta.url));

describe('worldParts', () => {
  it('gives the US south-east the six 1:50m tiles around it, margin included', () => {
    const parts = worldParts([-92, 23, -74, 37]);
    expect(parts.detail).toBe('50m');
    expect(parts.files).toEqual(['50m/5-7.json', '50m/5-8.json', '50m/6-7.json', '50m/6-8.json', '50m/7-7.json', '50m/7-8.json']);
    expect(parts.box[0]).toBeLessThan(-100);
    expect(parts.box[3]).toBeGreaterThan(44);
  });

  it('gives Paris the one tile it is in', () => {
    expect(worldParts([2.2, 48.8, 2.5, 48.9])).toMatchObject({ detail: '50m', files: ['50m/12-9.json'] });
  });

  it('gives the whole of Europe, or the world, the 1:110m world', () => {
    expect(worldParts([-25, 34, 45, 72])).toEqual({ detail: '110m', files: ['world-110m.json'], box: [-180, -90, 180, 90] });
    expect(worldParts([-180, -60, 180, 80]).files).toEqual(['world-110m.json']);
  });

  it.each([
    ['west > east', [177, -19, -178, -16]],
    ['east past 180', [177, -19, 182, -16]]
  ] as [string, Box][])('takes the Pacific across the antimeridian (%s) from both sides of it', (_, extent) => {
    const parts = worldParts(extent);
    expect(parts.detail).toBe('50m');
    expect(parts.files).toEqual(['50m/23-4.json', '50m/23-5.json', '50m/0-4.json', '50m/0-5.json']);
    expect(parts.box[0]).toBeGreaterThan(parts.box[2]); // it crosses: west > east
  });

  it('adds the margin asked for', () => {
    const florida: Box = [-82.5, 25, -80, 27.5];
    expect(worldParts(florida, { margin: 0 }).files).toEqual(['50m/6-7.json']);
    expect(worldParts(florida, { margin: 3 }).files.length).toBeGreaterThan(1);
  });

  it('names only files that exist, and none for open sea', () => {
    for (const extent of [[-92, 23, -74, 37], [100, -10, 140, 20], [-30, 60, -10, 70]] as Box[]) {
      for (const file of worldParts(extent).files) expect(exists(file), file).toBe(true);
    }
    expect(worldParts([-150, -45, -140, -40], { margin: 0 }).files).toEqual([]);
  });
});
