/**
 * Any number of groups at any size: the plan's boxes (title, each heading, each grid, the
 * source line) never overlap and stay inside the graphic, numbers fit their column, the
 * chart reflows instead of overflowing, and the flagship-sized toll keeps its full
 * headings. Boxes are the plan's own: the heights of wrapped text are the estimates the
 * component and the snapshot draw with (the browser test measures real text).
 */
import { describe, expect, it } from 'vitest';
import { partiesStory, tollStory } from '../../../../helpers/chartStories.js';
import { unitChartPlan, type UnitChartPlan } from '../../../../../src/graphics/unit-chart/plan/unitChartPlan.js';
import { unitChartStateAt } from '../../../../../src/graphics/unit-chart/state.js';
import { headingHeight, inlineCountWidth, INLINE_COUNT_SHARE } from '../../../../../src/graphics/unit-chart/plan/unitHeadings.js';
import { estimateWidth, widestWord } from '../../../../../src/graphics/unit-chart/plan/headMetrics.js';
import { LRI, PDI } from '../../../../../src/text/isolateNumbers.js';
import { themeColors } from '../../../../../src/core/theme.js';
import type { Story } from '../../../../../src/schema/parseStory.js';
import type { Box } from '../../../../../src/chart/box.js';

const EPS = 1e-6;
const COLOURS = { mark: '#3b3b3b', highlight: '#a8322a' };

/** Graphic sizes the explainer gives a chart: phones (cards cover the bottom 30 %), the desktop's graphic column, a full 1280 × 800 box. */
const SIZES = [
  { name: '320 px phone', width: 320, height: 516, bottom: 155 },
  { name: '390 px phone', width: 390, height: 792, bottom: 238 },
  { name: 'desktop column', width: 745, height: 748, bottom: 0 },
  { name: '1280 px box', width: 1280, height: 800, bottom: 0 }
];

function planOf(story: Story, size: (typeof SIZES)[number], index = 0): UnitChartPlan {
  return unitChartPlan(story, unitChartStateAt(story, index), size.width, size.height, { top: 0, right: 0, bottom: size.bottom, left: 0 }, COLOURS);
}

/** Every box the plan places, by name, in the plan's (unscaled) coordinates. */
function boxesOf(plan: UnitChartPlan): { name: string; box: Box }[] {
  const out = [{ name: 'title', box: { x: plan.area.x, y: plan.layout.top - plan.titleHeight, width: plan.area.width, height: plan.titleHeight } }];
  for (const g of plan.layout.groups) {
    out.push({ name: `${g.id} heading`, box: g.head });
    if (g.grid.width > 0) out.push({ name: `${g.id} grid`, box: g.grid });
  }
  if (plan.sourceLine) out.push({ name: 'source line', box: plan.footer });
  return out;
}

const overlap = (p: Box, q: Box) =>
  !(q.x >= p.x + p.width - EPS || p.x >= q.x + q.width - EPS || q.y >= p.y + p.height - EPS || p.y >= q.y + q.height - EPS);

const cases = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((groups) =>
  SIZES.flatMap((size) =>
    (['en', 'he'] as const).flatMap((lang) =>
      (['one', 'each'] as const).map((sources) => ({ label: `${groups} groups, ${size.name}, ${lang}, sources: ${sources}`, groups, size, lang, sources }))
    )
  )
);

