import { describe, expect, it } from 'vitest';
import { describeState } from '../../../src/story/describeState.js';
import { flagship } from '../../helpers/flagship.js';

const en = flagship();
const ar = flagship('idlib-m5.ar');
const at = (story: typeof en, id: string) => story.steps.findIndex((s) => s.id === id);

describe('describeState', () => {
  it('says what the map holds, which posts are encircled and how many vehicles', () => {
    const story = structuredClone(en);
    for (const step of story.steps) delete step.alt;
    expect(describeState(story, at(story, 'saraqeb'))).toMatch(/Hama to Saraqeb/);
    expect(describeState(story, at(story, 'encircled'))).toMatch(/3 Turkish observation posts encircled: .*Morek.*Surman.*Tell Tuqan/);
    expect(describeState(story, at(story, 'build-up'))).toMatch(/430 vehicle marks/);
    expect(describeState(story, at(story, 'displaced'))).toMatch(/more than 580,000 \(580 marks, each 1,000 people\)/);
  });

  it('uses a step’s own alt text when it has one', () => {
    const i = en.steps.findIndex((s) => s.alt);
    expect(describeState(en, i)).toBe(en.steps[i]!.alt);
  });

  it('writes Arabic for an Arabic story, with no English sentence around the names', () => {
    const story = structuredClone(ar);
    for (const step of story.steps) delete step.alt;
    for (const id of ['saraqeb', 'encircled', 'build-up', 'displaced']) {
      const text = describeState(story, at(story, id));
      expect(text).toMatch(/[\u0600-\u06ff]/);
      expect(text).not.toMatch(/\b(Map|Held|the|from|marks|each|encircled|vehicle)\b/);
    }
  });
});
