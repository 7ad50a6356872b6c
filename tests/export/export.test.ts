// `scrollstage export` end to end: Chromium prints the handout and draws the frames, ffmpeg
// encodes them; pdftotext, pdfinfo and ffprobe read the results. Short stories, small
// frames and a low frame rate keep it to a minute or two on a busy machine.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStory, type Story } from '../../src/schema/parseStory.js';
import { plainText } from '../../src/story/parseMarkup.js';
import { readingSeconds, stepWords } from '../../src/export/timeline.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(repo, 'tests/fixtures/stories');
const BIN = join(repo, 'bin/scrollstage.js');

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: repo,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function load(file: string): Promise<Story> {
  return parseStory(JSON.parse(await readFile(file, 'utf8')));
}

/** Text with all white space and soft hyphens gone: what a PDF's text and a story's can be compared by. */
const squash = (text: string) => text.normalize('NFC').replace(/[\s\u00ad\u200b-\u200f\u2066-\u2069]+/g, '');

async function probe(file: string): Promise<Record<string, string | number> & { duration: number }> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-count_frames',
    '-show_entries',
    'stream=codec_name,pix_fmt,width,height,r_frame_rate,nb_read_frames:format=duration',
    '-of',
    'json',
    file
  ]);
  const json = JSON.parse(stdout) as {
    streams: Record<string, string | number>[];
    format: { duration: string };
  };
  return { ...json.streams[0]!, duration: Number(json.format.duration) };
}

/** MD5 of each decoded frame (optionally cropped to the top `cropHeight` px: the graphic above the card). */
async function frameHashes(file: string, cropHeight?: number): Promise<string[]> {
  const filter = cropHeight ? ['-vf', `crop=iw:${cropHeight}:0:0`] : [];
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, ...filter, '-f', 'framemd5', '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').pop()!.trim());
}

/** Each decoded frame's top `height` px as grey levels. */
async function grayFrames(file: string, width: number, height: number): Promise<Buffer[]> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-vf', `crop=${width}:${height}:0:0,format=gray`, '-f', 'rawvideo', '-'], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024
  });
  const size = width * height;
  return Array.from({ length: stdout.length / size }, (_, i) => stdout.subarray(i * size, (i + 1) * size));
}

function meanDifference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrollstage-export-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the handout', () => {
  it.each(['bar-chart-example.json', 'media-example.json'])('%s: a title page, a page per step, every step’s text and every source', async (name) => {
    const story = await load(join(FIXTURES, name));
    const out = join(dir, name.replace('.json', '.pdf'));
    const ran = await cli(['export', join(FIXTURES, name), '--pdf', out]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const { stdout: info } = await run('pdfinfo', [out]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(story.steps.length + 1);
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', out, '-']);
    const all = squash(text);
    expect(all).toContain(squash(story.title));
    for (const step of story.steps) {
      for (const paragraph of step.text.split(/\n\s*\n/)) expect(all).toContain(squash(plainText(paragraph)));
    }
    for (const source of story.sources) expect(all).toContain(squash(source.name));
  });

  it('prints on letter paper when asked', async () => {
    const out = join(dir, 'letter.pdf');
    const ran = await cli(['export', join(FIXTURES, 'unit-chart-six-groups.json'), '--pdf', out, '--paper', 'letter']);
    expect(ran.code).toBe(0);
    const { stdout: info } = await run('pdfinfo', [out]);
    expect(info).toMatch(/Page size:\s+61[12](\.\d+)? x 79[12](\.\d+)? pts \(letter\)/);
  });
});