describe('unitChartPlan for 1 to 8 groups with long names and five-digit values', () => {
  it.each(cases)('$label: fits, nothing overlaps, everything inside the graphic', ({ groups, size, lang, sources }) => {
    const plan = planOf(partiesStory({ groups, lang, sources }), size);
    expect(plan.layout.fits).toBe(true);
    expect(plan.plane.width * plan.scale).toBeCloseTo(size.width, 6);
    expect(plan.plane.height * plan.scale).toBeCloseTo(size.height, 6);
    const boxes = boxesOf(plan);
    for (const { name, box } of boxes) {
      expect(box.x, name).toBeGreaterThanOrEqual(-EPS);
      expect(box.y, name).toBeGreaterThanOrEqual(-EPS);
      expect(box.x + box.width, name).toBeLessThanOrEqual(plan.plane.width + EPS);
      expect(box.y + box.height, name).toBeLessThanOrEqual(plan.plane.height + EPS);
    }
    const clashes: string[] = [];
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) if (overlap(boxes[a]!.box, boxes[b]!.box)) clashes.push(`${boxes[a]!.name} × ${boxes[b]!.name}`);
    expect(clashes).toEqual([]);
    // Every mark inside its group's grid.
    const grids = new Map(plan.layout.groups.map((g) => [g.id, g.grid]));
    const { marks } = plan.target;
    for (let i = 0; i < marks.length; i++) {
      const grid = grids.get(marks.group[i]!)!;
      expect(marks.x[i]).toBeGreaterThanOrEqual(grid.x - EPS);
      expect(marks.x[i]! + marks.width[i]!).toBeLessThanOrEqual(grid.x + grid.width + EPS);
      expect(marks.y[i]! + marks.size[i]!).toBeLessThanOrEqual(grid.y + grid.height + EPS);
    }
  });

  it.each(cases)('$label: headings hold their wrapped text and numbers fit their column', ({ groups, size, lang, sources }) => {
    const plan = planOf(partiesStory({ groups, lang, sources }), size);
    const m = plan.metrics;
    plan.layout.groups.forEach((g, i) => {
      const h = plan.headings[i]!;
      expect(headingHeight(h, plan.style, g.head.width, m, plan.inline)).toBeLessThanOrEqual(g.head.height + EPS);
      const count = plan.style === 'full' ? m.count : m.compactCount;
      expect(widestWord(h.count, count), h.count).toBeLessThanOrEqual(g.head.width);
      expect(widestWord(h.label, m.label), h.label).toBeLessThanOrEqual(g.head.width);
      if (plan.inline) expect(inlineCountWidth(h, m)).toBeLessThanOrEqual(g.head.width * INLINE_COUNT_SHARE);
    });
    // Squares stay squares a reader can see, and text stays text a reader can read.
    expect(plan.layout.pitch * plan.scale).toBeGreaterThanOrEqual(6);
    expect(plan.metrics.meta.size * plan.scale).toBeGreaterThanOrEqual(9);
  });

  it('wraps a long label over more lines in a narrow column than across a wide one', () => {
    const story = partiesStory({ groups: 6 });
    const narrow = planOf(story, SIZES[1]!);
    const wide = planOf(story, SIZES[3]!);
    const lines = (plan: UnitChartPlan) => {
      const g = plan.layout.groups[0]!;
      return Math.round(estimateWidth(plan.headings[0]!.label, plan.metrics.label) / g.head.width + 0.5);
    };
    expect(narrow.layout.groups[0]!.head.width).toBeLessThan(wide.layout.groups[0]!.head.width);
    expect(lines(narrow)).toBeGreaterThan(lines(wide));
    expect(narrow.layout.groups[0]!.head.height).toBeGreaterThan(wide.layout.groups[0]!.head.height);
  });

  it('reflows six groups on a phone: compact headings or groups side by side, never squares off the screen', () => {
    const plan = planOf(partiesStory({ groups: 6 }), SIZES[1]!);
    expect(plan.style === 'compact' || plan.layout.perRow > 1).toBe(true);
    expect(plan.layout.fits).toBe(true);
  });

  it('keeps the toll’s full headings, stacked, at phone and desktop sizes', () => {
    for (const size of SIZES) {
      const plan = planOf(tollStory(), size);
      expect(plan.style, size.name).toBe('full');
      expect(plan.scale, size.name).toBe(1);
      expect(plan.layout.perRow, size.name).toBe(1);
    }
  });
});

describe('unitChartPlan source line', () => {
  const size = SIZES[3]!;
  it('names a source shared by every group once, under the chart, and in no heading', () => {
    const plan = planOf(partiesStory({ groups: 4, sources: 'one' }), size);
    expect(plan.sourceLine).toBe('Source: Example data A (invented)');
    expect(plan.headings.map((h) => h.source)).toEqual(['', '', '', '']);
    const last = Math.max(...plan.layout.groups.map((g) => g.block.y + g.block.height));
    expect(plan.footer.y).toBeGreaterThan(last);
  });

  it('names each group’s own source in its heading when they differ and the headings are full', () => {
    const plan = planOf(partiesStory({ groups: 3, sources: 'each' }), size);
    expect(plan.style).toBe('full');
    expect(plan.sourceLine).toBe('');
    expect(plan.headings.map((h) => h.source)).toEqual(['A', 'B', 'C'].map((s) => `Source: Example data ${s} (invented)`));
  });

  it('lists every source once on one line under compact headings', () => {
    const plan = planOf(partiesStory({ groups: 8, sources: 'two' }), SIZES[0]!);
    expect(plan.style).toBe('compact');
    expect(plan.sourceLine).toBe('Sources: Example data A (invented); Example data B (invented)');
    expect(plan.headings.every((h) => h.source === '')).toBe(true);
  });

  it('keeps a single group’s source in its heading, as the flagship shows it', () => {
    const plan = planOf(tollStory(), size, 1);
    expect(plan.sourceLine).toBe('');
    expect(plan.headings[0]!.source).toBe('Source: Syrian Observatory for Human Rights');
  });
});

