/**
 * Simplifies and quantizes a basemap topology for the web, with a tolerance tied to what a
 * reader can see: a vertex goes when dropping it moves the line less than a fraction of a
 * pixel at the closest view the basemap is made for (its box filling a desktop screen,
 * zoomed in ZOOM times). Inside the focus box (where a story zooms much closer) and on
 * layers (the areas a story zooms to), the same rule is applied to that smaller box, which
 * keeps nearly all of the source. topojson-simplify removes vertices in Visvalingam's order
 * with, as weight, how far each one stands from the line its neighbours would draw (km),
 * divided by its tolerance; then everything under 1 is dropped.
 */
import { presimplify, simplify, type Triangle } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import type { Box } from '../basemap/basemapFile.js';
import { inBox } from './clipToBox.js';

/** Screen the basemap is judged on, px: a common desktop browser window. */
const SCREEN = { width: 1280, height: 800 };

/** How much closer than "the box fills the screen" a story may zoom: from a box of a few countries to one province is ~8x. */
const ZOOM = 8;

/**
 * The same for the rest of the box when the author gave a focus: the story zooms close only
 * there, and shows the rest on its way out (a story's widest steps show its box at 1-2x).
 * At 8x everywhere, a 36° box at 1:10m grows by half (47 KB gzip against 32 KB), mostly
 * island coasts far from the focus.
 */
const ZOOM_OUTSIDE_FOCUS = 2;

/** Largest shift of a line a reader cannot see, in px at that zoom: half a pixel is under antialiasing's blur. */
const PIXEL_FRACTION = 0.5;

/**
 * Steps of the quantization grid across the box: 1e5 puts a 40° box's grid at ~40 m and a
 * 15° tile's at ~15 m, finer than world-atlas's own ~400 m grid. Tiles of one size in one
 * row or column share the grid along their common edges, so they quantize them alike.
 */
export const QUANTIZATION_STEPS = 1e5;

const KM_PER_DEGREE = (Math.PI / 180) * 6371.0088;

/** Kilometres per pixel when the box fills SCREEN zoomed in `zoom` times. */
export function kmPerPixel([west, south, east, north]: Box, zoom = ZOOM): number {
  const midLatitude = ((south + north) / 2) * (Math.PI / 180);
  const widthKm = (east - west) * Math.cos(midLatitude) * KM_PER_DEGREE;
  const heightKm = (north - south) * KM_PER_DEGREE;
  return Math.max(widthKm / SCREEN.width, heightKm / SCREEN.height) / zoom;
}

/** How far (km) a vertex may stand from the line its neighbours draw and still be dropped, in this box. */
export function vertexTolerance(box: Box, zoom = ZOOM): number {
  return PIXEL_FRACTION * kmPerPixel(box, zoom);
}

/** How far the middle vertex stands from the line through the other two, km (locally flat: vertices are close). */
export function vertexOffsetKm([a, b, c]: Triangle): number {
  const kx = Math.cos(b[1] * (Math.PI / 180)) * KM_PER_DEGREE;
  const [ux, uy] = [(c[0] - a[0]) * kx, (c[1] - a[1]) * KM_PER_DEGREE];
  const [vx, vy] = [(b[0] - a[0]) * kx, (b[1] - a[1]) * KM_PER_DEGREE];
  const base = Math.hypot(ux, uy);
  return base === 0 ? Math.hypot(vx, vy) : Math.abs(ux * vy - uy * vx) / base;
}

export interface SimplifyOptions {
  /** The basemap's box: its edges are kept exactly and it sets the quantization grid. */
  box: Box;
  /** Kept at its own (finer) tolerance. */
  focus?: Box | undefined;
  /** Arcs drawn by layers, each set with the box whose tolerance it gets (the layer's own extent). */
  finer?: readonly { arcs: ReadonlySet<number>; box: Box }[];
}

const onFrame = (x: number, y: number, [west, south, east, north]: Box) => x === west || x === east || y === south || y === north;

/** The topology (unquantized, lon/lat) simplified and quantized to the box. */
export function simplifyForWeb(topology: Topology, { box, focus, finer = [] }: SimplifyOptions): Topology {
  const boxTolerance = vertexTolerance(box, focus ? ZOOM_OUTSIDE_FOCUS : ZOOM);
  const focusTolerance = focus ? Math.min(boxTolerance, vertexTolerance(focus)) : boxTolerance;
  const finerTolerances = finer.map((f) => ({ arcs: f.arcs, tolerance: Math.min(focusTolerance, vertexTolerance(f.box)) }));
  const weighted = presimplify(topology as Topology<Objects>, vertexOffsetKm);
  weighted.arcs.forEach((arc, i) => {
    // A layer's arcs: the finest tolerance of the layers that draw them.
    const layer = Math.min(...finerTolerances.filter((f) => f.arcs.has(i)).map((f) => f.tolerance));
    for (const point of arc as number[][]) {
      const [x, y] = point as [number, number];
      // Frame vertices stay: they keep the clip exact, and tiles that share an edge keep the same ones.
      if (onFrame(x, y, box)) point[2] = Infinity;
      else point[2]! /= Number.isFinite(layer) ? layer : focus && inBox(point, focus) ? focusTolerance : boxTolerance;
    }
  });
  const simplified = simplify(weighted, 1);
  const [west, south, east, north] = box;
  simplified.bbox = [west, south, east, north];
  return quantize(simplified, {
    scale: [(east - west) / QUANTIZATION_STEPS, (north - south) / QUANTIZATION_STEPS],
    translate: [west, south]
  });
}
