// Uses $state for reactive props, hence the .svelte.test.ts name.
import { describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import MoverLayer from '../../src/graphics/map/layers/MoverLayer.svelte';

const road: [number, number][] = [
  [100, 0],
  [120, 150],
  [140, 400]
];

describe('<MoverLayer> creating waiting marks', () => {
  it('creates them all within a few frames even while the camera moves on every frame', async () => {
    const props = $state({
      tracks: [
        { id: 'earlier', count: 150, tone: 'earlier' as const, color: '#7fa7d6', path: road },
        { id: 'latest', count: 430, tone: 'latest' as const, color: '#1c5fa8', path: road }
      ],
      arrival: { earlier: 1, latest: 0.3 },
      scale: 2
    });
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const app = mount(MoverLayer, { target: svg, props });
    flushSync();
    // A camera flight as d3-timer drives it: each frame first asks for the next frame, then
    // moves the camera, so the layer's own frame request always comes after the flight's.
    const counts: number[] = [];
    await new Promise<void>((resolve) => {
      const tick = () => {
        if (counts.length < 8) requestAnimationFrame(tick);
        props.scale += 0.01;
        flushSync();
        counts.push(svg.querySelectorAll('circle.mover').length);
        if (counts.length === 8) resolve();
      };
      requestAnimationFrame(tick);
    });
    expect(counts.at(-1)).toBe(580);
    unmount(app);
    svg.remove();
  });
});
