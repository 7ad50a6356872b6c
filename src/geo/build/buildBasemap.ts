/**
 * A scrollstage basemap file (basemapFile.ts) for any box of the world: the world-atlas
 * countries that touch it, clipped and simplified, the borders between them, land as their
 * union, and the author's layers; with what it holds and whom to credit. Pure: the command,
 * the world basemap script and the tests give it parsed inputs and write what it returns.
 */
import { feature, mergeArcs, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { BASEMAP_FORMAT, type BasemapFile, type BasemapMeta, type Box, type Detail } from '../basemap/basemapFile.js';
import { basemapCredits } from './basemapCredits.js';
import { clipLines, clipPolygons, inBox } from './clipToBox.js';
import { densifyFrame } from './densifyFrame.js';
import { isoAlpha2 } from './isoAlpha2.js';
import type { LayerData } from './layerFeatures.js';
import { simplifyForWeb } from './simplifyForWeb.js';

/** world-atlas's countries-10m/50m/110m.json. */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface BasemapInput {
  world: WorldTopology;
  box: Box;
  detail: Detail;
  focus?: Box | undefined;
  layers?: readonly LayerData[];
  /** Credits besides Natural Earth's (for the layers). */
  credits?: readonly string[];
}

type Position = number[];

/** One polygon as a Polygon, several as a MultiPolygon (and the same for lines and points): a few bytes less per feature. */
function simplest(type: 'Polygon' | 'LineString' | 'Point', parts: unknown[]): GeoJSON.Geometry {
  return (parts.length === 1 ? { type, coordinates: parts[0] } : { type: `Multi${type}`, coordinates: parts }) as GeoJSON.Geometry;
}

/** A layer feature's geometry clipped to the box, or null when none of it is inside. */
function clipGeometry(geometry: GeoJSON.Geometry, box: Box): GeoJSON.Geometry | null {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = densifyFrame(clipPolygons(geometry, box), box);
      return polygons.length ? simplest('Polygon', polygons) : null;
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = clipLines(geometry, box);
      return lines.length ? simplest('LineString', lines) : null;
    }
    case 'Point':
      return inBox(geometry.coordinates, box) ? geometry : null;
    case 'MultiPoint': {
      const points = geometry.coordinates.filter((p) => inBox(p, box));
      return points.length ? simplest('Point', points) : null;
    }
    default:
      return null;
  }
}

/** The box around some geometry's positions; null for none. */
function extentOf(geometries: GeoJSON.Geometry[]): Box | null {
  let box: Box | null = null;
  const visit = (c: unknown): void => {
    if (typeof (c as Position)[0] === 'number') {
      const [x, y] = c as [number, number];
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
    } else for (const inner of c as unknown[]) visit(inner);
  };
  for (const g of geometries) if ('coordinates' in g) visit(g.coordinates);
  return box;
}

/** Indices of the arcs an object's geometries use. */
function arcsOf(object: GeometryObject): Set<number> {
  const arcs = new Set<number>();
  const visit = (a: unknown): void => {
    if (typeof a === 'number') arcs.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) for (const inner of a) visit(inner);
  };
  const geometries = object.type === 'GeometryCollection' ? object.geometries : [object];
  for (const g of geometries) if ('arcs' in g) visit(g.arcs);
  return arcs;
}

interface DecodedWorld {
  countries: { feature: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>; extent: Box }[];
  borders: GeoJSON.MultiLineString;
}

/** Decoding a world topology takes longer than clipping it to a tile: once per topology. */
const decoded = new WeakMap<WorldTopology, DecodedWorld>();

export function decodeWorld(world: WorldTopology): DecodedWorld {
  let result = decoded.get(world);
  if (!result) {
    const countries = feature(world, world.objects.countries).features.flatMap((f) => {
      const extent = f.geometry && extentOf([f.geometry]);
      return extent ? [{ feature: f as DecodedWorld['countries'][number]['feature'], extent }] : [];
    });
    result = { countries, borders: mesh(world, world.objects.countries, (a, b) => a !== b) };
    decoded.set(world, result);
  }
  return result;
}

export const overlaps = (a: Box, b: Box) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

export function buildBasemap({ world, box, detail, focus, layers = [], credits = [] }: BasemapInput): BasemapFile {
  const source = decodeWorld(world);
  // Every country in the box, the ones without an ISO code too (Northern Cyprus, Kosovo...):
  // left out, they would be holes in the land.
  const countries: GeoJSON.Feature[] = [];
  for (const { feature: country, extent } of source.countries) {
    if (!overlaps(extent, box)) continue;
    const polygons = densifyFrame(clipPolygons(country.geometry, box), box);
    if (!polygons.length) continue;
    const name = country.properties.name;
    const iso = isoAlpha2(country.id);
    countries.push({
      type: 'Feature',
      id: String(country.id ?? name),
      properties: iso ? { name, iso } : { name },
      geometry: simplest('Polygon', polygons)
    });
  }
  // Borders come from the whole world's mesh, clipped as lines: a border that runs along the
  // box edge (20°E between Namibia and Botswana) would be lost by a mesh of clipped countries.
  const borderLines = clipLines(source.borders, box);

  const clippedLayers = layers.map((layer) => ({
    layer,
    features: layer.features.flatMap((f) => {
      const geometry = clipGeometry(f.geometry, box);
      return geometry ? [{ ...f, geometry }] : [];
    })
  }));

  const objects: Record<string, GeoJSON.GeoJsonObject> = {
    countries: { type: 'FeatureCollection', features: countries } as GeoJSON.FeatureCollection,
    borders: { type: 'MultiLineString', coordinates: borderLines } as GeoJSON.MultiLineString
  };
  for (const { layer, features } of clippedLayers) objects[layer.name] = { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection;
  const raw = topology(objects) as Topology;

  const finer = clippedLayers.flatMap(({ layer, features }) => {
    const extent = extentOf(features.map((f) => f.geometry));
    return extent ? [{ arcs: arcsOf(raw.objects[layer.name] as GeometryObject), box: extent }] : [];
  });
  const topo = simplifyForWeb(raw, { box, focus, finer });

  const countryObject = topo.objects.countries as GeometryCollection;
  const land = mergeArcs(topo, countryObject.geometries as Parameters<typeof mergeArcs>[1]);
  const borderObject = topo.objects.borders as GeometryObject;
  const meta: BasemapMeta = {
    format: BASEMAP_FORMAT,
    bbox: box,
    ...(focus ? { focus } : {}),
    detail,
    layers: Object.fromEntries(layers.map((l) => [l.name, { idProperty: l.idProperty, geometry: l.geometry }])),
    credits: basemapCredits(credits)
  };
  const layerObjects = Object.fromEntries(layers.map((l) => [l.name, topo.objects[l.name] as GeometryCollection]));
  return {
    type: 'Topology',
    bbox: box,
    transform: topo.transform!,
    objects: {
      land: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', arcs: land.arcs }] },
      countries: countryObject,
      borders: {
        type: 'GeometryCollection',
        geometries: [{ type: 'MultiLineString', arcs: 'arcs' in borderObject ? (borderObject.arcs as number[][]) : [] }]
      },
      ...layerObjects
    },
    arcs: topo.arcs,
    scrollstage: meta
  } as BasemapFile;
}
