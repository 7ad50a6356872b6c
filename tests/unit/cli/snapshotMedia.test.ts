/**
 * `scrollstage snapshot` of a story with photos and video: the files the drawings show are
 * copied beside the SVGs (under media/), each SVG references its copy with an <image>,
 * and index.html draws those steps inline (an SVG behind an <img> loads nothing outside
 * itself), so the folder works wherever it is copied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, type CliIo } from '../../../src/cli/main.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const STORY = 'tests/fixtures/stories/media-example.json';

function testIo(cwd = repo) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    cwd,
    readFile: (path: string) => readFile(path, 'utf8')
  };
  return { io, stdout: () => out.join('').split('\n').filter(Boolean), stderr: () => err.join('') };
}

let dir = '';
let code = -1;
let stdout: string[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrollstage-media-snapshot-'));
  const run = testIo();
  code = await main(['snapshot', STORY, '--out', join(dir, 'out')], run.io);
  stdout = run.stdout();
  expect(run.stderr()).toBe('');
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const out = (name: string) => join(dir, 'out', name);

describe('scrollstage snapshot of photos and video', () => {
  it('copies each file a drawing shows once, under media/, and says so', async () => {
    expect(code).toBe(0);
    expect((await readdir(out('media'))).sort()).toEqual(['clip-poster.jpg', 'landscape-1600.jpg', 'tower-900.webp']);
    expect(stdout.filter((line) => line.startsWith('copied '))).toEqual(
      ['landscape-1600.jpg', 'tower-900.webp', 'clip-poster.jpg'].map((name) => `copied ${out(`media/${name}`)}`)
    );
    const original = await readFile(join(repo, 'tests/fixtures/media/landscape-1600.jpg'));
    expect((await readFile(out('media/landscape-1600.jpg'))).equals(original)).toBe(true);
  });

  it('references the copies from each SVG, cropped around the focus, with the credit and caption', async () => {
    const photo = await readFile(out('step-01-landscape.svg'), 'utf8');
    expect(photo).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 800 600"/);
    // 1600x900 into 800x600: 1066.7 wide, the focus at x 0.8 brought as near the middle as the edge allows.
    expect(photo).toContain('<image href="media/landscape-1600.jpg" x="-266.7" y="0.0" width="1066.7" height="600.0" preserveAspectRatio="none">');
    expect(photo).toContain('>A generated landscape: no place, no date.</text>');
    expect(photo).toContain('>Photo: Test pattern (generated)</text>');
    expect(photo).toMatch(/role="img" aria-label="Photo: Rolling green hills[^"]*Credit: Test pattern \(generated\)\."/);
    const video = await readFile(out('step-04-clip.svg'), 'utf8');
    expect(video).toContain('<image href="media/clip-poster.jpg" width="800" height="600" preserveAspectRatio="xMidYMid slice">');
    expect(video).toContain('>Video</text>');
    expect(video).toContain('>Video: Test pattern (generated)</text>');
    for (const file of await readdir(out('.'))) {
      if (!file.endsWith('.svg')) continue;
      const svg = await readFile(out(file), 'utf8');
      expect(svg, file).not.toContain('<!--');
      expect(svg, file).not.toMatch(/href="(?!media\/)/);
    }
  });

  it('draws the steps that show files inline in index.html, referencing the same copies', async () => {
    const html = await readFile(out('index.html'), 'utf8');
    expect(html.match(/<img /g) ?? []).toHaveLength(0);
    // Each drawn twice: the wide drawing, and the phone-size one that narrow screens show instead.
    expect(html.match(/<svg xmlns/g)).toHaveLength(12);
    expect(html.match(/<div class="phone[^"]*"><svg xmlns[^>]* width="390" height="520"/g)).toHaveLength(6);
    expect(html).toContain('<image href="media/landscape-1600.jpg"');
    expect(html).toContain('<image href="media/tower-900.webp"');
    expect(html).toContain('<image href="media/clip-poster.jpg"');
  });

  it('gives a second file of the same name a name of its own, and leaves http(s) files where they are', async () => {
    const work = await mkdtemp(join(tmpdir(), 'scrollstage-media-names-'));
    try {
      await cp(join(repo, 'tests/fixtures/media'), join(work, 'a'), { recursive: true });
      await cp(join(repo, 'tests/fixtures/media'), join(work, 'b'), { recursive: true });
      const story = JSON.parse(await readFile(join(repo, STORY), 'utf8'));
      story.steps[0].graphic.src = 'a/landscape-1600.jpg';
      story.steps[1].graphic = { ...story.steps[0].graphic, src: 'b/landscape-1600.jpg', srcset: null };
      story.steps[2].graphic.src = 'https://cdn.example.org/tower.webp';
      for (const step of story.steps.slice(3, 5)) step.graphic.poster = 'a/clip-poster.jpg';
      story.steps[5].graphic.src = 'a/landscape-1600.jpg';
      await writeFile(join(work, 'story.json'), JSON.stringify(story));
      const run = testIo(work);
      expect(await main(['snapshot', 'story.json', '--out', 'out'], run.io)).toBe(0);
      expect((await readdir(join(work, 'out/media'))).sort()).toEqual(['clip-poster.jpg', 'landscape-1600-2.jpg', 'landscape-1600.jpg']);
      expect(await readFile(join(work, 'out/step-02-pan.svg'), 'utf8')).toContain('href="media/landscape-1600-2.jpg"');
      expect(await readFile(join(work, 'out/step-06-end.svg'), 'utf8')).toContain('href="media/landscape-1600.jpg"');
      expect(await readFile(join(work, 'out/step-03-tower.svg'), 'utf8')).toContain('href="https://cdn.example.org/tower.webp"');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 60_000);

  it('stops with a clear message when a file the story names is missing', async () => {
    const work = await mkdtemp(join(tmpdir(), 'scrollstage-media-missing-'));
    try {
      // Beside a story with no media folder next to it.
      await mkdir(join(work, 'stories'));
      await cp(join(repo, STORY), join(work, 'stories/story.json'));
      const run = testIo(work);
      expect(await main(['snapshot', 'stories/story.json', '--out', 'out'], run.io)).toBe(1);
      expect(run.stderr()).toBe(
        `scrollstage snapshot: stories/story.json: "../media/landscape-1600.jpg" names ${join(work, 'media/landscape-1600.jpg')}, which does not exist\n`
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 60_000);
});
