// `npm run build`: the package (dist/, via svelte-package), the command line (dist/cli/),
// the script-tag embed (dist/embed/) and the demo site (dist/demo/, with a copy of the
// embed and the stories so the folder can be served as it is). svelte-package empties
// dist/ first, so it runs first. Prints the gzip size of every embed file.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const svelteConfig = join(root, 'svelte.config.js');
/** Production builds even when called from a test run (where NODE_ENV is "test" and Vite would pick Svelte's development build). */
const PRODUCTION = { conditions: ['module', 'browser', 'production'] };

/** The package's modules (svelte-package's output) into `outDir`, without the schema's editor descriptions. */
export async function buildPackage(outDir = join(root, 'dist')) {
  execFileSync('npx', ['svelte-package', '--input', 'src', '--output', outDir], { cwd: root, stdio: 'inherit' });
  // An app bundling the package never shows the descriptions either (the CLI's `schema`
  // command is bundled from src/ and keeps them).
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const path = join(outDir, file);
    if (!SCHEMA_MODULE.test(`/src/${file.replace(/\.js$/, '.ts')}`)) continue;
    writeFileSync(path, stripDescriptions(readFileSync(path, 'utf8')));
  }
}

/** Every `describe('…')` of a valibot schema module emptied. */
function stripDescriptions(/** @type {string} */ code) {
  return code.replace(/describe\((?:'(?:[^'\\]|\\.)*'|`[^`]*`|"(?:[^"\\]|\\.)*")\)/g, "describe('')");
}

export async function buildCli(outDir = join(root, 'dist/cli')) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [svelte({ configFile: svelteConfig })],
    build: {
      ssr: join(root, 'src/cli/main.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'main.js' } }
    },
    ssr: { noExternal: true }
  });
}

/**
 * Modules whose top-level code the bundler cannot prove harmless but which the embed never
 * uses: Svelte's custom-element and legacy class-component support (we compile neither).
 */
const UNUSED_WITH_SIDE_EFFECTS = /node_modules\/(svelte\/src\/(legacy\/legacy-client|internal\/client\/dom\/elements\/custom-element)\.js)/;

/** Modules whose valibot schemas carry field descriptions (`describe('…')`): the story's and each graphic's. */
const SCHEMA_MODULE = /\/src\/(schema\/storySchema|graphics\/[^/]+\/schema)\.ts$/;

/** The schema's field descriptions feed the JSON Schema for editors; the embed never shows them. */
const stripSchemaDescriptions = {
  name: 'strip-schema-descriptions',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!SCHEMA_MODULE.test(id)) return null;
    return { code: stripDescriptions(code), map: null };
  }
};

/** Each graphic's `snapshot.ts` (snapshot drawings and their CSS): the embed draws no snapshots. */
const withoutSnapshots = {
  name: 'without-snapshots',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} source @param {string | undefined} importer */
  async resolveId(source, importer) {
    if (!importer || !/^\.\/snapshot\.js$/.test(source) || !/\/src\/graphics\/[^/]+\/index\.ts$/.test(importer)) return null;
    return join(root, 'src/embed/noSnapshot.ts');
  }
};

/** A graphic's `warnings.ts` (its `warn`, for `validate`): the embed warns of nothing. */
const withoutWarnings = {
  name: 'without-warnings',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} source @param {string | undefined} importer */
  async resolveId(source, importer) {
    if (!importer || !/^\.\/warnings\.js$/.test(source) || !/\/src\/graphics\/[^/]+\/model\.ts$/.test(importer)) return null;
    return join(root, 'src/embed/noWarnings.ts');
  }
};

/**
 * esm-env's BROWSER as a literal in our own modules: the bundler does not fold an imported
 * `true` into `{#if !BROWSER}`, and the server-only branch (the Explainer's snapshot graphic)
 * stayed in the embed.
 */
const browserConstant = {
  name: 'browser-constant',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!id.startsWith(join(root, 'src/')) || !code.includes("from 'esm-env'")) return null;
    return { code: code.replace(/import \{ BROWSER \} from 'esm-env';/, 'const BROWSER = true;'), map: null };
  }
};

/**
 * `EMBED_REPORT=1 npm run build` (or `=files`): what each package and source folder (or file) adds to embed.js
 * (rendered code after tree-shaking, before minifying; gzip of each group on its own), to
 * find what to cut when the size budget bites.
 */
