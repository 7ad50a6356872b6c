import { describe, expect, it } from 'vitest';
import { lineChartBase, type LineChartBase } from '../../../../src/graphics/line-chart/plan/lineChartBase.js';
import { lineChartScene, type LineChartScene } from '../../../../src/graphics/line-chart/plan/lineChartScene.js';
import { targetFrame } from '../../../../src/graphics/line-chart/plan/lineFrame.js';
import { textAnchor } from '../../../../src/graphics/line-chart/plan/textAnchor.js';
import { textWidth, wrapText } from '../../../../src/graphics/line-chart/plan/textMetrics.js';
import { lineChartStateAt } from '../../../../src/graphics/line-chart/state.js';
import { NO_INSETS } from '../../../../src/core/graphicProps.js';
import type { Story } from '../../../../src/schema/parseStory.js';
import { lineExample, lineStory, YEARS } from '../../../helpers/lineStories.js';

const SIZES = [
  [320, 568],
  [390, 844],
  [1280, 800]
] as const;

function layout(story: Story, index: number, width: number, height: number, insets = NO_INSETS) {
  const chart = lineChartStateAt(story, index)!;
  const base = lineChartBase(story, chart, width, height, insets);
  return { chart, base, scene: lineChartScene(base, targetFrame(chart)) };
}

/** Every box the chart writes text in, estimated as the layout estimates it. */
function textBoxes(base: LineChartBase, scene: LineChartScene) {
  const boxes: { what: string; x: number; y: number; width: number; height: number }[] = [];
  for (const block of [base.title, base.subtitle, base.xLabel, base.source]) {
    if (!block) continue;
    const width = Math.max(...block.lines.map((l) => textWidth(l, block.style)));
    const x = block.align === 'left' ? block.x : block.align === 'right' ? block.x - width : block.x - width / 2;
    boxes.push({ what: block.lines.join(' '), x, y: block.top, width, height: block.lines.length * block.style.line });
  }
  for (const s of scene.series) if (s.label) boxes.push({ what: `label ${s.id}`, x: s.label.x, y: s.label.top, width: s.label.width, height: s.label.height });
  for (const n of scene.notes) boxes.push({ what: `note ${n.id}`, ...n.box });
  for (const t of scene.xTicks) boxes.push({ what: `x tick ${t.label}`, x: t.labelX - t.width / 2, y: base.tickLabelTop, width: t.width, height: base.metrics.tick.line });
  return boxes;
}

/** Paths to every number in `value` that is NaN or infinite (a label's `top` of Infinity would vanish from the SVG). */
function nonFinite(value: unknown, at = '', out: string[] = []): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(at);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nonFinite(v, `${at}.${k}`, out);
  return out;
}

