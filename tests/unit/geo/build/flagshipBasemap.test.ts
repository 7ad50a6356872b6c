import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { FLAGSHIP_ARGS, FLAGSHIP_OUT } from '../../../../scripts/buildFlagshipBasemap.js';
import { main, type CliIo } from '../../../../src/cli/main.js';
import { decodeBasemap, type DecodedBasemap } from '../../../../src/geo/basemap/decodeBasemap.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const KM2 = 6371.0088 ** 2;

describe('the flagship basemap (stories/idlib-m5.basemap.json)', () => {
  let dir = '';
  let rebuilt = '';
  let committed = '';
  let map: DecodedBasemap;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'flagship-basemap-'));
    const out: string[] = [];
    const io: CliIo = {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => out.push(t) },
      cwd: repo,
      readFile: (path: string) => readFile(path, 'utf8')
    };
    const code = await main(['basemap', ...FLAGSHIP_ARGS, '--out', join(dir, 'flagship.json')], io);
    expect(code, out.join('')).toBe(0);
    rebuilt = await readFile(join(dir, 'flagship.json'), 'utf8');
    committed = await readFile(join(repo, FLAGSHIP_OUT), 'utf8');
    map = decodeBasemap(JSON.parse(committed), FLAGSHIP_OUT);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is what `npm run basemap:flagship` writes (run it when this fails)', () => {
    expect(rebuilt === committed).toBe(true);
  });

  it('stays near today’s basemap in size (24 KB gzip; at most 35 KB)', () => {
    const gzip = gzipSync(committed).length;
    console.log(`${FLAGSHIP_OUT}: ${(committed.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThan(35 * 1024);
  });

  it.each([
    ['SY07', 'Idleb', 5416],
    ['SY02', 'Aleppo', 19887]
  ])('has governorate %s (%s) at its OCHA area, %i km² ±2 %', (id, name, km2) => {
    const g = map.layers.governorates!.find((f) => f.id === id)!;
    expect(g.properties.name).toBe(name);
    expect(Math.abs(geoArea(g) * KM2 - km2) / km2).toBeLessThan(0.02);
  });

  it('names Syria and its neighbours, with ISO codes, and credits OCHA', () => {
    const iso = map.countries.map((c) => c.properties.iso);
    for (const code of ['SY', 'TR', 'LB', 'IQ', 'JO', 'IL']) expect(iso).toContain(code);
    expect(map.credits).toEqual(['Natural Earth', 'OCHA COD-AB, CC BY 3.0 IGO']);
    expect(map.focus).toEqual([32.5, 30, 44.5, 39.6]);
  });

  it('winds Syria for d3 (its area, not the globe’s)', () => {
    const syria = map.countries.find((c) => c.id === '760')!;
    expect(geoArea(syria) * KM2).toBeGreaterThan(180_000);
    expect(geoArea(syria) * KM2).toBeLessThan(195_000);
  });
});