const reportModules = {
  name: 'report-modules',
  /** @param {unknown} _ @param {Record<string, any>} bundle */
  generateBundle(_, bundle) {
    const groups = new Map();
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, mod] of Object.entries(chunk.modules)) {
        // By package (Svelte by folder) and source folder; EMBED_REPORT=files: by file.
        const file = id.replace(/.*node_modules\//, '').replace(root, '');
        const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:src\/)?([^/]+)?/);
        const key =
          process.env.EMBED_REPORT === 'files' ? file : pkg ? (pkg[1] === 'svelte' ? `svelte/${pkg[2]}` : pkg[1]) : file.replace(/\/[^/]+$/, '/');
        const group = groups.get(key) ?? { bytes: 0, code: '' };
        group.bytes += mod.renderedLength;
        group.code += mod.code ?? '';
        groups.set(key, group);
      }
    }
    const rows = [...groups].map(([key, g]) => [key, g.bytes, gzipSync(g.code, { level: 9 }).length]).sort((a, b) => b[2] - a[2]);
    console.log('\nembed.js by origin (rendered KB, gzip KB alone):');
    for (const [key, bytes, gz] of rows) console.log(`  ${key.padEnd(44)} ${(bytes / 1024).toFixed(1).padStart(7)} ${(gz / 1024).toFixed(1).padStart(6)}`);
  }
};

/**
 * The built-in graphic types' registries, in the embed build: empty. The embed loads each
 * type it needs from a file of its own (src/graphics/lazyBuiltins.ts), so none of them is in
 * the core every story downloads.
 */
const builtinsLoadedLazily = {
  name: 'builtins-loaded-lazily',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} source @param {string | undefined} importer */
  async resolveId(source, importer) {
    if (!importer || !importer.startsWith(join(root, 'src/')) || !/(^|\/)graphics\/(builtins|builtinModels)\.js$|^\.\/(builtins|builtinModels)\.js$/.test(source)) return null;
    if (/\/src\/graphics\/lazyBuiltins\.ts$/.test(importer)) return null;
    return join(root, 'src/embed/noBuiltins.ts');
  }
};

/** The explainer's words: English in the core, each other language a file loaded with a story in it. */
const localesLoadedLazily = {
  name: 'locales-loaded-lazily',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} source @param {string | undefined} importer */
  async resolveId(source, importer) {
    if (!importer || !importer.startsWith(join(root, 'src/')) || !/(^|\/)text\/locales\.js$|^\.\/locales\.js$/.test(source)) return null;
    if (/\/src\/embed\/lazyLocales\.ts$/.test(importer)) return null;
    return join(root, 'src/embed/lazyLocales.ts');
  }
};

/**
 * The Explainer's data tables and sources (ExplainerEnd), in the embed build: a stand-in that
 * loads them from a file of their own when first drawn, after the first paint, so the core
 * every story downloads does not hold them.
 */
const explainerEndLoadedLazily = {
  name: 'explainer-end-loaded-lazily',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} source @param {string | undefined} importer */
  async resolveId(source, importer) {
    if (source !== './ExplainerEnd.svelte' || !importer || !/\/src\/components\/Explainer\.svelte$/.test(importer)) return null;
    return join(root, 'src/embed/LazyExplainerEnd.svelte');
  }
};

/**
 * How the embed's modules are split into files. `embed`, the entry's own name, gathers every
 * module the core needs before it runs into the core file: without it the bundler moved the
 * modules the core shares with a lazily loaded file (text, schema, Svelte's runtime) into a
 * common chunk of their own, a second file the core waits for. `shared` gathers the small
 * helpers several graphic types use (easing, the attribute writer, colour interpolation, the
 * growing budget, the no-snapshot stub: 0.0–0.7 KB gzip each, a request each) into one file;
 * the media types' helper stays apart, so a map story does not download it.
 */
