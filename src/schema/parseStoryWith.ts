/**
 * `parseStoryWith(registry, json)`: the typed, resolved story, or one `StoryError` listing
 * every problem with its JSON path, for the graphic types of a registry. Three passes: the
 * shape (valibot, with each graphic type's fields), the references between parts (a step
 * naming a source, place or route that does not exist), then step resolution.
 * `parseStory` (parseStory.ts) is this with the built-in types.
 */
import * as v from 'valibot';
import { storySchemas, type StepInput, type StoryInput } from './storySchema.js';
import { formatPath } from './formatPath.js';
import { problem, type StoryProblem } from './storyProblem.js';
import { checkReferences } from './checkReferences.js';
import { readJsonData } from './readJsonData.js';
import { checkMarks } from './checkMarks.js';
import { schemaKeys, underPath, type KeyPlaces } from './schemaKeys.js';
import { nearest } from './nearest.js';
import { resolveSteps, type GraphicState } from '../story/resolveSteps.js';
import { storyWarnings, type WarningContext } from './storyWarnings.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';

export type { StoryProblem };

export class StoryError extends Error {
  readonly problems: StoryProblem[];
  constructor(problems: StoryProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `scrollstage: the story has ${count}:\n` + problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')
    );
    this.name = 'StoryError';
    this.problems = problems;
  }
}

export type Step = StepInput & {
  /** Position in the story, from 0. */
  index: number;
  /** The full graphic state of this step, inheritance resolved. */
  state: GraphicState;
};

export type Story = Omit<StoryInput, 'steps' | 'layout'> & {
  layout: { graphic: 'start' | 'end' };
  steps: Step[];
};

function show(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 40 ? value.slice(0, 37) + '...' : value;
    return JSON.stringify(short);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return 'an object';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? `a string (${show(value)})` : `a ${typeof value} (${show(value)})`;
}

const KNOWN_TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  Array: 'an array',
  Object: 'an object'
};

function describeExpected(expected: string | null): string {
  if (!expected) return 'a different value';
  return expected
    .split(' | ')
    .map((e) => KNOWN_TYPE_WORDS[e] ?? e)
    .join(' or ');
}

type Issue = v.BaseIssue<unknown>;

function segmentsOf(issue: Issue): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** Where every field name may be written, per registry (for "did you mean" and "belongs in"). */
const keyPlaces = new WeakMap<GraphicRegistry, KeyPlaces>();

function placesOfKeys(registry: GraphicRegistry): KeyPlaces {
  let places = keyPlaces.get(registry);
  if (!places) keyPlaces.set(registry, (places = schemaKeys(storySchemas(registry).StorySchema)));
  return places;
}

/**
 * What to say after "is not a known field": where a field of that name belongs, when it is
 * simply in the wrong place, else the nearest known name (never the same one).
 */
function unknownFieldHint(segments: (string | number)[], places: KeyPlaces): string {
  const key = segments.at(-1);
  if (typeof key !== 'string') return '';
  const parent = formatPath(segments.slice(0, -1));
  const here = parent === '(story)' ? '' : parent;
  const belongs = [...(places.get(key) ?? [])];
  if (belongs.length) {
    // The nearest home under this object (a step field that belongs in its graphic), else anywhere.
    const below = belongs.map((p) => underPath(here, p)).filter((p): p is string => p !== null).sort((x, y) => x.length - y.length);
    const where = below[0] ?? belongs.sort((x, y) => x.length - y.length)[0]!;
    return ` here: "${key}" belongs in ${where || 'the story itself'}`;
  }
  const best = nearest(key, places.keys());
  return best ? ` (did you mean "${best}"?)` : '';
}

function messageFor(issue: Issue, places: KeyPlaces): string {
  const got = issue.input;
  switch (issue.type) {
    // Valibot uses this one issue type for three things: a field the schema does not know
    // (expected "never"), a required field that is missing (expected its quoted key), and a
    // value that is not an object at all (expected "Object").
    case 'strict_object':
    case 'object':
    case 'loose_object': {
      if (issue.expected === 'never') {
        return `is not a known field${unknownFieldHint(segmentsOf(issue), places)}`;
      }
      if (issue.expected?.startsWith('"')) return 'is required';
      return `expected an object, got ${kindOf(got)}`;
    }
    case 'variant':
      return `must be one of ${[...(issue.expected ?? '').matchAll(/"[^"]*"/g)].map((m) => m[0]).join(', ')} (got ${show(got)})`;
    case 'picklist':
    case 'literal':
      return `must be one of ${(issue.expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ').join(', ')} (got ${show(got)})`;
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'strict_tuple':
    case 'tuple':
      if (got === undefined) return `is required (${describeExpected(issue.expected)})`;
      return `expected ${describeExpected(issue.expected)}, got ${kindOf(got)}`;
    case 'finite':
      return `expected a finite number, got ${String(got)}`;
    case 'min_length':
    case 'max_length':
      if (issue.message && !issue.message.startsWith('Invalid')) return issue.message;
      return `must have ${issue.type === 'min_length' ? 'at least' : 'at most'} ${String(issue.requirement)} ${Array.isArray(got) ? 'items' : 'characters'} (has ${typeof got === 'string' || Array.isArray(got) ? got.length : '?'})`;
    case 'min_value':
      return `must be at least ${String(issue.requirement)} (got ${show(got)})`;
    case 'max_value':
      return `must be at most ${String(issue.requirement)} (got ${show(got)})`;
    case 'integer':
      return `must be a whole number (got ${show(got)})`;
    default:
      if (issue.message && !issue.message.startsWith('Invalid')) return `${issue.message} (got ${show(got)})`;
      return `expected ${describeExpected(issue.expected)}, got ${show(got)}`;
  }
}

