import { describe, expect, it } from 'vitest';
import { geoConicConformal, geoPath } from 'd3-geo';
import { clipRing, svgPath, type Project } from '../../../src/geo/svgPath.js';
import { fitProjection } from '../../../src/geo/mapProjection.js';
import { regionOutline } from '../../../src/geo/baseProjection.js';
import { kmPerUnit } from '../../../src/geo/kmPerUnit.js';
import { flagship, flagshipBasemap, flagshipGeography } from '../../helpers/flagship.js';

type XY = [number, number];

/** Subpaths of a path string: points and whether Z closes it. */
function parse(d: string): { points: XY[]; closed: boolean }[] {
  return d
    .split('M')
    .filter(Boolean)
    .map((sub) => {
      const closed = sub.endsWith('Z');
      const points = (closed ? sub.slice(0, -1) : sub).split('L').map((p) => p.split(',').map(Number) as XY);
      return { points, closed };
    });
}

function distanceToSegment([px, py]: XY, [ax, ay]: XY, [bx, by]: XY): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const identity: Project = (p) => p;

describe('svgPath', () => {
  it('writes lines, rings closed with Z, and every kind of collection', () => {
    expect(svgPath({ type: 'LineString', coordinates: [[0, 0], [1.234, 5.678], [10, 20]] }, identity)).toBe('M0,0L1.23,5.68L10,20');
    expect(svgPath({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3]]] }, identity)).toBe('M0,0L1,1M2,2L3,3');
    const square = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]];
    const hole = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]];
    expect(svgPath({ type: 'Polygon', coordinates: [square, hole] }, identity)).toBe('M0,0L0,10L10,10L10,0ZM4,4L6,4L6,6L4,6Z');
    const multi: GeoJSON.MultiPolygon = { type: 'MultiPolygon', coordinates: [[square], [hole]] };
    expect(svgPath(multi, identity)).toBe('M0,0L0,10L10,10L10,0ZM4,4L6,4L6,6L4,6Z');
    const collection: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [multi, { type: 'Point', coordinates: [1, 1] }] } },
        { type: 'Feature', properties: {}, geometry: null as unknown as GeoJSON.Geometry },
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[-1.005, -0.004], [2, 2]] } }
      ]
    };
    expect(svgPath(collection, identity)).toBe('M0,0L0,10L10,10L10,0ZM4,4L6,4L6,6L4,6ZM-1,0L2,2');
    expect(svgPath(collection.features[0]!, identity)).toBe('M0,0L0,10L10,10L10,0ZM4,4L6,4L6,6L4,6Z');
  });

  it('writes nothing for nothing', () => {
    expect(svgPath(null, identity)).toBe('');
    expect(svgPath(undefined, identity)).toBe('');
    expect(svgPath({ type: 'FeatureCollection', features: [] }, identity)).toBe('');
    expect(svgPath({ type: 'LineString', coordinates: [] }, identity)).toBe('');
    expect(svgPath({ type: 'Point', coordinates: [1, 2] }, identity)).toBe('');
  });

  it('projects each vertex', () => {
    const project: Project = ([x, y]) => [x * 2 + 1, -y];
    expect(svgPath({ type: 'LineString', coordinates: [[1, 2], [3, 4]] }, project)).toBe('M3,-2L7,-4');
  });

  it('clips rings to a rectangle, and leaves lines whole', () => {
    const clip: [XY, XY] = [
      [0, 0],
      [10, 10]
    ];
    // A square straddling the right side: cut at x = 10.
    expect(svgPath({ type: 'Polygon', coordinates: [[[5, 2], [15, 2], [15, 8], [5, 8], [5, 2]]] }, identity, clip)).toBe('M5,2L10,2L10,8L5,8Z');
    // Wholly outside: gone. Wholly inside: as it was.
    expect(svgPath({ type: 'Polygon', coordinates: [[[20, 2], [25, 2], [25, 8], [20, 2]]] }, identity, clip)).toBe('');
    expect(svgPath({ type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] }, identity, clip)).toBe('M1,1L2,1L2,2Z');
    // Enclosing the rectangle: the rectangle.
    const big = clipRing([[-5, -5], [20, -5], [20, 20], [-5, 20]], clip);
    expect(big).toHaveLength(4);
    for (const corner of [[0, 0], [10, 0], [10, 10], [0, 10]]) expect(big).toContainEqual(corner);
    expect(svgPath({ type: 'LineString', coordinates: [[5, 5], [50, 5]] }, identity, clip)).toBe('M5,5L50,5');
  });

  describe('draws the basemap and the routes as d3’s geoPath does', () => {
    const map = flagshipBasemap();
    const story = flagship();
    const geo = flagshipGeography(story);
    const syria = map.countries.find((c) => c.properties.name === 'Syria')!;
    const objects: [string, GeoJSON.GeoJSON][] = [
      ['land', map.land],
      ['syria', syria],
      ['borders', map.borders],
      ...map.layers.governorates!.map((g) => [`governorate ${g.id}`, g] as [string, GeoJSON.GeoJSON]),
      ...story.routes.map((r) => [`route ${r.id}`, { type: 'LineString', coordinates: r.coordinates }] as [string, GeoJSON.GeoJSON])
    ];
    const [west, south, east, north] = map.bbox;
    const [fw, fs, fe, fn] = map.focus!;
    /** Inside the basemap's focus, kept at full detail: what the close-ups show. Outside, edges are long and only seen zoomed out. */
    const inFocus = ([lon, lat]: XY) => lon >= fw && lon <= fe && lat >= fs && lat <= fn;
    /**
     * How far d3's great-circle points may sit off our straight edges: half a pixel where the
     * map zooms in; elsewhere 5 km on the ground (the basemap keeps less detail there, and a
     * reader sees it only zoomed out, where 5 km is a pixel or two).
     */
    let tolerance = (_a: XY, _b: XY) => 0.5;
    /** On the basemap's data box, where its clip cut an edge (to 1e-3 degrees, the quantization grid). */
    const onFrame = ([lon, lat]: XY) =>
      Math.min(Math.abs(lon - west), Math.abs(lon - east), Math.abs(lat - south), Math.abs(lat - north)) < 1e-3;

    it.each([
      [390, 844],
      [1280, 800]
    ])('at %ix%i: the same subpaths; our vertices are d3’s, and d3’s added points lie within 0.5 px of our edges where the map zooms in', (width, height) => {
      const outline = regionOutline(geo.region);
      const size: XY = [width, height];
      const ours = fitProjection(geo.spec, [[0, 0], size], outline);
      tolerance = (a, b) => (inFocus(a) || inFocus(b) ? 0.5 : 5 / kmPerUnit(ours, ours(a)));
      const d3 = geoConicConformal().parallels([33, 36.5]).rotate([-38, 0]).fitSize(size, outline);
      const d3Path = geoPath(d3);
      let vertices = 0;
      let added = 0;
      let frameEdges = 0;
      let worst = 0;
      let worstFrame = 0;
      for (const [name, object] of objects) {
        const a = parse(svgPath(object, ours));
        const b = parse(d3Path(object) ?? '');
        expect(a.length, name).toBe(b.length);
        expect(a.length, name).toBeGreaterThan(0);
        for (let s = 0; s < a.length; s++) {
          const { points: mine, closed } = a[s]!;
          const { points: theirs } = b[s]!;
          expect(closed, `${name} subpath ${s}`).toBe(b[s]!.closed);
          // Walk d3's points: each of ours must come next (d3 rounds to 3 decimals, we to 2),
          // and every point d3 adds between two of ours must lie near our straight edge.
          let j = 0;
          for (let i = 0; i < mine.length; i++) {
            const p = mine[i]!;
            const from = i > 0 ? mine[i - 1]! : p;
            const frame = i > 0 && onFrame(ours.invert(from)) && onFrame(ours.invert(p));
            while (j < theirs.length && Math.hypot(theirs[j]![0] - p[0], theirs[j]![1] - p[1]) > 0.01) {
              const off = distanceToSegment(theirs[j]!, from, p);
              if (frame) {
                frameEdges++;
                worstFrame = Math.max(worstFrame, off);
              } else {
                worst = Math.max(worst, off);
                expect(off, `${name} subpath ${s}: d3's point ${j} off our edge ${i - 1}-${i}`).toBeLessThan(tolerance(ours.invert(from), ours.invert(p)));
              }
              added++;
              j++;
            }
            expect(j, `${name} subpath ${s}: our vertex ${i} is not d3's next`).toBeLessThan(theirs.length);
            if (i === 0) expect(j, `${name} subpath ${s} starts where d3's does`).toBe(0);
            j++;
            vertices++;
          }
          // What d3 adds along a ring's closing edge.
          for (; j < theirs.length; j++) {
            const off = distanceToSegment(theirs[j]!, mine.at(-1)!, mine[0]!);
            if (onFrame(ours.invert(mine.at(-1)!)) && onFrame(ours.invert(mine[0]!))) {
              frameEdges++;
              worstFrame = Math.max(worstFrame, off);
            } else {
              worst = Math.max(worst, off);
              expect(off, `${name} subpath ${s}: d3's point ${j} off our closing edge`).toBeLessThan(tolerance(ours.invert(mine.at(-1)!), ours.invert(mine[0]!)));
            }
            added++;
          }
        }
      }
      expect(vertices).toBeGreaterThan(5_000);
      // d3 resamples a few edges only: the long ones along the data box, and a handful more.
      expect(added).toBeLessThan(vertices / 20);
      console.log(
        `${width}x${height}: ${vertices} vertices, d3 adds ${added} (${frameEdges} along the data box, up to ${worstFrame.toFixed(1)} px off our edge); others up to ${worst.toFixed(3)} px`
      );
    });
  });
});

