// The MapLibre baseline's local style, built at bench build time (no tile server, no network):
// GeoJSON sources inline from the same data the D3 baseline fetches whole — world-atlas
// countries-10m (TopoJSON -> GeoJSON with topojson-client, the countries near Syria as the D3
// baseline filters them), the two OCHA governorates — and the story's routes and places.
// No `glyphs` (no glyph PBFs, no network): since MapLibre GL JS 5.11 a style without them draws
// symbol text from the reader's local fonts (TinySDF), so place labels are a symbol layer.
import { readFileSync } from 'node:fs';
import { geoBounds } from 'd3-geo';
import { feature, mesh } from 'topojson-client';

/** The D3 baseline's filter: countries whose bounds meet this box are drawn. */
const NEAR = [[20, 21], [57, 48]];
/**
 * Coordinates rounded to 4 decimals (about 11 m): world-atlas 10m is quantized to a grid of
 * 360° / 1e5 ≈ 0.0036°, so nothing of the source is lost, and the file is half the size of
 * full floats (what a newsroom developer's mapshaper `precision=0.0001` would give).
 */
const DECIMALS = 4;
/** Colours: the D3 baseline's basemap (bench/baseline/baseline.css) and the story's theme for marks. */
export const COLORS = {
  water: '#dde8ef',
  land: '#efece4',
  focus: '#fbf8f1',
  border: '#9a948a',
  area: 'rgba(140, 28, 19, 0.06)',
  areaLine: '#b69b8f',
  route: '#57534e',
  placeFill: '#fff',
  placeStroke: '#292524'
};

const round = (value) => {
  const k = 10 ** DECIMALS;
  return Math.round(value * k) / k;
};
const roundCoords = (c) => (typeof c[0] === 'number' ? c.map(round) : c.map(roundCoords));
const roundGeometry = (g) => (g.type === 'GeometryCollection' ? { ...g, geometries: g.geometries.map(roundGeometry) } : { ...g, coordinates: roundCoords(g.coordinates) });

/**
 * @param {{ world: string, governorates: string, story: string }} files paths
 * @returns {object} a MapLibre style (version 8)
 */
