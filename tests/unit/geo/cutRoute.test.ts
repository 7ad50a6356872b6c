import { describe, expect, it } from 'vitest';
import { cutRoute } from '../../../src/geo/cutRoute.js';
import { routeLengthKm } from '../../../src/geo/routeLengthKm.js';

const line: [number, number][] = [[36, 35], [36.2, 35.4], [36.5, 35.6], [36.9, 36]];
const total = routeLengthKm(line);

describe('cutRoute', () => {
  it.each([
    [0, 10],
    [10, 40],
    [5, total - 5],
    [0, total]
  ])('the cut from %f to %f km is that long', (from, to) => {
    expect(routeLengthKm(cutRoute(line, from, to))).toBeCloseTo(to - from, 6);
  });

  it('keeps the waypoints inside the cut', () => {
    const cut = cutRoute(line, 1, total - 1);
    expect(cut).toHaveLength(4);
    expect(cut[1]).toEqual([36.2, 35.4]);
    expect(cut[2]).toEqual([36.5, 35.6]);
  });

  it('clamps to the line and orders reversed ends', () => {
    expect(routeLengthKm(cutRoute(line, -10, total + 10))).toBeCloseTo(total, 6);
    expect(routeLengthKm(cutRoute(line, 30, 10))).toBeCloseTo(20, 6);
  });

  it('gives a zero-length line for an empty stretch', () => {
    expect(routeLengthKm(cutRoute(line, 12, 12))).toBeCloseTo(0, 9);
  });
});
