import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { basemapText } from '../../../scripts/buildBasemap.js';
import { basemap } from '../../../src/geo/basemap.js';

const committed = readFileSync(new URL('../../../src/geo/basemap.topo.json', import.meta.url), 'utf8');
const KM2 = 6371.0088 ** 2;

describe('basemap', () => {
  it('is what scripts/buildBasemap.js writes (run `npm run basemap` when this fails)', () => {
    expect((basemapText as () => string)() === committed).toBe(true);
  });

  it('stays under 40 KB gzip', () => {
    expect(gzipSync(committed).length).toBeLessThan(40 * 1024);
  });

  it('names Syria and its neighbours', () => {
    const names = basemap().countries.map((c) => c.properties.name);
    for (const name of ['Syria', 'Turkey', 'Lebanon', 'Iraq', 'Jordan', 'Israel']) expect(names).toContain(name);
  });

  it.each([
    ['idleb', 5416],
    ['aleppo', 19887]
  ])('has the %s governorate at its OCHA area (%i km², ±2 %)', (id, km2) => {
    const g = basemap().governorates.find((f) => f.id === id)!;
    expect(Math.abs(geoArea(g) * KM2 - km2) / km2).toBeLessThan(0.02);
  });

  it('winds polygons for d3 (Syria is not the whole globe)', () => {
    const syria = basemap().countries.find((c) => c.properties.name === 'Syria')!;
    expect(geoArea(syria) * KM2).toBeGreaterThan(180_000);
    expect(geoArea(syria) * KM2).toBeLessThan(195_000);
  });
});