describe('unitChartPlan marks', () => {
  const size = SIZES[3]!;
  it('draws a group under one square as a part of one: 640 votes at 1,000 a square', () => {
    const plan = planOf(partiesStory({ groups: 6 }), size);
    const { marks } = plan.target;
    const pensioners = [...Array(marks.length).keys()].filter((i) => marks.group[i] === 'pensioners');
    expect(pensioners).toHaveLength(1);
    expect(marks.width[pensioners[0]!]! / marks.size[pensioners[0]!]!).toBeCloseTo(0.6, 6);
    // 84,312 votes: 84 whole squares and three tenths of one, at the end.
    const renewal = [...Array(marks.length).keys()].filter((i) => marks.group[i] === 'renewal');
    expect(renewal).toHaveLength(85);
    expect(marks.width[renewal.at(-1)!]! / layoutSize(plan)).toBeCloseTo(0.3, 6);
    expect(renewal.slice(0, -1).every((i) => marks.width[i] === layoutSize(plan))).toBe(true);
  });

  it('draws a highlight under one square as part of the first square, the rest of that square beside it', () => {
    const story = partiesStory({ groups: 2, plain: true, highlight: { workers: { value: 400, label: 'by post' }, renewal: { value: 12480, label: 'abroad' } } });
    const plan = planOf(story, size);
    const { marks } = plan.target;
    const at = (group: string, index: number) => [...Array(marks.length).keys()].find((i) => marks.group[i] === group && marks.index[i] === index)!;
    const s = layoutSize(plan);
    // 400 at 1,000: four tenths of the first square highlighted, six tenths not.
    const lit = at('workers', 0);
    const rest = at('workers', -1);
    expect(marks.fill[lit]).toBe(COLOURS.highlight);
    expect(marks.width[lit]! / s).toBeCloseTo(0.4, 6);
    expect(marks.fill[rest]).toBe(COLOURS.mark);
    expect(marks.width[rest]! / s).toBeCloseTo(0.6, 6);
    expect(marks.x[rest]).toBeCloseTo(marks.x[lit]! + marks.width[lit]!, 6);
    // 12,480: twelve whole squares and half of the thirteenth.
    expect([...Array(12).keys()].every((k) => marks.fill[at('renewal', k)] === COLOURS.highlight)).toBe(true);
    expect(marks.width[at('renewal', 12)]! / s).toBeCloseTo(0.5, 6);
    expect(marks.width[at('renewal', -13)]! / s).toBeCloseTo(0.5, 6);
    expect(marks.fill[at('renewal', 13)]).toBe(COLOURS.mark);
  });

  it('puts a part of a square at the reading start of its place: the right in a right-to-left story', () => {
    const ltr = planOf(partiesStory({ groups: 6 }), size);
    const rtl = planOf(partiesStory({ groups: 6, lang: 'he' }), size);
    const last = (plan: UnitChartPlan) => {
      const { marks } = plan.target;
      const i = [...Array(marks.length).keys()].filter((k) => marks.group[k] === 'pensioners')[0]!;
      const grid = plan.layout.groups.find((g) => g.id === 'pensioners')!;
      return { x: marks.x[i]!, width: marks.width[i]!, slot: grid.xs[0]!, size: plan.layout.size };
    };
    const l = last(ltr);
    const r = last(rtl);
    expect(l.x).toBeCloseTo(l.slot, 6);
    expect(r.x + r.width).toBeCloseTo(r.slot + r.size, 6);
  });

  it('colours each group’s squares and heading swatch with its own colour, a theme name or a hex colour', () => {
    const story = partiesStory({ groups: 4 });
    const plan = planOf(story, size);
    const fills = (group: string) => new Set(plan.target.marks.fill.filter((_, i) => plan.target.marks.group[i] === group));
    expect(fills('renewal')).toEqual(new Set([themeColors(story)['party-a']]));
    expect(fills('workers')).toEqual(new Set(['#2c7a7b']));
    expect(plan.headings.map((h) => h.color)).toEqual(['#2b6cb0', '#2c7a7b', '#2f855a', '#7a4f9a']);
    // Groups of several colours: the unit caption's swatch is an outline, not one group's colour.
    expect(plan.captionSwatch.outline).toBe(true);
    const plain = planOf(partiesStory({ groups: 4, plain: true }), size);
    expect(new Set(plain.target.marks.fill)).toEqual(new Set([COLOURS.mark]));
    expect(plain.captionSwatch).toEqual({ color: COLOURS.mark, outline: false });
    expect(plain.headings.every((h) => h.color === undefined)).toBe(true);
  });
});

describe('unitChartPlan numbers in right-to-left text', () => {
  it('isolates signed numbers in the heading’s words, so "+2,140" never reads "2,140+"', () => {
    const plan = planOf(partiesStory({ groups: 4, lang: 'he' }), SIZES[1]!);
    expect(plan.headings[0]!.count).toBe(`84,312 (${LRI}+2,140${PDI})`);
    expect(plan.headings[3]!.count).toBe(`19,544 (${LRI}−1,302${PDI})`);
    expect(plan.headings[1]!.count).toBe('45,207');
  });
});

function layoutSize(plan: UnitChartPlan): number {
  return plan.layout.size;
}
