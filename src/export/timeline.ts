/**
 * How long each step of a video lasts, and what the frame at any time shows: pure, so the
 * timing rule is tested in Node and a video's length is known before a frame is drawn.
 *
 * The timing rule: a step stays on screen for READ_BASE_S plus its words (kicker and text)
 * at READ_WORDS_PER_S (about 200 words a minute, a comfortable pace for captions), at least
 * MIN_STEP_S, and at least its change (a camera flight, bars moving) plus SETTLE_S, so every
 * animation ends and is seen at rest. `--seconds-per-step N` gives every step N seconds
 * instead (a change longer than N is cut short by the next step). Each step is a whole
 * number of frames: round(seconds × fps). A scrubbed step (`scrub: true`) plays its
 * scroll-driven change from progress 0 to 1, evenly, over its first SCRUB_SHARE (at most
 * SCRUB_MAX_S).
 */
import type { Story } from '../schema/parseStory.js';

export const READ_BASE_S = 1.5;
export const READ_WORDS_PER_S = 3.3;
export const MIN_STEP_S = 3;
export const SETTLE_S = 1;
export const SCRUB_SHARE = 0.6;
/** …and over at most this long, s: a reader scrolls through a change, and every frame of it is drawn. */
export const SCRUB_MAX_S = 4;
/** How long a card takes to slide in over the one before, ms. */
export const CARD_MS = 600;

/** The words a reader reads in a step's card: kicker and text, markup left out. */
export function stepWords(story: Story, index: number): number {
  const step = story.steps[index]!;
  const text = `${step.kicker ?? ''} ${step.text}`.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>[\]]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The seconds the rule gives step `index`, before rounding to frames; `changeMs` is how long its change lasts. */
export function readingSeconds(words: number, changeMs: number): number {
  return Math.max(MIN_STEP_S, READ_BASE_S + words / READ_WORDS_PER_S, changeMs / 1000 + SETTLE_S);
}

export interface StepSpan {
  index: number;
  /** First frame. */
  start: number;
  /** Number of frames. */
  frames: number;
}

export interface Timeline {
  fps: number;
  steps: StepSpan[];
  /** Frames in all. */
  frames: number;
}

/** `seconds[i]`: step i's seconds (the rule's, or --seconds-per-step). */
export function timeline(seconds: readonly number[], fps: number): Timeline {
  let start = 0;
  const steps = seconds.map((s, index) => {
    const frames = Math.max(1, Math.round(s * fps));
    const span = { index, start, frames };
    start += frames;
    return span;
  });
  return { fps, steps, frames: start };
}

/** Where frame `frame` of step span `span` is: ms since the step began and its scroll progress. */
export function momentOf(span: StepSpan, frame: number, fps: number): { elapsedMs: number; progress: number } {
  const k = frame - span.start;
  const elapsedMs = (k * 1000) / fps;
  const scrubFrames = Math.max(1, Math.min(Math.round(span.frames * SCRUB_SHARE), Math.round(SCRUB_MAX_S * fps)));
  return { elapsedMs, progress: Math.min(1, k / scrubFrames) };
}

function vttTime(frames: number, fps: number): string {
  const ms = Math.round((frames * 1000) / fps);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** Text as a WebVTT cue payload: no blank lines (they end a cue), and `&`, `<` and `>` escaped. */
function cueText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A WebVTT file with each step's kicker and text as a cue while the step is on screen. */
export function webVtt(story: Story, line: Timeline): string {
  const cues = line.steps.map(({ index, start, frames }) => {
    const step = story.steps[index]!;
    const body = [step.kicker ? cueText(step.kicker) : '', cueText(step.text)].filter(Boolean).join('\n');
    return `${step.id}\n${vttTime(start, line.fps)} --> ${vttTime(start + frames, line.fps)}\n${body}`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}
