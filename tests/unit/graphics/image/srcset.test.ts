import { describe, expect, it } from 'vitest';
import { ASSUMED_ASPECT, drawnWidth, sizesOf, srcsetOf } from '../../../../src/graphics/image/plan/srcset.js';

const cdn = (src: string) => `https://cdn.example.org/${src}`;

describe('srcsetOf', () => {
  it('lists the widths narrowest first, each URL resolved', () => {
    const state = {
      src: 'a-1600.jpg',
      srcset: [
        { src: 'a-1600.jpg', width: 1600 },
        { src: 'a-400.jpg', width: 400 },
        { src: 'a-800.jpg', width: 800 }
      ]
    };
    expect(srcsetOf(state, cdn)).toBe('https://cdn.example.org/a-400.jpg 400w, https://cdn.example.org/a-800.jpg 800w, https://cdn.example.org/a-1600.jpg 1600w');
  });

  it('adds src itself when its width is known, and lists each width once (the first given wins)', () => {
    const state = { src: 'big.jpg', width: 2400, srcset: [{ src: 'small.jpg', width: 600 }, { src: 'other.jpg', width: 600 }] };
    expect(srcsetOf(state, (s) => s)).toBe('small.jpg 600w, big.jpg 2400w');
    expect(srcsetOf({ ...state, width: 600 }, (s) => s)).toBe('small.jpg 600w');
  });

  it('escapes a comma, which would end a candidate', () => {
    expect(srcsetOf({ src: 'a.jpg', srcset: [{ src: 'https://img.example.org/w_800,q_80/a.jpg', width: 800 }] }, (s) => s)).toBe(
      'https://img.example.org/w_800%2Cq_80/a.jpg 800w'
    );
  });

  it('is left out without a srcset', () => {
    expect(srcsetOf({ src: 'a.jpg', width: 1600, srcset: [] }, (s) => s)).toBeUndefined();
  });
});

describe('sizes', () => {
  it('is the width the picture is drawn at to cover the panel: wider than a phone for a landscape photo', () => {
    expect(drawnWidth({ width: 390, height: 844 }, { width: 1600, height: 900 })).toBe(1501);
    expect(sizesOf({ width: 390, height: 844 }, { width: 1600, height: 900 })).toBe('1501px');
    // A tall picture in a wide panel is drawn at the panel's width.
    expect(drawnWidth({ width: 1280, height: 800 }, { width: 900, height: 1200 })).toBe(1280);
  });

  it('assumes a 3:2 photo while the size is unknown', () => {
    expect(drawnWidth({ width: 390, height: 844 }, null)).toBe(Math.ceil(844 * ASSUMED_ASPECT));
    expect(drawnWidth({ width: 390, height: 844 }, { width: 0, height: 0 })).toBe(Math.ceil(844 * ASSUMED_ASPECT));
  });
});
