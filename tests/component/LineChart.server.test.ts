// @vitest-environment node
// Server rendering: the component compiled for the server, as `svelte/server` users get it,
// the stage's no-JS drawing and the standalone snapshot files.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import LineChart from '../../src/graphics/line-chart/LineChart.svelte';
import GraphicStage from '../../src/components/GraphicStage.svelte';
import Explainer from '../../src/components/Explainer.svelte';
import { snapshotSvg } from '../../src/components/snapshot/snapshotSvg.js';
import { lineExample, lineExampleJson } from '../helpers/lineStories.js';
import { expectThrough, type DataPoint } from '../helpers/pathPoints.js';

const SIZES = [
  [320, 568],
  [390, 844],
  [1280, 800]
] as const;

/** Numbers of an attribute on every element of a kind. */
const attrs = (html: string, tag: string, name: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="(-?[\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

const upstream = (): DataPoint[] => {
  const json = lineExampleJson() as { steps: { graphic: { series: { points: [string, number][] }[] } }[] };
  return json.steps[0]!.graphic.series[0]!.points.map(([x, y]) => [Date.parse(x), y]);
};

describe('<LineChart> on the server', () => {
  it.each(SIZES)('draws the end state at %i×%i, scaled to its box by a viewBox, never a fixed width', (width, height) => {
    const { body } = render(LineChart, { props: { story: lineExample(), index: 2, width, height } });
    const svg = body.match(/<svg[^>]*>/)![0];
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain('width="100%"');
    expect(svg).toContain('height="100%"');
    expect(svg).not.toMatch(/\swidth="[\d.]+"/);
    // Everything it places is inside its viewBox.
    for (const x of [...attrs(body, 'text', 'x'), ...attrs(body, 'circle', 'cx'), ...attrs(body, 'line', 'x1'), ...attrs(body, 'line', 'x2')]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
    }
    for (const y of [...attrs(body, 'text', 'y'), ...attrs(body, 'circle', 'cy')]) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
    // The step's end state: the line up to its until, no motion.
    const d = body.match(/<path class="line" data-series="upstream" d="([^"]+)"/)![1]!;
    expectThrough(d, upstream(), Date.parse('2024-03-06T12:00Z'));
    expect(body).not.toContain('enter');
  });

  it('draws in the stage’s no-JS fallback as a standalone SVG that fills the box it is placed in', () => {
    const story = lineExample();
    const { body } = render(GraphicStage, { props: { story, index: 3, progress: 1, width: 800, height: 600, insets: { top: 0, right: 0, bottom: 0, left: 0 }, reducedMotion: true } });
    expect(body).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="scrollstage-snapshot" viewBox="0 0 800 600" width="100%" height="100%" preserveAspectRatio="xMidYMid meet" role="img" aria-label="Line chart\./);
    expect(body.match(/<path class="line"/g)).toHaveLength(2);
  });

  it('writes snapshot files that need no CSS: colours and the font are attributes', () => {
    const story = lineExample({ lang: 'he', dir: 'rtl' });
    const svg = snapshotSvg(story, 1, 390, 844);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toContain('<style');
    expect(svg).toContain('<rect class="paper" width="390" height="844" fill="#fbfaf7"');
    expect(svg).toMatch(/<g class="line-chart-drawing" font-family="system-ui, sans-serif">/);
    expect(svg).toMatch(/<path class="line" data-series="upstream" d="M[^"]+" fill="none" stroke="#1f62a8"/);
    expect(svg).toContain('direction="rtl"');
    expect(svg).toContain('מקור: Example data (invented)');
    // Right to left, the title still starts at the right.
    const title = svg.match(/<text class="title" x="([\d.]+)"[^>]*text-anchor="start" direction="rtl"/);
    expect(Number(title![1])).toBeGreaterThan(300);
  });

  it('renders the whole story on the server, with its data table', () => {
    const { body } = render(Explainer, { props: { story: lineExample() } });
    expect(body).toContain('data-table="line-chart-0"');
    expect(body).toContain('River level at two gauges (invented data): the data');
    expect(body.match(/class="scrollstage-snapshot"/g)!.length).toBeGreaterThanOrEqual(1);
  });
});
