import { describe, expect, it } from 'vitest';
import { layoutBars, textBoxes, type BarChartLayout, type BarLayoutInput, type BarSpec } from '../../../../../src/graphics/bar-chart/plan/layoutBars.js';
import { estimateTextWidth } from '../../../../../src/graphics/bar-chart/plan/textWidth.js';
import { MIN_BAR, LABEL_COLUMN_SHARE } from '../../../../../src/graphics/bar-chart/plan/constants.js';
import type { Box } from '../../../../../src/chart/box.js';

const EPS = 1e-6;
const nf = new Intl.NumberFormat('en');

function bars(values: readonly number[], labels?: readonly string[]): BarSpec[] {
  return values.map((value, i) => ({ id: `b${i}`, label: labels?.[i] ?? `Bar ${i + 1}`, value, text: nf.format(value) }));
}

const input = (over: Partial<BarLayoutInput>): BarLayoutInput => ({
  title: 'A chart title',
  caption: 'units',
  footer: 'Source: Synthetic test data',
  bars: bars([40, 30, 20]),
  width: 390,
  height: 844,
  dir: 'ltr',
  ...over
});

const SIZES = [
  { name: '320', width: 320, height: 568 },
  { name: '390', width: 390, height: 844, insets: { top: 0, right: 0, bottom: 253, left: 0 } },
  { name: '1280', width: 1280, height: 800 }
];

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;

/** Every text inside the drawing; no two texts overlapping; no text over a bar but its own value inside it. */
function expectReadable(layout: BarChartLayout) {
  const boxes = textBoxes(layout);
  for (const { kind, id, box } of boxes) {
    expect({ kind, id, inside: box.x >= -EPS && box.x + box.width <= layout.width + EPS }).toEqual({ kind, id, inside: true });
    expect(box.y).toBeGreaterThanOrEqual(-EPS);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.height + EPS);
  }
  const clashes: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (overlaps(a.box, b.box)) clashes.push(`${a.kind}:${a.id} × ${b.kind}:${b.id}`);
    })
  );
  for (const text of boxes) {
    for (const row of layout.rows) {
      if (row.bar.width <= EPS) continue;
      const own = text.id === row.id && text.kind === 'value' && row.value.placement === 'inside';
      if (!own && overlaps(text.box, row.bar)) clashes.push(`${text.kind}:${text.id} over bar ${row.id}`);
    }
  }
  expect(clashes).toEqual([]);
}

function mirrored(ltr: BarChartLayout, rtl: BarChartLayout) {
  const W = ltr.width;
  expect(rtl.width).toBe(W);
  expect(rtl.rows.map((r) => r.id)).toEqual(ltr.rows.map((r) => r.id));
  ltr.rows.forEach((a, i) => {
    const b = rtl.rows[i]!;
    expect(b.bar.x).toBeCloseTo(W - a.bar.x - a.bar.width, 6);
    expect(b.bar.width).toBeCloseTo(a.bar.width, 6);
    expect(b.bar.y).toBeCloseTo(a.bar.y, 6);
    expect(b.tick.x).toBeCloseTo(W - a.tick.x, 6);
    expect(b.label.x).toBeCloseTo(W - a.label.x, 6);
    expect(b.label.anchor).toBe(a.label.anchor);
    expect(b.value.x).toBeCloseTo(W - a.value.x, 6);
    expect(b.value.anchor).toBe(a.value.anchor);
  });
}

describe('layoutBars: labels at phone and desktop widths', () => {
  it('puts labels above their bars at 320 and 390 px, in a column beside them at 1280', () => {
    const modes = SIZES.map((s) => layoutBars(input({ ...s })).mode);
    expect(modes).toEqual(['stacked', 'stacked', 'side']);
  });

  const LONG = 'The Democratic Republic of the Congo and its eastern neighbours together';
  it.each(SIZES)('wraps a long label within its room at $name px', (size) => {
    const layout = layoutBars(input({ ...size, bars: bars([12, 40, 7], ['Short', LONG, 'Another']) }));
    const long = layout.rows[1]!.label;
    expect(long.lines.length).toBeGreaterThan(1);
    expect(long.lines.join(' ')).toBe(LONG);
    const room = layout.mode === 'side' ? LABEL_COLUMN_SHARE * (size.width - 2 * layout.metrics.padding) : size.width - 2 * layout.metrics.padding;
    for (const line of long.lines) expect(estimateTextWidth(line, layout.metrics.label)).toBeLessThanOrEqual(room + EPS);
    expectReadable(layout);
  });

  it('measures a highlighted label as bold, as it is drawn, so its column is wide enough', () => {
    const plain = layoutBars(input({ width: 1280, height: 800, bars: bars([3, 2], ['Netherlands', 'Italy']) }));
    const strong = layoutBars(input({ width: 1280, height: 800, bars: bars([3, 2], ['Netherlands', 'Italy']).map((b, i) => ({ ...b, strong: i === 0 })) }));
    expect(strong.rows[0]!.label.style.bold).toBe(true);
    expect(strong.rows[0]!.label.width).toBeGreaterThan(plain.rows[0]!.label.width);
    expect(strong.rows[0]!.bar.x).toBeGreaterThan(plain.rows[0]!.bar.x);
  });

  it('breaks a word wider than the whole line rather than let it run out', () => {
    const layout = layoutBars(input({ width: 320, height: 568, bars: bars([5], ['x'.repeat(120)]) }));
    expect(layout.rows[0]!.label.lines.length).toBeGreaterThan(2);
    expectReadable(layout);
  });

  it('keeps every text out of a text card covering the bottom of the panel', () => {
    const insets = { top: 0, right: 0, bottom: 253, left: 0 };
    const layout = layoutBars(input({ width: 390, height: 844, insets, bars: bars([3, 2, 1, 4, 5, 6]) }));
    for (const { box } of textBoxes(layout)) expect(box.y + box.height).toBeLessThanOrEqual(844 - 253 + EPS);
    for (const row of layout.rows) expect(row.bar.y + row.bar.height).toBeLessThanOrEqual(844 - 253 + EPS);
  });
});

