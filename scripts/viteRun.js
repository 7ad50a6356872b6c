// `node scripts/viteRun.js scripts/NAME.js [ARGS...]`: runs a build script that imports
// TypeScript from src/ (Node 20 cannot), through Vite's SSR module loader as bin/scrollstage.js
// does, and calls the script's exported `main(args)`. Tests import the same scripts directly.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: node scripts/viteRun.js scripts/NAME.js [ARGS...]\n');
  process.exit(2);
}
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'silent',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
  // A cache of its own: a copy of Svelte pre-bundled by another tool with other settings
  // (node_modules/.vite/deps_ssr) beside the one our components import breaks rendering.
  cacheDir: resolve(root, 'node_modules/.cache/scrollstage/vite-scripts'),
  // Nor pre-bundled here: Svelte's server runtime must be the one copy the compiled components
  // import (vite-plugin-svelte pre-bundles it for servers unless told not to).
  ssr: { optimizeDeps: { noDiscovery: true, include: [], exclude: ['svelte'] } }
});
try {
  const module = await server.ssrLoadModule('/' + relative(root, resolve(script)).replaceAll('\\', '/'));
  if (typeof module.main !== 'function') throw new Error(`${script} exports no main(args)`);
  process.exitCode = (await module.main(args)) ?? 0;
} catch (error) {
  process.stderr.write(`${script}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await server.close();
}
