/**
 * Property: whatever a story file contains, `parseStory` returns a valid story or throws
 * its `StoryError` listing problems with paths, never anything else (no TypeError from a
 * hostile object, no RangeError from deep nesting, no hang on huge arrays). Mutants start
 * from the flagship story. A fixed seed keeps `npm test` repeatable; FUZZ_RUNS=20000 (and
 * FUZZ_SEED) run more.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStory, StoryError, type Story } from '../../../src/schema/parseStory.js';
import { LIMITS } from '../../../src/schema/limits.js';
import { unitGroupMarks } from '../../../src/graphics/unit-chart/plan/unitGroupMarks.js';
import { flagshipJson } from '../../helpers/flagship.js';
import { FUZZ_SEED, fuzzRuns, mutantArb } from './storyMutations.js';
import type { MapState } from '../../../src/graphics/map/state.js';
import type { UnitChartState } from '../../../src/graphics/unit-chart/state.js';

type Outcome = { story: Story } | { error: StoryError };

/** parseStory's answer; anything else it throws fails the property with the mutant's edits. */
function outcome(input: unknown): Outcome {
  try {
    return { story: parseStory(input) };
  } catch (error) {
    if (error instanceof StoryError) return { error };
    throw error;
  }
}

/** What "valid" promises the components that render it. */
function checkAccepted(story: Story) {
  expect(story.steps.length).toBeGreaterThanOrEqual(1);
  expect(story.steps.length).toBeLessThanOrEqual(LIMITS.steps);
  const sources = new Set(story.sources.map((s) => s.id));
  const places = new Set(story.places.map((p) => p.id));
  for (const step of story.steps) {
    expect(typeof step.text).toBe('string');
    for (const id of step.sources) expect(sources.has(id)).toBe(true);
    const state = step.state as unknown as MapState | UnitChartState;
    if (state.type === 'map') {
      expect(state.view).toBeTruthy();
      for (const id of state.places) expect(places.has(id)).toBe(true);
      expect(state.movers.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(LIMITS.marks);
    } else {
      expect(state.type as string).toBe('unit-chart');
      const marks = unitGroupMarks(state).reduce((n, g) => n + g.marks, 0);
      expect(marks).toBeLessThanOrEqual(LIMITS.marks);
    }
  }
}

function checkRejected(error: StoryError) {
  expect(error.problems.length).toBeGreaterThan(0);
  for (const p of error.problems) {
    expect(typeof p.path).toBe('string');
    expect(p.path.length).toBeGreaterThan(0);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
  // The message is printable: no problem list that is itself enormous.
  expect(error.message.length).toBeLessThan(2_000_000);
}

describe('parseStory under fuzzing', () => {
  it('returns a valid story or throws StoryError for every mutant of the flagship', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutantArb(() => flagshipJson()), ({ story }) => {
        const result = outcome(story);
        if ('story' in result) {
          accepted++;
          checkAccepted(result.story);
        } else checkRejected(result.error);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(1500), endOnFailure: true }
    );
    // The mutations are not all fatal: some stories still pass and are checked as valid.
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);

  it('treats the JSON text of a mutant like the mutant', () => {
    fc.assert(
      fc.property(mutantArb(() => flagshipJson(), 2), ({ story }) => {
        let text: string;
        try {
          text = JSON.stringify(story);
        } catch {
          return;
        }
        const result = outcome(text);
        if ('error' in result) checkRejected(result.error);
        else checkAccepted(result.story);
        // Truncated files are invalid JSON, reported as a problem.
        const cut = outcome(text.slice(0, Math.floor(text.length / 2)));
        expect('error' in cut).toBe(true);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(300, 0.2), endOnFailure: true }
    );
  }, 60_000);

  it('rejects values that are not JSON data with a problem, not an exception', () => {
    const throwing = () => {
      const story = flagshipJson() as Record<string, unknown>;
      Object.defineProperty(story, 'title', { enumerable: true, get: () => { throw new Error('boom'); } });
      return story;
    };
    const cyclic = () => {
      const story = flagshipJson() as { steps: Record<string, unknown>[] };
      story.steps[0]!.graphic = story;
      return story;
    };
    const proxy = () =>
      new Proxy(flagshipJson() as object, {
        ownKeys() {
          throw new Error('no keys');
        },
        get() {
          throw new Error('no values');
        }
      });
    const deep = () => {
      let value: unknown = 1;
      for (let i = 0; i < 100_000; i++) value = [value];
      const story = flagshipJson() as Record<string, unknown>;
      story.dek = value;
      return story;
    };
    const wide = () => {
      const story = flagshipJson() as { steps: unknown[] };
      story.steps = new Array(1e7);
      return story;
    };
    const cases: [string, () => unknown][] = [
      ['a getter that throws', throwing],
      ['a cycle', cyclic],
      ['a proxy that throws', proxy],
      ['100,000 levels of nesting', deep],
      ['a sparse array of 10 million steps', wide],
      ['a function', () => () => 1],
      ['a symbol', () => Symbol('story')],
      ['a bigint', () => 10n],
      ['a number', () => 1],
      ['a date', () => new Date()],
      ['a map', () => new Map()],
      ['nothing', () => undefined],
      ['null', () => null],
      ['an object without a prototype', () => Object.assign(Object.create(null), flagshipJson())],
      ['a JSON text nested 100,000 deep', () => '['.repeat(100_000) + ']'.repeat(100_000)],
      ['a JSON string with direction marks', () => '"\u202e"']
    ];
    for (const [name, make] of cases) {
      const result = outcome(make());
      expect('error' in result || name === 'an object without a prototype', name).toBe(true);
      if ('error' in result) checkRejected(result.error);
    }
  });
});

describe('limits found by fuzzing, reported like any other problem', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const problemsOf = (edit: (story: any) => void) => {
    const story = flagshipJson();
    edit(story);
    const result = outcome(story);
    return 'error' in result ? result.error.problems.map((p) => `${p.path}: ${p.message}`) : [];
  };
  const unitStep = (story: { steps: { graphic?: { type: string } }[] }) =>
    story.steps.findIndex((s) => s.graphic?.type === 'unit-chart');

  it('refuses a unit chart that would draw more marks than a device can', () => {
    const problems = problemsOf((story) => {
      story.steps[unitStep(story)].graphic.groups[0].value = 1e12;
    });
    expect(problems).toEqual([expect.stringMatching(/^steps\[\d+\]\.graphic: draws \d+ marks: at most 100000 fit/)]);
  });

  it('refuses moving marks that together draw more marks than a device can, on every step that inherits them', () => {
    const problems = problemsOf((story) => {
      const step = story.steps.find((s: { graphic?: { movers?: unknown[] } }) => (s.graphic?.movers?.length ?? 0) > 1);
      step.graphic.movers.forEach((c: { count: number }) => (c.count = LIMITS.marks));
    });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/graphic: draws \d+ marks: at most 100000 fit on a reader's device \(use fewer or smaller groups of moving marks\)/);
  });

  it('refuses an id listed twice in one list (it would be drawn twice, and broke rendering)', () => {
    const problems = problemsOf((story) => {
      story.steps[5].graphic.routes = ['m5', 'm4', 'm5'];
      story.steps[0].sources = ['afp', 'afp'];
    });
    expect(problems).toEqual(['steps[0].sources[1]: "afp" is listed twice', 'steps[5].graphic.routes[2]: "m5" is listed twice']);
  });

  it('refuses a language tag that Intl cannot use', () => {
    expect(problemsOf((story) => (story.lang = 'en-US-US'))).toEqual([
      'lang: must be a well-formed language tag (like "en", "ar" or "pt-BR"), each part once (got "en-US-US")'
    ]);
  });

  it('refuses a story with more text than a reader could read', () => {
    const problems = problemsOf((story) => {
      story.steps = Array.from({ length: 300 }, (_, i) => ({ ...story.steps[i % 2], id: `s${i}`, text: 'x'.repeat(4000) }));
    });
    expect(problems).toEqual([`(story): has more than ${LIMITS.textTotal} characters of text: too long to show on a reader's device; split the story`]);
  });

  it('names where the nesting goes too deep, and a cycle', () => {
    const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)]);
    expect(problemsOf((story) => (story.steps[0].graphic.view.fit = nested(20)))).toEqual([
      'steps[0].graphic.view.fit[0][0][0][0][0][0][0][0][0][0][0]: is nested more than 16 levels deep: no story field goes this deep'
    ]);
    expect(problemsOf((story) => (story.sources[0].self = story.sources))).toEqual([
      'sources[0].self: contains itself (a cycle): a story must be JSON data'
    ]);
  });
});
