// @vitest-environment node
// Server rendering: the component compiled for the server, as `svelte/server` users get it.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import UnitChart from '../../src/graphics/unit-chart/UnitChart.svelte';
import UnitChartSnapshot from '../../src/graphics/unit-chart/UnitChartSnapshot.svelte';
import { LRI, PDI } from '../../src/text/isolateNumbers.js';
import { partiesStory, syntheticStory, tollStory } from '../helpers/chartStories.js';

describe('<UnitChart> on the server', () => {
  it('server-renders the end state; 50,000 units as compact paths, not 50,000 elements', () => {
    const small = render(UnitChart, { props: { story: tollStory(), index: 0, width: 390, height: 844 } });
    expect(small.body.match(/<rect[^>]*class="mark"/g)).toHaveLength(690);
    expect(small.body).toContain('more than 580,000');

    const big = render(UnitChart, { props: { story: syntheticStory(50000), index: 0, width: 1280, height: 800 } });
    expect(big.body).toContain('data-renderer="canvas"');
    expect(big.body.match(/<rect/g) ?? []).toHaveLength(0);
    expect(big.body.match(/<path/g)!.length).toBeLessThanOrEqual(2);
    expect(big.body.length).toBeLessThan(100_000);
  });

  it('server-renders a right-to-left story with its direction and language', () => {
    const { body } = render(UnitChart, { props: { story: tollStory({ lang: 'ar', dir: 'rtl' }), index: 0, width: 390, height: 844 } });
    expect(body).toContain('dir="rtl"');
    expect(body).toContain('lang="ar"');
  });

  /** Boxes of the server render: the plane, each heading, title block and source line, and each group's squares. */
  function boxesOf(body: string) {
    const num = (v: string | undefined) => Number(v ?? NaN);
    const plane = /<div class="plane[^"]*" style="width: ([\d.]+)px; height: ([\d.]+)px;(?: transform: scale\(([\d.]+)\);)?/.exec(body)!;
    const texts = [...body.matchAll(/<(?:div|p) class="(titles|group-head|source-line)[^"]*"(?: data-group="([^"]+)")? style="transform: translate\(([-\d.]+)px, ([-\d.]+)px\); width: ([\d.]+)px;(?: height: ([\d.]+)px;)?/g)].map(
      (m) => ({ name: `${m[1]} ${m[2] ?? ''}`, x: num(m[3]), y: num(m[4]), width: num(m[5]), height: num(m[6] ?? '0') })
    );
    const grids = new Map<string, { x: number; y: number; right: number; bottom: number }>();
    for (const m of body.matchAll(/<rect class="mark" data-group="([^"]+)" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
      const [x, y, w, h] = [num(m[2]), num(m[3]), num(m[4]), num(m[5])];
      const g = grids.get(m[1]!) ?? { x: Infinity, y: Infinity, right: -Infinity, bottom: -Infinity };
      grids.set(m[1]!, { x: Math.min(g.x, x), y: Math.min(g.y, y), right: Math.max(g.right, x + w), bottom: Math.max(g.bottom, y + h) });
    }
    return {
      plane: { width: num(plane[1]), height: num(plane[2]), scale: plane[3] ? num(plane[3]) : 1 },
      texts,
      grids: [...grids].map(([id, g]) => ({ name: `grid ${id}`, x: g.x, y: g.y, width: g.right - g.x, height: g.bottom - g.y }))
    };
  }

  describe.each([
    [320, 568],
    [390, 844],
    [1280, 800]
  ])('six groups with long names at %d × %d px', (width, height) => {
    it.each(['en', 'he'] as const)('%s: fits its box, headings clear of each other and of every grid', (lang) => {
      const { body } = render(UnitChart, { props: { story: partiesStory({ groups: 6, lang }), index: 0, width, height } });
      const { plane, texts, grids } = boxesOf(body);
      expect(plane.width * plane.scale).toBeCloseTo(width, 1);
      expect(plane.height * plane.scale).toBeCloseTo(height, 1);
      expect(texts.filter((t) => t.name.startsWith('group-head'))).toHaveLength(6);
      expect(texts.map((t) => t.name.trim())).toEqual(expect.arrayContaining(['titles', 'source-line']));
      expect(grids).toHaveLength(6);
      const boxes = [...texts, ...grids];
      for (const b of boxes) {
        expect(b.x, b.name).toBeGreaterThanOrEqual(0);
        expect(b.y, b.name).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, b.name).toBeLessThanOrEqual(plane.width + 0.1);
        expect(b.y + b.height, b.name).toBeLessThanOrEqual(plane.height + 0.1);
      }
      const heads = boxes.filter((b) => b.height > 0);
      for (let i = 0; i < heads.length; i++)
        for (let j = i + 1; j < heads.length; j++) {
          const [p, q] = [heads[i]!, heads[j]!];
          const apart = q.x >= p.x + p.width - 0.1 || p.x >= q.x + q.width - 0.1 || q.y >= p.y + p.height - 0.1 || p.y >= q.y + q.height - 0.1;
          expect(apart, `${p.name} × ${q.name}`).toBe(true);
        }
      // The title block above every heading, the source line under every grid.
      const title = texts.find((t) => t.name.trim() === 'titles')!;
      const footer = texts.find((t) => t.name.trim() === 'source-line')!;
      for (const b of boxes) if (b !== title) expect(b.y, b.name).toBeGreaterThan(title.y);
      for (const g of grids) expect(footer.y).toBeGreaterThan(g.y + g.height);
      expect(body).toContain('84,312');
    });
  });

  it.each([
    [390, 844],
    [1280, 800]
  ])('draws six coloured groups in a snapshot at %d × %d: their colours, one source line, "+2,140" whole', (width, height) => {
    for (const lang of ['en', 'he'] as const) {
      const { body } = render(UnitChartSnapshot, { props: { story: partiesStory({ groups: 6, lang }), index: 0, width, height } });
      const fill = (group: string) => new Set([...body.matchAll(new RegExp(`<rect class="mark" data-group="${group}"[^>]* fill="([^"]+)"`, 'g'))].map((m) => m[1]));
      expect(fill('renewal')).toEqual(new Set(['#2b6cb0']));
      expect(fill('workers')).toEqual(new Set(['#2c7a7b']));
      // The swatch before a label takes its group's colour.
      expect(body).toMatch(/<g class="group-head" data-group="workers">[\s\S]*?<tspan class="swatch" fill="#2c7a7b">■<\/tspan>/);
      expect(body.match(/<g class="source-line"/g)).toHaveLength(1);
      expect(body.match(lang === 'he' ? /מקור:/g : /Source:/g)).toHaveLength(1);
      expect(body).toContain(`(${LRI}+2,140${PDI})`);
      const ys = [...body.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
      const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(body)!;
      expect(ys.length).toBeGreaterThan(12);
      for (const [x, y] of ys) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(Number(viewBox[1]));
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThanOrEqual(Number(viewBox[2]));
      }
    }
  });
});
