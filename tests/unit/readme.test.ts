// The README's story example must stay a valid story.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory } from '../../src/schema/parseStory.js';
import { CORE_STRINGS } from '../../src/text/locales.js';
import { BUILTIN_MODELS } from '../../src/graphics/builtinModels.js';
import { DEFAULT_COLORS } from '../../src/core/theme.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows a story example that parses', () => {
    const block = readme.match(/```json\n([\s\S]*?)```/)?.[1];
    expect(block).toBeTruthy();
    const story = parseStory(JSON.parse(block!));
    expect(story.steps).toHaveLength(2);
    expect(story.steps[1]!.state).toMatchObject({ type: 'map', scrub: true, routes: ['track'] });
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('lists every word a story may override in strings, core and built-in graphic alike', () => {
    const keys = [...Object.keys(CORE_STRINGS.en), ...BUILTIN_MODELS.flatMap((m) => Object.keys(m.strings?.en ?? {}).map((k) => `${m.type}.${k}`))];
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((key) => !readme.includes(`| \`${key}\` |`))).toEqual([]);
  });

  it('lists every colour name of the explainer’s palette', () => {
    const section = readme.slice(readme.indexOf('- **`theme`**'), readme.indexOf('- **`kinds`**'));
    expect(Object.keys(DEFAULT_COLORS).filter((name) => !section.includes(`\`${name}\``))).toEqual([]);
  });

  it('documents each built-in graphic type', () => {
    for (const model of BUILTIN_MODELS) expect(readme).toContain(`**\`${model.type}\`**`);
  });
});
