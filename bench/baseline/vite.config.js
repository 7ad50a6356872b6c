// The bench baseline page: bundled by Vite into dist/bench/baseline/, with the data it
// fetches copied beside it as whole files (world-atlas, the story, the two governorates).
import { defineConfig } from 'vite';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outDir = here('../../dist/bench/baseline');

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true },
  plugins: [
    {
      name: 'copy-baseline-data',
      closeBundle() {
        mkdirSync(`${outDir}/stories`, { recursive: true });
        copyFileSync(here('../../node_modules/world-atlas/countries-10m.json'), `${outDir}/countries-10m.json`);
        copyFileSync(here('../../stories/data/ocha-idleb-aleppo-admin1.geojson'), `${outDir}/idleb-aleppo.geojson`);
        copyFileSync(here('../../stories/idlib-m5.json'), `${outDir}/stories/idlib-m5.json`);
        copyFileSync(here('../../demo/favicon.svg'), `${outDir}/favicon.svg`);
      }
    }
  ]
});