describe('a line chart’s layout', () => {
  it.each(SIZES)('keeps every text inside a %i×%i box, and inside what text cards leave free', (width, height) => {
    const story = lineExample();
    const insets = width < 720 ? { top: 0, right: 0, bottom: Math.round(height * 0.3), left: 0 } : NO_INSETS;
    for (let index = 0; index < story.steps.length; index++) {
      const { base, scene } = layout(story, index, width, height, insets);
      expect(base.plot.width).toBeGreaterThan(width * 0.5);
      expect(base.plot.height).toBeGreaterThan(100);
      for (const box of textBoxes(base, scene)) {
        expect(box.x, box.what).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, box.what).toBeLessThanOrEqual(width);
        expect(box.y, box.what).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, box.what).toBeLessThanOrEqual(height - insets.bottom);
      }
    }
  });

  it('draws each line through every point up to until, its end interpolated', () => {
    const story = lineStory([{ ...YEARS, until: 2012 }]);
    const { base, scene } = layout(story, 0, 390, 844);
    const rise = scene.series.find((s) => s.id === 'rise')!;
    const { plot } = base;
    const px = (year: number) => plot.x + ((year - 2000) / 20) * plot.width;
    const py = (value: number) => plot.y + plot.height - (value / 80) * plot.height;
    const expected = [[2000, 10], [2005, 30], [2010, 20], [2012, 20 + (60 - 20) * (2 / 5)]].map(([x, y]) => [px(x!), py(y!)]);
    expect(rise.points).toHaveLength(4);
    rise.points.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(expected[i]![0]!, 6);
      expect(p[1]).toBeCloseTo(expected[i]![1]!, 6);
    });
    expect(rise.tip).toEqual(rise.points[3]);
    // The path string goes through the same points (d3-shape writes 2 decimals).
    const vertices = [...rise.d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    vertices.forEach((v, i) => {
      expect(v[0]).toBeCloseTo(expected[i]![0]!, 2);
      expect(v[1]).toBeCloseTo(expected[i]![1]!, 2);
    });
  });

  it('keeps twelve lines’ labels apart on a phone, and beside their lines', () => {
    const series = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i}`,
      label: `Series number ${i + 1}`,
      source: 'stats',
      points: [[2000, i], [2020, 50 + i * 0.5]]
    }));
    const { base, scene } = layout(lineStory([{ ...YEARS, series }]), 0, 390, 844, { top: 0, right: 0, bottom: 253, left: 0 });
    const labels = scene.series.map((s) => s.label!).sort((a, b) => a.top - b.top);
    expect(labels).toHaveLength(12);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.top).toBeGreaterThanOrEqual(labels[i - 1]!.top + labels[i - 1]!.height);
    for (const s of scene.series) expect(s.label!.x).toBeGreaterThan(s.tip![0]);
    expect(Math.max(...labels.map((l) => l.x + l.width))).toBeLessThanOrEqual(390);
    expect(base.plot.width).toBeGreaterThan(200);
  });

  it('runs time left to right in a right-to-left story too, with its text aligned right', () => {
    const ltr = layout(lineExample(), 2, 390, 844);
    const rtl = layout(lineExample({ lang: 'ar', dir: 'rtl' }), 2, 390, 844);
    // The same lines, first point at the left.
    expect(rtl.scene.series.map((s) => s.d)).toEqual(ltr.scene.series.map((s) => s.d));
    const first = rtl.scene.series[0]!.points[0]!;
    expect(first[0]).toBeLessThan(rtl.scene.series[0]!.tip![0]);
    expect(first[0]).toBeCloseTo(rtl.base.plot.x, 6);
    // Title and sources at the right edge, set right to left.
    expect(rtl.base.title.align).toBe('right');
    expect(rtl.base.title.x).toBeCloseTo(rtl.base.area.x + rtl.base.area.width, 6);
    expect(rtl.base.source!.align).toBe('right');
    expect(ltr.base.title.align).toBe('left');
    expect(textAnchor('right', 'rtl')).toBe('start');
    expect(textAnchor('left', 'rtl')).toBe('end');
    expect(textAnchor('left', 'ltr')).toBe('start');
    // Arabic words on the axis and in the sources line.
    expect(rtl.base.source!.lines.join(' ')).toMatch(/^المصدر: /);
  });

  it('shows a note once the lines reach it, placed off them', () => {
    const story = lineExample();
    expect(layout(story, 0, 1280, 800).scene.notes).toEqual([]);
    const { scene } = layout(story, 2, 1280, 800);
    expect(scene.notes.map((n) => [n.id, n.point ? 'point' : 'moment'])).toEqual([
      ['note-0', 'point'],
      ['note-1', 'moment']
    ]);
    const moment = scene.notes[1]!;
    expect(moment.rule!.y2).toBeGreaterThan(moment.rule!.y1);
  });

  it('lays out nothing broken in a box too small to draw in', () => {
    for (const [width, height] of [
      [0, 0],
      [40, 30],
      [2000, 60]
    ] as const) {
      const { base, scene } = layout(lineExample(), 2, width, height);
      expect(base.plot.width).toBeGreaterThanOrEqual(0);
      expect(base.plot.height).toBeGreaterThanOrEqual(0);
      for (const s of scene.series) for (const p of s.points) expect(p.every(Number.isFinite)).toBe(true);
      expect(nonFinite(scene)).toEqual([]);
    }
  });
});

describe('text wrapping', () => {
  const style = { size: 12, line: 15 };
  it('balances lines instead of leaving a word alone', () => {
    const lines = wrapText('Upstream peak: 4.8 metres', 120, style);
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => textWidth(l, style));
    expect(Math.abs(a! - b!)).toBeLessThan(40);
  });

  it('keeps what a no-break space joins', () => {
    expect(wrapText('Peak: 4.8\u00a0m', 70, style)).toEqual(['Peak:', '4.8\u00a0m']);
  });

  it('ends text beyond its last line with an ellipsis, within the width', () => {
    const lines = wrapText('A very long series name that goes on and on', 80, style, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(80);
  });
});
