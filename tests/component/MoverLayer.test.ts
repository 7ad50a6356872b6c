import { describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import MoverLayer from '../../src/graphics/map/layers/MoverLayer.svelte';

const road: [number, number][] = [
  [100, 0],
  [120, 150],
  [140, 400]
];
const tracks = [
  { id: 'earlier', count: 150, tone: 'earlier' as const, color: '#7fa7d6', path: road },
  { id: 'latest', count: 430, tone: 'latest' as const, color: '#1c5fa8', path: road }
];

function mountLayer(props: { tracks: typeof tracks; arrival: Record<string, number>; scale: number }) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  const app = mount(MoverLayer, { target: svg, props });
  flushSync();
  return { svg, done: () => (unmount(app), svg.remove()) };
}

describe('<MoverLayer>', () => {
  it.each([0, 0.5, 1])('draws exactly 150 + 430 moving-mark circles at arrival %d', async (a) => {
    const { svg, done } = mountLayer({ tracks, arrival: { earlier: a, latest: a }, scale: 2 });
    // Vehicles still waiting unseen at the crossing are created at most 200 a frame.
    if (a === 0) expect(svg.querySelectorAll('circle.mark.mover')).toHaveLength(200);
    await vi.waitFor(() => {
      flushSync();
      expect(svg.querySelectorAll('circle.mark.mover')).toHaveLength(580);
    });
    expect(svg.querySelectorAll('circle[data-mover=earlier][data-tone=earlier]')).toHaveLength(150);
    expect(svg.querySelectorAll('circle[data-mover=latest][data-tone=latest]')).toHaveLength(430);
    done();
  });

  it('keeps the groups apart once arrived, in two colours, and writes nothing (the map legend names them)', () => {
    const { svg, done } = mountLayer({ tracks, arrival: { earlier: 1, latest: 1 }, scale: 1 });
    const xs = (id: string) => [...svg.querySelectorAll(`circle[data-mover=${id}]`)].map((c) => Number(c.getAttribute('cx')));
    expect(Math.max(...xs('earlier'))).toBeLessThan(Math.min(...xs('latest')));
    const fill = (id: string) => svg.querySelector(`circle[data-mover=${id}]`)!.getAttribute('fill');
    expect(fill('earlier')).not.toBe(fill('latest'));
    expect(svg.querySelector('text')).toBeNull();
    done();
  });

  it('holds marks not yet departed hidden at the start', async () => {
    const { svg, done } = mountLayer({ tracks, arrival: { earlier: 1, latest: 0 }, scale: 1 });
    await vi.waitFor(() => {
      flushSync();
      expect(svg.querySelectorAll('circle[data-mover=latest]')).toHaveLength(430);
    });
    const waiting = svg.querySelectorAll('circle[data-mover=latest]');
    for (const c of waiting) {
      expect(c.getAttribute('opacity')).toBe('0');
      expect(Number(c.getAttribute('cx'))).toBe(100);
    }
    done();
  });

  it('divides sizes by the camera scale', () => {
    const { svg, done } = mountLayer({ tracks, arrival: { earlier: 1, latest: 1 }, scale: 4 });
    expect(Number(svg.querySelector('circle')!.getAttribute('r'))).toBeCloseTo(1.8 / 4, 6);
    done();
  });
});
