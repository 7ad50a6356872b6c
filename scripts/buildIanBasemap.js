// `npm run basemap:ian`: writes stories/hurricane-ian.basemap.json, the Hurricane Ian story's
// basemap, with the `scrollstage basemap` command itself (run as users run it). First it
// writes the states layer it uses, stories/data/hurricane-ian/us-states.geojson: the US states
// that touch the box, from the `us-atlas` package (US Census Bureau cartographic boundaries,
// public domain; packaged by Mike Bostock, ISC), each with its name as its id.
// The box holds the whole track, from the south-eastern Caribbean to North Carolina; the focus
// is western Cuba, the Keys and south-west Florida, where the story zooms to a county.
// tests/unit/geo/build/storyBasemaps.test.ts rebuilds it in memory and fails when it is stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { feature } from 'topojson-client';

export const IAN_OUT = 'stories/hurricane-ian.basemap.json';
export const IAN_STATES = 'stories/data/hurricane-ian/us-states.geojson';
/** @type {[number, number, number, number]} */
export const IAN_BOX = [-90, 9, -62, 38];

/** The command's arguments, without --out; paths relative to the repository root. */
export const IAN_ARGS = [
  '--bbox', IAN_BOX.join(','),
  '--focus', '-84.5,21.5,-79.5,28.5',
  '--detail', '10m',
  '--layer', `states=${IAN_STATES}:name`,
  '--credit', 'US states: US Census Bureau (public domain), via us-atlas'
];

/** The states that touch the box, as a GeoJSON FeatureCollection with only their names. */
export function ianStates() {
  const require = createRequire(import.meta.url);
  /** @type {any} */
  const topology = JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8'));
  const [west, south, east, north] = IAN_BOX;
  /** @type {any[]} */
  const all = /** @type {any} */ (feature(topology, topology.objects.states)).features;
  const states = all.filter((f) => {
    let inside = false;
    /** @param {any} c @returns {void} */
    const visit = (c) => {
      if (typeof c[0] !== 'number') return c.forEach(visit);
      inside ||= c[0] >= west && c[0] <= east && c[1] >= south && c[1] <= north;
    };
    visit(f.geometry.coordinates);
    return inside;
  });
  return {
    type: 'FeatureCollection',
    features: states.map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: f.geometry }))
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  writeFileSync(new URL(`../${IAN_STATES}`, import.meta.url), JSON.stringify(ianStates()) + '\n');
  const run = spawnSync(process.execPath, ['bin/scrollstage.js', 'basemap', ...IAN_ARGS, '--out', IAN_OUT], { cwd: root, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
