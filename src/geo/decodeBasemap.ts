/**
 * Decodes a basemap TopoJSON (as written by scripts/buildBasemap.js) into the GeoJSON the
 * map draws: land, each country with its name, the borders between countries, and the
 * governorates. Pure: the bundled basemap and the embed's fetched one both go through it.
 */
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Region } from './baseProjection.js';

export interface Basemap {
  region: Region;
  land: GeoJSON.FeatureCollection;
  countries: GeoJSON.Feature<GeoJSON.Geometry, { name: string }>[];
  borders: GeoJSON.MultiLineString;
  governorates: GeoJSON.Feature<GeoJSON.Geometry, { name: string }>[];
}

export type BasemapTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  governorates: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}> & { region: Region };

export function decodeBasemap(topology: unknown): Basemap {
  const topo = topology as BasemapTopology;
  if (!topo || topo.type !== 'Topology' || !topo.objects?.countries || !Array.isArray(topo.region)) {
    throw new Error('scrollstage: the basemap is not a scrollstage basemap TopoJSON (run `npm run basemap`)');
  }
  const countries = topo.objects.countries;
  return {
    region: topo.region,
    land: feature(topo, topo.objects.land) as GeoJSON.FeatureCollection,
    countries: feature(topo, countries).features as Basemap['countries'],
    borders: mesh(topo, countries, (a, b) => a !== b),
    governorates: feature(topo, topo.objects.governorates).features as Basemap['governorates']
  };
}
