// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ConvoyLayer from '../../src/graphics/map/layers/MoverLayer.svelte';

const road: [number, number][] = [
  [100, 0],
  [140, 400]
];

describe('<ConvoyLayer> on the server', () => {
  it('renders one circle per vehicle and no text', () => {
    const tracks = [
      { id: 'earlier', count: 150, tone: 'earlier' as const, path: road },
      { id: 'latest', count: 430, tone: 'latest' as const, path: road }
    ];
    const { body } = render(ConvoyLayer, { props: { tracks, arrival: { earlier: 1, latest: 1 }, scale: 1 } });
    expect(body.match(/<circle/g)).toHaveLength(580);
    expect(body).not.toContain('<text');
  });
});
