import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEmbed } from '../../scripts/build.js';

/**
 * The embed script a newsroom page pays for before the map. The target is 45 KB gzip; the
 * build is 64 KB today (Svelte's client runtime alone is about 31 KB of it: see the
 * README's performance section). This budget is a ratchet just above today's size, so a
 * dependency that bloats the embed fails the day it lands; lower it as the size falls.
 * Graphics as plug-ins (each type's words in six languages, its data rows and checks in
 * the bundle) took it from 58.6 to 64 KB; loading each graphic type on demand takes those
 * out of embed.js.
 */
const EMBED_BUDGET_KB = 65;
/** Where the embed must get to. */
const EMBED_TARGET_KB = 45;
/** The basemap fetched beside it: Syria and its neighbours at the detail the close-ups need. */
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

  it(`keeps the basemap within ${BASEMAP_BUDGET_KB} KB gzip`, () => {
    const kb = gzipKb('basemap.json');
    expect(kb <= BASEMAP_BUDGET_KB, `dist/embed/basemap.json is ${kb.toFixed(1)} KB gzip, over its ${BASEMAP_BUDGET_KB} KB budget`).toBe(true);
  });
});
