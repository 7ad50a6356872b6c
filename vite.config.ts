import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Time limit for unit and component tests, ms: ten times what the slowest takes alone, so a loaded machine does not fail them. */
const CPU_BOUND_TIMEOUT_MS = 60_000;

/**
 * In development the demo reads the stories (and what they name, like a basemap) from the
 * repository's stories/ folder, as the built site does from its copy.
 */
const serveStories = {
  name: 'serve-stories',
  configureServer(server: { middlewares: { use(fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void } }) {
    server.middlewares.use((req, res, next) => {
      // The stories and what they name; the world basemap where the built site has it (embed/world/).
      const match = /^\/(stories\/(?:gallery-media\/)?|embed\/world\/(?:50m\/)?)([\w.-]+\.(json|jpg|webp|mp4|webm|vtt))(\?.*)?$/.exec(req.url ?? '');
      if (!match) return next();
      const types: Record<string, string> = { json: 'application/json', jpg: 'image/jpeg', webp: 'image/webp', mp4: 'video/mp4', webm: 'video/webm', vtt: 'text/vtt' };
      const folder = match[1]!.startsWith('embed/world/') ? match[1]!.replace('embed/world/', 'src/geo/world/') : match[1]!;
      readFile(here(`${folder}${match[2]}`))
        .then((body) => {
          res.setHeader('content-type', types[match[3]!]!);
          res.end(body);
        })
        .catch(() => next());
    });
  }
};

// The demo site is the Vite app; the package itself is built by svelte-package
// and the embed by scripts/build.js. Tests are split into three projects by folder.
export default defineConfig(({ mode }) => ({
  root: here('demo'),
  base: './',
  // Static pages (the embed demos) copied as they are: they load the built embed script.
  publicDir: here('demo/public'),
  // A production build compiles Svelte for production even when run from the tests.
  plugins: [svelte({ configFile: here('svelte.config.js'), compilerOptions: { dev: mode !== 'production' } }), serveStories],
  resolve: {
    alias: { scrollstage: here('src/index.ts') }
  },
  server: { fs: { allow: [here('.')] } },
  build: {
    outDir: here('dist/demo'),
    emptyOutDir: true,
    rollupOptions: {
      input: { index: here('demo/index.html'), ar: here('demo/ar.html'), 'hurricane-ian': here('demo/hurricane-ian.html'), gallery: here('demo/gallery.html') }
    }
  },
  test: {
    root: here('.'),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: here('.'),
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Geometry over the whole basemap and fuzzing are CPU-bound: on two busy cores a
          // test that takes 2 s alone can take 20. Generous limits; speed is the bench's job.
          testTimeout: CPU_BOUND_TIMEOUT_MS,
          hookTimeout: CPU_BOUND_TIMEOUT_MS
        }
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          root: here('.'),
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          testTimeout: CPU_BOUND_TIMEOUT_MS,
          hookTimeout: CPU_BOUND_TIMEOUT_MS,
          setupFiles: [here('tests/helpers/jsdomSetup.ts')]
        }
      },
      {
        extends: true,
        test: {
          name: 'package',
          root: here('.'),
          include: ['tests/package/**/*.test.ts'],
          environment: 'node',
          // Builds, packs and installs the package: minutes on a busy machine.
          testTimeout: CPU_BOUND_TIMEOUT_MS,
          hookTimeout: 600_000
        }
      },
      {
        extends: true,
        test: {
          name: 'export',
          root: here('.'),
          include: ['tests/export/**/*.test.ts'],
          environment: 'node',
          // Runs `scrollstage export`: Chromium draws, ffmpeg encodes; minutes on a busy machine.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false
        }
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root: here('.'),
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: [here('tests/browser/globalSetup.ts')],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false
        }
      }
    ]
  }
}));
