/**
 * The checks after the shape (references, step resolution, the marks limit) on the parts of
 * a story whose shape is fine, when other parts have shape problems: so one run of
 * `validate` reports an unknown place id beside a misspelt field, not after it is fixed.
 *
 * A part is well-formed when no shape problem lies at it or inside it; the story is cut down
 * to such parts, a level at a time (a list keeps its good items at their own index, an
 * object its good fields), down to the fields of a step's graphic, which are kept whole or
 * not at all. Steps are resolved up to the first whose graphic is malformed, since each
 * state depends on the steps before it. Nothing is reported at or inside a part that already
 * has a shape problem, so no mistake is reported twice.
 */
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import * as v from 'valibot';
import { storySchemas, type GraphicInput, type StoryInput } from './storySchema.js';
import { readJsonData } from './readJsonData.js';
import type { Segments, StoryProblem } from './storyProblem.js';
import { checkReferences } from './checkReferences.js';
import { resolveSteps } from '../story/resolveSteps.js';
import { checkMarks } from './checkMarks.js';
import type { Story } from './parseStoryWith.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Removes every `color` field, in place. */
function dropColors(value: unknown): void {
  if (Array.isArray(value)) value.forEach(dropColors);
  else if (isObject(value)) {
    delete value.color;
    Object.values(value).forEach(dropColors);
  }
}

function startsWith(path: Segments, prefix: Segments): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** Levels cut part by part: the story's fields, their items or fields, theirs, and a step graphic's fields. */
const CUT_DEPTH = 4;

/** The problems of the well-formed parts, and the story they make for warnings (when they make one). */
export interface WellFormed {
  problems: StoryProblem[];
  /**
   * The story cut to its well-formed parts, its steps resolved up to the first malformed
   * graphic: for warnings, when every part they read is well-formed (the language, the
   * words, sources, places, routes, kinds and theme) and those steps resolve. Null otherwise.
   */
  story: Story | null;
}

/** The parts of a story warnings read: all must be well-formed for any warning on a malformed story. */
const WARNING_PARTS = ['lang', 'dir', 'strings', 'sources', 'places', 'routes', 'kinds', 'theme', 'basemap', 'projection'];

/** Just the problems of wellFormedParts. */
export function checkWellFormed(registry: GraphicRegistry, json: unknown, first: readonly StoryProblem[]): StoryProblem[] {
  return wellFormedParts(registry, json, first).problems;
}

/**
 * The problems after the shape's, for a story `json` on which parseStoryWith found `first`:
 * none when those are not shape problems (the story could not be read as JSON data, or its
 * shape is fine and they come from the later checks).
 */
