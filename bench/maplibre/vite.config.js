// The MapLibre GL baseline page: bundled by Vite into dist/bench/maplibre/ (maplibre-gl, its
// worker as a separate module script, scrollama), with the local style built from the data
// (buildStyle.js) and the story copied beside it.
import { defineConfig } from 'vite';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildStyle } from './buildStyle.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outDir = here('../../dist/bench/maplibre');

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  // maplibre-gl's own bundle is over Vite's 500 KB warning, as it is on every page that uses it.
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  plugins: [
    {
      name: 'maplibre-baseline-data',
      closeBundle() {
        mkdirSync(`${outDir}/stories`, { recursive: true });
        const style = buildStyle({
          world: here('../../node_modules/world-atlas/countries-10m.json'),
          governorates: here('../../stories/data/ocha-idleb-aleppo-admin1.geojson'),
          story: here('../../stories/idlib-m5.json')
        });
        writeFileSync(`${outDir}/style.json`, JSON.stringify(style));
        copyFileSync(here('../../stories/idlib-m5.json'), `${outDir}/stories/idlib-m5.json`);
        copyFileSync(here('../../demo/favicon.svg'), `${outDir}/favicon.svg`);
      }
    }
  ]
});
