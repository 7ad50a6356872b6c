/**
 * Where each field name may be written in a story: every object key of a valibot schema,
 * with the pattern of the path of the object that holds it (`steps[].graphic`). Lets an
 * "is not a known field" message say where a misplaced field belongs, and suggest a near
 * name, without a hand-kept list of fields.
 */
import type * as v from 'valibot';

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  items?: AnySchema[];
  options?: AnySchema[];
  wrapped?: AnySchema;
  pipe?: readonly { kind?: string }[];
};

/** Field name → patterns of the paths of the objects it belongs in ("" is the story itself). */
export type KeyPlaces = Map<string, Set<string>>;

export function schemaKeys(schema: v.GenericSchema): KeyPlaces {
  const places: KeyPlaces = new Map();
  // Schemas are trees (a shared part, like a source, is reached under several patterns), so a
  // plain walk ends.
  const walk = (s: AnySchema | undefined, at: string) => {
    if (!s || typeof s !== 'object') return;
    if (s.entries) {
      for (const [key, entry] of Object.entries(s.entries)) {
        let set = places.get(key);
        if (!set) places.set(key, (set = new Set()));
        if (set.has(at)) continue;
        set.add(at);
        walk(entry, at ? `${at}.${key}` : key);
      }
    }
    if (s.item) walk(s.item, `${at}[]`);
    for (const item of s.items ?? []) walk(item, `${at}[]`);
    for (const option of s.options ?? []) walk(option, at);
    if (s.wrapped) walk(s.wrapped, at);
    for (const step of s.pipe ?? []) if (step !== s && step.kind === 'schema') walk(step as AnySchema, at);
  };
  walk(schema as AnySchema, '');
  return places;
}

/** `steps[4]` matched against the pattern `steps[].graphic`: the concrete path `steps[4].graphic`, or null when the pattern is elsewhere. */
export function underPath(parent: string, pattern: string): string | null {
  const generic = parent.replace(/\[\d+\]/g, '[]');
  if (!pattern.startsWith(generic)) return null;
  const rest = pattern.slice(generic.length);
  if (rest !== '' && !rest.startsWith('.') && !rest.startsWith('[')) return null;
  return parent + rest;
}
