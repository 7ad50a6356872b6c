// `npm run basemap` (node scripts/viteRun.js scripts/buildBasemap.js): writes src/geo/basemap.topo.json, the map's only geography, from
// Natural Earth 1:10m countries (world-atlas) and the OCHA Idleb and Aleppo governorates
// copied into stories/data/. Clipped to what the camera can show, simplified (coarser far
// from Syria), quantized.
// `buildBasemap()` is also run in memory by tests/unit/geo/basemap.test.ts, which fails
// when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { clipPolygons } from '../src/geo/build/clipToBox.js';

/**
 * The region the map can show: Syria and a margin into its neighbours, [[west, south], [east, north]].
 * @type {[[number, number], [number, number]]}
 */
export const REGION = [
  [34.5, 32],
  [42.5, 37.6]
];

/**
 * The geography kept, [[west, south], [east, north]]: everything the camera can show, with
 * about a degree to spare for a taller legend. Zoom 0 fits the region into what the legend
 * and scale bar leave of the frame, so a tall phone (320x900) also shows about three region
 * widths from top to bottom (22 N to 46.3 N) and a wide screen (1600x600) four region
 * heights across (21.8 E to 55.3 E). Past this box the map would show an empty sea.
 * tests/unit/geo/basemap.test.ts checks zoom 0 and every step at sizes in that range.
 * @type {[[number, number], [number, number]]}
 */
export const DATA_BOX = [
  [20.5, 21],
  [56.5, 47.5]
];

/** DATA_BOX as clipToBox takes it, [west, south, east, north]. */
const BOX = /** @type {[number, number, number, number]} */ ([DATA_BOX[0][0], DATA_BOX[0][1], DATA_BOX[1][0], DATA_BOX[1][1]]);

/** How far past the region the full detail is kept, degrees: what a fitted step can show. */
const DETAIL_MARGIN = 2;

/**
 * Minimum spherical triangle area (steradians) a vertex must carry to survive: about
 * 0.012 km² on the ground. The 1:10m source is only ~300 m precise, so this keeps nearly every
 * vertex (what the Idlib close-up needs) and drops only collinear runs.
 */
const MIN_WEIGHT = 3e-10;

/**
 * The same for vertices outside the detailed box, about 12 km² on the ground: that far out
 * the map is only seen zoomed out (~2.4 km per px on a phone), where a vertex carrying that
 * little moves the line about a pixel; Aegean islands, Caucasus and Gulf coasts at full
 * detail would triple the file (~30 KB gzip at 1e-7, ~24 KB at this value).
 */
const FAR_MIN_WEIGHT = 3e-7;

/** Grid of the quantized coordinates: 1e5 steps over the data box is ~30 m, under a pixel even in the Idlib close-up. */
const QUANTIZATION = 1e5;

/** OCHA P-codes of the two governorates the story names, and the ids the story uses. */
const OCHA_IDS = { SY07: 'idleb', SY02: 'aleppo' };

const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Scales down the weight of every vertex outside the detailed box, so that simplifying at
 * MIN_WEIGHT drops it below FAR_MIN_WEIGHT there (arc ends keep their infinite weight).
 * @param {any} topo a presimplified topology, unquantized (lon/lat)
 */
function coarsenFar(topo) {
  const [[x0, y0], [x1, y1]] = [
    [REGION[0][0] - DETAIL_MARGIN, REGION[0][1] - DETAIL_MARGIN],
    [REGION[1][0] + DETAIL_MARGIN, REGION[1][1] + DETAIL_MARGIN]
  ];
  for (const arc of topo.arcs) {
    for (const point of arc) {
      const [x, y] = point;
      if (x < x0 || x > x1 || y < y0 || y > y1) point[2] *= MIN_WEIGHT / FAR_MIN_WEIGHT;
    }
  }
}

/**
 * The basemap topology, built from the two inputs (parsed JSON).
 * @param {{ world: any, ocha: any }} inputs world-atlas countries-10m.json and the OCHA copy
 * @returns {any} a TopoJSON topology with objects countries, land and governorates
 */
export function buildBasemap({ world, ocha }) {
  const countries = feature(world, world.objects.countries);
  /** @type {any[]} */
  const kept = [];
  // Every country in the box, the ones Natural Earth gives no ISO code too (Northern Cyprus,
  // the sovereign base areas): left out, they would be holes of sea in the land.
  for (const country of /** @type {any} */ (countries).features) {
    const polygons = clipPolygons(country.geometry, BOX);
    const name = country.properties.name;
    if (polygons.length) kept.push({ type: 'Feature', id: String(country.id ?? name), properties: { name }, geometry: { type: 'MultiPolygon', coordinates: polygons } });
  }
  const governorates = ocha.features
    .filter((/** @type {any} */ f) => f.properties.ADM1_PCODE in OCHA_IDS)
    .map((/** @type {any} */ f) => ({
      type: 'Feature',
      id: OCHA_IDS[/** @type {'SY07' | 'SY02'} */ (f.properties.ADM1_PCODE)],
      properties: { name: f.properties.ADM1_EN },
      geometry: f.geometry
    }));
  /** @type {any} */
  let topo = topology(
    /** @type {any} */ ({
      countries: { type: 'FeatureCollection', features: kept },
      governorates: { type: 'FeatureCollection', features: governorates }
    })
  );
  topo = presimplify(topo, sphericalTriangleArea);
  coarsenFar(topo);
  topo = quantize(simplify(topo, MIN_WEIGHT), QUANTIZATION);
  // Land is the union of the countries: shares their arcs, so it costs a few indices.
  const countryGeometries = topo.objects.countries.geometries;
  topo.objects.land = {
    type: 'GeometryCollection',
    geometries: [{ type: 'MultiPolygon', arcs: mergeArcs(topo, countryGeometries).arcs }]
  };
  return { ...topo, region: REGION };
}

/** The inputs as the repository holds them. */
export function readInputs() {
  return {
    world: JSON.parse(readFileSync(here('../node_modules/world-atlas/countries-10m.json'), 'utf8')),
    ocha: JSON.parse(readFileSync(here('../stories/data/ocha-idleb-aleppo-admin1.geojson'), 'utf8'))
  };
}

/** The file text exactly as committed. */
export function basemapText() {
  return JSON.stringify(buildBasemap(readInputs())) + '\n';
}

/** `npm run basemap` (through scripts/viteRun.js, which loads src/ TypeScript). */
export function main() {
  const text = basemapText();
  const out = here('../src/geo/basemap.topo.json');
  writeFileSync(out, text);
  const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1) + ' KB';
  console.log(`wrote src/geo/basemap.topo.json: ${kb(text.length)}, ${kb(gzipSync(text).length)} gzip`);
}
