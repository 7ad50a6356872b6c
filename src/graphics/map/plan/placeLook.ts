/**
 * How a place is drawn: its symbol and size from its kind (the known kinds have defaults; a
 * story's `kinds` and the place's own `symbol` and `color` come first), its fill colour when
 * it has one (a coloured symbol with a white edge), and the legend words its kind carries.
 */
import type { Place, PlaceSymbol, KindInfo } from '../../../schema/storySchema.js';
import { colorOf } from '../../../core/theme.js';

/** Symbol and radius (px on screen) of the kinds the explainer knows. */
export const KNOWN_KINDS: Readonly<Record<string, { symbol: PlaceSymbol; radius: number }>> = {
  capital: { symbol: 'ring', radius: 5.5 },
  city: { symbol: 'circle', radius: 5 },
  town: { symbol: 'circle', radius: 4 },
  village: { symbol: 'circle', radius: 3.5 },
  neighbourhood: { symbol: 'circle', radius: 3.5 },
  crossing: { symbol: 'diamond', radius: 4 },
  airport: { symbol: 'square', radius: 4.5 },
  airbase: { symbol: 'square', radius: 4.5 },
  base: { symbol: 'square', radius: 4 },
  port: { symbol: 'square', radius: 4 },
  station: { symbol: 'square', radius: 4 },
  landmark: { symbol: 'triangle', radius: 4.5 },
  stadium: { symbol: 'triangle', radius: 4.5 },
  point: { symbol: 'circle', radius: 4 },
  area: { symbol: 'none', radius: 0 },
  district: { symbol: 'none', radius: 0 },
  region: { symbol: 'none', radius: 0 }
};

/** Radius of a symbol whose kind the explainer does not know, px. */
const SYMBOL_RADIUS: Record<PlaceSymbol, number> = {
  circle: 4,
  dot: 3.5,
  ring: 5,
  square: 4.5,
  diamond: 4,
  triangle: 4.5,
  star: 5.5,
  cross: 4.5,
  none: 0
};

/** Kinds in the order their labels give way: the bigger place keeps its name; unknown kinds come last. */
export const KIND_ORDER = ['capital', 'city', 'town', 'airport', 'airbase', 'base', 'port', 'station', 'crossing', 'landmark', 'stadium', 'village', 'neighbourhood', 'point', 'area', 'district', 'region'];

export interface PlaceLook {
  symbol: PlaceSymbol;
  radius: number;
  /** Fill of a coloured symbol; undefined for the plain (paper and ink) one. */
  fill?: string;
  /** Legend words of the place's kind, when the story gives them. */
  legend?: string;
}

export function placeLook(story: { kinds?: Record<string, KindInfo> | undefined; theme?: never | undefined } | object, place: Pick<Place, 'kind' | 'symbol' | 'color'>): PlaceLook {
  const kinds = (story as { kinds?: Record<string, KindInfo> }).kinds;
  const info = kinds?.[place.kind];
  const known = KNOWN_KINDS[place.kind];
  const symbol = place.symbol ?? info?.symbol ?? known?.symbol ?? 'circle';
  const radius = known && known.symbol === symbol ? known.radius : SYMBOL_RADIUS[symbol];
  const color = place.color ?? info?.color;
  return {
    symbol,
    radius,
    ...(color ? { fill: colorOf(story as never, color, 'ink') } : {}),
    ...(info?.legend ? { legend: info.legend } : {})
  };
}
