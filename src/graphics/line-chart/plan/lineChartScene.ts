/**
 * A line chart's picture for one frame (domains and reveal, in data units) on its base
 * layout: the scales (UTC time for dates, linear for numbers and y: scales.ts), the ticks,
 * each series cut at the reveal and drawn as a path, its end dot and its label
 * nudged clear of the others, the zero line, and the notes the lines have reached, placed
 * off the lines. Called every frame of a change, so it reuses the base's sorted points, and
 * while the domains stay (a line extending, a scrubbed step) each series' projected points
 * and path (projectedSeries.ts), slicing them at the reveal; it places ~a dozen labels and
 * notes. Pure.
 */
import { linearScale, linePath, utcScale } from './scales.js';
import type { LineChartBase } from './lineChartBase.js';
import type { LineFrame } from './lineFrame.js';
import { drawnPart, projectedSeries, type Projection } from './projectedSeries.js';
import { xTicks, yTicks, type Tick } from './lineTicks.js';
import { placeEndLabels } from './placeEndLabels.js';
import { placeNotes, type Polyline, type Rect } from './placeNotes.js';

export interface SceneSeries {
  id: string;
  color: string;
  /** SVG path of the drawn part; empty when nothing is drawn yet. */
  d: string;
  /** The drawn part's points, px. */
  points: [number, number][];
  /** The drawn part's last point, px, where its dot and label are. */
  tip: [number, number] | null;
  /** Its end label, when there was room: lines, left edge and top, px. */
  label: { lines: string[]; x: number; top: number; width: number; height: number } | null;
}

export interface SceneNote {
  id: string;
  lines: string[];
  box: Rect;
  side: 'left' | 'right' | 'middle';
  /** The point it points at, px, or null for a moment. */
  point: [number, number] | null;
  /** A moment's rule across the plot, px. */
  rule: { x: number; y1: number; y2: number } | null;
}

export interface LineChartScene {
  xTicks: Tick[];
  yTicks: Tick[];
  /** y of the x axis line (the plot's bottom), px. */
  axisY: number;
  /** y of the zero line when 0 is on the y axis and not at its bottom, px. */
  zeroY: number | null;
  series: SceneSeries[];
  notes: SceneNote[];
}

/** How far past the reveal a note still counts as reached: rounding in a scrubbed frame must not hide the note at the reveal. */
const REACHED_EPS = 1e-9;

export function lineChartScene(base: LineChartBase, frame: LineFrame): LineChartScene {
  const { plot, metrics: m } = base;
  const left = plot.x;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const x = (base.xType === 'date' ? utcScale : linearScale)(frame.x, [left, right]);
  const y = linearScale(frame.y, [bottom, plot.y]);
  const px = x;
  const projection: Projection = { x: px, y, key: [frame.x[0], frame.x[1], left, right, frame.y[0], frame.y[1], bottom, plot.y, base.xType === 'date' ? 1 : 0] };

  const drawn = base.series.map((s) => drawnPart(s.points, projectedSeries(s.points, projection), projection, frame.reveal));
  const series: SceneSeries[] = base.series.map((s, i) => {
    const { points, d } = drawn[i]!;
    const tip = points.length ? points[points.length - 1]! : null;
    return { id: s.id, color: s.color, d, points, tip, label: null };
  });

  // End labels, in the column beside the lines' ends, nudged apart.
  const labelTop = plot.y - m.tick.line;
  const labelRequests = base.series.flatMap((s, i) => (series[i]!.tip ? [{ id: s.id, y: series[i]!.tip![1], height: s.labelHeight }] : []));
  const tops = placeEndLabels(labelRequests, labelTop, bottom);
  base.series.forEach((s, i) => {
    const scene = series[i]!;
    const top = tops.get(s.id);
    if (top === undefined || !scene.tip) return;
    scene.label = { lines: s.lines, x: scene.tip[0] + m.dot + m.labelGap, top, width: s.labelWidth, height: s.labelHeight };
  });

  const ticksX = xTicks(x, base.xType, base.lang, m.tick, { left: base.area.x, right: base.area.x + base.area.width }, base.narrow);
  const ticksY = yTicks(y, base.lang, m.tick);
  const [y0, y1] = frame.y;
  const zero = y(0);
  const zeroY = Math.min(y0, y1) < 0 && Math.max(y0, y1) >= 0 && Number.isFinite(zero) ? zero : null;

  // Notes the lines have reached, off the lines, labels and tick labels.
  const taken: Rect[] = [
    ...series.flatMap((s) => (s.label ? [{ x: s.label.x, y: s.label.top, width: s.label.width, height: s.label.height }] : [])),
    ...ticksY.map((t) => ({ x: left, y: t.pos - m.tick.line, width: t.width, height: m.tick.line }))
  ];
  const lines: Polyline[] = drawn.flatMap((part) => part.lines);
  const reached = base.notes.filter((n) => Number.isFinite(n.x) && n.x <= frame.reveal + REACHED_EPS * Math.max(1, Math.abs(frame.reveal)));
  const anchors = reached
    .map((n) => ({ note: n, at: px(n.x), py: n.y === undefined ? undefined : y(n.y) }))
    // Inside the plot: while a domain changes, a note may not be on the axis yet.
    .filter((r) => r.at >= left - 0.5 && r.at <= right + 0.5 && (r.py === undefined || Number.isFinite(r.py)));
  // A moment's rule is a line too: other notes keep off it where they can.
  for (const r of anchors) if (r.py === undefined) lines.push({ xs: [r.at, r.at], ys: [plot.y, bottom] });
  const bounds: Rect = { x: base.area.x, y: labelTop, width: base.area.width, height: bottom - labelTop };
  const placed = placeNotes(
    anchors.map((r) => ({ id: r.note.id, x: r.at, ...(r.py === undefined ? {} : { y: r.py }), sizes: r.note.wraps })),
    bounds,
    taken,
    lines
  );
  const notes: SceneNote[] = placed.map((p, i) => {
    const r = anchors[i]!;
    return {
      id: p.id,
      lines: r.note.wraps[p.size]!.lines,
      box: p.box,
      side: p.side,
      point: r.py === undefined ? null : [r.at, r.py],
      rule: r.py === undefined ? { x: r.at, y1: plot.y, y2: bottom } : null
    };
  });

  return { xTicks: ticksX, yTicks: ticksY, axisY: bottom, zeroY, series, notes };
}
