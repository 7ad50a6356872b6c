// `npm run basemap:world` (node scripts/viteRun.js scripts/buildWorldBasemap.js): writes the
// built-in world basemap to src/geo/world/ from world-atlas (Natural Earth 1:110m and 1:50m):
// world-110m.json and one file per 1:50m tile with land; and src/geo/basemap/worldTiles.ts, their list. Prints the
// sizes. tests/unit/geo/build/worldBasemapFiles.test.ts fails when a sample is stale.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { worldBasemapFiles, worldTilesModule } from '../src/geo/build/worldBasemapFiles.js';

const require = createRequire(import.meta.url);
const read = (/** @type {string} */ name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
export const WORLD_DIR = fileURLToPath(new URL('../src/geo/world/', import.meta.url));

export function main() {
  const { files, tiles: list } = worldBasemapFiles(read('countries-110m.json'), read('countries-50m.json'));
  writeFileSync(fileURLToPath(new URL('../src/geo/basemap/worldTiles.ts', import.meta.url)), worldTilesModule(list));
  // Tiles that no longer hold land must not linger.
  rmSync(join(WORLD_DIR, '50m'), { recursive: true, force: true });
  let tiles = 0;
  let tileBytes = 0;
  let largest = 0;
  for (const [path, text] of files) {
    mkdirSync(dirname(join(WORLD_DIR, path)), { recursive: true });
    writeFileSync(join(WORLD_DIR, path), text);
    if (path.startsWith('50m/')) {
      const gz = gzipSync(text).length;
      tiles++;
      tileBytes += gz;
      largest = Math.max(largest, gz);
    }
  }
  const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1) + ' KB';
  const whole = files.get('world-110m.json') ?? '';
  console.log(`wrote src/geo/world/: world-110m.json ${kb(whole.length)} (${kb(gzipSync(whole).length)} gzip); ${tiles} 1:50m tiles, ${kb(tileBytes)} gzip in all, the largest ${kb(largest)}`);
}
