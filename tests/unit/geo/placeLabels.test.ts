import { describe, expect, it } from 'vitest';
import { labelSize, overlaps, placeLabels, wrapText, type LabelRequest } from '../../../src/geo/placeLabels.js';

const bounds = { x: 0, y: 0, width: 300, height: 200 };
const label = (id: string, x: number, y: number, priority: number, text = id): LabelRequest => ({
  id, x, y, lines: [text], fontSize: 12, priority, offset: 5
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    const [placed] = placeLabels([label('a', 50, 100, 1, 'Aleppo')], bounds);
    expect(placed!.anchor).toBe('start');
    expect(placed!.box.x).toBe(55);
  });

  it('moves a label left when the right would leave the map', () => {
    const [placed] = placeLabels([label('a', 290, 100, 1, 'Aleppo')], bounds);
    expect(placed!.anchor).toBe('end');
    expect(placed!.box.x + placed!.box.width).toBe(285);
  });

  it('hides the lower-priority label of two that cannot both fit', () => {
    const placed = placeLabels([label('minor', 150, 100, 5, 'Longname'), label('major', 151, 100, 1, 'Longname')], {
      x: 100, y: 90, width: 120, height: 24
    });
    expect(placed.map((p) => p.id)).toEqual(['major']);
  });

  it('keeps labels clear of obstacles and of each other', () => {
    const requests = Array.from({ length: 30 }, (_, i) => label(`p${i}`, 20 + (i % 6) * 45, 20 + Math.floor(i / 6) * 35, i, `Place ${i}`));
    const obstacles = [{ id: 'legend', x: 0, y: 0, width: 100, height: 60 }];
    const placed = placeLabels(requests, bounds, obstacles);
    expect(placed.length).toBeGreaterThan(5);
    for (const a of placed) {
      expect(overlaps(a.box, obstacles[0]!)).toBe(false);
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(300);
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    }
  });

  it('lets a label touch its own symbol only', () => {
    const symbol = { id: 'symbol:a', x: 45, y: 95, width: 10, height: 10 };
    const [placed] = placeLabels([{ ...label('a', 50, 100, 1, 'Aleppo'), own: ['symbol:a'] }], bounds, [symbol]);
    expect(placed).toBeDefined();
  });

  it('goes round a box wider than a symbol (a convoy cluster), the gap measured from its edges', () => {
    const cluster = { id: 'convoy', x: 40, y: 80, width: 60, height: 40 };
    const [placed] = placeLabels([{ ...label('a', 70, 100, 1, 'Front'), around: cluster }], bounds, [cluster]);
    expect(placed!.anchor).toBe('start');
    expect(placed!.box.x).toBe(105);
    expect(overlaps(placed!.box, cluster)).toBe(false);
    const [left] = placeLabels([{ ...label('a', 270, 100, 1, 'Front'), around: { ...cluster, x: 240 } }], bounds);
    expect(left!.box.x + left!.box.width).toBe(235);
  });

  it('sizes text from character count and font size', () => {
    expect(labelSize({ lines: ['abcd', 'ab'], fontSize: 10 })).toEqual({ width: 4 * 10 * 0.56, height: 24 });
  });

  it('wraps text at spaces', () => {
    expect(wrapText('Taftanaz military airport: some troops headed here', 22)).toEqual([
      'Taftanaz military',
      'airport: some troops',
      'headed here'
    ]);
  });
});
