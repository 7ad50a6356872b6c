/**
 * How a video fills its box: cropped to fill it (`cover`) when that keeps most of the
 * frame, whole (`contain`, on a dark ground) when it would cut too much, as a landscape
 * clip in a phone's tall panel. A video has no focus point to crop around, and what it
 * shows moves: better whole than cut to a sliver.
 */
import type { Size } from '../../media/coverCrop.js';

/** Least share of the frame's width (or height) a crop may keep: below it, the video is shown whole. */
export const MIN_KEPT = 0.6;

/** The shape assumed before the video's own is known: 16:9, nearly every video. */
export const ASSUMED_VIDEO: Size = { width: 16, height: 9 };

export function videoFit(box: Size, video: Size | null | undefined): 'cover' | 'contain' {
  const frame = video && video.width > 0 && video.height > 0 ? video : ASSUMED_VIDEO;
  if (!(box.width > 0 && box.height > 0)) return 'cover';
  const ratio = box.width / box.height / (frame.width / frame.height);
  return Math.min(ratio, 1 / ratio) >= MIN_KEPT ? 'cover' : 'contain';
}

export interface VideoBox {
  fit: 'cover' | 'contain';
  /** Where the video element goes in the panel, px: the free part when cropped; the frame itself, centred in it, when whole (so captions sit on the picture). */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The video's place in a panel of which `insets` are covered by text cards. */
export function videoBox(panel: Size, insets: { top: number; right: number; bottom: number; left: number }, video: Size | null | undefined): VideoBox {
  const free = {
    x: insets.left,
    y: insets.top,
    width: Math.max(0, panel.width - insets.left - insets.right),
    height: Math.max(0, panel.height - insets.top - insets.bottom)
  };
  const fit = videoFit(free, video);
  if (fit === 'cover') return { fit, ...free };
  const frame = video && video.width > 0 && video.height > 0 ? video : ASSUMED_VIDEO;
  const scale = Math.min(free.width / frame.width, free.height / frame.height);
  const width = frame.width * scale;
  const height = frame.height * scale;
  return { fit, x: free.x + (free.width - width) / 2, y: free.y + (free.height - height) / 2, width, height };
}
