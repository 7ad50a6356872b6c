import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEmbed } from '../../scripts/build.js';

/**
 * What a newsroom page pays for before its first graphic. `embed.js` (the loader) and the
 * core module it loads are what every story downloads; each graphic type is a file of its
 * own, fetched only by stories that use it. The targets are 40 KB gzip for the core and 55 KB
 * for all the JavaScript the flagship loads; the budgets are ratchets just above today's
 * sizes (core 38.8 KB once the tables and sources below the steps load after the first paint
 * and each language's words but English are a file of their own; flagship 79.3 KB with them,
 * its graphic types' small shared helpers in one file, of which Svelte's client runtime is
 * about 30 KB),
 * so code that bloats them fails the day it lands; lower them as the sizes fall.
 */
const CORE_BUDGET_KB = 39.5;
const CORE_TARGET_KB = 40;
const FLAGSHIP_JS_BUDGET_KB = 80;
const FLAGSHIP_JS_TARGET_KB = 55;
/** The flagship's basemap, fetched beside its story: Syria and its neighbours at the detail the close-ups need. */
const BASEMAP_BUDGET_KB = 40;

type Built = Awaited<ReturnType<typeof buildEmbed>>;

/** The files a module needs before it runs: itself and what it imports statically, transitively. */
function closure(built: Built, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of built.chunks.find((c) => c.file === file)?.imports ?? []) closure(built, dep, seen);
  return seen;
}

const gzipKb = (dir: string, files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0) / 1024;

/** The core: the loader and the core module with what it imports statically. */
const coreFiles = (built: Built) => ['embed.js', ...closure(built, built.core)];

/** Source files of graphic types (src/graphics/TYPE/...) that the core holds. */
function graphicCodeInCore(built: Built): string[] {
  const core = new Set(closure(built, built.core));
  return built.chunks.filter((c) => core.has(c.file)).flatMap((c) => c.modules.filter((id) => /(^|\/)src\/graphics\/[^/]+\//.test(id)));
}

/** What every story loads after its first paint (the data tables and sources: chunks/explainer-end-[hash].js) with what it imports. */
function explainerEndFiles(built: Built): Set<string> {
  const file = built.chunks.find((c) => c.file.startsWith('chunks/explainer-end-'))?.file;
  if (!file) throw new Error(`the embed has no file for the explainer's end (got ${built.chunks.map((c) => c.file).join(', ')})`);
  return closure(built, file);
}

/** The file of a graphic type (graphics/TYPE-[hash].js) with what it imports statically. */
function typeFiles(built: Built, folder: string): Set<string> {
  const file = built.chunks.find((c) => c.file.startsWith(`graphics/${folder}-`))?.file;
  if (!file) throw new Error(`the embed has no file for the ${folder} graphic (got ${built.chunks.map((c) => c.file).join(', ')})`);
  return closure(built, file);
}

/** Both sizes are gzip -9, in KB of 1024 bytes. */
describe('size budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scrollstage-size-'));
  const control = mkdtempSync(join(tmpdir(), 'scrollstage-size-control-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(control, { recursive: true, force: true });
  });
  let built: Built;

  it('builds the embed', async () => {
    built = await buildEmbed(dir);
    expect(built.chunks.length).toBeGreaterThan(1);
  }, 180_000);

  it(`keeps the core every story loads (embed.js and the core module) within ${CORE_BUDGET_KB} KB gzip (target ${CORE_TARGET_KB} KB)`, () => {
    const kb = gzipKb(dir, coreFiles(built));
    console.log(`core: ${coreFiles(built).join(' + ')} = ${kb.toFixed(1)} KB gzip`);
    expect(kb <= CORE_BUDGET_KB, `the core is ${kb.toFixed(1)} KB gzip, over its ${CORE_BUDGET_KB} KB budget`).toBe(true);
  });

  it('holds no graphic type’s code in the core: each type is a file of its own', () => {
    expect(graphicCodeInCore(built)).toEqual([]);
    for (const folder of ['map', 'unit-chart']) expect(typeFiles(built, folder).size).toBeGreaterThan(0);
  });

  it('notices a graphic type’s code in the core (the control: a core that imports one)', async () => {
    const importsUnitChart: import('vite').Plugin = {
      name: 'control-unit-chart-in-core',
      enforce: 'pre' as const,
      transform(code: string, id: string) {
        // Used, so it is not shaken out: as a core that drew a chart itself would.
        return id.endsWith('/src/embed/embed.ts') ? `import { unitChart as __control } from '../graphics/unit-chart/index.js';\n(globalThis as Record<string, unknown>).__control = __control;\n${code}` : null;
      }
    };
    const bloated = await buildEmbed(control, { extraPlugins: [importsUnitChart] });
    expect(graphicCodeInCore(bloated).some((id) => id.includes('src/graphics/unit-chart/'))).toBe(true);
    expect(gzipKb(control, coreFiles(bloated))).toBeGreaterThan(gzipKb(dir, coreFiles(built)) + 2);
  }, 180_000);

  it(`keeps all the JavaScript the flagship loads (core, map, unit chart, the tables and sources below the steps) within ${FLAGSHIP_JS_BUDGET_KB} KB gzip (target ${FLAGSHIP_JS_TARGET_KB} KB)`, () => {
    const files = new Set([...coreFiles(built), ...explainerEndFiles(built), ...typeFiles(built, 'map'), ...typeFiles(built, 'unit-chart')]);
    const kb = gzipKb(dir, files);
    console.log(`flagship JavaScript: ${[...files].join(' + ')} = ${kb.toFixed(1)} KB gzip`);
    expect(kb <= FLAGSHIP_JS_BUDGET_KB, `the flagship's JavaScript is ${kb.toFixed(1)} KB gzip, over its ${FLAGSHIP_JS_BUDGET_KB} KB budget`).toBe(true);
  });

  it(`keeps the flagship's basemap within ${BASEMAP_BUDGET_KB} KB gzip`, () => {
    const kb = gzipSync(readFileSync(new URL('../../stories/idlib-m5.basemap.json', import.meta.url)), { level: 9 }).length / 1024;
    expect(kb <= BASEMAP_BUDGET_KB, `stories/idlib-m5.basemap.json is ${kb.toFixed(1)} KB gzip, over its ${BASEMAP_BUDGET_KB} KB budget`).toBe(true);
  });
});
