import { describe, expect, it } from 'vitest';
import { MIN_KEPT, videoBox, videoFit } from '../../../../src/graphics/video/plan/videoFit.js';

describe('videoFit', () => {
  it('crops a video to fill a box of nearly its shape', () => {
    expect(videoFit({ width: 745, height: 800 }, { width: 1280, height: 720 })).toBe('contain');
    expect(videoFit({ width: 800, height: 600 }, { width: 1280, height: 720 })).toBe('cover');
    expect(videoFit({ width: 1280, height: 720 }, { width: 1920, height: 1080 })).toBe('cover');
    // A vertical clip on a phone fills it.
    expect(videoFit({ width: 390, height: 591 }, { width: 1080, height: 1920 })).toBe('cover');
  });

  it('shows it whole where a crop would keep less than MIN_KEPT of the frame: a landscape clip on a phone', () => {
    expect(videoFit({ width: 390, height: 591 }, { width: 1920, height: 1080 })).toBe('contain');
    expect(videoFit({ width: 1280, height: 300 }, { width: 1080, height: 1920 })).toBe('contain');
    // Right at the limit, cropped.
    expect(videoFit({ width: 16 * MIN_KEPT, height: 9 }, { width: 16, height: 9 })).toBe('cover');
  });

  it('assumes 16:9 until the video’s own shape is known, and never fails on a size it cannot use', () => {
    expect(videoFit({ width: 390, height: 591 }, null)).toBe('contain');
    expect(videoFit({ width: 800, height: 600 }, { width: 0, height: 0 })).toBe('cover');
    expect(videoFit({ width: 0, height: 0 }, null)).toBe('cover');
  });
});

describe('videoBox', () => {
  const NONE = { top: 0, right: 0, bottom: 0, left: 0 };
  it('fills the part of the panel the cards leave free when cropped', () => {
    expect(videoBox({ width: 800, height: 600 }, NONE, { width: 1280, height: 720 })).toEqual({ fit: 'cover', x: 0, y: 0, width: 800, height: 600 });
    expect(videoBox({ width: 390, height: 844 }, { ...NONE, bottom: 253 }, { width: 1080, height: 1920 })).toEqual({ fit: 'cover', x: 0, y: 0, width: 390, height: 591 });
  });

  it('is the frame itself, centred in the free part, when shown whole: captions sit on the picture', () => {
    const box = videoBox({ width: 390, height: 844 }, { ...NONE, bottom: 253 }, { width: 1920, height: 1080 });
    expect(box.fit).toBe('contain');
    expect(box.width).toBe(390);
    expect(box.height).toBeCloseTo(219.375, 6);
    expect(box.y + box.height / 2).toBeCloseTo(591 / 2, 6);
    expect(box.x).toBe(0);
  });
});