export function wellFormedParts(registry: GraphicRegistry, json: unknown, first: readonly StoryProblem[]): WellFormed {
  const none: WellFormed = { problems: [], story: null };
  let input = json;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch {
      return none;
    }
  }
  const { value: data, problems: unread } = readJsonData(input);
  if (unread.length || !isObject(data) || v.safeParse(storySchemas(registry).StorySchema, data).success) return none;
  const shape = first;
  const broken = shape.map((p) => p.segments);
  /** No shape problem at or inside `at`. */
  const clean = (at: Segments) => !broken.some((b) => startsWith(b, at));
  /** At or inside a part with a shape problem. */
  const inBroken = (at: Segments) => broken.some((b) => startsWith(at, b));

  // The well-formed parts of `value`; undefined when there are none. Lists keep their
  // indices (a bad item leaves a hole, which forEach skips).
  const cut = (value: unknown, at: Segments): unknown => {
    if (clean(at)) return value;
    // Too deep to cut, or wrong as a whole (not a list, not an object, a rule across its fields).
    if (at.length >= CUT_DEPTH || broken.some((b) => b.length === at.length && startsWith(b, at))) return undefined;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      out.length = value.length;
      value.forEach((item, i) => {
        const kept = cut(item, [...at, i]);
        if (kept !== undefined) out[i] = kept;
      });
      return out;
    }
    if (isObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const kept = cut(item, [...at, key]);
        if (kept !== undefined) out[key] = kept;
      }
      return out;
    }
    return undefined;
  };

  const story = (cut(data, []) ?? {}) as Record<string, unknown>;
  for (const list of ['sources', 'places', 'routes', 'steps']) {
    if (!Array.isArray(story[list])) story[list] = [];
    // Items that are not objects are left out (their problem is already reported).
    const items = story[list] as unknown[];
    items.forEach((item, i) => {
      if (!isObject(item)) delete items[i];
      // An id that is not one stands for nothing, and is the same as no other.
      else if (typeof item.id !== 'string') item.id = Symbol('no id');
    });
  }
  // Method paragraphs that are not text are holes already; a method that is not a list is left out.
  for (const key of ['method', 'editions']) if (story[key] !== undefined && !Array.isArray(story[key])) delete story[key];
  for (const key of ['strings', 'theme', 'kinds', 'layout', 'projection']) if (story[key] !== undefined && !isObject(story[key])) delete story[key];
  const steps = story.steps as (Record<string, unknown> | undefined)[];
  steps.forEach((step, s) => {
    if (!step) return;
    if (step.graphic !== undefined && !isObject(step.graphic)) delete step.graphic;
    if (!Array.isArray(step.sources)) step.sources = [];
    if (typeof step.text !== 'string') step.text = '';
    // A graphic whose type is malformed is left out: its fields mean nothing without it.
    if (step.graphic && !clean(['steps', s, 'graphic', 'type'])) delete step.graphic;
  });

  // A list with an item whose id is malformed or missing: an id not found in it may be that one.
  const incomplete = new Set<'source' | 'place' | 'route'>();
  for (const kind of ['source', 'place', 'route'] as const) {
    const list = data[`${kind}s`];
    if (list === undefined) {
      // Missing where it is required: reported as such, and every id is unknown.
      if (!clean([`${kind}s`])) incomplete.add(kind);
      continue;
    }
    if (!Array.isArray(list) || list.some((item, i) => !isObject(item) || !clean([`${kind}s`, i, 'id']) || typeof item.id !== 'string')) incomplete.add(kind);
  }

  // With a malformed theme, which colour names exist is unknown: colours wait for the next run.
  if (!clean(['theme'])) dropColors(story);
  // A type's own check may rely on what its shape promised (a field it requires): what it
  // could not check on a cut graphic waits for the next run too.
  const guarded: GraphicRegistry = {
    ...registry,
    get(type) {
      const model = registry.get(type);
      const check = model?.check;
      if (!model || !check) return model;
      return {
        ...model,
        check(given, tools) {
          try {
            check(given, tools);
          } catch {
            /* left to the next run */
          }
        }
      };
    }
  };
  const unknownId = new RegExp(`^"[^"]*" is (not a (${[...incomplete].join('|') || '-'}) id in|neither a place nor a route id)`);
  const problems = checkReferences(story as unknown as StoryInput, guarded).filter(
    // An id missing from a list with malformed ids may be one of them: not reported.
    (p) => !unknownId.test(p.message) || (p.message.includes('neither') && !incomplete.has('place') && !incomplete.has('route'))
  );

  // Steps resolved until the first whose graphic is malformed (or which is not a step at all).
  let prefix = 0;
  while (prefix < steps.length && steps[prefix] && clean(['steps', prefix, 'graphic']) && !broken.some((b) => b.length === 2 && b[0] === 'steps' && b[1] === prefix)) prefix++;
  const { states, problems: unresolved } = resolveSteps(steps.slice(0, prefix) as { graphic?: GraphicInput }[], registry);
  problems.push(...unresolved);
  if (!unresolved.length) problems.push(...checkMarks(states, registry));

  const seen = new Set(shape.map((p) => p.path + '\n' + p.message));
  const found = problems.filter((p) => {
    const key = p.path + '\n' + p.message;
    if (inBroken(p.segments) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const warnable = prefix > 0 && !unresolved.length && typeof story.lang === 'string' && WARNING_PARTS.every((part) => clean([part]));
  const resolved = warnable
    ? ({
        ...story,
        layout: { graphic: 'end' },
        steps: steps.slice(0, prefix).map((step, index) => ({ ...step, index, state: states[index]! }))
      } as unknown as Story)
    : null;
  return { problems: found, story: resolved };
}