describe('svgPath for one view', () => {
  const identity = (p: [number, number]) => p;
  const vertices = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1]!, +m[2]!] as [number, number]);

  it('breaks lines where they leave the rectangle, keeping segments that may cross it', () => {
    const line: GeoJSON.LineString = { type: 'LineString', coordinates: [[-50, 5], [-20, 5], [5, 5], [8, 5], [40, 5], [60, 5], [80, 5], [9, 9]] };
    const d = svgPath(line, identity, { clip: [[0, 0], [10, 10]] });
    // [-50→-20] is wholly left of it, [40→60→80] wholly right: dropped. [80→9] comes back in.
    expect(d).toBe('M-20,5L5,5L8,5L40,5M80,5L9,9');
  });

  it('clips rings and leaves out vertices closer than the tolerance to the last one written', () => {
    const ring: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0.1, 0], [0.2, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] };
    expect(vertices(svgPath(ring, identity))).toHaveLength(6);
    const thin = vertices(svgPath(ring, identity, { tolerance: 0.5 }));
    expect(thin).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
    const clipped = vertices(svgPath(ring, identity, { clip: [[5, -1], [20, 20]] }));
    for (const [x] of clipped) expect(x).toBeGreaterThanOrEqual(5);
  });

  it('keeps the last vertex of an open line however close', () => {
    const line: GeoJSON.LineString = { type: 'LineString', coordinates: [[0, 0], [5, 0], [5.1, 0]] };
    expect(svgPath(line, identity, { tolerance: 0.5 })).toBe('M0,0L5,0L5.1,0');
  });

  it('reads a rectangle alone as the clip', () => {
    const ring: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] };
    expect(svgPath(ring, identity, [[5, -1], [20, 20]])).toBe(svgPath(ring, identity, { clip: [[5, -1], [20, 20]] }));
  });
});
