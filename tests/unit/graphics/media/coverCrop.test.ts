import { describe, expect, it } from 'vitest';
import { coverCrop, objectPosition, sliceAlignment, type Size } from '../../../../src/graphics/media/coverCrop.js';
import type { Insets } from '../../../../src/core/graphicProps.js';

const PANELS: Size[] = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
  { width: 844, height: 390 },
  { width: 1280, height: 800 },
  { width: 768, height: 800 },
  { width: 800, height: 600 },
  { width: 500, height: 500 }
];
const PICTURES: Size[] = [
  { width: 1600, height: 900 },
  { width: 900, height: 1200 },
  { width: 4000, height: 1000 },
  { width: 1000, height: 4000 },
  { width: 1000, height: 1000 },
  { width: 3, height: 2 }
];
const FOCI: [number, number][] = [
  [0.5, 0.5],
  [0, 0],
  [1, 1],
  [1, 0],
  [0, 1],
  [0.8, 0.35],
  [0.3, 0.7],
  [0.05, 0.95],
  [0.999, 0.001]
];
const cardInset = (panel: Size): Insets => ({ top: 0, right: 0, bottom: Math.round(panel.height * 0.3), left: 0 });

/** Where CSS draws the picture for `object-fit: cover` and an `object-position` of fractions. */
function cssPlacement(panel: Size, picture: Size, position: [number, number]) {
  const scale = Math.max(panel.width / picture.width, panel.height / picture.height);
  const width = picture.width * scale;
  const height = picture.height * scale;
  return { x: position[0] * (panel.width - width), y: position[1] * (panel.height - height), width, height };
}

describe('coverCrop', () => {
  const cases = PANELS.flatMap((panel) => PICTURES.flatMap((picture) => FOCI.map((focus) => [panel, picture, focus] as const)));

  it.each(cases)('in a %o panel, a %o picture with focus %o: the focus is on screen and the picture covers the panel', (panel, picture, focus) => {
    for (const insets of [undefined, cardInset(panel)]) {
      const crop = coverCrop(panel, picture, focus, insets);
      const drawn = cssPlacement(panel, picture, crop.position);
      // What CSS draws from the object-position is the rectangle the crop says (an SVG <image> uses it).
      expect(drawn.x).toBeCloseTo(crop.rect!.x, 6);
      expect(drawn.y).toBeCloseTo(crop.rect!.y, 6);
      expect(drawn.width).toBeCloseTo(crop.rect!.width, 6);
      // Covers: no paper shows at any edge.
      expect(drawn.x).toBeLessThanOrEqual(1e-9);
      expect(drawn.y).toBeLessThanOrEqual(1e-9);
      expect(drawn.x + drawn.width).toBeGreaterThanOrEqual(panel.width - 1e-6);
      expect(drawn.y + drawn.height).toBeGreaterThanOrEqual(panel.height - 1e-6);
      // The focus point is inside the panel.
      const fx = drawn.x + focus[0] * drawn.width;
      const fy = drawn.y + focus[1] * drawn.height;
      expect(fx).toBeGreaterThanOrEqual(-1e-6);
      expect(fx).toBeLessThanOrEqual(panel.width + 1e-6);
      expect(fy).toBeGreaterThanOrEqual(-1e-6);
      expect(fy).toBeLessThanOrEqual(panel.height + 1e-6);
      for (const p of crop.position) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
  });

  it('puts the focus in the middle of the panel when the picture reaches that far', () => {
    // A landscape photo on a phone: cropped hard, the focus at the upper right comes to the middle.
    const crop = coverCrop({ width: 390, height: 844 }, { width: 1600, height: 900 }, [0.8, 0.35]);
    const drawn = crop.rect!;
    expect(drawn.x + 0.8 * drawn.width).toBeCloseTo(195, 6);
    expect(drawn.y).toBe(0); // the height fits exactly: nothing to move
    expect(objectPosition(crop)).toBe(`${Math.round(crop.position[0] * 10000) / 100}% 50%`);
  });

  it('puts the focus in the middle of what the text cards leave free', () => {
    const panel = { width: 390, height: 844 };
    const insets = { top: 0, right: 0, bottom: 253, left: 0 };
    const crop = coverCrop(panel, { width: 900, height: 4000 }, [0.5, 0.5], insets);
    expect(crop.rect!.y + 0.5 * crop.rect!.height).toBeCloseTo((844 - 253) / 2, 6);
    // Without the cards, the panel's middle.
    const bare = coverCrop(panel, { width: 900, height: 4000 }, [0.5, 0.5]);
    expect(bare.rect!.y + 0.5 * bare.rect!.height).toBeCloseTo(422, 6);
  });

  it('stops at the picture’s edge rather than show past it: a focus in a corner stays in the corner', () => {
    const crop = coverCrop({ width: 390, height: 844 }, { width: 1600, height: 900 }, [1, 0]);
    expect(crop.position).toEqual([1, 0.5]);
    expect(crop.rect!.x + crop.rect!.width).toBeCloseTo(390, 6);
  });

  it('moves nothing when the picture has the panel’s shape', () => {
    const crop = coverCrop({ width: 800, height: 600 }, { width: 1600, height: 1200 }, [0.9, 0.1]);
    expect(crop.position).toEqual([0.5, 0.5]);
    expect(crop.rect).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });

  it('without the picture’s size, uses the focus as the object-position, which keeps it in view whatever the shape', () => {
    for (const focus of FOCI) {
      const crop = coverCrop({ width: 390, height: 844 }, null, focus);
      expect(crop.rect).toBeNull();
      expect(crop.position).toEqual(focus);
      for (const panel of PANELS) {
        for (const picture of PICTURES) {
          const drawn = cssPlacement(panel, picture, crop.position);
          const fx = drawn.x + focus[0] * drawn.width;
          const fy = drawn.y + focus[1] * drawn.height;
          expect(fx).toBeGreaterThanOrEqual(-1e-6);
          expect(fx).toBeLessThanOrEqual(panel.width + 1e-6);
          expect(fy).toBeGreaterThanOrEqual(-1e-6);
          expect(fy).toBeLessThanOrEqual(panel.height + 1e-6);
        }
      }
    }
  });

  it('treats a size it cannot use as unknown, and a focus that is not a number as the centre', () => {
    expect(coverCrop({ width: 390, height: 844 }, { width: 0, height: 900 }, [0.2, 0.2]).rect).toBeNull();
    expect(coverCrop({ width: 390, height: 844 }, { width: Number.NaN, height: 900 }, [0.2, 0.2]).rect).toBeNull();
    expect(coverCrop({ width: 0, height: 0 }, { width: 1600, height: 900 }, [0.2, 0.2]).rect).toBeNull();
    expect(coverCrop({ width: 390, height: 844 }, null, [Number.NaN, 2]).position).toEqual([0.5, 1]);
  });

  it('gives an SVG alignment by the third of the picture the focus is in', () => {
    expect(sliceAlignment([0.5, 0.5])).toBe('xMidYMid slice');
    expect(sliceAlignment([0.1, 0.9])).toBe('xMinYMax slice');
    expect(sliceAlignment([0.8, 0.35])).toBe('xMaxYMid slice');
    expect(sliceAlignment([0.3, 0.7])).toBe('xMinYMax slice');
  });
});
