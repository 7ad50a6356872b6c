import { describe, expect, it } from 'vitest';
import { END_LABEL_GAP, placeEndLabels, type EndLabelRequest } from '../../../../src/graphics/line-chart/plan/placeEndLabels.js';

function expectClear(requests: EndLabelRequest[], tops: Map<string, number>, top: number, bottom: number) {
  const boxes = requests.filter((r) => tops.has(r.id)).map((r) => ({ id: r.id, top: tops.get(r.id)!, bottom: tops.get(r.id)! + r.height }));
  for (const b of boxes) {
    expect(b.top).toBeGreaterThanOrEqual(top - 1e-9);
    expect(b.bottom).toBeLessThanOrEqual(bottom + 1e-9);
  }
  const sorted = boxes.sort((a, b) => a.top - b.top);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.top - sorted[i - 1]!.bottom).toBeGreaterThanOrEqual(END_LABEL_GAP - 1e-9);
}

describe('end labels', () => {
  it('sit centred on their lines’ ends when they have room', () => {
    const requests = [
      { id: 'a', y: 100, height: 16 },
      { id: 'b', y: 200, height: 16 }
    ];
    expect(placeEndLabels(requests, 0, 400)).toEqual(new Map([['a', 92], ['b', 192]]));
  });

  it('are pushed apart around the middle of what they want when their lines end close together', () => {
    const requests = [
      { id: 'a', y: 100, height: 16 },
      { id: 'b', y: 102, height: 16 },
      { id: 'c', y: 104, height: 16 }
    ];
    const tops = placeEndLabels(requests, 0, 400);
    expectClear(requests, tops, 0, 400);
    // The group is centred where the three lines end, and keeps their order.
    const mid = (tops.get('a')! + tops.get('c')! + 16) / 2;
    expect(mid).toBeCloseTo(102, 6);
    expect(tops.get('a')!).toBeLessThan(tops.get('b')!);
    expect(tops.get('b')!).toBeLessThan(tops.get('c')!);
  });

  it('stay between the bounds when lines end at an edge', () => {
    const requests = [
      { id: 'a', y: 0, height: 32 },
      { id: 'b', y: 1, height: 16 },
      { id: 'c', y: 399, height: 16 },
      { id: 'd', y: 400, height: 16 }
    ];
    const tops = placeEndLabels(requests, 0, 400);
    expect(tops.size).toBe(4);
    expectClear(requests, tops, 0, 400);
  });

  it('leave the last series unlabelled when not all fit, never overlapping', () => {
    const requests = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, y: 50, height: 16 }));
    const tops = placeEndLabels(requests, 0, 100);
    expect([...tops.keys()]).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expectClear(requests, tops, 0, 100);
    expect(placeEndLabels([{ id: 'a', y: 5, height: 16 }], 0, 10).size).toBe(0);
  });

  it('never overlap, whatever the ends (a sweep of random cases)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 500; run++) {
      const n = 1 + Math.floor(random() * 12);
      const requests = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, y: random() * 300 - 20, height: 16 * (1 + Math.floor(random() * 2)) }));
      expectClear(requests, placeEndLabels(requests, 0, 260), 0, 260);
    }
  });
});
