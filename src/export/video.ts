/**
 * The vertical (or landscape) video: every frame drawn at its exact time, never played in
 * real time. For frame n the timeline says which step and how far into it; stageMotion
 * says what the graphic panel shows then; ExportStage renders that as SVG in Node; Chromium
 * draws it, with the card, in a page of the frame's size and hands back a PNG. Each
 * distinct picture is written once with the number of frames it lasts (a step at rest is
 * most of a video, and is drawn once); ffmpeg's concat demuxer shows each for exactly that
 * long and encodes H.264, yuv420p, faststart, at a constant frame rate. Nothing depends on how fast the machine is: the same
 * story gives the same frames, byte for byte, on any machine with the same Chromium and
 * fonts; x264 is run with a fixed number of threads, so its output is repeatable too.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { render } from 'svelte/server';
import type { Story } from '../schema/parseStory.js';
import type { GraphicDefinition } from '../core/defineGraphic.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import type { Prepared } from '../core/prepareStory.js';
import { preparedContext } from '../core/preparedContext.js';
import { withoutHydrationMarkers } from '../components/snapshot/snapshotSvg.js';
import type { Chromium } from './chromium.js';
import ExportStage from './ExportStage.svelte';
import { planStageChange } from './stageMotion.js';
import { CARD_MS, momentOf, readingSeconds, stepWords, timeline, webVtt, type Timeline } from './timeline.js';
import { cardContent, cardsAt, framePage, stageBoxes, videoLayout, withCardRoom, type VideoLayout } from './videoFrame.js';

/** x264's threads: fixed, so the encoded stream is the same on a machine with more cores. */
export const X264_THREADS = 2;

export interface VideoOptions {
  story: Story;
  registry: GraphicRegistry<GraphicDefinition>;
  prepared: Prepared | undefined;
  width: number;
  height: number;
  fps: number;
  /** Every step this long instead of the timing rule. */
  secondsPerStep?: number | undefined;
  out: string;
  /** Where the frame page is written. */
  workDir: string;
  chromium: Chromium;
  ffmpeg: string;
  /** Called as frames are drawn, then as they are encoded. */
  onProgress?: (stage: 'draw' | 'encode', done: number, total: number) => void;
  /** Called with each frame's SHA-256 (of the PNG fed to ffmpeg), for tests. */
  onFrame?: (frame: number, hash: string) => void;
}

export interface VideoResult {
  timeline: Timeline;
  /** Frames drawn by Chromium (the rest repeat the frame before). */
  drawn: number;
  vtt: string;
}

/** The timeline of a story in this layout: the timing rule (or --seconds-per-step) over each step's change. */
export function videoTimeline(options: Pick<VideoOptions, 'story' | 'registry' | 'prepared' | 'fps' | 'secondsPerStep'>, layout: VideoLayout) {
  const { story, registry, prepared, fps, secondsPerStep } = options;
  const boxOf = stageBoxes(layout);
  const changes = story.steps.map((_, i) => planStageChange(story, registry, prepared, i, boxOf));
  const seconds = changes.map((change, i) => secondsPerStep ?? readingSeconds(stepWords(story, i), change.durationMs));
  return { changes, line: timeline(seconds, fps) };
}

export async function exportVideo(options: VideoOptions): Promise<VideoResult> {
  const { story, registry, prepared, fps, out, workDir, chromium, ffmpeg, onProgress, onFrame } = options;
  const first = videoLayout(options.width, options.height, story.dir);
  const pageFile = join(workDir, 'frame.html');
  await writeFile(pageFile, framePage(story, first), 'utf8');
  const page = await chromium.newPage(first.width, first.height);
  await page.goto(pathToFileURL(pageFile).href);
  const contents = story.steps.map((_, i) => cardContent(story, i));
  const layout = withCardRoom(first, await page.evaluate<number>(`window.measure(${JSON.stringify(contents)})`));
  const { changes, line } = videoTimeline(options, layout);
  const { graphic } = layout;

  const context = preparedContext(prepared);
  // Each picture once, as a file, with how many frames it stays: ffmpeg repeats it.
  const entries: { file: string; frames: number }[] = [];
  let last: { key: string; hash: string } | null = null;
  for (const span of line.steps) {
    const change = changes[span.index]!;
    // From here on the step is at rest: its picture for the rest of its frames.
    const restMs = Math.max(change.durationMs, span.index > 0 ? CARD_MS : 0);
    let restDrawn = false;
    for (let frame = span.start; frame < span.start + span.frames; frame++) {
      const { elapsedMs, progress } = momentOf(span, frame, fps);
      const atRest = elapsedMs >= restMs && (!change.scrub || progress >= 1);
      if (!atRest || !restDrawn || !last) {
        restDrawn = atRest;
        const moment = change.at(elapsedMs, progress);
        const { body } = render(ExportStage, {
          props: {
            story,
            registry,
            moment,
            width: graphic.width,
            height: graphic.height
          },
          context
        });
        const svg = withoutHydrationMarkers(body).trim();
        const cards = cardsAt(contents, span.index, elapsedMs);
        const key = `${svg}\u0000${cards}`;
        if (!last || last.key !== key) {
          await page.evaluate(`window.show(${JSON.stringify(svg)}, ${JSON.stringify(cards)})`);
          const png = await page.screenshot();
          const file = `frame-${String(entries.length + 1).padStart(6, '0')}.png`;
          await writeFile(join(workDir, file), png);
          entries.push({ file, frames: 0 });
          last = { key, hash: createHash('sha256').update(png).digest('hex') };
        }
      }
      entries[entries.length - 1]!.frames++;
      onFrame?.(frame, last.hash);
      onProgress?.('draw', frame + 1, line.frames);
    }
  }

  // The concat demuxer shows each picture for its duration; -r and cfr make the frames.
  // The last file is named twice: the demuxer drops the last entry's duration otherwise.
  const list = [
    'ffconcat version 1.0',
    ...entries.flatMap((e) => [`file '${e.file}'`, `duration ${(e.frames / fps).toFixed(6)}`]),
    `file '${entries.at(-1)!.file}'`
  ];
  await writeFile(join(workDir, 'frames.txt'), list.join('\n') + '\n', 'utf8');
  await encode(
    ffmpeg,
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-nostats',
      '-progress',
      'pipe:1',
      '-y',
      '-f',
      'concat',
      '-safe',
      '0',
      '-i',
      join(workDir, 'frames.txt'),
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '20',
      '-threads',
      String(X264_THREADS),
      '-pix_fmt',
      'yuv420p',
      '-fps_mode',
      'cfr',
      '-r',
      String(fps),
      '-frames:v',
      String(line.frames),
      '-movflags',
      '+faststart',
      out
    ],
    (done) => onProgress?.('encode', Math.min(done, line.frames), line.frames)
  );
  return { timeline: line, drawn: entries.length, vtt: webVtt(story, line) };
}

/** Runs ffmpeg; `progress` hears the frame count it reports. Rejects with its last error line. */
function encode(ffmpeg: string, args: string[], progress: (frames: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const frames = [...chunk.matchAll(/^frame=(\d+)$/gm)].pop();
      if (frames) progress(Number(frames[1]));
    });
    child.on('error', (error) => reject(new Error(`cannot run ffmpeg (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg failed (exit code ${code}): ${errors.trim().split('\n').pop() ?? ''}`));
    });
  });
}
