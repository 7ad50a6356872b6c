// Each built-in type's change into a step as a pure function of time: moving mid-change,
// exactly the settled drawing once over, and the same picture for the same moment.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { parseStory, type Story } from '../../../src/schema/parseStory.js';
import { stageGraphics } from '../../../src/core/stageGraphics.js';
import { NO_INSETS } from '../../../src/core/graphicProps.js';
import { planStageChange, LAYER_FADE_MS } from '../../../src/export/stageMotion.js';
import { planMapChange, mapTargetView } from '../../../src/graphics/map/plan/mapMotion.js';
import { EMPTY_BASEMAP } from '../../../src/graphics/map/plan/mapGeography.js';
import CorridorMap from '../../../src/graphics/map/CorridorMap.svelte';
import ExportStage from '../../../src/export/ExportStage.svelte';
import { stageBoxes, videoLayout, withCardRoom } from '../../../src/export/videoFrame.js';

const load = (file: string) => parseStory(JSON.parse(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8')));
const W = 400;
const H = 600;
const insets = { ...NO_INSETS, bottom: 180 };
const boxOf = () => ({ x: 0, y: 0, width: W, height: H, insets });

function drawn(story: Story, step: number, elapsed: number, progress: number): string {
  const registry = stageGraphics(story);
  const moment = planStageChange(story, registry, undefined, step, boxOf).at(elapsed, progress);
  return render(ExportStage, {
    props: { story, registry, moment, width: W, height: H }
  }).body;
}

describe.each([
  ['bar-chart', 'tests/fixtures/stories/bar-chart-example.json', 2],
  ['line-chart', 'tests/fixtures/stories/line-chart-example.json', 1],
  ['unit-chart', 'tests/fixtures/stories/unit-chart-six-groups.json', 1]
])('a %s change', (type, file, step) => {
  const story = load(file);
  const registry = stageGraphics(story);
  const change = planStageChange(story, registry, undefined, step, boxOf);

  it('takes time, and is planned for its own type', () => {
    expect(change.durationMs).toBeGreaterThan(100);
    expect(change.at(0, 0).layers.map((l) => l.type)).toEqual([type]);
  });

  it('differs mid-change from the settled pictures on both sides', () => {
    const before = drawn(story, step - 1, 60_000, 1);
    const middle = drawn(story, step, change.durationMs / 2, 1);
    const after = drawn(story, step, change.durationMs + 1, 1);
    expect(middle).not.toBe(before);
    expect(middle).not.toBe(after);
  });

  it('draws the same picture for the same moment', () => {
    expect(drawn(story, step, change.durationMs / 3, 1)).toBe(drawn(story, step, change.durationMs / 3, 1));
  });

  it('is still once over', () => {
    expect(drawn(story, step, change.durationMs, 1)).toBe(drawn(story, step, 60_000, 1));
  });
});

describe('the map’s change', () => {
  const story = load('stories/idlib-m5.json');
  it('flies the camera from the step before to the step’s view and ends there', () => {
    const step = 2;
    const change = planMapChange(story, EMPTY_BASEMAP, step, step - 1, W, H, insets);
    const from = mapTargetView(story, EMPTY_BASEMAP, step - 1, W, H, insets);
    const to = mapTargetView(story, EMPTY_BASEMAP, step, W, H, insets);
    expect(change.durationMs).toBeGreaterThanOrEqual(600);
    change.at(0, 1).camera!.forEach((v, i) => expect(v).toBeCloseTo(from[i]!, 6));
    expect(change.at(change.durationMs, 1).camera).toEqual(to);
    const middle = change.at(change.durationMs / 2, 1).camera!;
    expect(middle).not.toEqual(from);
    expect(middle).not.toEqual(to);
  });

  it('draws, once over, exactly what the map draws without motion (its snapshot)', () => {
    for (const step of [1, 2, 6, 8]) {
      const change = planMapChange(story, EMPTY_BASEMAP, step, step - 1, W, H, insets);
      const props = {
        story,
        index: step,
        width: W,
        height: H,
        insets,
        progress: 1
      };
      const still = render(CorridorMap, { props }).body;
      expect(
        render(CorridorMap, {
          props: { ...props, motion: change.at(change.durationMs, 1) }
        }).body
      ).toBe(still);
      if (change.durationMs > 0)
        expect(
          render(CorridorMap, {
            props: { ...props, motion: change.at(change.durationMs / 2, 1) }
          }).body
        ).not.toBe(still);
    }
  });

  it('draws a scrubbed step’s progress line by its progress', () => {
    const step = story.steps.findIndex((s) => s.state.scrub && s.state.type === 'map');
    const change = planMapChange(story, EMPTY_BASEMAP, step, step - 1, W, H, insets);
    const start = change.at(0, 0).progressKm!;
    const end = change.at(0, 1).progressKm!;
    expect(end).not.toBe(start);
    expect(change.at(0, 0.5).progressKm).toBeCloseTo((start + end) / 2, 6);
  });

  it('fades between the map and another type as GraphicStage does', () => {
    const registry = stageGraphics(story);
    const step = story.steps.findIndex((s, i) => i > 0 && s.state.type !== 'map');
    const change = planStageChange(story, registry, undefined, step, boxOf);
    // The map stays mounted: it fades out under the chart, which appears at once.
    const mid = change.at(LAYER_FADE_MS / 2, 1).layers;
    expect(mid.map((l) => l.type)).toEqual(['map', story.steps[step]!.state.type]);
    expect(mid[0]!.opacity).toBeGreaterThan(0);
    expect(mid[0]!.opacity).toBeLessThan(1);
    expect(change.at(LAYER_FADE_MS, 1).layers.map((l) => l.type)).toEqual([story.steps[step]!.state.type]);
  });
});

describe('where each type is drawn in a video frame', () => {
  it('fills the frame with a map behind the card, and draws a chart in the part the card leaves clear', () => {
    const portrait = withCardRoom(videoLayout(1080, 1920, 'ltr'), 300);
    expect(portrait.graphic).toMatchObject({ width: 400, height: 711 });
    expect(portrait.graphic.insets.bottom).toBe(300 + 28);
    const boxOf = stageBoxes(portrait);
    expect(boxOf('map')).toEqual({ x: 0, y: 0, width: 400, height: 711, insets: portrait.graphic.insets });
    expect(boxOf('unit-chart')).toEqual({ x: 0, y: 0, width: 400, height: 711 - 328, insets: NO_INSETS });
    // Landscape: the card on the story's start side, the chart beside it.
    const rtl = stageBoxes(videoLayout(1920, 1080, 'rtl'));
    const box = rtl('bar-chart');
    expect(box.x).toBe(0);
    expect(box.width).toBeLessThan(711);
    expect(rtl('map').insets.right).toBe(711 - box.width);
  });
});
