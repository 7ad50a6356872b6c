// Maps of anywhere, at any scale: a city course fitted tight at phone and desktop size, with
// every place named, each name beside its own symbol and off the course where it can be.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory } from '../../../../../src/schema/parseStory.js';
import { mapScene } from '../../../../../src/graphics/map/plan/mapScene.js';
import { EMPTY_BASEMAP } from '../../../../../src/graphics/map/plan/mapGeography.js';
import { NARROW_CARD_INSET } from '../../../../../src/constants.js';

const marathon = parseStory(JSON.parse(readFileSync(new URL('../../../../fixtures/stories/fr-marathon.json', import.meta.url), 'utf8')));

const SIZES = [
  // A phone's full-bleed graphic under a card, and the desktop's panel beside the text.
  ['phone', 390, 844, { top: 0, right: 0, bottom: Math.round(844 * NARROW_CARD_INSET), left: 0 }],
  ['desktop', 745, 800, { top: 0, right: 0, bottom: 0, left: 0 }]
] as const;

describe.each(SIZES)('a city-scale map (a marathon in Paris) at %s size', (_, width, height, insets) => {
  it('fits the course tight: it fills the free space across its longer side', () => {
    const scene = mapScene(marathon, 0, width, height, { ...insets }, EMPTY_BASEMAP as never);
    const { x, y, k } = scene.transform;
    const course = marathon.routes[0]!.coordinates.map((c) => scene.projection(c as [number, number])).map(([bx, by]) => [x + bx * k, y + by * k]);
    const xs = course.map((p) => p[0]!);
    const ys = course.map((p) => p[1]!);
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    const target = scene.layout.target;
    // The course is wider than tall: it spans (nearly) the target's width, padding aside.
    expect(spanX / target.width).toBeGreaterThan(0.8);
    // And all of it is inside the target.
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(target.x - 1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(target.x + target.width + 1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(target.y - 1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(target.y + target.height + 1);
    expect(spanY).toBeGreaterThan(0);
  });

  it.each(marathon.steps.map((s) => s.index))('names every place of step %i, each nearer its own symbol than any other', (index) => {
    const scene = mapScene(marathon, index, width, height, { ...insets }, EMPTY_BASEMAP as never);
    const { x, y, k } = scene.transform;
    const shown = scene.state!.places.map((id) => marathon.places.find((p) => p.id === id)!);
    const screen = (p: (typeof shown)[number]) => {
      const [bx, by] = scene.projection([p.lon, p.lat]);
      return [x + bx * k, y + by * k] as const;
    };
    const labels = scene.labels.filter((l) => l.kind === 'place' || l.kind === 'strong');
    expect(labels.map((l) => l.place).sort()).toEqual(shown.map((p) => p.id).sort());
    const distance = (box: { x: number; y: number; width: number; height: number }, [px, py]: readonly [number, number]) =>
      Math.hypot(Math.max(box.x - px, 0, px - box.x - box.width), Math.max(box.y - py, 0, py - box.y - box.height));
    for (const label of labels) {
      const own = distance(label.box, screen(shown.find((p) => p.id === label.place)!));
      for (const other of shown.filter((p) => p.id !== label.place)) expect(own).toBeLessThan(distance(label.box, screen(other)));
    }
  });
});
