// `scrollstage export`'s arguments and its search for Chromium and ffmpeg, without running either.
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseExportArgs } from '../../../src/cli/export.js';
import { findChromium, findFfmpeg } from '../../../src/export/tools.js';
import { COMMANDS, usage } from '../../../src/cli/main.js';

describe('scrollstage export arguments', () => {
  it('takes a story and --pdf and/or --video, with defaults', () => {
    expect(parseExportArgs(['s.json', '--pdf', 'a.pdf'])).toMatchObject({
      file: 's.json',
      pdf: 'a.pdf',
      paper: 'a4',
      video: undefined
    });
    expect(parseExportArgs(['s.json', '--video=v.mp4', '--pdf', 'a.pdf', '--paper', 'letter'])).toMatchObject({
      pdf: 'a.pdf',
      paper: 'letter',
      video: 'v.mp4',
      width: 1080,
      height: 1920,
      fps: 30,
      secondsPerStep: undefined
    });
    expect(parseExportArgs(['s.json', '--video', 'v.mp4', '--size', '1920x1080', '--fps', '24', '--seconds-per-step', '2.5'])).toMatchObject({
      width: 1920,
      height: 1080,
      fps: 24,
      secondsPerStep: 2.5
    });
  });

  it.each([
    [[], 'no story file given'],
    [['s.json'], 'needs --pdf OUT.pdf or --video OUT.mp4'],
    [['a.json', 'b.json', '--pdf', 'x.pdf'], 'takes one story file (got 2)'],
    [['s.json', '--pdf', 'x.png'], '--pdf must name a .pdf file'],
    [['s.json', '--video', 'x.mov'], '--video must name a .mp4 file'],
    [['s.json', '--pdf', 'x.pdf', '--paper', 'a3'], '--paper must be a4 or letter'],
    [['s.json', '--pdf', 'x.pdf', '--fps', '30'], '--fps is for --video'],
    [['s.json', '--video', 'x.mp4', '--size', '1081x1920'], 'even numbers of px from 240 to 3840'],
    [['s.json', '--video', 'x.mp4', '--size', '100x200'], 'even numbers of px from 240 to 3840'],
    [['s.json', '--video', 'x.mp4', '--size', 'big'], '--size must be WIDTHxHEIGHT'],
    [['s.json', '--video', 'x.mp4', '--fps', '0'], '--fps must be a whole number from 1 to 60'],
    [['s.json', '--video', 'x.mp4', '--seconds-per-step', '-1'], '--seconds-per-step must be a number of seconds above 0'],
    [['s.json', '--video'], '--video needs a value'],
    [['s.json', '--pdf', 'x.pdf', '--loud'], 'unknown option --loud']
  ])('%j is a usage error: %s', (args, message) => {
    const result = parseExportArgs(args);
    expect(typeof result).toBe('string');
    expect(result).toContain(message);
  });

  it('is in the command list', () => {
    expect(COMMANDS.export).toBeDefined();
    expect(usage()).toContain('scrollstage export FILE');
  });
});

describe('finding the programs', () => {
  it('uses CHROMIUM_PATH when set, and says so when it is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scrollstage-tools-'));
    const fake = join(dir, 'chrome');
    await writeFile(fake, '#!/bin/sh\n');
    await chmod(fake, 0o755);
    expect(findChromium({ CHROMIUM_PATH: fake })).toEqual({ path: fake });
    const missing = findChromium({ CHROMIUM_PATH: join(dir, 'nothing') });
    expect('problem' in missing && missing.problem).toMatch(/^Chromium not found at .*nothing \(CHROMIUM_PATH\).*apt-get install -y chromium/);
  });

  it('finds ffmpeg on PATH only, and says how to install it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scrollstage-tools-'));
    expect(findFfmpeg({ PATH: dir })).toEqual({
      problem: 'ffmpeg not found on PATH: install it with "apt-get install -y ffmpeg"'
    });
    const ffmpeg = join(dir, 'ffmpeg');
    await writeFile(ffmpeg, '#!/bin/sh\n');
    await chmod(ffmpeg, 0o755);
    expect(findFfmpeg({ PATH: `/nonexistent:${dir}` })).toEqual({
      path: ffmpeg
    });
  });
});
