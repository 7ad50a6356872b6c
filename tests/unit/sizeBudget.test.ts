import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEmbed } from '../../scripts/build.js';

/**
 * The embed script a newsroom page pays for before the map. The target is 40 KB gzip for the
 * core every story loads; the build is 74.5 KB today (Svelte's client runtime alone is about
 * 31 KB of it: see the README's performance section). This budget is a ratchet just above
 * today's size, so a dependency that bloats the embed fails the day it lands; lower it as the
 * size falls. Graphics as plug-ins and maps of anywhere (each type's words in six
 * languages, its data rows and checks, the basemap loader and tile joiner, projections,
 * themes) took it from 58.6 to 72.5 KB, and the server-only snapshot branch and ES2020's
 * class-field helpers left it at 72.0; a unit chart that holds up for any data (rows of
 * groups side by side, compact headings and scaling to fit, parts of squares, colours per
 * group, one source line, isolated signed numbers) took it to 74.5. Loading each graphic
 * type on demand, in a file of its own beside embed.js, takes those out of it.
 */
const EMBED_BUDGET_KB = 74.6;
/** Where the embed must get to. */
const EMBED_TARGET_KB = 40;
/** The flagship's basemap, fetched beside its story: Syria and its neighbours at the detail the close-ups need. */
const BASEMAP_BUDGET_KB = 40;

/** Both sizes are gzip -9 (scripts/build.js embedSizes), in KB of 1024 bytes. */
describe('size budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scrollstage-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let sizes: { file: string; bytes: number; gzip: number }[] = [];

  const gzipKb = (file: string) => {
    const entry = sizes.find((s) => s.file === file);
    if (!entry) throw new Error(`buildEmbed wrote no ${file} (got ${sizes.map((s) => s.file).join(', ')})`);
    return entry.gzip / 1024;
  };

  it('builds the embed', async () => {
    sizes = await buildEmbed(dir);
    expect(sizes.length).toBeGreaterThan(0);
  }, 180_000);

  it(`keeps embed.js within ${EMBED_BUDGET_KB} KB gzip (target ${EMBED_TARGET_KB} KB)`, () => {
    const kb = gzipKb('embed.js');
    expect(kb <= EMBED_BUDGET_KB, `dist/embed/embed.js is ${kb.toFixed(1)} KB gzip, over its ${EMBED_BUDGET_KB} KB budget`).toBe(true);
  });

  it(`keeps the flagship's basemap within ${BASEMAP_BUDGET_KB} KB gzip`, () => {
    const kb = gzipSync(readFileSync(new URL('../../stories/idlib-m5.basemap.json', import.meta.url)), { level: 9 }).length / 1024;
    expect(kb <= BASEMAP_BUDGET_KB, `stories/idlib-m5.basemap.json is ${kb.toFixed(1)} KB gzip, over its ${BASEMAP_BUDGET_KB} KB budget`).toBe(true);
  });
});