/**
 * Flattens union issues. Valibot reports each branch's issues relative to the union's
 * value; when a branch got inside the value (an object with a wrong field), report that
 * branch's issues at their full path instead of a vague "no branch matched".
 */
function flatten(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.type === 'union' && issue.issues?.length) {
      const deeper = issue.issues.filter((sub) => (sub.path?.length ?? 0) > 0);
      if (deeper.length) {
        const prefix = issue.path ?? [];
        out.push(...flatten(deeper.map((sub) => ({ ...sub, path: [...prefix, ...(sub.path ?? [])] }) as Issue)));
        continue;
      }
      out.push({ ...issue, message: unionMessage(segmentsOf(issue)) } as Issue);
      continue;
    }
    out.push(issue);
  }
  return out;
}

function unionMessage(segments: (string | number)[]): string {
  const last = segments.at(-1);
  if (last === 'from' || last === 'to') return 'must be a place id or { "km": distance from the route start }';
  return 'does not match any allowed form';
}

function shapeProblems(issues: readonly Issue[], places: KeyPlaces): StoryProblem[] {
  const seen = new Set<string>();
  const problems: StoryProblem[] = [];
  for (const issue of flatten(issues)) {
    const segments = segmentsOf(issue);
    const message = issue.type === 'union' ? issue.message : messageFor(issue, places);
    const key = formatPath(segments) + message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem(segments, message));
  }
  return problems;
}

/** Accepts parsed JSON (or a JSON string) and returns the resolved story, or throws `StoryError`. */
export function parseStoryWith(registry: GraphicRegistry, json: unknown): Story {
  let input = json;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch (error) {
      throw new StoryError([problem([], `is not valid JSON: ${(error as Error).message}`)]);
    }
  }
  const data = readJsonData(input);
  if (data.problems.length) throw new StoryError(data.problems);
  const result = v.safeParse(storySchemas(registry).StorySchema, data.value, { abortEarly: false, abortPipeEarly: false });
  if (!result.success) throw new StoryError(shapeProblems(result.issues as Issue[], placesOfKeys(registry)));
  const story = result.output as StoryInput;
  const problems = checkReferences(story, registry);
  const { states, problems: resolveProblems } = resolveSteps(story.steps, registry);
  problems.push(...resolveProblems);
  if (problems.length === 0) problems.push(...checkMarks(states, registry));
  if (problems.length) throw new StoryError(problems);
  const parsed: Story = {
    ...story,
    layout: { graphic: story.layout?.graphic ?? 'end' },
    steps: story.steps.map((step, index) => ({ ...step, index, state: states[index]! }))
  };
  storyRegistries.set(parsed, registry);
  return parsed;
}

/** The registry each parsed story was read with: its graphics draw from the same definitions. */
const storyRegistries = new WeakMap<Story, GraphicRegistry>();

export function registryOf(story: Story): GraphicRegistry | undefined {
  return storyRegistries.get(story);
}

/** What validating a story gives: the story and its warnings, or every problem (and the warnings of its well-formed parts). */
export type Validation =
  | { story: Story; problems: []; warnings: StoryProblem[] }
  | { story: null; problems: StoryProblem[]; warnings: StoryProblem[] };

/** Like parseStoryWith, but returns the problems instead of throwing, and a valid story's warnings. */
export function validateStoryWith(registry: GraphicRegistry, json: unknown, context: WarningContext = {}): Validation {
  let story: Story;
  try {
    story = parseStoryWith(registry, json);
  } catch (error) {
    if (error instanceof StoryError) return { story: null, problems: error.problems, warnings: [] };
    throw error;
  }
  return { story, problems: [], warnings: storyWarnings(story, registry, context) };
}
