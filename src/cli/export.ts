/**
 * `scrollstage export FILE --pdf OUT.pdf [--paper a4|letter]` and
 * `scrollstage export FILE --video OUT.mp4 [--size WxH] [--fps N] [--seconds-per-step N]`
 * (both in one run if given): the story as a printable handout and as a video with its
 * text cards, drawn by Chromium and (the video) encoded by ffmpeg. The arguments are checked
 * first (exit 2), then the story by `validate` (exit 1), then that the programs are there
 * (exit 1, saying how to install what is missing).
 */
import { mkdtemp, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseStory, type Story } from '../schema/parseStory.js';
import { oneFile, splitArgs } from './cliArgs.js';
import { EXIT, type CliIo } from './cliIo.js';
import { validate } from './validate.js';
import { prepareStory, type Prepared } from '../core/prepareStory.js';
import { nodeEnv } from './nodeFiles.js';
import { snapshotCopies } from './snapshotCopies.js';
import { findChromium, findFfmpeg } from '../export/tools.js';

export const exportUsage = `Usage: scrollstage export FILE --pdf OUT.pdf [--paper a4|letter]
       scrollstage export FILE --video OUT.mp4 [--size 1080x1920|1920x1080] [--fps 30] [--seconds-per-step N]

--pdf     a printable handout: a title page, then each step (kicker, text, its graphic as
          vectors, its sources) on a page of its own, then the method and sources.
          --paper a4 (default) or letter.
--video   an H.264 video (yuv420p, faststart) of the steps as a phone shows them: the graphic
          filling the frame, the step's card over it, the changes between steps animated as
          in the browser, each frame drawn at its exact time. OUT.vtt beside it carries each
          step's text, timed. --size WIDTHxHEIGHT, even numbers from ${240} to ${3840} px
          (default 1080x1920; 1920x1080 puts the card beside the graphic). --fps 1 to 60
          (default 30). A step lasts ${'1.5'} s plus its words at 200 a minute (at least 3 s, and
          at least its animation plus 1 s); --seconds-per-step N gives every step N seconds.

Both can be given in one run. Needs Chromium (CHROMIUM_PATH, else /usr/bin/chromium) and,
for --video, ffmpeg on the PATH. The story is validated first; its problems are printed as
by "scrollstage validate" and the command exits 1, as it does when a program is missing.
Exits 2 on a usage or write error.`;

export const VIDEO_LIMITS = {
  minSide: 240,
  maxSide: 3840,
  minFps: 1,
  maxFps: 60,
  maxSecondsPerStep: 600
};
const DEFAULT_SIZE = { width: 1080, height: 1920 };
const DEFAULT_FPS = 30;

const BOM = '\uFEFF';

export interface ExportOptions {
  file: string;
  pdf?: string | undefined;
  paper: 'a4' | 'letter';
  video?: string | undefined;
  width: number;
  height: number;
  fps: number;
  secondsPerStep?: number | undefined;
}

const VALUED = ['--pdf', '--video', '--paper', '--size', '--fps', '--seconds-per-step'] as const;

