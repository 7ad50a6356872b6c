// `npm run basemap:flagship`: writes stories/idlib-m5.basemap.json, the flagship story's
// basemap, with the `scrollstage basemap` command itself (run as users run it). The box is
// what the flagship's camera can show (see DATA_BOX in scripts/buildBasemap.js); the focus
// is Syria with 2° to spare, where the story zooms to ~100 km; the layer is the two OCHA
// governorates the story names (SY07 Idleb, SY02 Aleppo).
// tests/unit/geo/build/flagshipBasemap.test.ts rebuilds it in memory with FLAGSHIP_ARGS and
// fails when the committed file is stale.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FLAGSHIP_OUT = 'stories/idlib-m5.basemap.json';

/** The command's arguments, without --out; paths relative to the repository root. */
export const FLAGSHIP_ARGS = [
  '--bbox', '20.5,21,56.5,47.5',
  '--focus', '32.5,30,44.5,39.6',
  '--detail', '10m',
  '--layer', 'governorates=stories/data/ocha-idleb-aleppo-admin1.geojson:ADM1_PCODE',
  '--credit', 'OCHA COD-AB, CC BY 3.0 IGO'
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const run = spawnSync(process.execPath, ['bin/scrollstage.js', 'basemap', ...FLAGSHIP_ARGS, '--out', FLAGSHIP_OUT], { cwd: root, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
