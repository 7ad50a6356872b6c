/**
 * `scrollstage snapshot` on the second story: a drawing per step (maps on the story's own
 * basemap, the line and bar charts) and the index page, exit 0.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../../../src/cli/snapshot.js';
import type { CliIo } from '../../../src/cli/main.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

describe('scrollstage snapshot stories/hurricane-ian.json', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'scrollstage-ian-'));
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('writes a drawing per step and index.html, and exits 0', async () => {
    const lines: string[] = [];
    const io: CliIo = {
      stdout: { write: (text: string) => lines.push(text) },
      stderr: { write: (text: string) => lines.push(text) },
      cwd: repo,
      readFile: (path: string) => readFile(path, 'utf8')
    };
    expect(await snapshot(['stories/hurricane-ian.json', '--out', out], io), lines.join('')).toBe(0);
    const files = await readdir(out);
    const story = JSON.parse(await readFile(join(repo, 'stories/hurricane-ian.json'), 'utf8'));
    story.steps.forEach((step: { id: string }, i: number) => {
      expect(files.some((f) => f.startsWith(`step-${String(i + 1).padStart(2, '0')}-${step.id}`) && f.endsWith('.svg')), step.id).toBe(true);
    });
    expect(files).toContain('index.html');
    const first = await readFile(join(out, files.find((f) => f.startsWith('step-01-') && f.endsWith('.svg'))!), 'utf8');
    expect(first).toMatch(/^<svg /);
    expect(first).toContain('Natural Earth');
    const toll = await readFile(join(out, files.find((f) => f.startsWith('step-12-toll') && f.endsWith('.svg'))!), 'utf8');
    expect(toll).toContain('Storm surge');
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('Hurricane Ian, from the Caribbean to South Carolina');
  });
});
