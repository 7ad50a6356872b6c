import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { IAN_ARGS, IAN_OUT, IAN_STATES, ianStates } from '../../../../scripts/buildIanBasemap.js';
import { main, type CliIo } from '../../../../src/cli/main.js';
import { decodeBasemap, type DecodedBasemap } from '../../../../src/geo/basemap/decodeBasemap.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const KM2 = 6371.0088 ** 2;

describe('the Hurricane Ian basemap (stories/hurricane-ian.basemap.json)', () => {
  let dir = '';
  let rebuilt = '';
  let committed = '';
  let map: DecodedBasemap;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ian-basemap-'));
    const out: string[] = [];
    const io: CliIo = {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => out.push(t) },
      cwd: repo,
      readFile: (path: string) => readFile(path, 'utf8')
    };
    const code = await main(['basemap', ...IAN_ARGS, '--out', join(dir, 'ian.json')], io);
    expect(code, out.join('')).toBe(0);
    rebuilt = await readFile(join(dir, 'ian.json'), 'utf8');
    committed = await readFile(join(repo, IAN_OUT), 'utf8');
    map = decodeBasemap(JSON.parse(committed), IAN_OUT);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is what `npm run basemap:ian` writes, from the states layer it writes (run it when this fails)', async () => {
    expect(rebuilt === committed).toBe(true);
    expect(JSON.parse(await readFile(join(repo, IAN_STATES), 'utf8'))).toEqual(ianStates());
  });

  it('is a regional basemap well under 100 KB gzip (33 KB today)', () => {
    expect(gzipSync(committed).length).toBeLessThan(40 * 1024);
  });

  it('names the countries of the track, with ISO codes, and credits the Census Bureau', () => {
    const iso = map.countries.map((c) => c.properties.iso);
    for (const code of ['US', 'CU', 'JM', 'HT', 'DO', 'BS', 'VE', 'CO', 'MX']) expect(iso).toContain(code);
    expect(map.credits).toEqual(['Natural Earth', 'US states: US Census Bureau (public domain), via us-atlas']);
  });

  it.each([
    // US Census Bureau, land and water area of each state (2010 census), ±3 % for the simplified outline at 1:10m.
    ['Florida', 170_312],
    ['South Carolina', 82_933],
    ['Georgia', 153_910]
  ])('has the state %s, near its Census area (%i km² incl. water, land is less)', (name, totalKm2) => {
    const state = map.layers.states!.find((f) => f.id === name)!;
    expect(state).toBeDefined();
    const km2 = geoArea(state) * KM2;
    // The cartographic outline follows the coast: between the land area (about 80–90 % of the total) and the total.
    expect(km2).toBeGreaterThan(0.75 * totalKm2);
    expect(km2).toBeLessThan(1.03 * totalKm2);
  });
});