export function buildStyle(files) {
  const world = JSON.parse(readFileSync(files.world, 'utf8'));
  const regions = JSON.parse(readFileSync(files.governorates, 'utf8'));
  const story = JSON.parse(readFileSync(files.story, 'utf8'));
  const theme = story.theme?.colors ?? {};

  const near = world.objects.countries.geometries.filter((g) => {
    const [[x0, y0], [x1, y1]] = geoBounds(feature(world, g));
    return x1 >= NEAR[0][0] && x0 <= NEAR[1][0] && y1 >= NEAR[0][1] && y0 <= NEAR[1][1];
  });
  const collection = { type: 'GeometryCollection', geometries: near };
  const countries = feature(world, collection);
  countries.features = countries.features
    .filter((f) => f.geometry)
    .map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: roundGeometry(f.geometry) }));
  const borders = { type: 'Feature', properties: {}, geometry: roundGeometry(mesh(world, collection, (a, b) => a !== b)) };
  const governorates = {
    type: 'FeatureCollection',
    features: regions.features.map((f) => ({ type: 'Feature', properties: { id: f.properties.ADM1_PCODE, name: f.properties.ADM1_EN }, geometry: roundGeometry(f.geometry) }))
  };
  const routes = {
    type: 'FeatureCollection',
    features: story.routes.map((r) => ({ type: 'Feature', properties: { id: r.id, name: r.name }, geometry: { type: 'LineString', coordinates: r.coordinates } }))
  };
  const kindColor = (kind) => theme[story.kinds?.[kind]?.color] ?? null;
  const places = {
    type: 'FeatureCollection',
    features: story.places.map((p) => ({
      type: 'Feature',
      properties: { id: p.id, name: p.name, kind: p.kind, color: kindColor(p.kind) ?? COLORS.placeFill },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] }
    }))
  };

  const focus = story.steps.find((s) => s.graphic?.focus)?.graphic.focus ?? [];
  const none = ['literal', ['']];
  return {
    version: 8,
    name: 'scrollstage bench: MapLibre baseline (local, Natural Earth + OCHA + the story)',
    // No implicit 300 ms transitions: the page gives the chapter's fades their duration (750 ms) itself.
    transition: { duration: 0, delay: 0 },
    sources: {
      countries: { type: 'geojson', data: countries, attribution: 'Natural Earth' },
      borders: { type: 'geojson', data: borders },
      governorates: { type: 'geojson', data: governorates, attribution: 'OCHA COD-AB' },
      routes: { type: 'geojson', data: routes, lineMetrics: true },
      places: { type: 'geojson', data: places, attribution: 'GeoNames' },
      // Filled by the page from the story's movers (vehicle marks clustered at each convoy's end).
      movers: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': COLORS.water } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': ['case', ['in', ['get', 'name'], ['literal', focus]], COLORS.focus, COLORS.land], 'fill-antialias': false }
      },
      // The story's areas (the two governorates): shown by filter and faded by opacity per chapter.
      { id: 'areas-fill', type: 'fill', source: 'governorates', filter: ['in', ['get', 'id'], none], paint: { 'fill-color': COLORS.area, 'fill-opacity': 0 } },
      { id: 'areas-line', type: 'line', source: 'governorates', filter: ['in', ['get', 'id'], none], paint: { 'line-color': COLORS.areaLine, 'line-width': 1, 'line-dasharray': [2, 1], 'line-opacity': 0 } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': COLORS.border, 'line-width': 1 }, layout: { 'line-join': 'round' } },
      {
        id: 'routes',
        type: 'line',
        source: 'routes',
        filter: ['in', ['get', 'id'], none],
        paint: { 'line-color': COLORS.route, 'line-width': 2.5 },
        layout: { 'line-cap': 'round', 'line-join': 'round' }
      },
      // The part of the M5 held by government forces: a line-gradient over line-progress the page sets per chapter.
      {
        id: 'held',
        type: 'line',
        source: 'routes',
        filter: ['==', ['get', 'id'], 'm5'],
        paint: { 'line-width': 4, 'line-opacity': 0, 'line-gradient': ['step', ['line-progress'], 'rgba(0,0,0,0)', 0.5, 'rgba(0,0,0,0)'] },
        layout: { 'line-cap': 'butt', 'line-join': 'round' }
      },
      {
        id: 'movers',
        type: 'circle',
        source: 'movers',
        filter: ['in', ['get', 'mover'], none],
        paint: { 'circle-radius': 1.6, 'circle-color': ['get', 'color'], 'circle-opacity': 0, 'circle-opacity-transition': { duration: 750, delay: 0 } }
      },
      {
        id: 'rings',
        type: 'circle',
        source: 'places',
        filter: ['in', ['get', 'id'], none],
        paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-width': 1.5, 'circle-stroke-color': theme.ring ?? '#b91c1c' }
      },
      {
        id: 'places',
        type: 'circle',
        source: 'places',
        filter: ['in', ['get', 'id'], none],
        paint: {
          'circle-radius': ['match', ['get', 'kind'], 'capital', 5, 'observation-post', 4, 3.5],
          'circle-color': ['get', 'color'],
          'circle-stroke-width': 1.25,
          'circle-stroke-color': ['match', ['get', 'kind'], 'observation-post', '#fff', COLORS.placeStroke]
        }
      },
      // Labels: the place's name, or the chapter's annotation (the page sets text-field per chapter).
      // Always drawn, as the D3 baseline's SVG labels are; observation posts are not named.
      {
        id: 'labels',
        type: 'symbol',
        source: 'places',
        filter: ['in', ['get', 'id'], none],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['system-ui', 'sans-serif'],
          'text-size': 12,
          'text-anchor': 'left',
          'text-justify': 'left',
          'text-offset': [0.6, 0],
          'text-allow-overlap': true,
          'text-ignore-placement': true
        },
        paint: { 'text-color': '#1c1917', 'text-halo-color': '#fff', 'text-halo-width': 1.5 }
      }
    ]
  };
}
