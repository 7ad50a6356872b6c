/**
 * The vertical (or landscape) video: every frame drawn at its exact time, never played in
 * real time. For frame n the timeline says which step and how far into it; stageMotion
 * says what the graphic panel shows then; ExportStage renders that as SVG in Node; Chromium
 * draws it, with the card, in a page of the frame's size and hands back a PNG; the PNGs go
 * to ffmpeg's stdin (image2pipe) and come out as H.264, yuv420p, faststart.
 *
 * A frame whose picture is the frame before's (a step at rest, most of a video) is not
 * drawn again: the same PNG is sent. Nothing depends on how fast the machine is: the same
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
import { cardContent, cardsAt, framePage, videoLayout } from './videoFrame.js';

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
  /** Called as frames are done. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each frame's SHA-256 (of the PNG fed to ffmpeg), for tests. */
  onFrame?: (frame: number, hash: string) => void;
}

export interface VideoResult {
  timeline: Timeline;
  /** Frames drawn by Chromium (the rest repeat the frame before). */
  drawn: number;
  vtt: string;
}

/** The timeline of a story at this size: the timing rule (or --seconds-per-step) over each step's change. */
export function videoTimeline(options: Pick<VideoOptions, 'story' | 'registry' | 'prepared' | 'width' | 'height' | 'fps' | 'secondsPerStep'>) {
  const { story, registry, prepared, width, height, fps, secondsPerStep } = options;
  const layout = videoLayout(width, height, story.dir);
  const { graphic } = layout;
  const changes = story.steps.map((_, i) => planStageChange(story, registry, prepared, i, graphic.width, graphic.height, graphic.insets));
  const seconds = changes.map((change, i) => secondsPerStep ?? readingSeconds(stepWords(story, i), change.durationMs));
  return { layout, changes, line: timeline(seconds, fps) };
}

export async function exportVideo(options: VideoOptions): Promise<VideoResult> {
  const { story, registry, prepared, fps, out, workDir, chromium, ffmpeg, onProgress, onFrame } = options;
  const { layout, changes, line } = videoTimeline(options);
  const { graphic } = layout;

  const pageFile = join(workDir, 'frame.html');
  await writeFile(pageFile, framePage(story, layout), 'utf8');
  const page = await chromium.newPage(layout.width, layout.height);
  await page.goto(pathToFileURL(pageFile).href);

  const encoder = spawn(
    ffmpeg,
    [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'image2pipe', '-framerate', String(fps), '-c:v', 'png', '-i', '-',
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '20', '-threads', String(X264_THREADS),
      '-pix_fmt', 'yuv420p', '-r', String(fps), '-movflags', '+faststart',
      out
    ],
    { stdio: ['pipe', 'ignore', 'pipe'] }
  );
  let encoderError = '';
  encoder.stderr.on('data', (chunk: Buffer) => (encoderError = (encoderError + chunk.toString()).slice(-4000)));
  const finished = new Promise<number>((resolve, reject) => {
    encoder.on('error', reject);
    encoder.on('close', (code) => resolve(code ?? 1));
  });
  encoder.stdin.on('error', () => {});
  const write = (png: Buffer) =>
    new Promise<void>((resolve, reject) => {
      if (encoder.exitCode !== null) return reject(new Error(`ffmpeg stopped: ${encoderError.trim().split('\n').pop() ?? ''}`));
      if (encoder.stdin.write(png)) resolve();
      else encoder.stdin.once('drain', resolve);
    });

  const contents = story.steps.map((_, i) => cardContent(story, i));
  const context = preparedContext(prepared);
  let last: { key: string; png: Buffer; hash: string } | null = null;
  let drawn = 0;
  try {
    for (const span of line.steps) {
      const change = changes[span.index]!;
      // From here on the step is at rest: one picture for the rest of its frames.
      const restMs = Math.max(change.durationMs, span.index > 0 ? CARD_MS : 0);
      let rest: { png: Buffer; hash: string } | null = null;
      for (let frame = span.start; frame < span.start + span.frames; frame++) {
        const { elapsedMs, progress } = momentOf(span, frame, fps);
        const atRest = elapsedMs >= restMs && (!change.scrub || progress >= 1);
        let picture: { png: Buffer; hash: string } | null = atRest ? rest : null;
        if (!picture) {
          const moment = change.at(elapsedMs, progress);
          const { body } = render(ExportStage, {
            props: { story, registry, moment, width: graphic.width, height: graphic.height, insets: graphic.insets },
            context
          });
          const svg = withoutHydrationMarkers(body).trim();
          const cards = cardsAt(contents, span.index, elapsedMs);
          const key = `${svg}\u0000${cards}`;
          if (last && last.key === key) {
            picture = last;
          } else {
            await page.evaluate(`window.show(${JSON.stringify(svg)}, ${JSON.stringify(cards)})`);
            const png = await page.screenshot();
            drawn++;
            last = { key, png, hash: createHash('sha256').update(png).digest('hex') };
            picture = last;
          }
          if (atRest) rest = picture;
        }
        onFrame?.(frame, picture.hash);
        await write(picture.png);
        onProgress?.(frame + 1, line.frames);
      }
    }
  } catch (error) {
    encoder.kill('SIGKILL');
    throw error;
  }
  encoder.stdin.end();
  const code = await finished;
  if (code !== 0) throw new Error(`ffmpeg failed (exit code ${code}): ${encoderError.trim().split('\n').pop() ?? ''}`);
  return { timeline: line, drawn, vtt: webVtt(story, line) };
}
