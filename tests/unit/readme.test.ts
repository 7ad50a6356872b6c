// The README's story example must stay a valid story.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory } from '../../src/schema/parseStory.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows a story example that parses', () => {
    const block = readme.match(/```json\n([\s\S]*?)```/)?.[1];
    expect(block).toBeTruthy();
    const story = parseStory(JSON.parse(block!));
    expect(story.steps).toHaveLength(2);
    expect(story.steps[1]!.state).toMatchObject({ type: 'map', scrub: true, routes: ['m5'] });
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