/** The options, or the one-line reason they are wrong. */
export function parseExportArgs(args: string[]): ExportOptions | string {
  const split = splitArgs(args, VALUED);
  if (typeof split === 'string') return split;
  const { values } = split;
  const one = oneFile(split.files, 'story file');
  if (typeof one === 'string') return one;
  if (!values.pdf && !values.video) return 'needs --pdf OUT.pdf or --video OUT.mp4 (or both)';
  if (values.pdf && extname(values.pdf).toLowerCase() !== '.pdf') return `--pdf must name a .pdf file (got ${values.pdf})`;
  if (values.video && extname(values.video).toLowerCase() !== '.mp4') return `--video must name a .mp4 file (got ${values.video})`;
  const paper = (values.paper ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') return `--paper must be a4 or letter (got ${values.paper})`;
  if (!values.video) {
    for (const key of ['size', 'fps', 'seconds-per-step']) if (values[key] !== undefined) return `--${key} is for --video`;
  }
  let { width, height } = DEFAULT_SIZE;
  if (values.size !== undefined) {
    const m = /^(\d+)x(\d+)$/i.exec(values.size);
    const { minSide, maxSide } = VIDEO_LIMITS;
    if (!m) return `--size must be WIDTHxHEIGHT in px, like 1080x1920 (got ${values.size})`;
    width = Number(m[1]);
    height = Number(m[2]);
    if ([width, height].some((n) => n < minSide || n > maxSide || n % 2 !== 0)) {
      return `--size: width and height must be even numbers of px from ${minSide} to ${maxSide} (got ${values.size})`;
    }
  }
  let fps = DEFAULT_FPS;
  if (values.fps !== undefined) {
    fps = Number(values.fps);
    if (!Number.isInteger(fps) || fps < VIDEO_LIMITS.minFps || fps > VIDEO_LIMITS.maxFps) {
      return `--fps must be a whole number from ${VIDEO_LIMITS.minFps} to ${VIDEO_LIMITS.maxFps} (got ${values.fps})`;
    }
  }
  let secondsPerStep: number | undefined;
  if (values['seconds-per-step'] !== undefined) {
    secondsPerStep = Number(values['seconds-per-step']);
    if (!Number.isFinite(secondsPerStep) || secondsPerStep <= 0 || secondsPerStep > VIDEO_LIMITS.maxSecondsPerStep) {
      return `--seconds-per-step must be a number of seconds above 0, at most ${VIDEO_LIMITS.maxSecondsPerStep} (got ${values['seconds-per-step']})`;
    }
  }
  return {
    file: one.file,
    pdf: values.pdf,
    paper,
    video: values.video,
    width,
    height,
    fps,
    secondsPerStep
  };
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Progress on one line: rewritten in place on a terminal, else a line every 10 %. */
function progressReporter(io: CliIo, label: string) {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  let lastLine = '';
  let lastWrite = 0;
  return {
    update(stage: 'draw' | 'encode', done: number, total: number) {
      const verb = stage === 'draw' ? 'drawing' : 'encoding';
      if (tty) {
        const now = Date.now();
        if (done === total || now - lastWrite > 250) {
          lastWrite = now;
          io.stderr.write(`\r${label}: ${verb} frame ${done}/${total} (${Math.floor((done * 100) / total)}%)  `);
          if (done === total) io.stderr.write('\n');
        }
      } else {
        const line = `${label}: ${verb} frame ${Math.floor((done * 10) / total) * 10}%`;
        if (line !== lastLine) {
          lastLine = line;
          io.stderr.write(`${label}: ${verb} frame ${done}/${total} (${Math.floor((done * 10) / total) * 10}%)\n`);
        }
      }
    }
  };
}

export async function exportStory(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(exportUsage + '\n');
    return EXIT.ok;
  }
  const options = parseExportArgs(args);
  if (typeof options === 'string') {
    io.stderr.write(`scrollstage export: ${options}\n\n${exportUsage}\n`);
    return EXIT.usage;
  }
  const { file } = options;
  const checked = await validate([file], io);
  if (checked !== EXIT.ok) return checked;
  let story: Story;
  try {
    let source = await io.readFile(resolve(io.cwd, file));
    if (source.startsWith(BOM)) source = source.slice(1);
    story = parseStory(JSON.parse(source));
  } catch {
    io.stdout.write(`${file}: not a story, nothing to export\n`);
    return EXIT.problems;
  }

  // The programs, before any work: a missing one is said at once.
  const chromiumPath = findChromium(process.env);
  if ('problem' in chromiumPath) {
    io.stderr.write(`scrollstage export: ${chromiumPath.problem}\n`);
    return EXIT.problems;
  }
  const ffmpegPath = options.video ? findFfmpeg(process.env) : null;
  if (ffmpegPath && 'problem' in ffmpegPath) {
    io.stderr.write(`scrollstage export: ${ffmpegPath.problem}\n`);
    return EXIT.problems;
  }

  const { stageGraphics } = await import('../core/stageGraphics.js');
  const { launchChromium } = await import('../export/chromium.js');
  const registry = stageGraphics(story);
  const storyFile = resolve(io.cwd, file);
  // Photos and posters at their own files' URLs: Chromium opens them from disk.
  const copies = snapshotCopies(story, registry, storyFile);
  for (const [src, { from }] of copies) {
    if (!(await stat(from).catch(() => null))) {
      io.stderr.write(`scrollstage export: ${file}: "${src}" names ${from}, which does not exist\n`);
      return EXIT.problems;
    }
  }
  let prepared: Prepared;
  try {
    prepared = await prepareStory(story, {
      ...nodeEnv(storyFile),
      fileUrl: (src) => (copies.has(src) ? pathToFileURL(copies.get(src)!.from).href : src)
    });
  } catch (error) {
    io.stderr.write(`scrollstage export: ${file}: ${String((error as Error)?.message ?? error).replace(/^scrollstage: /, '')}\n`);
    return EXIT.problems;
  }

  const workDir = await mkdtemp(join(tmpdir(), 'scrollstage-export-'));
  let chromium: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    try {
      chromium = await launchChromium(chromiumPath.path);
    } catch (error) {
      io.stderr.write(
        `scrollstage export: ${(error as Error).message} (${chromiumPath.path}); install it with "apt-get install -y chromium" or set CHROMIUM_PATH\n`
      );
      return EXIT.problems;
    }
    const write = async (name: string, bytes: Buffer | string): Promise<boolean> => {
      try {
        await writeFile(resolve(io.cwd, name), bytes);
        return true;
      } catch (error) {
        io.stderr.write(`scrollstage export: cannot write ${name} (${(error as NodeJS.ErrnoException | null)?.code ?? 'write failed'})\n`);
        return false;
      }
    };

    if (options.pdf) {
      const started = Date.now();
      const { exportPdf } = await import('../export/pdf.js');
      let pdf: Buffer;
      try {
        pdf = await exportPdf({
          story,
          prepared,
          paper: options.paper,
          workDir,
          chromium
        });
      } catch (error) {
        io.stderr.write(`scrollstage export: ${options.pdf}: ${(error as Error).message}\n`);
        return EXIT.usage;
      }
      if (!(await write(options.pdf, pdf))) return EXIT.usage;
      io.stdout.write(`wrote ${options.pdf} (${sizeText(pdf.length)}, ${options.paper}, ${story.steps.length} steps) in ${seconds(Date.now() - started)}\n`);
    }

    if (options.video) {
      const started = Date.now();
      const { exportVideo } = await import('../export/video.js');
      const out = resolve(io.cwd, options.video);
      const progress = progressReporter(io, options.video);
      let result;
      try {
        result = await exportVideo({
          story,
          registry,
          prepared,
          width: options.width,
          height: options.height,
          fps: options.fps,
          secondsPerStep: options.secondsPerStep,
          out,
          workDir,
          chromium,
          ffmpeg: (ffmpegPath as { path: string }).path,
          onProgress: progress.update
        });
      } catch (error) {
        io.stderr.write(`scrollstage export: ${options.video}: ${(error as Error).message}\n`);
        return EXIT.usage;
      }
      const vttName = options.video.replace(/\.mp4$/i, '.vtt');
      if (!(await write(vttName, result.vtt))) return EXIT.usage;
      const { size } = await stat(out);
      const { frames, fps } = result.timeline;
      io.stdout.write(
        `wrote ${options.video} (${sizeText(size)}, ${options.width}x${options.height}, ${fps} fps, ${seconds((frames * 1000) / fps)}, ${frames} frames, ${result.drawn} drawn) and ${vttName} in ${seconds(Date.now() - started)}\n`
      );
    }
    return EXIT.ok;
  } finally {
    await chromium?.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
