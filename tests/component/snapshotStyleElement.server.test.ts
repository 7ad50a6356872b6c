// @vitest-environment node
/**
 * Every `{@html}` in src/ (SnapshotGraphic's and the export's ExportStage's) writes the value
 * of snapshotStyleElement. Whatever a story holds — its theme's colours and font too, even
 * values validation would refuse — that value is one <style> with no "<" inside; and a
 * video frame drawn from a story with an injection payload in every text field of its
 * charts has that one <style> and only the SVG elements the drawing makes itself.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { snapshotStyleElement } from '../../src/components/snapshot/snapshotStyle.js';
import { MAP_SNAPSHOT_RULES } from '../../src/graphics/map/snapshotRules.js';
import { parseStory } from '../../src/schema/parseStory.js';
import { stageGraphics } from '../../src/core/stageGraphics.js';
import { NO_INSETS } from '../../src/core/graphicProps.js';
import { planStageChange } from '../../src/export/stageMotion.js';
import ExportStage from '../../src/export/ExportStage.svelte';
import { TEXT_PAYLOADS } from '../fixtures/injection/payloads.js';

const SVG_ELEMENTS = ['svg', 'g', 'path', 'rect', 'circle', 'line', 'text', 'tspan', 'clipPath', 'title', 'polygon', 'polyline', 'image'];
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /([\w:-]+)(?:="([^"]*)")?/g;

/** The parts of a drawing outside its one <style>: only our own elements, no handler, no script URL, no stray "<". */
function expectOnlyOurMarkup(svg: string): void {
  expect([...svg.matchAll(/<style>/g)].length).toBeLessThanOrEqual(1);
  const rest = svg.replace(/<style>[\s\S]*?<\/style>/, '');
  for (const [, name, attributes] of rest.matchAll(TAG)) {
    expect(SVG_ELEMENTS).toContain(name);
    for (const [, attribute, value = ''] of (attributes ?? '').matchAll(ATTRIBUTE)) {
      expect(attribute!.toLowerCase().startsWith('on'), `${name} ${attribute}`).toBe(false);
      expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
  expect(rest.replace(TAG, '').replace(/<\/[a-zA-Z][\w:-]*>/g, '')).not.toContain('<');
}

describe('snapshotStyleElement, the value of every {@html}', () => {
  it.each(Object.entries(TEXT_PAYLOADS))('stays one <style> with the %s payload as the theme’s colours and font', (_name, payload) => {
    // Built by hand, past validation (which refuses such a font or colour): the escape must hold on its own.
    const story = { theme: { accent: payload, font: payload, colors: { land: payload, water: payload } } } as never;
    const element = snapshotStyleElement(story, [MAP_SNAPSHOT_RULES]);
    expect(element.startsWith('<style>') && element.endsWith('</style>')).toBe(true);
    expect(element.slice('<style>'.length, -'</style>'.length)).not.toContain('<');
  });

  it('is empty when no type drawn has snapshot CSS', () => {
    expect(snapshotStyleElement({}, [undefined, []])).toBe('');
  });
});

describe('a video frame (ExportStage) from a story with a payload in every text field', () => {
  const base = JSON.parse(readFileSync(new URL('../fixtures/stories/bar-chart-example.json', import.meta.url), 'utf8'));
  it.each(Object.entries(TEXT_PAYLOADS))('has one <style> and only its own SVG with the %s payload', (_name, payload) => {
    const json = structuredClone(base);
    const short = payload.slice(0, 60);
    json.title = short;
    for (const source of json.sources) source.name = short;
    for (const step of json.steps) {
      step.text = payload;
      if (step.graphic?.title) step.graphic.title = short;
      if (step.graphic?.unit) step.graphic.unit.label = short;
      for (const bar of step.graphic?.bars ?? []) {
        bar.label = short;
        bar.display = payload.slice(0, 20);
      }
    }
    const story = parseStory(json);
    const registry = stageGraphics(story);
    for (const step of story.steps) {
      const moment = planStageChange(story, registry, undefined, step.index, () => ({ x: 0, y: 0, width: 400, height: 600, insets: NO_INSETS })).at(200, 0.5);
      expectOnlyOurMarkup(render(ExportStage, { props: { story, registry, moment, width: 400, height: 600 } }).body.replace(/<!--[^>]*-->/g, ''));
    }
  });
});