const CODE_SPLITTING = {
  groups: [
    { name: 'embed', tags: /** @type {['$initial']} */ (['$initial']) },
    { name: 'shared', minShareCount: 2, test: (/** @type {string} */ id) => !/\/src\/graphics\/media\//.test(id) }
  ]
};

/** A graphic type's file is named after its folder: graphics/map-[hash].js. */
/** @param {{ facadeModuleId: string | null, name: string }} chunk */
function chunkName(chunk) {
  if (chunk.facadeModuleId?.endsWith('/src/components/ExplainerEnd.svelte')) return 'chunks/explainer-end-[hash].js';
  const folder = chunk.facadeModuleId?.match(/\/src\/graphics\/([^/]+)\/index\.ts$/)?.[1];
  if (folder) return `graphics/${folder}-[hash].js`;
  const language = chunk.facadeModuleId?.match(/\/src\/text\/locales\/([a-z]+)\.ts$/)?.[1];
  return language ? `locales/${language}-[hash].js` : 'chunks/[name]-[hash].js';
}

/**
 * The embed, in `outDir`: `embed.js`, the classic script a page includes (a loader:
 * src/embed/loader.ts); the core it loads (`core-[hash].js`, a module: the scroll engine,
 * layout, story validation and the registry); each graphic type in a file of its own
 * (`graphics/`) and what several share (`chunks/`), loaded only by stories that use them;
 * `embed.css`; and the world basemap's files (`world/`). Returns the size of each file.
 */
/**
 * @param {string} [outDir]
 * @param {{ extraPlugins?: import('vite').PluginOption[] }} [options] extraPlugins: for tests (the size test's control)
 */
export async function buildEmbed(outDir = join(root, 'dist/embed'), options = {}) {
  const extraPlugins = options.extraPlugins ?? [];
  const shared = {
    configFile: /** @type {const} */ (false),
    root,
    logLevel: /** @type {const} */ ('warn'),
    mode: 'production',
    define: { __SCROLLSTAGE_VERSION__: JSON.stringify(pkg.version) },
    resolve: PRODUCTION
  };
  const core = await build({
    ...shared,
    // Chunks and the CSS are found from the core's own URL.
    base: './',
    plugins: [
      svelte({
        configFile: svelteConfig,
        // CSS as a file beside the script: works under a strict Content Security Policy.
        emitCss: true,
        // Production output even inside a test run (NODE_ENV=test would mean dev mode).
        compilerOptions: { discloseVersion: false, dev: false }
      }),
      stripSchemaDescriptions,
      withoutSnapshots,
      withoutWarnings,
      browserConstant,
      builtinsLoadedLazily,
      localesLoadedLazily,
      explainerEndLoadedLazily,
      ...extraPlugins,
      ...(process.env.EMBED_REPORT ? [reportModules] : [])
    ],
    build: {
      outDir,
      emptyOutDir: true,
      // Private class fields and the rest of ES2022 as they are (every browser since 2022): no helpers.
      target: 'es2022',
      // EMBED_NO_MINIFY=1: readable names in CPU profiles (bench/README.md).
      ...(process.env.EMBED_NO_MINIFY ? { minify: false } : {}),
      // One stylesheet for the shadow roots (each explainer links it), graphic types' CSS included.
      cssCodeSplit: false,
      modulePreload: { polyfill: false },
      rollupOptions: {
        treeshake: { moduleSideEffects: (id) => !UNUSED_WITH_SIDE_EFFECTS.test(id) },
        input: join(root, 'src/embed/embed.ts'),
        preserveEntrySignatures: false,
        output: { format: 'es', entryFileNames: 'core-[hash].js', chunkFileNames: chunkName, assetFileNames: 'embed.[ext]', codeSplitting: CODE_SPLITTING }
      }
    }
  });
  const output = (Array.isArray(core) ? core : [core]).flatMap((result) => ('output' in result ? result.output : []));
  const entry = output.find((file) => file.type === 'chunk' && file.isEntry);
  if (!entry) throw new Error('buildEmbed: the core build wrote no entry');
  // The loader, a classic script that names the core it loads.
  await build({
    ...shared,
    define: { ...shared.define, __SCROLLSTAGE_CORE__: JSON.stringify(`./${entry.fileName}`) },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      rollupOptions: {
        input: join(root, 'src/embed/loader.ts'),
        output: { format: 'iife', entryFileNames: 'embed.js' }
      }
    }
  });
  // The world basemap, for stories that name none: fetched in parts, beside embed.js.
  cpSync(join(root, 'src/geo/world'), join(outDir, 'world'), { recursive: true });
  // What each file of the core build holds: the size test checks no graphic type is in the core.
  const chunks = output
    .filter((file) => file.type === 'chunk')
    .map((file) => ({ file: file.fileName, isEntry: file.isEntry, imports: file.imports, dynamicImports: file.dynamicImports, modules: Object.keys(file.modules).map((id) => id.replace(root, '')) }));
  return { sizes: embedSizes(outDir), chunks, core: entry.fileName };
}

