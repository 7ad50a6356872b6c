/**
 * The second story's claims, checked against its data: the track is the best track
 * (stories/data/hurricane-ian/track.json), the wind chart is the best track's winds, each
 * progress line stops at the best-track time its step names, the landfalls lie on the track,
 * the distances and sums the text gives are what the data says, and the story is valid
 * without a warning.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoDistance } from 'd3-geo';
import { validateStory } from '../../../src/schema/parseStory.js';
import { cumulativeKm, EARTH_RADIUS_KM, type LonLat } from '../../../src/geo/cumulativeKm.js';
import { nearestKm } from '../../../src/geo/nearestKm.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const story: any = read('stories/hurricane-ian.json');
const track: { time: string; lat: number; lon: number; windKt: number; landfall: boolean }[] = read('stories/data/hurricane-ian/track.json');
const route: LonLat[] = story.routes.find((r: { id: string }) => r.id === 'track').coordinates;
const km = cumulativeKm(route);
const place = (id: string): LonLat => {
  const p = story.places.find((q: { id: string }) => q.id === id);
  return [p.lon, p.lat];
};
const distanceKm = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;
const stepOf = (id: string) => story.steps.find((s: { id: string }) => s.id === id);
const timeIndex = (time: string) => track.findIndex((p) => p.time === time);

describe('stories/hurricane-ian.json', () => {
  it('is valid, with no warning', () => {
    const { problems, warnings } = validateStory(story);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('draws the best track, every entry in order', () => {
    expect(route).toEqual(track.map((p) => [p.lon, p.lat]));
  });

  it('charts the best track’s winds, and the peak its text gives', () => {
    const series = stepOf('strengthening').graphic.series[0];
    expect(series.points).toEqual(track.map((p) => [p.time, p.windKt]));
    const peak = track.reduce((a, b) => (b.windKt > a.windKt ? b : a));
    expect(peak).toMatchObject({ time: '2022-09-28T12:00Z', windKt: 140 });
    expect(stepOf('category-5').text).toContain('140 knots');
    // "From 65 to 100 knots in the next 24 hours" after becoming a hurricane at 06 UTC 26 September.
    expect(track[timeIndex('2022-09-26T06:00Z')]!.windKt).toBe(65);
    expect(track[timeIndex('2022-09-27T06:00Z')]!.windKt).toBe(100);
  });

  it('puts every landfall on the track (within a kilometre of the line)', () => {
    for (const id of ['landfall-cuba', 'dry-tortugas', 'landfall-cayo-costa', 'landfall-punta-gorda', 'landfall-georgetown']) {
      expect(nearestKm(route, place(id)).offKm, id).toBeLessThan(1);
    }
  });

  it('stops each progress line at the best-track time its step is about', () => {
    const stops: [string, string][] = [
      ['caribbean', '2022-09-25T18:00Z'],
      ['cuba', '2022-09-27T12:00Z'],
      ['dry-tortugas', '2022-09-28T06:00Z'],
      ['cayo-costa', '2022-09-28T20:35Z'],
      ['rain', '2022-09-29T18:00Z'],
      ['hurricane-again', '2022-09-30T12:00Z'],
      ['south-carolina', '2022-10-01T06:00Z']
    ];
    for (const [id, time] of stops) {
      const to = stepOf(id).graphic.progress.to.km;
      expect(Math.abs(to - km[timeIndex(time)]!), id).toBeLessThan(0.5);
    }
  });

  it('says "about 90 km" for the peak’s distance to the Cayo Costa landfall (our measurement, within 5 %)', () => {
    const peak: LonLat = [track[timeIndex('2022-09-28T12:00Z')]!.lon, track[timeIndex('2022-09-28T12:00Z')]!.lat];
    const d = distanceKm(peak, place('landfall-cayo-costa'));
    expect(stepOf('category-5').text).toContain('About 90 km');
    expect(Math.abs(d - 90) / 90).toBeLessThan(0.05);
  });

  it('adds up its deaths: 66 direct by cause, and 156 with the indirect', () => {
    const bars: { id: string; value: number }[] = stepOf('toll').graphic.bars;
    const direct = bars.filter((b) => b.id !== 'indirect').reduce((a, b) => a + b.value, 0);
    const all = bars.reduce((a, b) => a + b.value, 0);
    expect(direct).toBe(66);
    expect(all).toBe(156);
    expect(stepOf('toll').text).toContain('156 deaths');
    expect(stepOf('toll').text).toContain('66 caused directly');
  });

  it('names no flagship source, place or word', () => {
    expect(JSON.stringify(story)).not.toMatch(/Idlib|Idleb|Syria|OCHA|\bM5\b/);
  });
});
