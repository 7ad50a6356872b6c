#!/usr/bin/env node
// The `scrollstage` command. Inside the repository it runs the TypeScript source through
// Vite's SSR module loader (no build step, and the svelte plugin is there for commands
// that render components); in the published package it runs the built `dist/cli/`.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceEntry = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

/** The CLI's `main` and a function that releases what loading it took. */
async function loadMain() {
  if (existsSync(sourceEntry)) {
    const vite = await import('vite').catch(() => null);
    if (vite) {
      const { svelte } = await import('@sveltejs/vite-plugin-svelte');
      const server = await vite.createServer({
        configFile: false,
        root,
        logLevel: 'silent',
        server: { middlewareMode: true, hmr: false, watch: null },
        appType: 'custom',
        plugins: [svelte()],
        // Nothing is pre-bundled: SSR imports dependencies from node_modules as they are.
        optimizeDeps: { noDiscovery: true, include: [] },
        // A cache of its own: a copy of Svelte pre-bundled by another tool with other settings
        // (node_modules/.vite/deps_ssr) beside the one our components import breaks rendering.
        cacheDir: fileURLToPath(new URL('../node_modules/.cache/scrollstage/vite-cli', import.meta.url)),
        // Nor pre-bundled here: Svelte's server runtime must be the one copy the compiled components
        // import (vite-plugin-svelte pre-bundles it for servers unless told not to).
        ssr: { optimizeDeps: { noDiscovery: true, include: [], exclude: ['svelte'] } }
      });
      try {
        const module = await server.ssrLoadModule('/src/cli/main.ts');
        return { main: module.main, close: () => server.close() };
      } catch (error) {
        await server.close();
        throw error;
      }
    }
  }
  // A variable specifier: the build output does not exist in a fresh checkout, and the
  // type checker should not look for it.
  const built = '../dist/cli/main.js';
  const module = await import(built);
  return { main: module.main, close: async () => {} };
}

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  readFile: (/** @type {string} */ path) => readFile(path, 'utf8')
};

try {
  const { main, close } = await loadMain();
  try {
    process.exitCode = await main(process.argv.slice(2), io);
  } finally {
    await close();
  }
} catch (error) {
  // Loading failed (a syntax error in src/ mid-edit, or a missing build): one line, no trace.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`scrollstage: could not start: ${message}\n`);
  process.exitCode = 2;
}
