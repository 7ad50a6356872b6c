import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot, previewEmbed } from '../../../../src/cli/preview/previewEmbed.js';
import { PreviewError } from '../../../../src/cli/preview/previewError.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

describe('previewEmbed', () => {
  let installed: string;
  beforeAll(async () => {
    // An installed package: no src/, the embed built in dist/embed.
    installed = await mkdtemp(join(tmpdir(), 'scrollstage-installed-'));
    await writeFile(join(installed, 'package.json'), JSON.stringify({ name: 'scrollstage' }));
  });
  afterAll(() => rm(installed, { recursive: true, force: true }));

  it('finds the package it is part of', async () => {
    expect(await packageRoot()).toBe(repo.replace(/\/$/, ''));
  });

  it('asks for a build, in one line, when an installed package has no dist/embed', async () => {
    const error = await previewEmbed(() => {}, installed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewError);
    expect((error as Error).message).toBe(`the embed is not built (no ${join(installed, 'dist/embed/embed.js')}): run "npm run build" in ${installed}`);
  });

  it("serves an installed package's dist/embed as it is", async () => {
    await mkdir(join(installed, 'dist/embed'), { recursive: true });
    await writeFile(join(installed, 'dist/embed/embed.js'), 'built');
    await writeFile(join(installed, 'dist/embed/embed.css'), 'css');
    const files = await previewEmbed(() => {}, installed);
    expect([...files.keys()].sort()).toEqual(['embed.css', 'embed.js']);
    expect(files.get('embed.js')!.toString()).toBe('built');
  });

  it('in the repository, builds the embed from src/ once and reuses it while src/ is unchanged', async () => {
    const first: string[] = [];
    const files = await previewEmbed((line) => first.push(line), repo);
    const names = [...files.keys()].filter((name) => !name.startsWith('world/'));
    // The loader and its CSS, the core module beside it, and a file per graphic type.
    expect(names).toEqual(expect.arrayContaining(['embed.css', 'embed.js']));
    expect(names.some((name) => /^core-[\w-]+\.js$/.test(name))).toBe(true);
    expect(names.some((name) => /^graphics\/map-[\w-]+\.js$/.test(name))).toBe(true);
    expect(names.some((name) => /^graphics\/unit-chart-[\w-]+\.js$/.test(name))).toBe(true);
    // The world basemap, for stories that name none, in tiles beside embed.js.
    expect(files.has('world/world-110m.json')).toBe(true);
    expect(files.get('embed.js')!.toString()).toContain('scrollstage');
    const second: string[] = [];
    const again = await previewEmbed((line) => second.push(line), repo);
    expect(second).toEqual([]);
    expect(again.get('embed.js')!.equals(files.get('embed.js')!)).toBe(true);
  });
});
