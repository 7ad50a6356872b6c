// `npm run basemap`: writes src/geo/basemap.topo.json, the map's only geography, from
// Natural Earth 1:10m countries (world-atlas) and the OCHA Idleb and Aleppo governorates
// copied into src/geo/data/. Clipped to what the camera can show, simplified (coarser far
// from Syria), quantized.
// `buildBasemap()` is also run in memory by tests/unit/geo/basemap.test.ts, which fails
// when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
// @ts-expect-error -- topojson-server publishes no types; used here only at build time.
import { topology } from 'topojson-server';
// @ts-expect-error -- topojson-simplify publishes no types; used here only at build time.
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { feature, mergeArcs, quantize } from 'topojson-client';

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
 * Clips one ring to the data box with Sutherland–Hodgman in lon/lat. The box edges are
 * meridians and parallels, so a planar clip is exact enough; edges it adds along the frame
 * are never stroked (borders are drawn as the mesh between two countries).
 * @param {number[][]} ring
 * @returns {number[][]}
 */
function clipRing(ring) {
  const [[x0, y0], [x1, y1]] = DATA_BOX;
  /** @type {[(p: number[]) => boolean, (a: number[], b: number[]) => number[]][]} */
  const edges = [
    [(p) => /** @type {number} */ (p[0]) >= x0, (a, b) => cross(a, b, 0, x0)],
    [(p) => /** @type {number} */ (p[0]) <= x1, (a, b) => cross(a, b, 0, x1)],
    [(p) => /** @type {number} */ (p[1]) >= y0, (a, b) => cross(a, b, 1, y0)],
    [(p) => /** @type {number} */ (p[1]) <= y1, (a, b) => cross(a, b, 1, y1)]
  ];
  let out = ring.slice(0, -1);
  for (const [inside, intersect] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = /** @type {number[]} */ (input[i]);
      const previous = /** @type {number[]} */ (input[(i + input.length - 1) % input.length]);
      if (inside(current)) {
        if (!inside(previous)) out.push(intersect(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(intersect(previous, current));
      }
    }
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? [...out, /** @type {number[]} */ (out[0])] : [];
}

/**
 * @param {number[]} a
 * @param {number[]} b
 * @param {number} axis
 * @param {number} value
 */
function cross(a, b, axis, value) {
  const t = (value - /** @type {number} */ (a[axis])) / (/** @type {number} */ (b[axis]) - /** @type {number} */ (a[axis]));
  const p = [0, 0];
  p[axis] = value;
  p[1 - axis] = /** @type {number} */ (a[1 - axis]) + t * (/** @type {number} */ (b[1 - axis]) - /** @type {number} */ (a[1 - axis]));
  return p;
}

/**
 * @param {any} geometry a GeoJSON Polygon or MultiPolygon
 * @returns {any} a MultiPolygon clipped to the data box, or null when nothing is left
 */
function clipGeometry(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = /** @type {number[][][]} */ (polygon).map(clipRing);
    if (!outer || outer.length === 0) continue;
    clipped.push([outer, ...holes.filter((/** @type {number[][]} */ h) => h.length > 0)]);
  }
  return clipped.length ? { type: 'MultiPolygon', coordinates: clipped } : null;
}

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
    const geometry = clipGeometry(country.geometry);
    const name = country.properties.name;
    if (geometry) kept.push({ type: 'Feature', id: String(country.id ?? name), properties: { name }, geometry });
  }
  const governorates = ocha.features
    .filter((/** @type {any} */ f) => f.properties.ADM1_PCODE in OCHA_IDS)
    .map((/** @type {any} */ f) => ({
      type: 'Feature',
      id: OCHA_IDS[/** @type {'SY07' | 'SY02'} */ (f.properties.ADM1_PCODE)],
      properties: { name: f.properties.ADM1_EN },
      geometry: f.geometry
    }));
  let topo = topology({
    countries: { type: 'FeatureCollection', features: kept },
    governorates: { type: 'FeatureCollection', features: governorates }
  });
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
    ocha: JSON.parse(readFileSync(here('../src/geo/data/ocha-idleb-aleppo-admin1.geojson'), 'utf8'))
  };
}

/** The file text exactly as committed. */
export function basemapText() {
  return JSON.stringify(buildBasemap(readInputs())) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = basemapText();
  const out = here('../src/geo/basemap.topo.json');
  writeFileSync(out, text);
  const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1) + ' KB';
  console.log(`wrote src/geo/basemap.topo.json: ${kb(text.length)}, ${kb(gzipSync(text).length)} gzip`);
}
