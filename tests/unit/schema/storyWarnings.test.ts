import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStory, storyRegistry } from '../../../src/schema/parseStory.js';
import { englishChrome } from '../../../src/schema/storyWarnings.js';
import { CORE_STRINGS } from '../../../src/text/locales.js';
import { defineGraphicModel, type GraphicStateBase } from '../../../src/core/defineGraphic.js';
import * as v from 'valibot';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/stories/${name}`, import.meta.url), 'utf8'));

describe('story warnings', () => {
  it('none for stories in a built-in language', () => {
    for (const name of ['he-election.json', 'fr-marathon.json']) {
      const result = validateStory(fixture(name));
      expect(result.problems).toEqual([]);
      expect(result.warnings).toEqual([]);
    }
  });

  it('warn, at lang, when the language has no built-in words and the story gives none', () => {
    const json = { ...fixture('he-election.json'), lang: 'pt-BR', dir: 'ltr' };
    const { story, warnings } = validateStory(json);
    expect(story).not.toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.path).toBe('lang');
    expect(warnings[0]!.message).toMatch(/^"pt" has no built-in words for the explainer \(built in: en, ar, de, es, fr, he\): readers will see \d+ of its words \(sources, /);
  });

  it('count the core words and those of each graphic type the story shows, and stop when the story gives them all', () => {
    const json = { ...fixture('he-election.json'), lang: 'pt', dir: 'ltr' };
    const registry = storyRegistry();
    const story = validateStory(json).story!;
    const missing = englishChrome(story, registry);
    expect(missing).toEqual(expect.arrayContaining(['viewData', 'unit-chart.eachUnit']));
    // The map's words are not missing: the story shows no map.
    expect(missing.some((key) => key.startsWith('map.'))).toBe(false);
    const strings = Object.fromEntries(missing.map((key) => [key, `pt:${key}`]));
    expect(validateStory({ ...json, strings }).warnings).toEqual([]);
    // One left out: named.
    const { viewData: _, ...allButOne } = strings;
    const [warning] = validateStory({ ...json, strings: allButOne }).warnings;
    expect(warning!.message).toContain('its word "viewData"');
    expect(Object.keys(CORE_STRINGS.en)).toContain('viewData');
  });

  it('pass on what a graphic type warns about, at the step', () => {
    const fussy = defineGraphicModel<GraphicStateBase & { n: number }>({
      type: 'fussy',
      fields: { n: v.number() },
      describe: () => 'fussy',
      warn(steps, tools) {
        for (const { state, index } of steps) if (state.n > 10) tools.warn([...tools.at(index), 'n'], `is ${state.n}, more than 10`);
      }
    });
    const json = {
      version: 2,
      id: 'fussy',
      title: 'T',
      lang: 'en',
      date: '2026-01-01',
      sources: [{ id: 's', name: 'S' }],
      steps: [
        { id: 'a', text: 'a', sources: ['s'], graphic: { type: 'fussy', n: 1 } },
        { id: 'b', text: 'b', sources: ['s'], graphic: { type: 'fussy', n: 11 } }
      ]
    };
    const { problems, warnings } = validateStory(json, { graphics: [fussy] });
    expect(problems).toEqual([]);
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual(['steps[1].graphic.n: is 11, more than 10']);
  });
});
