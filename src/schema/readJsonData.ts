/**
 * The first thing `parseStory` does: copy its input into plain JSON data, within the
 * limits that protect a reader's device. Whatever a caller hands over (a proxy or getter
 * that throws, a cycle, a function, nesting thousands deep, an array of millions of items,
 * megabytes of text), the answer is a copy or problems with their paths, never an
 * exception, and the schema only ever sees ordinary objects, arrays, strings, numbers,
 * booleans and null.
 */
import { LIMITS } from './limits.js';
import { problem, type StoryProblem } from './storyProblem.js';

type Segments = (string | number)[];

class Stop extends Error {}

function kind(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a bigint';
  return typeof value;
}

export function readJsonData(input: unknown): { value: unknown; problems: StoryProblem[] } {
  const problems: StoryProblem[] = [];
  const ancestors = new Set<object>();
  let values = 0;
  let text = 0;

  const fail = (at: Segments, message: string, fatal = false) => {
    problems.push(problem(at, message));
    if (fatal) throw new Stop();
  };

  const copy = (value: unknown, at: Segments): unknown => {
    if (++values > LIMITS.values) {
      fail([], `has more than ${LIMITS.values} values: too big to show on a reader's device; split the story`, true);
    }
    if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
    if (typeof value === 'string') {
      text += value.length;
      if (text > LIMITS.textTotal) {
        fail([], `has more than ${LIMITS.textTotal} characters of text: too long to show on a reader's device; split the story`, true);
      }
      return value;
    }
    if (value === undefined) return undefined;
    if (typeof value !== 'object') {
      fail(at, `is not JSON data (${kind(value)})`);
      return undefined;
    }
    if (at.length >= LIMITS.depth) {
      fail(at, `is nested more than ${LIMITS.depth} levels deep: no story field goes this deep`);
      return undefined;
    }
    if (ancestors.has(value)) {
      fail(at, 'contains itself (a cycle): a story must be JSON data');
      return undefined;
    }
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        if (length > LIMITS.listItems) {
          fail(at, `has ${length} items: no list in a story may have more than ${LIMITS.listItems}`);
          return [];
        }
        const out: unknown[] = [];
        for (let i = 0; i < length; i++) out.push(copy(value[i], [...at, i]));
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const item = copy((value as Record<string, unknown>)[key], [...at, key]);
        if (item === undefined) continue;
        // A data property even for "__proto__", so the schema reports it as an unknown field.
        Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      }
      return out;
    } catch (error) {
      if (error instanceof Stop) throw error;
      fail(at, `could not be read (${error instanceof Error ? error.message : 'unknown error'})`);
      return undefined;
    } finally {
      ancestors.delete(value);
    }
  };

  try {
    return { value: copy(input, []), problems };
  } catch (error) {
    if (error instanceof Stop) return { value: undefined, problems };
    throw error;
  }
}
