// `npm run build`: the package (dist/, via svelte-package), the demo site (dist/demo/) and
// the command line (dist/cli/). svelte-package empties dist/ first, so it runs first.
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** @param {string} cmd @param {string[]} args */
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run('npx', ['svelte-package', '--input', 'src', '--output', 'dist']);

await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [svelte({ configFile: `${root}svelte.config.js` })],
  build: {
    ssr: `${root}src/cli/main.ts`,
    outDir: `${root}dist/cli`,
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'main.js' } }
  },
  ssr: { noExternal: true }
});
console.log('built dist/ (package), dist/demo/ (demo site), dist/cli/ (command line)');