describe('the video', () => {
  const story = join(FIXTURES, 'bar-chart-example.json');
  const args = (out: string) => ['export', story, '--video', out, '--size', '270x480', '--fps', '10', '--seconds-per-step', '2'];
  let first: string;
  let second: string;

  beforeAll(async () => {
    first = join(dir, 'a.mp4');
    second = join(dir, 'b.mp4');
    const a = await cli(args(first));
    expect(a.code, a.stderr).toBe(0);
    const b = await cli(args(second));
    expect(b.code, b.stderr).toBe(0);
  });

  it('is H.264, yuv420p, of the size and frame rate asked, each step --seconds-per-step long', async () => {
    const info = await probe(first);
    expect(info).toMatchObject({
      codec_name: 'h264',
      pix_fmt: 'yuv420p',
      width: 270,
      height: 480,
      r_frame_rate: '10/1',
      nb_read_frames: '80'
    });
    expect(info.duration).toBeCloseTo(8, 1);
  });

  it('has its text beside it as WebVTT, a cue per step', async () => {
    const vtt = await readFile(first.replace(/\.mp4$/, '.vtt'), 'utf8');
    expect(vtt).toMatch(/^WEBVTT\n/);
    expect(vtt).toContain('00:00:02.000 --> 00:00:04.000');
    expect(vtt.trim().split('\n\n')).toHaveLength(5);
  });

  it('decodes to the same frames, byte for byte, from two runs', async () => {
    const [a, b] = await Promise.all([frameHashes(first), frameHashes(second)]);
    expect(a).toHaveLength(80);
    expect(b).toEqual(a);
  });

  it('moves mid-change: a frame during a step’s change differs from the settled frames on both sides', async () => {
    // The graphic above the card, in grey levels; step 3 (frames 40–59) changes from step 2's bars.
    const frames = await grayFrames(first, 270, 200);
    const before = frames[39]!;
    const during = frames[43]!;
    const after = frames[59]!;
    // A settled picture stays (up to the encoder's noise); a change moves many pixels.
    expect(meanDifference(frames[58]!, after)).toBeLessThan(0.5);
    expect(meanDifference(during, before)).toBeGreaterThan(1);
    expect(meanDifference(during, after)).toBeGreaterThan(1);
  });

  it('lasts as the timing rule says without --seconds-per-step', async () => {
    const file = join(FIXTURES, 'line-chart-example.json');
    const parsed = await load(file);
    const out = join(dir, 'rule.mp4');
    const ran = await cli(['export', file, '--video', out, '--size', '240x240', '--fps', '5']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stderr).toMatch(/drawing frame \d+\/\d+/);
    // The line chart's changes (1 s) are shorter than reading, so reading decides.
    const frames = parsed.steps.reduce((n, _, i) => n + Math.round(readingSeconds(stepWords(parsed, i), 0) * 5), 0);
    const info = await probe(out);
    expect(Number(info.nb_read_frames)).toBe(frames);
    expect(info.duration).toBeCloseTo(frames / 5, 1);
  });

  it('shows the photos and video posters of a story with media', async () => {
    const out = join(dir, 'media.mp4');
    const ran = await cli(['export', join(FIXTURES, 'media-example.json'), '--video', out, '--size', '320x240', '--fps', '5', '--seconds-per-step', '1']);
    expect(ran.code, ran.stderr).toBe(0);
    const info = await probe(out);
    expect(info).toMatchObject({
      width: 320,
      height: 240,
      nb_read_frames: '30'
    });
  });
});

describe('missing programs', () => {
  it('says Chromium is missing and how to install it, in one line, exit 1', async () => {
    const ran = await cli(['export', join(FIXTURES, 'bar-chart-example.json'), '--pdf', join(dir, 'x.pdf')], {
      ...process.env,
      CHROMIUM_PATH: join(dir, 'no-chromium')
    });
    expect(ran.code).toBe(1);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toMatch(/^scrollstage export: Chromium not found at .*no-chromium \(CHROMIUM_PATH\).*apt-get install -y chromium/);
  });

  it('says ffmpeg is missing and how to install it, in one line, exit 1', async () => {
    const bin = join(dir, 'bin-without-ffmpeg');
    await mkdir(bin, { recursive: true });
    await symlink(process.execPath, join(bin, 'node')).catch(() => {});
    const ran = await cli(['export', join(FIXTURES, 'bar-chart-example.json'), '--video', join(dir, 'x.mp4')], { ...process.env, PATH: bin });
    expect(ran.code).toBe(1);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toBe('scrollstage export: ffmpeg not found on PATH: install it with "apt-get install -y ffmpeg"\n');
  });

  it('is a usage error (exit 2) without --pdf or --video', async () => {
    const ran = await cli(['export', join(FIXTURES, 'bar-chart-example.json')]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^scrollstage export: needs --pdf OUT.pdf or --video OUT.mp4/);
  });
});