/** Each file of the embed folder with its size and gzip -9 size; the world basemap (world/) as one row of its files together. */
export function embedSizes(dir = join(root, 'dist/embed')) {
  const measure = (/** @type {string[]} */ files) => {
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(file);
      bytes += content.length;
      gzip += gzipSync(content, { level: 9 }).length;
    }
    return { bytes, gzip };
  };
  const rows = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (!entry.isDirectory()) rows.push({ file: entry.name, ...measure([path]) });
    else if (entry.name === 'world') {
      const files = readdirSync(path, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
      rows.push({ file: `world/ (${files.length} files)`, ...measure(files) });
    } else {
      for (const f of readdirSync(path)) rows.push({ file: `${entry.name}/${f}`, ...measure([join(path, f)]) });
    }
  }
  return rows;
}

/** The demo pages and the story each one tells. */
const DEMO_PAGES = [
  { page: 'index.html', story: 'idlib-m5.json', images: 'static/en/' },
  { page: 'ar.html', story: 'idlib-m5.ar.json', images: 'static/ar/' },
  { page: 'hurricane-ian.html', story: 'hurricane-ian.json', images: 'static/hurricane-ian/' },
  { page: 'gallery.html', story: 'gallery.json', images: 'static/gallery/' }
];

/**
 * Writes each demo page's no-JavaScript fallback into its explainer box: every step's text
 * and a server-rendered SVG of its graphic (demo/prerender.ts, run through Vite for Svelte).
 */
/** @param {string} demo */
async function prerenderDemo(demo) {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    plugins: [svelte({ configFile: svelteConfig })],
    optimizeDeps: { noDiscovery: true, include: [] },
    // A cache of its own: a copy of Svelte pre-bundled by another tool with other settings
    // (node_modules/.vite/deps_ssr) beside the one our components import breaks rendering.
    cacheDir: join(root, 'node_modules/.cache/scrollstage/vite-prerender'),
    // Nor pre-bundled here: Svelte's server runtime must be the one copy the compiled components
    // import (vite-plugin-svelte pre-bundles it for servers unless told not to).
    ssr: { optimizeDeps: { noDiscovery: true, include: [], exclude: ['svelte'] } }
  });
  try {
    const { prerenderFallback } = await server.ssrLoadModule('/demo/prerender.ts');
    for (const { page, story, images } of DEMO_PAGES) {
      const json = JSON.parse(readFileSync(join(root, 'stories', story), 'utf8'));
      const { html, css, files } = await prerenderFallback(json, join(root, 'stories', story), `./${images}`);
      mkdirSync(join(demo, images), { recursive: true });
      for (const file of files) writeFileSync(join(demo, images, file.name), file.svg);
      const path = join(demo, page);
      const source = readFileSync(path, 'utf8');
      const box = /(<div class="explainer-fallback">)[\s\S]*?(<\/div>\s*<\/div>)/;
      if (!box.test(source)) throw new Error(`${page}: no explainer-fallback box to prerender into`);
      const out = source
        .replace(box, (_, open, close) => `${open}\n${html}\n${close}`)
        .replace('</head>', `<style>\n${css}\n</style>\n</head>`);
      writeFileSync(path, out);
      // The embed demo's fallback image: the first step of the English story.
      if (page === 'index.html') cpSync(join(demo, images, files[0].name), join(demo, 'fallback-m5.svg'));
    }
  } finally {
    await server.close();
  }
}

/** The demo site, with the embed, the stories and the no-JS fallbacks beside it. */
export async function buildDemo() {
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production', resolve: PRODUCTION });
  const demo = join(root, 'dist/demo');
  await buildEmbed(join(demo, 'embed'));
  mkdirSync(join(demo, 'stories'), { recursive: true });
  for (const file of readdirSync(join(root, 'stories'))) {
    if (file.endsWith('.json')) cpSync(join(root, 'stories', file), join(demo, 'stories', file));
  }
  // The gallery's photos and clips, beside its story.
  cpSync(join(root, 'stories/gallery-media'), join(demo, 'stories/gallery-media'), { recursive: true });
  await prerenderDemo(demo);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildPackage();
  await buildCli();
  const { sizes } = await buildEmbed();
  await buildDemo();
  console.log('\nbuilt dist/ (package), dist/cli/, dist/embed/, dist/demo/');
  console.log('\nembed files (gzip -9):');
  for (const { file, bytes, gzip } of sizes) {
    console.log(`  dist/embed/${file.padEnd(34)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
  }
}
