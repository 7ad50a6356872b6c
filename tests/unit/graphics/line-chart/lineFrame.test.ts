import { describe, expect, it } from 'vitest';
import { emptyFrame, lerpFrame, scrubStart, targetFrame } from '../../../../src/graphics/line-chart/plan/lineFrame.js';
import { lineChartStateAt, type LineChartState } from '../../../../src/graphics/line-chart/state.js';
import { lineStory, YEARS } from '../../../helpers/lineStories.js';

const stateOf = (graphics: unknown[], index = 0) => lineChartStateAt(lineStory(graphics), index)!;

describe('a line chart’s frame', () => {
  it('spans every point of every series on x, and rounds y out from 0 to nice numbers', () => {
    const frame = targetFrame(stateOf([YEARS]));
    expect(frame.x).toEqual([2000, 2020]);
    expect(frame.y).toEqual([0, 80]);
    expect(frame.reveal).toBe(2020);
  });

  it('fits y to the data with zero: false, and takes in the notes', () => {
    const series = [{ id: 'co2', label: 'CO₂', source: 'stats', points: [[2000, 369.7], [2010, 389.9], [2020, 414.2]] }];
    const state = stateOf([{ ...YEARS, series, y: { label: 'ppm', zero: false }, annotations: [{ x: 1995, y: 360, text: 'Before' }] }]);
    const frame = targetFrame(state);
    expect(frame.x).toEqual([1995, 2020]);
    expect(frame.y).toEqual([360, 420]);
    expect(targetFrame(stateOf([{ ...YEARS, series }])).y).toEqual([0, 500]);
  });

  it('reveals up to until, in the axis’s units', () => {
    expect(targetFrame(stateOf([{ ...YEARS, until: 2012 }])).reveal).toBe(2012);
    const dates = stateOf([
      { type: 'line-chart', title: 'T', x: { type: 'date' }, y: { label: 'Y' }, until: '2020-01-02T06:00Z', series: [{ id: 'a', label: 'A', source: 'stats', points: [['2020-01-01', 1], ['2020-01-03', 2]] }] }
    ]);
    expect(targetFrame(dates).reveal).toBe(Date.UTC(2020, 0, 2, 6));
  });

  it('widens a domain of one value, so the scale still maps', () => {
    const frame = targetFrame(stateOf([{ ...YEARS, series: [{ id: 'a', label: 'A', source: 'stats', points: [[2000, 5]] }] }]));
    expect(frame.x[1] - frame.x[0]).toBeGreaterThan(0);
    expect(frame.y[1] - frame.y[0]).toBeGreaterThan(0);
  });

  it('interpolates domains and reveal together', () => {
    const a = { x: [0, 10] as [number, number], y: [0, 100] as [number, number], reveal: 2 };
    const b = { x: [0, 20] as [number, number], y: [0, 200] as [number, number], reveal: 12 };
    expect(lerpFrame(a, b, 0.5)).toEqual({ x: [0, 15], y: [0, 150], reveal: 7 });
    expect(emptyFrame(b).reveal).toBe(0);
  });

  it('starts a scrubbed step from the previous step’s picture, or from nothing after another graphic', () => {
    const story = lineStory([{ ...YEARS, until: 2005 }, { type: 'line-chart', until: 2015, scrub: true }]);
    const states = story.steps.map((s) => s.state);
    expect(scrubStart(states, 1)!.reveal).toBe(2005);
    expect(scrubStart([{ type: 'map' }, states[1]!], 1)!.reveal).toBe(2000);
    expect(scrubStart(states, 5)).toBeNull();
    expect(targetFrame(states[1] as unknown as LineChartState).reveal).toBe(2015);
  });
});
