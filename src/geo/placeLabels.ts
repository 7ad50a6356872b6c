/**
 * Label placement, greedy: labels are taken in priority order (lower first); each tries its
 * candidate positions around its anchor and takes the first whose box stays inside the
 * bounds and clear of every label already placed and of every obstacle (place symbols, the
 * front marker, mover clusters, legend and other chrome), and off the routes where it can be.
 * A label with no free position is hidden, so the
 * least important give way. Text size comes from character count × font size, which is
 * what the renderer must use too.
 */
import type { Rect } from './viewTransform.js';

/** Average advance of a character in the map's sans-serif, as a fraction of the font size. */
export const CHAR_WIDTH = 0.56;
/** Bold text is wider. */
export const BOLD_CHAR_WIDTH = 0.61;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

export interface LabelRequest {
  id: string;
  /** Anchor point on screen, px. */
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  bold?: boolean;
  /** Extra advance per character, px (letter-spacing). */
  tracking?: number;
  /** Lower is placed first. */
  priority: number;
  /** Gap between the anchor and the text, px (the symbol radius plus air). */
  offset: number;
  /** What the label goes round when it is larger than a symbol (a mover cluster): the gap is then measured from this box's edges. */
  around?: Rect;
  /** `around`: eight positions round the point; `center`: centred on it only. */
  mode?: 'around' | 'center';
  /** Obstacle ids this label may touch (its own symbol). */
  own?: string[];
  /** Other ways to break the text into lines, tried in order where `lines` finds no room. */
  alternatives?: string[][];
}

export interface Obstacle extends Rect {
  id: string;
}

export interface PlacedLabel {
  id: string;
  /** Text anchor point of the first line's baseline, px. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  fontSize: number;
  box: Rect;
}

type Candidate = [dx: -1 | 0 | 1, dy: -1 | 0 | 1];
/** Right, left, then the diagonals, then above and below: the cartographer's usual order. */
const AROUND: Candidate[] = [[1, 0], [-1, 0], [1, -1], [1, 1], [-1, -1], [-1, 1], [0, -1], [0, 1]];
/** Ascent of the first line above its box top, as a fraction of the font size. */
const ASCENT = 0.9;

export function labelSize(request: Pick<LabelRequest, 'lines' | 'fontSize' | 'bold' | 'tracking'>): { width: number; height: number } {
  const longest = Math.max(0, ...request.lines.map((l) => l.length));
  const advance = request.fontSize * (request.bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH) + (request.tracking ?? 0);
  return { width: longest * advance, height: request.lines.length * request.fontSize * LINE_HEIGHT };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Rect, bounds: Rect): boolean {
  return a.x >= bounds.x && a.y >= bounds.y && a.x + a.width <= bounds.x + bounds.width && a.y + a.height <= bounds.y + bounds.height;
}

/** A polyline on screen, px: a route or line the labels should not sit on. */
export type ScreenLine = readonly (readonly [number, number])[];

/** Air kept between a label and a line, px. */
const LINE_AIR = 2;

interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether the segment touches the rectangle (Liang–Barsky). */
function segmentHits({ x0, y0, x1, y1 }: Segment, r: Rect): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - r.x],
    [dx, r.x + r.width - x0],
    [-dy, y0 - r.y],
    [dy, r.y + r.height - y0]
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function segmentsOf(lines: readonly ScreenLine[], bounds: Rect): Segment[] {
  const out: Segment[] = [];
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [x0, y0] = line[i - 1]!;
      const [x1, y1] = line[i]!;
      // Only what can meet a label: segments that touch the bounds.
      if (segmentHits({ x0, y0, x1, y1 }, bounds)) out.push({ x0, y0, x1, y1 });
    }
  }
  return out;
}

/**
 * Places the labels. Each tries its lines as given, then each of its `alternatives` (the
 * name wrapped, say), at every candidate position. `lines` (routes, progress lines) are kept
 * clear where a label has a free position off them; a label whose every free position lies
 * on a line takes the first of those rather than disappear (a place's name matters more than
 * a clear route).
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Rect, obstacles: readonly Obstacle[] = [], lines: readonly ScreenLine[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const segments = segmentsOf(lines, bounds);
  const onLine = (box: Rect) => {
    const air = { x: box.x - LINE_AIR, y: box.y - LINE_AIR, width: box.width + 2 * LINE_AIR, height: box.height + 2 * LINE_AIR };
    return segments.some((s) => segmentHits(s, air));
  };
  const order = [...requests].sort((a, b) => a.priority - b.priority);
  for (const request of order) {
    const candidates: Candidate[] = request.mode === 'center' ? [[0, 0]] : AROUND;
    let fallback: PlacedLabel | null = null;
    let chosen: PlacedLabel | null = null;
    variants: for (const text of [request.lines, ...(request.alternatives ?? [])]) {
      const { width, height } = labelSize({ ...request, lines: text });
      for (const [dx, dy] of candidates) {
        // Diagonals sit a little closer: the corner of the box, not its edge, faces the point.
        const gap = dx !== 0 && dy !== 0 ? request.offset * 0.7 : request.offset;
        const a = request.around ?? { x: request.x, y: request.y, width: 0, height: 0 };
        const left = dx === 1 ? a.x + a.width + gap : dx === -1 ? a.x - gap - width : a.x + a.width / 2 - width / 2;
        const top = dy === 1 ? a.y + a.height + gap : dy === -1 ? a.y - gap - height : a.y + a.height / 2 - height / 2;
        const box = { x: left, y: top, width, height };
        if (!inside(box, bounds)) continue;
        if (placed.some((p) => overlaps(p.box, box))) continue;
        if (obstacles.some((o) => !request.own?.includes(o.id) && overlaps(o, box))) continue;
        const label: PlacedLabel = {
          id: request.id,
          x: dx === 1 ? left : dx === -1 ? left + width : left + width / 2,
          y: top + request.fontSize * ASCENT,
          anchor: dx === 1 ? 'start' : dx === -1 ? 'end' : 'middle',
          lines: text,
          fontSize: request.fontSize,
          box
        };
        // Centred labels (areas, countries) sit on whatever crosses them: lines do not move them.
        if (request.mode !== 'center' && onLine(box)) {
          fallback ??= label;
          continue;
        }
        chosen = label;
        break variants;
      }
    }
    const label = chosen ?? fallback;
    if (label) placed.push(label);
  }
  return placed;
}

/** Splits text into lines of at most `max` characters at spaces (a longer word keeps its line). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
