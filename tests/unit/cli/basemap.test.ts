import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { main, type CliIo } from '../../../src/cli/main.js';
import type { BasemapFile } from '../../../src/geo/basemap/basemapFile.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let dir = '';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    cwd: dir,
    readFile: (path: string) => readFile(path, 'utf8')
  };
  const code = await main(['basemap', ...args], io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
const readMap = async (name: string) => JSON.parse(await readFile(join(dir, name), 'utf8')) as BasemapFile;

const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x, y + 1], [x + 1, y + 1], [x + 1, y], [x, y]]] });
const districts = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { CODE: 'D1', NAME: 'First' }, geometry: square(-85, 30) },
    { type: 'Feature', properties: { CODE: 'D2', NAME: 'Second' }, geometry: square(-84, 30) }
  ]
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrollstage-basemap-'));
  await writeFile(join(dir, 'districts.geojson'), JSON.stringify(districts));
  await writeFile(join(dir, 'bad.geojson'), '{\n  "type": "FeatureCollection",\n  "features": [,]\n}');
  await writeFile(join(dir, 'feature.geojson'), JSON.stringify(districts.features[0]));
  await writeFile(join(dir, 'noid.geojson'), JSON.stringify({ ...districts, features: [districts.features[0], { ...districts.features[1], properties: { NAME: 'x' } }] }));
  await writeFile(join(dir, 'twice.geojson'), JSON.stringify({ ...districts, features: [districts.features[0], districts.features[0]] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const USSE = '-92,23,-74,37';

describe('scrollstage basemap', () => {
  it('writes a regional basemap (the US south-east at 1:50m) well under 100 KB gzip and says what it wrote', async () => {
    const { code, stdout, stderr } = await run('--bbox', USSE, '--detail', '50m', '--out', 'usse.json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const text = await readFile(join(dir, 'usse.json'), 'utf8');
    const gzip = gzipSync(text).length;
    console.log(`US south-east at 50m: ${(text.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThan(100 * 1024);
    expect(stdout).toMatch(/^wrote usse\.json \(\d+\.\d KB, \d+\.\d KB gzip; 50m\): land 1, countries 3, borders 1\n$/);
  });

  it('keeps everything inside the box', async () => {
    const map = await readMap('usse.json');
    const [w, s, e, n] = map.scrollstage.bbox;
    const [sx, sy] = map.transform!.scale;
    const countries = feature(map, map.objects.countries).features;
    const coordinates = countries.flatMap((c) => (c.geometry.type === 'MultiPolygon' ? c.geometry.coordinates.flat(2) : c.geometry.type === 'Polygon' ? c.geometry.coordinates.flat() : []));
    expect(coordinates.length).toBeGreaterThan(100);
    for (const [x, y] of coordinates) expect(x! >= w - sx && x! <= e + sx && y! >= s - sy && y! <= n + sy).toBe(true);
  });

  it('chooses the detail from the size of the box when none is given', async () => {
    expect((await run('--bbox', USSE, '--out', 'auto.json')).stdout).toContain('; 10m)');
    expect((await run('--bbox', '-20,30,40,60', '--out', 'europe.json')).stdout).toContain('; 50m)');
  });

  it('adds layers with their ids and names, and the credits given, after Natural Earth', async () => {
    const { code, stdout } = await run('--bbox', USSE, '--detail', '110m', '--out', 'layers.json', '--layer', 'districts=districts.geojson:CODE', '--credit', 'County data, CC BY 4.0');
    expect(code).toBe(0);
    expect(stdout).toContain('districts 2');
    const map = await readMap('layers.json');
    expect(feature(map, map.objects.districts!).features.map((f) => [f.id, f.properties])).toEqual([
      ['D1', { name: 'First' }],
      ['D2', { name: 'Second' }]
    ]);
    expect(map.scrollstage.layers).toEqual({ districts: { idProperty: 'CODE', geometry: 'polygon' } });
    expect(map.scrollstage.credits).toEqual(['Natural Earth', 'County data, CC BY 4.0']);
  });

  it('writes the same bytes every time', async () => {
    await run('--bbox', USSE, '--detail', '110m', '--out', 'again.json', '--layer', 'districts=districts.geojson:CODE', '--credit', 'County data, CC BY 4.0');
    expect(await readFile(join(dir, 'again.json'), 'utf8')).toBe(await readFile(join(dir, 'layers.json'), 'utf8'));
  });

  it('records the focus', async () => {
    await run('--bbox', USSE, '--detail', '110m', '--focus', '-86,29,-80,33', '--out', 'focus.json');
    expect((await readMap('focus.json')).scrollstage.focus).toEqual([-86, 29, -80, 33]);
  });

  it('prints its usage with --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: scrollstage basemap --bbox W,S,E,N --out FILE');
  });

  const OUT = ['--out', 'x.json'];
  it.each([
    ['no --bbox', [...OUT], 'needs --bbox W,S,E,N: the box to cover in degrees (west, south, east, north)'],
    ['three numbers', ['--bbox', '1,2,3', ...OUT], '--bbox must be four numbers W,S,E,N in degrees: west, south, east, north (got "1,2,3")'],
    ['words', ['--bbox', 'a,b,c,d', ...OUT], '--bbox must be four numbers'],
    ['a box off the globe', ['--bbox', '0,0,200,10', ...OUT], '--bbox 0,0,200,10 is off the globe: west and east must be within -180..180, south and north within -90..90'],
    ['a box across the antimeridian', ['--bbox', '170,-20,-170,10', ...OUT], '--bbox 170,-20,-170,10 crosses the antimeridian (west 170 > east -170); W must be less than E: split the story, or use two basemaps, one each side of 180°'],
    ['no width', ['--bbox', '5,0,5,10', ...OUT], 'has no width: W must be less than E'],
    ['south above north', ['--bbox', '0,10,5,10', ...OUT], '--bbox 0,10,5,10: S must be less than N (south 10, north 10)'],
    ['an unknown detail', ['--bbox', USSE, '--detail', '20m', ...OUT], '--detail must be 10m, 50m or 110m (got "20m")'],
    ['no --out', ['--bbox', USSE], 'needs --out FILE: where to write the basemap'],
    ['a layer without =', ['--bbox', USSE, '--layer', 'districts.geojson', ...OUT], '--layer needs NAME=FILE.geojson[:IDPROP] (got "districts.geojson")'],
    ['a bad layer name', ['--bbox', USSE, '--layer', 'My Districts=districts.geojson', ...OUT], '--layer name "My Districts" must be lower-case letters, digits and dashes'],
    ['a layer named like the basemap’s own', ['--bbox', USSE, '--layer', 'borders=districts.geojson', ...OUT], `--layer name "borders" is taken by the basemap's own borders`],
    ['a layer name twice', ['--bbox', USSE, '--layer', 'd=districts.geojson:CODE', '--layer', 'd=districts.geojson:CODE', ...OUT], '--layer name "d" is used twice'],
    ['a missing file', ['--bbox', USSE, '--layer', 'd=nowhere.geojson:CODE', ...OUT], '--layer d: cannot read nowhere.geojson (no such file)'],
    ['JSON that does not parse', ['--bbox', USSE, '--layer', 'd=bad.geojson:CODE', ...OUT], 'bad.geojson:3:16  invalid JSON'],
    ['a Feature, not a FeatureCollection', ['--bbox', USSE, '--layer', 'd=feature.geojson:CODE', ...OUT], 'feature.geojson: not a GeoJSON FeatureCollection ("type" is "Feature")'],
    ['a feature without its id', ['--bbox', USSE, '--layer', 'd=noid.geojson:CODE', ...OUT], 'noid.geojson: features[1] has no "CODE" property'],
    ['ids given twice', ['--bbox', USSE, '--layer', 'd=twice.geojson:CODE', ...OUT], 'twice.geojson: features[1] has the same "CODE" property as features[0] ("D1"); ids must be unique within a layer'],
    ['features without their own ids', ['--bbox', USSE, '--layer', 'd=districts.geojson', ...OUT], 'districts.geojson: features[0] has no id'],
    ['a focus outside the box', ['--bbox', USSE, '--focus', '-100,30,-90,35', ...OUT], `--focus -100,30,-90,35 is not inside --bbox ${USSE}: the focus must lie within the box`]
  ])('exits 1 with one line for %s', async (_, args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr.startsWith('scrollstage basemap: ')).toBe(true);
    expect(stderr).toContain(message);
  });

  it.each([
    ['an unknown option', ['--bbox', USSE, '--bogus', ...OUT], 'unknown option --bogus'],
    ['an option without its value', ['--bbox'], '--bbox needs a value'],
    ['a file argument', ['story.json', '--bbox', USSE, ...OUT], 'takes no file argument (got "story.json")'],
    ['--bbox twice', ['--bbox', USSE, '--bbox', USSE, ...OUT], '--bbox is given twice']
  ])('exits 2 and shows the usage for %s', async (_, args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr.startsWith(`scrollstage basemap: ${message}`)).toBe(true);
    expect(stderr).toContain('\n\nUsage: scrollstage basemap');
  });

  it('runs the same way from bin/scrollstage.js, with no stack trace on an error', async () => {
    const exec = promisify(execFile);
    const bin = join(repo, 'bin/scrollstage.js');
    const ok = await exec(process.execPath, [bin, 'basemap', '--bbox', '2,48,3,49', '--out', 'paris.json'], { cwd: dir });
    expect(ok.stdout).toMatch(/^wrote paris\.json \(.* gzip; 10m\): land 1, countries 1, borders 1\n$/);
    const map = await readMap('paris.json');
    expect(feature(map, map.objects.countries).features[0]!.properties).toEqual({ name: 'France', iso: 'FR' });
    const failed = (await exec(process.execPath, [bin, 'basemap', '--bbox', '3,48,2,49', '--out', 'x.json'], { cwd: dir }).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error
    )) as { code: number; stderr: string };
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('scrollstage basemap: --bbox 3,48,2,49 crosses the antimeridian (west 3 > east 2); W must be less than E: split the story, or use two basemaps, one each side of 180°\n');
  });
});
