// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import MoverLayer from '../../src/graphics/map/layers/MoverLayer.svelte';

const road: [number, number][] = [
  [100, 0],
  [140, 400]
];

describe('<MoverLayer> on the server', () => {
  it('renders one circle per moving mark and no text', () => {
    const tracks = [
      { id: 'earlier', count: 150, tone: 'earlier' as const, color: '#7fa7d6', path: road },
      { id: 'latest', count: 430, tone: 'latest' as const, color: '#1c5fa8', path: road }
    ];
    const { body } = render(MoverLayer, { props: { tracks, arrival: { earlier: 1, latest: 1 }, scale: 1 } });
    expect(body.match(/<circle/g)).toHaveLength(580);
    expect(body).not.toContain('<text');
  });
});
