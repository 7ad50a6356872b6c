/**
 * The story's colours: the explainer's own palette under the story's `theme`. Anything in a
 * graphic that takes a `color` takes a name from here or a hex colour. The palette's
 * neutral colours keep text at WCAG AA contrast on the paper; the story chooses the colours
 * that carry meaning (a side in a conflict, a party, a river), each by name.
 */
import type { Theme } from '../schema/storySchema.js';

/** The explainer's own colours, by the names graphics use. */
export const DEFAULT_COLORS: Readonly<Record<string, string>> = {
  paper: '#fbfaf7',
  ink: '#1b1b1b',
  /** Secondary text: 6.4:1 on paper. */
  muted: '#565656',
  accent: '#a8322a',
  water: '#dde7ee',
  land: '#f3f1ec',
  'focus-land': '#e9e4d8',
  border: '#8f887a',
  area: '#6f685b',
  road: '#3d3d3d',
  'minor-road': '#8a8a8a',
  casing: '#ffffff',
  river: '#5b8fc7',
  rail: '#4a4a4a',
  track: '#8b6b43',
  /** What the story follows along a route, and the places it rings or stresses. */
  progress: '#a8322a',
  ring: '#a8322a',
  highlight: '#a8322a',
  /** Unit-chart squares, and squares still arriving. */
  marks: '#3b3b3b',
  'marks-light': '#a9a9a9',
  /** Marks moving along paths: the latest vivid, earlier ones muted. */
  mover: '#2b6cb0',
  'mover-light': '#90b4dc'
};

const HEX = /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/;

const cache = new WeakMap<object, Record<string, string>>();

/** The story's palette: the explainer's colours with the story's theme over them. */
export function themeColors(story: { theme?: Theme | undefined }): Record<string, string> {
  let colors = cache.get(story);
  if (!colors) {
    const theme = story.theme;
    colors = {
      ...DEFAULT_COLORS,
      ...(theme?.colors ?? {}),
      ...(theme?.accent ? { accent: theme.accent } : {}),
      ...(theme?.paper ? { paper: theme.paper } : {}),
      ...(theme?.ink ? { ink: theme.ink } : {})
    };
    cache.set(story, colors);
  }
  return colors;
}

/** A `color` as written (a theme name or a hex colour) as a CSS colour; `fallback` (a name) when it is neither. */
export function colorOf(story: { theme?: Theme | undefined }, color: string | undefined, fallback: string): string {
  const colors = themeColors(story);
  if (color && HEX.test(color)) return color;
  return (color && colors[color]) || colors[fallback] || DEFAULT_COLORS[fallback] || '#1b1b1b';
}
