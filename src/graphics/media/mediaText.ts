/**
 * The words of a picture's text alternative and its "view the data" rows, for the image
 * and video graphics alike: what it shows (the story's `alt`), its caption, its credit.
 */
import type { DataRow } from '../../core/defineGraphic.js';
import type { GraphicText } from '../../core/graphicText.js';

/** What the two types' states share for words. */
export interface MediaWords {
  description: string;
  credit: string;
  caption?: string | undefined;
}

/** Sentence-final punctuation in the built-in languages (Arabic's question mark included), and closing quotes after it. */
const ENDED = /[.!?…。؟]["'’”»)]*$/;

/** `text` as a sentence: with a full stop unless it already ends with one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return !trimmed || ENDED.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Photo: {alt}. {caption}. Credit: {credit}." in the story's language (the type's `alt` and `creditAlt` words). */
export function describeMedia(state: MediaWords, text: GraphicText): string {
  const parts = [text.t('alt', { alt: state.description }), state.caption, text.t('creditAlt', { credit: state.credit })];
  return parts
    .filter((part): part is string => !!part?.trim())
    .map(sentence)
    .join(' ');
}

/** Rows for "view the data": the picture in words, its caption, its credit, each keyed by `prefix`. */
export function mediaRows(state: MediaWords, text: GraphicText, kind: string, prefix: string): DataRow[] {
  const rows: DataRow[] = [{ key: `${prefix}:description`, what: kind, value: state.description, sources: [] }];
  if (state.caption) rows.push({ key: `${prefix}:caption`, what: text.t('caption'), value: state.caption, sources: [] });
  rows.push({ key: `${prefix}:credit`, what: text.t('creditLabel'), value: state.credit, sources: [] });
  return rows;
}
