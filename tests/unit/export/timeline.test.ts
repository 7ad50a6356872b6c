// The video's timing rule, its frames and its WebVTT: pure, before any frame is drawn.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory } from '../../../src/schema/parseStory.js';
import {
  MIN_STEP_S,
  READ_BASE_S,
  READ_WORDS_PER_S,
  SCRUB_MAX_S,
  SETTLE_S,
  momentOf,
  readingSeconds,
  stepWords,
  timeline,
  webVtt
} from '../../../src/export/timeline.js';
import { cssEase } from '../../../src/export/cssEase.js';

const load = (file: string) => parseStory(JSON.parse(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8')));

describe('the timing rule', () => {
  it('gives a base plus the words at reading pace, at least the minimum, at least the change and a rest', () => {
    expect(readingSeconds(33, 0)).toBeCloseTo(READ_BASE_S + 33 / READ_WORDS_PER_S, 9);
    expect(readingSeconds(1, 0)).toBe(MIN_STEP_S);
    expect(readingSeconds(1, 4000)).toBe(4 + SETTLE_S);
  });

  it('counts a card’s words, kicker included, markup left out', () => {
    const story = load('tests/fixtures/stories/bar-chart-example.json');
    const step = story.steps[0]!;
    const plain = `${step.kicker ?? ''} ${step.text}`.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(stepWords(story, 0)).toBe(plain);
    expect(stepWords(story, 0)).toBeGreaterThan(10);
  });

  it('makes each step a whole number of frames, one after another', () => {
    const line = timeline([2, 1.04, 3], 25);
    expect(line.steps.map((s) => [s.start, s.frames])).toEqual([
      [0, 50],
      [50, 26],
      [76, 75]
    ]);
    expect(line.frames).toBe(151);
  });

  it('places a frame in its step: ms since the step began, and a scrubbed step’s progress', () => {
    const line = timeline([5, 2], 10);
    const [a, b] = line.steps;
    expect(momentOf(a!, 0, 10)).toEqual({ elapsedMs: 0, progress: 0 });
    expect(momentOf(a!, 15, 10)).toEqual({ elapsedMs: 1500, progress: 0.5 });
    expect(momentOf(a!, 30, 10).progress).toBe(1);
    expect(momentOf(b!, 50, 10).elapsedMs).toBe(0);
    // A long step scrubs over at most SCRUB_MAX_S.
    const long = timeline([60], 10).steps[0]!;
    expect(momentOf(long, SCRUB_MAX_S * 10, 10).progress).toBe(1);
  });
});

describe('the WebVTT beside the video', () => {
  it('has a cue per step, timed by its frames, with the step’s text and nothing that breaks a cue', () => {
    const story = load('tests/fixtures/stories/bar-chart-example.json');
    const line = timeline(
      story.steps.map(() => 2.5),
      30
    );
    const vtt = webVtt(story, line);
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
    const cues = vtt.trim().split('\n\n').slice(1);
    expect(cues).toHaveLength(story.steps.length);
    expect(cues[1]!.split('\n')[1]).toBe('00:00:02.500 --> 00:00:05.000');
    for (const [i, cue] of cues.entries()) {
      expect(cue.split('\n')[0]).toBe(story.steps[i]!.id);
      expect(cue).not.toMatch(/<|\*\*/);
    }
  });
});

describe('CSS ease', () => {
  it('runs from 0 to 1, monotonic, as cubic-bezier(0.25, 0.1, 0.25, 1)', () => {
    expect(cssEase(0)).toBe(0);
    expect(cssEase(1)).toBe(1);
    // Browsers: ease at 50 % of the time is about 80 % of the way.
    expect(cssEase(0.5)).toBeCloseTo(0.8024, 3);
    let last = 0;
    for (let x = 0.01; x <= 1; x += 0.01) {
      const y = cssEase(x);
      expect(y).toBeGreaterThanOrEqual(last);
      last = y;
    }
  });
});
