/** The unit chart's checks and its words outside the picture: warnings, text alternative and data rows. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStory } from '../../../../src/schema/parseStory.js';
import { describeState } from '../../../../src/story/describeState.js';
import { dataRows } from '../../../../src/story/dataRows.js';
import { LRI, PDI } from '../../../../src/text/isolateNumbers.js';
import { partiesStory } from '../../../helpers/chartStories.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/stories/${name}`, import.meta.url), 'utf8'));

function storyWithHighlight(highlight: number, steps = 2) {
  const groups = [
    { id: 'posts', label: 'Posts', value: 12, highlight: { value: highlight, label: 'encircled' }, source: 'afp' },
    { id: 'bases', label: 'Bases', value: 4, source: 'afp' }
  ];
  return {
    version: 2,
    id: 'posts',
    lang: 'en',
    title: 'Posts',
    date: '2020-02-09',
    sources: [{ id: 'afp', name: 'AFP' }],
    steps: [
      { id: 'one', text: 'One.', sources: ['afp'], graphic: { type: 'unit-chart', unit: { value: 1, label: '1 post' }, groups } },
      // Inherits the same groups: the warning is not repeated here.
      ...Array.from({ length: steps - 1 }, (_, i) => ({ id: `more-${i}`, text: 'More.', sources: ['afp'], graphic: { type: 'unit-chart', title: `Step ${i}` } }))
    ]
  };
}

describe('unit-chart validation', () => {
  it('warns once, at the highlight’s value, when a highlight is larger than its group, naming both numbers', () => {
    const { story, problems, warnings } = validateStory(storyWithHighlight(30, 3));
    expect(problems).toEqual([]);
    expect(story).not.toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.path).toBe('steps[0].graphic.groups[0].highlight.value');
    expect(warnings[0]!.message).toContain('30');
    expect(warnings[0]!.message).toContain('12');
  });

  it('does not warn for a highlight within its group, nor for the example stories', () => {
    expect(validateStory(storyWithHighlight(12)).warnings).toEqual([]);
    expect(validateStory(storyWithHighlight(3)).warnings).toEqual([]);
    for (const name of ['unit-chart-six-groups.json', 'unit-chart-six-groups.he.json']) {
      const result = validateStory(fixture(name));
      expect(result.problems, name).toEqual([]);
      expect(result.warnings, name).toEqual([]);
    }
  });

  it('rejects a group colour that is neither a theme name nor a hex colour', () => {
    const unknown = fixture('unit-chart-six-groups.json');
    unknown.steps[0].graphic.groups[0].color = 'party-z';
    const [problem, ...others] = validateStory(unknown).problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ path: 'steps[0].graphic.groups[0].color', message: expect.stringContaining('"party-z" is not a colour of the theme') });
    const malformed = fixture('unit-chart-six-groups.json');
    malformed.steps[0].graphic.groups[1].color = 'not a colour';
    expect(validateStory(malformed).problems.map((p) => p.path)).toEqual(['steps[0].graphic.groups[1].color']);
  });
});

describe('unit-chart text alternative and data rows', () => {
  it('count parts of squares to a tenth', () => {
    const text = describeState(partiesStory({ groups: 6 }), 0);
    expect(text).toContain('Pensioners’ and Veterans’ Solidarity Party: 640 (0.6 marks, each 1,000 votes).');
    expect(text).toContain(': 45,207 (45.2 marks, each 1,000 votes).');
  });

  it('isolate signed numbers, in Hebrew and in English', () => {
    for (const lang of ['he', 'en'] as const) {
      const story = partiesStory({ groups: 4, lang });
      expect(describeState(story, 0)).toContain(`84,312 (${LRI}+2,140${PDI})`);
      const values = dataRows(story).figures.map((f) => f.value);
      expect(values).toContain(`84,312 (${LRI}+2,140${PDI})`);
      expect(values).toContain(`19,544 (${LRI}−1,302${PDI})`);
      expect(values).toContain('45,207');
    }
  });
});
