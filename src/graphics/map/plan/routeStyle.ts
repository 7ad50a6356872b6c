/**
 * How a route is drawn, from what it is (`kind`): roads dark with a white casing (the first
 * route a step lists as its main one, the rest lighter), rivers blue, railways and tracks
 * dashed, a front or course in the story's progress colour; a route's own `color` first.
 * And the words the legend gives it: its own `legend`, else the word for its kind.
 */
import type { Route } from '../../../schema/storySchema.js';
import type { Theme } from '../../../schema/storySchema.js';
import { colorOf } from '../../../core/theme.js';

export interface RouteStyle {
  color: string;
  /** Stroke width, px on screen. */
  width: number;
  dash?: string | undefined;
  /** A white edge under the line, so it reads over borders and other routes. */
  casing: boolean;
}

/** Kinds with a look and a legend word of their own; anything else is drawn as a road. */
export const ROUTE_KINDS = ['road', 'river', 'rail', 'track', 'trail', 'front', 'course', 'boundary'] as const;

export function routeStyle(story: { theme?: Theme | undefined }, route: Pick<Route, 'kind' | 'color'>, main: boolean): RouteStyle {
  const color = (fallback: string) => colorOf(story, route.color, fallback);
  switch (route.kind) {
    case 'river':
      return { color: color('river'), width: main ? 2.6 : 2, casing: false };
    case 'rail':
      return { color: color('rail'), width: 2, dash: '7 3', casing: true };
    case 'track':
    case 'trail':
      return { color: color('track'), width: 1.8, dash: '4 3', casing: true };
    case 'front':
      return { color: color('progress'), width: 3, dash: '8 4', casing: true };
    case 'course':
      return { color: color('progress'), width: 3.5, casing: true };
    case 'boundary':
      return { color: color('border'), width: 1.4, dash: '2 3', casing: false };
    default:
      return main ? { color: color('road'), width: 2.6, casing: true } : { color: color('minor-road'), width: 1.8, casing: true };
  }
}

/** The legend's words for a route: its own, or the map's word for its kind ("route.river"). */
export function routeLegend(route: Pick<Route, 'kind' | 'legend'>, t: (key: string) => string): string {
  if (route.legend) return route.legend;
  const kind = (ROUTE_KINDS as readonly string[]).includes(route.kind ?? '') ? route.kind! : 'road';
  return t(`route.${kind}`);
}
