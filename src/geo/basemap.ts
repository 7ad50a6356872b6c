/**
 * The basemap as GeoJSON, decoded from the generated `basemap.topo.json` on first use
 * (`npm run basemap` rebuilds it): land, each country with its name, the borders between
 * countries, and the Idleb and Aleppo governorates with ids `idleb` and `aleppo`.
 */
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import topology from './basemap.topo.json';
import type { Region } from './baseProjection.js';

export interface Basemap {
  region: Region;
  land: GeoJSON.FeatureCollection;
  countries: GeoJSON.Feature<GeoJSON.Geometry, { name: string }>[];
  borders: GeoJSON.MultiLineString;
  governorates: GeoJSON.Feature<GeoJSON.Geometry, { name: string }>[];
}

let decoded: Basemap | null = null;

export function basemap(): Basemap {
  if (decoded) return decoded;
  const topo = topology as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
    governorates: GeometryCollection<{ name: string }>;
    land: GeometryCollection;
  }> & { region: Region };
  const countries = topo.objects.countries;
  decoded = {
    region: topo.region,
    land: feature(topo, topo.objects.land) as GeoJSON.FeatureCollection,
    countries: feature(topo, countries).features as Basemap['countries'],
    borders: mesh(topo, countries, (a, b) => a !== b),
    governorates: feature(topo, topo.objects.governorates).features as Basemap['governorates']
  };
  return decoded;
}
