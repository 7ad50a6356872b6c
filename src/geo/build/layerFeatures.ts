/**
 * Checks a GeoJSON FeatureCollection given with `--layer NAME=FILE[:IDPROP]` and turns it into
 * the layer's features: each with a string id (from IDPROP, or the feature's own id) that a
 * story names, and a name when the feature has one. Throws a LayerError naming the file, the
 * feature and the fix.
 */
import type { LayerGeometry } from '../basemap/basemapFile.js';

export class LayerError extends Error {}

export interface LayerData {
  name: string;
  /** Property the ids came from; null: the features' own ids. */
  idProperty: string | null;
  geometry: LayerGeometry;
  features: GeoJSON.Feature<GeoJSON.Geometry, { name?: string }>[];
}

/** Properties that name a feature in common sources, the most specific first (OCHA COD-AB, GADM, geoBoundaries, Natural Earth). */
const NAME_PROPERTIES = [
  'name',
  'NAME',
  'Name',
  'name_en',
  'NAME_EN',
  ...[4, 3, 2, 1, 0].flatMap((level) => [`ADM${level}_EN`, `NAME_${level}`]),
  'shapeName'
];

const KINDS: Record<string, LayerGeometry> = {
  Polygon: 'polygon',
  MultiPolygon: 'polygon',
  LineString: 'line',
  MultiLineString: 'line',
  Point: 'point',
  MultiPoint: 'point'
};

function featureName(properties: Record<string, unknown> | null | undefined): string | undefined {
  for (const key of NAME_PROPERTIES) {
    const value = properties?.[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return undefined;
}

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

export function layerFeatures(json: unknown, name: string, file: string, idProperty: string | null): LayerData {
  const fail = (message: string): never => {
    throw new LayerError(`${file}: ${message}`);
  };
  const collection = json as { type?: unknown; features?: unknown } | null;
  if (typeof collection !== 'object' || collection === null || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    const type = typeof collection === 'object' && collection !== null && 'type' in collection ? `"type" is ${JSON.stringify(collection.type)}` : `it is ${typeOf(collection)}`;
    return fail(`not a GeoJSON FeatureCollection (${type}); --layer takes a FeatureCollection of the areas, lines or points to name`);
  }
  const features: LayerData['features'] = [];
  const firstWithId = new Map<string, number>();
  let geometry: LayerGeometry | undefined;
  let firstKind = '';
  const idName = idProperty === null ? 'id' : `"${idProperty}" property`;
  for (const [i, raw] of (collection.features as unknown[]).entries()) {
    const at = `features[${i}]`;
    const f = raw as { type?: unknown; id?: unknown; properties?: Record<string, unknown> | null; geometry?: { type?: unknown } | null };
    if (typeof f !== 'object' || f === null || f.type !== 'Feature') fail(`${at} is not a GeoJSON Feature`);
    const type = typeof f.geometry?.type === 'string' ? f.geometry.type : undefined;
    if (!type) fail(`${at} has no geometry; remove it or give it one`);
    const kind = KINDS[type!];
    if (!kind) fail(`${at} is a ${type}; a layer takes Polygon, LineString or Point features (and their Multi forms)`);
    if (geometry && kind !== geometry) {
      fail(`${at} is a ${type} but features[0] is a ${firstKind}: a layer holds one kind of geometry, so put them in two --layer files`);
    }
    if (!geometry) [geometry, firstKind] = [kind!, type!];
    const value = idProperty === null ? f.id : f.properties?.[idProperty];
    if (value === undefined || value === null || value === '') {
      fail(`${at} has no ${idName}: every feature needs one, it becomes the id a story names (choose the property with --layer ${name}=FILE:PROPERTY)`);
    }
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      fail(`${at} has ${typeOf(value)} as its ${idName}; ids must be strings or numbers`);
    }
    const id = String(value);
    const earlier = firstWithId.get(id);
    if (earlier !== undefined) fail(`${at} has the same ${idName} as features[${earlier}] (${JSON.stringify(id)}); ids must be unique within a layer`);
    firstWithId.set(id, i);
    const label = featureName(f.properties);
    features.push({ type: 'Feature', id, properties: label === undefined ? {} : { name: label }, geometry: f.geometry as GeoJSON.Geometry });
  }
  return { name, idProperty, geometry: geometry ?? 'polygon', features };
}
