import { describe, expect, it } from 'vitest';
import { labelSize, overlaps, placeLabels, wrapText, type LabelRequest, type ScreenLine } from '../../../src/geo/placeLabels.js';

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

describe('labels and the story’s lines', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 300 };
  const town = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({ id, x, y, lines: [id], fontSize: 12, priority: 1, offset: 6, ...extra });

  it('keeps a name off a route through its place: not on the right where the route runs on', () => {
    // A route from the place to the east: the usual first choice (right) would sit on it.
    const route = [[200, 150], [390, 150]] as const;
    const [label] = placeLabels([town('Sanibel', 200, 150)], bounds, [], [route]);
    expect(label!.anchor).toBe('end');
    expect(label!.box.x + label!.box.width).toBeLessThanOrEqual(200);
  });

  it('puts the name on a line rather than hide it when every free position is on one', () => {
    // Lines round the place in every direction.
    const lines: ScreenLine[] = [
      ...[-1, 0, 1].map((dy): ScreenLine => [[100, 150 + dy * 20], [300, 150 + dy * 20]]),
      [[200, 100], [200, 200]],
      [[150, 100], [250, 200]],
      [[250, 100], [150, 200]]
    ];
    const placed = placeLabels([town('Fort Myers Beach', 200, 150)], bounds, [], lines);
    expect(placed).toHaveLength(1);
  });

  it('lets centred labels (areas, countries) sit across lines', () => {
    const [label] = placeLabels([town('FLORIDA', 200, 150, { mode: 'center' })], bounds, [], [[[0, 150], [400, 150]]]);
    expect(label!.anchor).toBe('middle');
  });

  it('wraps a long name onto two lines where one line finds no room', () => {
    // A wall of symbols on either side leaves room only for a narrow label above or below.
    const obstacles = [
      { id: 'west', x: 0, y: 0, width: 150, height: 300 },
      { id: 'east', x: 250, y: 0, width: 150, height: 300 }
    ];
    const [label] = placeLabels([town('x', 200, 150, { lines: ['Avenue Foch (arrivée)'], alternatives: [['Avenue Foch', '(arrivée)']] })], bounds, obstacles);
    expect(label!.lines).toEqual(['Avenue Foch', '(arrivée)']);
    expect(label!.box.x).toBeGreaterThanOrEqual(150);
    expect(label!.box.x + label!.box.width).toBeLessThanOrEqual(250);
  });
});
