/**
 * How a picture fills a panel when it is cropped to it (CSS `object-fit: cover`), and
 * where the crop falls: the focus point as near the middle of the part of the panel that
 * text cards leave free as the picture's edges allow, so it is always in view. Gives the
 * CSS `object-position` and the drawn rectangle, for an `<img>` and for an SVG `<image>`
 * alike. Pure: a size in, numbers out.
 */
import { NO_INSETS, type Insets } from '../../core/graphicProps.js';
import type { Focus } from './schema.js';

export interface Size {
  width: number;
  height: number;
}

export interface CoverCrop {
  /** `object-position` as fractions of the overflow, 0..1 each (CSS percentages / 100). */
  position: [number, number];
  /** Where the whole picture is drawn, in the panel's px (it overflows the panel); null when its size is unknown. */
  rect: { x: number; y: number; width: number; height: number } | null;
}

const usable = (size: Size | null | undefined): size is Size =>
  !!size && Number.isFinite(size.width) && Number.isFinite(size.height) && size.width > 0 && size.height > 0;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** One axis: the offset that puts the focus at `target` without showing past an edge, and its object-position. */
function axis(panel: number, drawn: number, focus: number, target: number): { offset: number; position: number } {
  const overflow = drawn - panel;
  // A picture that fits this axis exactly (within a hundredth of a px) has nothing to move.
  if (overflow < 0.01) return { offset: 0, position: 0.5 };
  const offset = clamp(target - focus * drawn, -overflow, 0);
  return { offset, position: -offset / overflow };
}

/**
 * `picture`: its pixel size (an aspect ratio is all that counts), or null when not known
 * yet: then the focus fraction itself is the object-position, which puts the focus point
 * at the same fraction of the panel, in view whatever the picture's shape.
 */
export function coverCrop(panel: Size, picture: Size | null | undefined, focus: Focus, insets: Insets = NO_INSETS): CoverCrop {
  const fx = clamp(Number.isFinite(focus[0]) ? focus[0] : 0.5, 0, 1);
  const fy = clamp(Number.isFinite(focus[1]) ? focus[1] : 0.5, 0, 1);
  if (!usable(picture) || !usable(panel)) return { position: [fx, fy], rect: null };
  const scale = Math.max(panel.width / picture.width, panel.height / picture.height);
  const width = picture.width * scale;
  const height = picture.height * scale;
  // The middle of what the text cards leave free (all of the panel when they cover nothing).
  const left = clamp(insets.left, 0, panel.width);
  const top = clamp(insets.top, 0, panel.height);
  const freeWidth = Math.max(0, panel.width - left - clamp(insets.right, 0, panel.width - left));
  const freeHeight = Math.max(0, panel.height - top - clamp(insets.bottom, 0, panel.height - top));
  const x = axis(panel.width, width, fx, left + freeWidth / 2);
  const y = axis(panel.height, height, fy, top + freeHeight / 2);
  return { position: [x.position, y.position], rect: { x: x.offset, y: y.offset, width, height } };
}

/** The CSS `object-position` of a crop. */
export function objectPosition(crop: CoverCrop): string {
  const pct = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;
  return `${pct(crop.position[0])} ${pct(crop.position[1])}`;
}

/**
 * An SVG `preserveAspectRatio` that crops like `cover` when the picture's size is not known
 * (SVG aligns only to an edge or the middle): each axis aligned to the third of the picture
 * its focus is in. The focus stays in view unless the crop keeps less than two thirds of
 * an axis; a story that gives the picture's size gets the exact crop instead.
 */
export function sliceAlignment(focus: Focus): string {
  const third = (f: number, names: [string, string, string]) => (f < 1 / 3 ? names[0] : f > 2 / 3 ? names[2] : names[1]);
  return `${third(focus[0], ['xMin', 'xMid', 'xMax'])}${third(focus[1], ['YMin', 'YMid', 'YMax'])} slice`;
}
