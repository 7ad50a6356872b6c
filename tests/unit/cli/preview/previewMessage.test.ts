import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkStorySource } from '../../../../src/cli/checkStory.js';
import { previewMessage } from '../../../../src/cli/preview/previewMessage.js';

const valid = readFileSync(new URL('../../../fixtures/stories/valid.json', import.meta.url), 'utf8');
const at = { version: 3, assets: 2, file: 'stories/x.json', storyPath: '/x.json' };

describe('previewMessage', () => {
  it('lists each step by its kicker, or its id when it has none, and versions the story URL', () => {
    const json = JSON.parse(valid);
    json.steps[0].kicker = '  Monday ';
    const message = previewMessage(checkStorySource('stories/x.json', JSON.stringify(json)), at);
    expect(message).toMatchObject({ version: 3, assets: 2, file: 'stories/x.json', ok: true, title: json.title, url: '/x.json?v=3' });
    expect(message.steps).toEqual(['Monday', ...json.steps.slice(1).map((s: { id: string }) => s.id)]);
    expect(message.lines).toEqual(['stories/x.json: ok (4 steps)']);
  });

  it("carries validate's lines, and no steps, for a broken file", () => {
    const broken = valid.replace('"steps"', '"steps" "');
    const check = checkStorySource('stories/x.json', broken);
    const message = previewMessage(check, at);
    expect(message.ok).toBe(false);
    expect(message.steps).toEqual([]);
    expect(message.lines).toEqual(check.lines);
    expect(message.lines[0]).toMatch(/^stories\/x\.json:\d+:\d+  invalid JSON: /);
  });

  it('shows no story for a JSON Schema, which validate lets pass', () => {
    const schema = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
    const message = previewMessage(checkStorySource('s.json', schema), at);
    expect(message).toMatchObject({ ok: false, lines: ['s.json: skipped (a JSON Schema, not a story)'], steps: [] });
  });
});
