/**
 * The `srcset` and `sizes` of a picture: the widths the story gives, and the width the
 * picture is drawn at when it covers the panel (wider than the panel when the panel is
 * taller than the picture: a landscape photo on a phone), so the browser loads the
 * smallest file that stays sharp at the screen's density.
 */
import type { Size } from '../../media/coverCrop.js';
import type { ImageState } from '../state.js';

/** The shape assumed for a picture of unknown size: 3:2, the most common photo. */
export const ASSUMED_ASPECT = 3 / 2;

/** A URL as one candidate of a `srcset`: a comma would end it there, so it is escaped. */
const candidate = (url: string) => url.replace(/,/g, '%2C');

/**
 * "url 800w, url 1600w": the story's `srcset`, with `src` itself when its width is known,
 * each width once (the first given wins), narrowest first. Undefined without a `srcset`.
 */
export function srcsetOf(state: Pick<ImageState, 'src' | 'srcset' | 'width'>, urlOf: (src: string) => string): string | undefined {
  if (!state.srcset.length) return undefined;
  const entries = [...state.srcset];
  if (state.width !== undefined) entries.push({ src: state.src, width: state.width });
  const byWidth = new Map<number, string>();
  for (const entry of entries) if (!byWidth.has(entry.width)) byWidth.set(entry.width, entry.src);
  return [...byWidth]
    .sort(([a], [b]) => a - b)
    .map(([width, src]) => `${candidate(urlOf(src))} ${width}w`)
    .join(', ');
}

/** Width the picture is drawn at, CSS px, when it covers `panel`: `picture` is its size, if known. */
export function drawnWidth(panel: Size, picture: Size | null | undefined): number {
  const aspect = picture && picture.width > 0 && picture.height > 0 ? picture.width / picture.height : ASSUMED_ASPECT;
  return Math.ceil(Math.max(panel.width, panel.height * aspect));
}

/** The `sizes` attribute for `srcset`. */
export function sizesOf(panel: Size, picture: Size | null | undefined): string {
  return `${drawnWidth(panel, picture)}px`;
}
