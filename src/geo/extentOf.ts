/**
 * The box [west, south, east, north] around a story's places and routes, in degrees: what its
 * maps show at zoom 0, what its projection is chosen and fitted for, and what part of the
 * world basemap it needs. A story spanning the antimeridian (a Pacific route) gets a box that
 * crosses it, east past 180, rather than one round the rest of the world.
 */
import type { Box } from './basemap/basemapFile.js';

interface Located {
  places: readonly { lon: number; lat: number }[];
  routes: readonly { coordinates: readonly (readonly number[])[] }[];
}

export function extentOf({ places, routes }: Located): Box | null {
  const lons: number[] = [];
  let south = Infinity;
  let north = -Infinity;
  const add = (lon: number, lat: number) => {
    lons.push(lon);
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  };
  for (const p of places) add(p.lon, p.lat);
  for (const r of routes) for (const [lon, lat] of r.coordinates) add(lon!, lat!);
  if (lons.length === 0) return null;
  let west = Math.min(...lons);
  let east = Math.max(...lons);
  // Read across the antimeridian when that makes the box narrower (lons shifted to 0..360).
  const shifted = lons.map((lon) => (lon < 0 ? lon + 360 : lon));
  const sWest = Math.min(...shifted);
  const sEast = Math.max(...shifted);
  if (sEast - sWest < east - west) {
    west = sWest > 180 ? sWest - 360 : sWest;
    east = west + (sEast - sWest);
  }
  return [west, south, east, north];
}

/** A box grown by a share of its larger side on every side (and never to nothing). */
export function padBox([west, south, east, north]: Box, share: number, minimum = 0.05): Box {
  const mid = ((south + north) / 2) * (Math.PI / 180);
  const across = Math.max((east - west) * Math.cos(mid), north - south, minimum);
  const padLat = share * across;
  const padLon = padLat / Math.max(Math.cos(mid), 0.1);
  return [west - padLon, Math.max(-89, south - padLat), east + padLon, Math.min(89, north + padLat)];
}