describe('layoutBars: values', () => {
  const DATA: Record<string, BarSpec[]> = {
    positive: bars([39, 38, 27, 22, 17, 10]),
    mixed: bars([6, 5, 2, 2, 1, -7, -8]),
    negative: bars([-3.5, -12.25, -0.5]),
    zeros: bars([0, 0, 4]),
    huge: bars([1e15, 2e14, -5e14]),
    wordy: [
      { id: 'a', label: 'Displaced since December', value: 580000, text: 'more than 580,000' },
      { id: 'b', label: 'Fled Saraqeb', value: 110000, text: 'some 110,000' },
      { id: 'c', label: 'Killed', value: 300, text: 'more than 300' }
    ]
  };
  const CASES = Object.entries(DATA).flatMap(([data, specs]) =>
    SIZES.flatMap((size) => (['ltr', 'rtl'] as const).map((dir) => ({ data, specs, dir, ...size })))
  );

  it.each(CASES)('never writes a value off the panel or over other text ($data at $name px, $dir)', ({ specs, dir, ...size }) => {
    const layout = layoutBars(input({ ...size, bars: specs, dir }));
    expect(layout.scale).toBe(1);
    expectReadable(layout);
    for (const row of layout.rows) expect(row.value.squeeze).toBeNull();
  });

  it('draws negative bars to the other side of one zero line, each as long as its value says', () => {
    const layout = layoutBars(input({ width: 1280, height: 800, bars: DATA.mixed }));
    const zero = layout.zero;
    const k = (layout.rows[0]!.bar.width) / 6;
    layout.rows.forEach((row, i) => {
      const v = DATA.mixed![i]!.value;
      expect(row.tick.x).toBeCloseTo(zero, 9);
      if (v > 0) expect(row.bar.x).toBeCloseTo(zero, 6);
      else expect(row.bar.x + row.bar.width).toBeCloseTo(zero, 6);
      expect(row.bar.width).toBeCloseTo(Math.abs(v) * k, 6);
    });
  });

  it('writes a value beyond its bar’s end, or inside a long bar when that gives the bars room', () => {
    const layout = layoutBars(input({ width: 1280, height: 800, bars: DATA.positive }));
    for (const row of layout.rows) {
      expect(row.value.placement).toBe('outside');
      expect(row.value.anchor).toBe('start');
      expect(row.value.x).toBeGreaterThan(row.bar.x + row.bar.width);
    }
    const wide = layoutBars(input({ width: 1280, height: 800, bars: [{ id: 'big', label: 'Big', value: 100, text: 'one hundred and more, about' }, ...bars([60, 40])] }));
    expect(wide.rows[0]!.value.placement).toBe('inside');
    expect(wide.rows[0]!.value.anchor).toBe('end');
    expect(wide.rows[0]!.value.x).toBeLessThan(wide.rows[0]!.bar.x + wide.rows[0]!.bar.width);
    expectReadable(wide);
  });

  it('moves values above the bars on a phone when beside them they would leave stubs', () => {
    const specs = bars([5, 4, 3]).map((b) => ({ ...b, text: `about ${b.value} hundred thousand people` }));
    const layout = layoutBars(input({ width: 320, height: 568, bars: specs }));
    expect(layout.values).toBe('head');
    expectReadable(layout);
    // The bars get the whole width.
    expect(layout.rows[0]!.bar.width).toBeCloseTo(320 - 2 * layout.metrics.padding, 6);
  });
});

describe('layoutBars: right to left', () => {
  it.each(SIZES)('mirrors the whole chart at $name px: bars grow from the right, labels on the right', (size) => {
    const specs = bars([6, 5, -7, 0]);
    const ltr = layoutBars(input({ ...size, bars: specs }));
    const rtl = layoutBars(input({ ...size, bars: specs, dir: 'rtl' }));
    mirrored(ltr, rtl);
    // A positive bar grows leftwards from the zero line; the labels hug the right edge.
    expect(rtl.rows[0]!.bar.x + rtl.rows[0]!.bar.width).toBeCloseTo(rtl.zero, 6);
    expect(rtl.title!.x).toBeCloseTo(size.width - (size.insets?.right ?? 0) - rtl.metrics.padding, 6);
    expectReadable(rtl);
  });
});

describe('layoutBars: too many bars for the box', () => {
  it('lays out larger and scales down to the box, never cropping', () => {
    const specs = bars(Array.from({ length: 200 }, (_, i) => (i % 7) - 2.5));
    const layout = layoutBars(input({ width: 390, height: 844, bars: specs }));
    expect(layout.scale).toBeLessThan(1);
    expect(layout.width / layout.height).toBeCloseTo(390 / 844, 6);
    expect(layout.thickness).toBeGreaterThanOrEqual(MIN_BAR);
    expectReadable(layout);
    const last = layout.rows.at(-1)!;
    expect(last.top + last.height).toBeLessThanOrEqual(layout.height);
  });

  it('fits a dozen bars at 1280 x 800 without scaling', () => {
    const layout = layoutBars(input({ width: 1280, height: 800, bars: bars(Array.from({ length: 12 }, (_, i) => i + 1)) }));
    expect(layout.scale).toBe(1);
    expect(layout.thickness).toBeGreaterThan(MIN_BAR);
  });
});
