// @vitest-environment node
/**
 * Every `{@html}` in src/ (SnapshotGraphic's and the export's ExportStage's) writes the value
 * of snapshotStyleElement (checked in the source). Whatever a story holds — its theme's
 * colours and font too, even values validation would refuse — that value is one <style>
 * with no "<" or "&" inside; and a
 * video frame drawn from a story with an injection payload in every text field of its
 * charts has that one <style> and only the SVG elements the drawing makes itself.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'svelte/server';
import { snapshotStyleElement } from '../../src/components/snapshot/snapshotStyle.js';
import { MAP_SNAPSHOT_RULES } from '../../src/graphics/map/snapshotRules.js';
import { parseStory } from '../../src/schema/parseStory.js';
import { stageGraphics } from '../../src/core/stageGraphics.js';
import { NO_INSETS } from '../../src/core/graphicProps.js';
import { planStageChange } from '../../src/export/stageMotion.js';
import ExportStage from '../../src/export/ExportStage.svelte';
import { TEXT_PAYLOADS } from '../fixtures/injection/payloads.js';
import { expectOnlyOurMarkup, styleContents } from '../helpers/ourMarkup.js';

describe('snapshotStyleElement, the value of every {@html}', () => {
  it.each(Object.entries(TEXT_PAYLOADS))('stays one <style> with the %s payload as the theme’s colours and font', (_name, payload) => {
    // Built by hand, past validation (which refuses such a font or colour): the escape must hold on its own.
    const story = { theme: { accent: payload, font: payload, colors: { land: payload, water: payload } } } as never;
    const element = snapshotStyleElement(story, [MAP_SNAPSHOT_RULES]);
    expect(element.startsWith('<style>') && element.endsWith('</style>')).toBe(true);
    expect(element.slice('<style>'.length, -'</style>'.length)).not.toMatch(/[<&]/);
  });

  it('escapes every "<" and "&" (no tag can start in HTML, no entity in a standalone SVG file)', () => {
    const story = { theme: { font: 'A&B </style><b>', colors: { land: '&amp;' } } } as never;
    const inside = snapshotStyleElement(story, [MAP_SNAPSHOT_RULES]).slice('<style>'.length, -'</style>'.length);
    expect(inside).not.toMatch(/[<&]/);
    expect(inside).toContain('A\\26 B \\3c /style>\\3c b>');
  });

  it('is empty when no type drawn has snapshot CSS', () => {
    expect(snapshotStyleElement({}, [undefined, []])).toBe('');
  });
});

describe('{@html} in src/', () => {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const svelteFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []));

  it('writes only a value made by snapshotStyleElement', () => {
    const uses = svelteFiles(src).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/\{@html\s+([^}]*)\}/g)].map((m) => ({ file: file.slice(src.length), value: m[1]!.trim(), text }));
    });
    // The two drawings that carry a stylesheet; a new {@html} anywhere must be added here, with its test.
    expect(uses.map((u) => u.file).sort()).toEqual(['components/snapshot/SnapshotGraphic.svelte', 'export/ExportStage.svelte']);
    for (const { file, value, text } of uses) {
      expect(value, file).toMatch(/^[A-Za-z_$][\w$]*$/);
      // That name is declared once, as a $derived of snapshotStyleElement(...), and assigned nowhere else.
      expect(text.match(new RegExp(`\\b${value}\\s*=`, 'g')), file).toHaveLength(1);
      expect(text, file).toMatch(new RegExp(`const ${value} = \\$derived\\(snapshotStyleElement\\(`));
    }
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
      const svg = render(ExportStage, { props: { story, registry, moment, width: 400, height: 600 } }).body.replace(/<!--[^>]*-->/g, '');
      expect(styleContents(svg).length).toBeLessThanOrEqual(1);
      expectOnlyOurMarkup(svg);
    }
  });
});
