/**
 * fast-check arbitraries that break a story in the ways a hand-edited, truncated, generated
 * or hostile file does: fields deleted, types changed, NaN and Infinity, huge and empty
 * arrays, thousands of steps, very long strings, unknown references, nulls, direction marks,
 * deep nesting. Each mutant starts from the flagship story and applies 1–4 edits at paths
 * chosen among the story's own, so most edits land somewhere the schema cares about.
 */
import fc from 'fast-check';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Path = (string | number)[];

/** Fixed seed for `npm test`; FUZZ_SEED and FUZZ_RUNS widen a run by hand. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20200209);
/** Runs for one property: `fallback` in `npm test`, or FUZZ_RUNS × `share` when it is set. */
export const fuzzRuns = (fallback: number, share = 1) =>
  process.env.FUZZ_RUNS ? Math.max(1, Math.round(Number(process.env.FUZZ_RUNS) * share)) : fallback;

/** Every path into `value` (objects and arrays), the root included. */
export function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  // Deeper than any real story: only an earlier "nest" edit goes there.
  if (at.length > 10) return out;
  if (Array.isArray(value)) {
    // Long arrays (route coordinates) add little beyond their first few items.
    value.slice(0, 6).forEach((item, i) => pathsOf(item, [...at, i], out));
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) pathsOf(value[key], [...at, key], out);
  }
  return out;
}

const DIRECTION_MARKS = '\u202e\u202d\u2066\u2067\u2068\u2069\u200f\u200e\u061c';

/** Values that replace whatever is at a path. */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER,
    1e12,
    0.5,
    true,
    '',
    ' ',
    '0',
    'NaN',
    [],
    {},
    [null],
    'unknown-id',
    'saraqeb',
    'm5',
    'afp',
    'corridor-map',
    'unit-chart',
    'javascript:alert(1)',
    'https://example.org/',
    `${DIRECTION_MARKS}Saraqeb${DIRECTION_MARKS}`,
    '\u0000\uffff\ud800',
    '__proto__',
    { __proto__: null, toString: 1 },
    { km: Number.NaN },
    { km: 1e9 },
    { fit: [] },
    { center: [0, 0], zoom: 99 },
    [[Number.NaN, 0], [0, 0]],
    'x'.repeat(5000),
    'y'.repeat(100_000)
  ),
  fc.string({ maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 })
);

export type Edit =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'repeat'; pick: number; times: number }
  | { kind: 'empty'; pick: number }
  | { kind: 'nest'; pick: number; depth: number }
  | { kind: 'mark'; pick: number; mark: string; at: number }
  | { kind: 'steps'; count: number }
  | { kind: 'swap'; pick: number; other: number };

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: replacement }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('repeat' as const),
      pick: fc.nat(),
      times: fc.constantFrom(2, 50, 1001, 5000)
    })
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('empty' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('nest' as const), pick: fc.nat(), depth: fc.constantFrom(20, 200, 20_000) })
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('mark' as const),
      pick: fc.nat(),
      mark: fc.constantFrom(...DIRECTION_MARKS.split('')),
      at: fc.nat()
    })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('steps' as const), count: fc.constantFrom(0, 1, 999, 1000, 1001, 5000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), pick: fc.nat(), other: fc.nat() }) }
);

/** A deep copy, or the value itself when it is too deep to copy (an earlier "nest" edit). */
function clone<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function parentOf(root: Json, path: Path): [Json, string | number] | null {
  if (path.length === 0) return null;
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = node[key];
  }
  if (node === null || typeof node !== 'object') return null;
  return [node, path.at(-1)!];
}

function getAt(root: Json, path: Path): Json {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[key];
  }
  return node;
}

/** Applies one edit in place; edits that do not fit the chosen path do nothing. */
export function applyEdit(root: Json, edit: Edit): void {
  if (edit.kind === 'steps') {
    const steps: Json[] = Array.isArray(root.steps) ? root.steps : [];
    const tail = steps.slice(1).map((s: Json) => (s && typeof s === 'object' ? { ...s, graphic: undefined } : s));
    const out: Json[] = [];
    for (let i = 0; i < edit.count; i++) {
      const step = i === 0 ? steps[0] : tail[(i - 1) % Math.max(1, tail.length)];
      if (step && typeof step === 'object') out.push({ ...clone(step), id: `s${i}` });
      else out.push(step);
    }
    root.steps = out;
    return;
  }
  const paths = pathsOf(root);
  const path = paths[edit.pick % paths.length]!;
  const parent = parentOf(root, path);
  const current = getAt(root, path);
  switch (edit.kind) {
    case 'delete':
      if (!parent) return;
      if (Array.isArray(parent[0])) parent[0].splice(Number(parent[1]), 1);
      else delete parent[0][parent[1]];
      return;
    case 'replace':
      // A copy: the same constant may be drawn again, and later edits change what they land on.
      if (parent) parent[0][parent[1]] = clone(edit.value);
      return;
    case 'repeat':
      if (Array.isArray(current) && current.length) {
        const copy = current.slice();
        while (current.length < edit.times) current.push(clone(copy[current.length % copy.length]));
      } else if (typeof current === 'string' && parent) {
        parent[0][parent[1]] = current.repeat(Math.min(edit.times, 1e6 / Math.max(1, current.length)));
      }
      return;
    case 'empty':
      if (Array.isArray(current)) current.length = 0;
      else if (current && typeof current === 'object') for (const k of Object.keys(current)) delete current[k];
      else if (typeof current === 'string' && parent) parent[0][parent[1]] = '';
      return;
    case 'nest': {
      if (!parent) return;
      let deep: Json = current ?? 1;
      for (let i = 0; i < edit.depth; i++) deep = i % 2 ? [deep] : { a: deep };
      parent[0][parent[1]] = deep;
      return;
    }
    case 'mark':
      if (typeof current === 'string' && parent) {
        const at = edit.at % (current.length + 1);
        parent[0][parent[1]] = current.slice(0, at) + edit.mark + current.slice(at);
      }
      return;
    case 'swap': {
      const other = paths[edit.other % paths.length]!;
      if (parent && !other.slice(0, path.length).every((k, i) => k === path[i])) {
        parent[0][parent[1]] = clone(getAt(root, other));
      }
      return;
    }
  }
}

/** A mutant of `seed()`: 1–4 edits. */
export function mutantArb(seed: () => Json, maxEdits = 4): fc.Arbitrary<{ story: Json; edits: Edit[] }> {
  return fc.array(editArb, { minLength: 1, maxLength: maxEdits }).map((edits) => {
    const story = seed();
    for (const edit of edits) applyEdit(story, edit);
    return { story, edits };
  });
}
