/**
 * Reading a JSON Schema (as `stories/story.schema.json` holds it: draft-07 with `$defs`)
 * for one question: what may the value at this place be? The importer asks it to turn
 * ArchieML's text into numbers, booleans, lists and objects, so that a field the schema
 * gains later is read right without a change here. Only the keywords that say what a
 * value *is* are read (`type`, `const`, `enum`, `properties`, `items`, `$ref`, `anyOf`,
 * `oneOf`, `allOf`); the ones that say what is *allowed* are left to the validator.
 */

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  additionalItems?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  [keyword: string]: unknown;
}

/** A schema: an object, or `true` (anything) / `false` (nothing). */
export type JsonSchema = SchemaObject | boolean;

/** The kinds of JSON value; `integer` counts as `number`. */
export type Kind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';

const ALL_KINDS: readonly Kind[] = ['string', 'number', 'boolean', 'null', 'object', 'array'];

// $ref chains longer than this are a cycle (a $ref to itself), not a schema.
const MAX_REF_HOPS = 64;

/** Follows a `#/...` JSON pointer in the root schema. */
function pointer(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined; // another file: not ours to fetch
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node as JsonSchema | undefined;
}

/** The schema with its `$ref`s followed; `undefined` for a reference that leads nowhere. */
export function resolveRef(schema: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  let node = schema;
  for (let hops = 0; node && typeof node === 'object' && typeof node.$ref === 'string'; hops++) {
    if (hops > MAX_REF_HOPS) return undefined;
    const { $ref, ...rest } = node;
    const target = pointer(root, $ref);
    // Keywords beside a $ref (allowed from draft 2019-09) add to what it points at.
    node = Object.keys(rest).length && target && typeof target === 'object' ? { ...target, ...rest } : target;
  }
  return node;
}

/** Whether a schema says anything about what a value is (a branch with only `required` does not). */
function saysWhat(schema: SchemaObject): boolean {
  return ['$ref', 'type', 'const', 'enum', 'properties', 'items', 'prefixItems', 'anyOf', 'oneOf', 'allOf'].some((k) => k in schema);
}

function merge(a: SchemaObject, b: SchemaObject): SchemaObject {
  const out: SchemaObject = { ...a, ...b };
  if (a.properties && b.properties) out.properties = { ...a.properties, ...b.properties };
  if (a.type !== undefined && b.type !== undefined) {
    const bTypes = new Set([b.type].flat());
    const both = [a.type].flat().filter((t) => bTypes.has(t));
    out.type = both.length ? both : b.type;
  }
  return out;
}

/**
 * The forms a value may take at this place: one schema object per `anyOf`/`oneOf` branch
 * (each merged with what the schema says beside its branches), `allOf` merged into each.
 * Branches that only constrain (`{ "required": [...] }`) are not forms.
 */
export function alternatives(schema: JsonSchema | undefined, root: JsonSchema, depth = 0): SchemaObject[] {
  const node = resolveRef(schema, root);
  if (node === undefined || node === true) return [{}];
  if (node === false || depth > MAX_REF_HOPS) return [];
  const { anyOf, oneOf, allOf, ...own } = node;
  let base: SchemaObject = own;
  for (const part of allOf ?? []) {
    const forms = alternatives(part, root, depth + 1);
    if (forms.length === 1) base = merge(base, forms[0]!);
  }
  const branches = [...(anyOf ?? []), ...(oneOf ?? [])];
  const typed = branches.filter((b) => b === true || b === false || (typeof b === 'object' && saysWhat(b)));
  if (!typed.length) return [base];
  return typed.flatMap((branch) => alternatives(branch, root, depth + 1).map((form) => merge(base, form)));
}

function kindOf(value: unknown): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

/** The kinds of value one form allows; all of them when it does not say. */
export function kindsOf(form: SchemaObject): Set<Kind> {
  if ('const' in form) return new Set([kindOf(form.const)]);
  if (Array.isArray(form.enum)) return new Set(form.enum.map(kindOf));
  if (form.type !== undefined) {
    return new Set(
      [form.type].flat().flatMap((t): Kind[] => (t === 'integer' ? ['number'] : ALL_KINDS.includes(t as Kind) ? [t as Kind] : []))
    );
  }
  if (form.properties || form.additionalProperties !== undefined || form.patternProperties) return new Set(['object']);
  if (form.items !== undefined || form.prefixItems) return new Set(['array']);
  return new Set(ALL_KINDS);
}

/** The schema of member `key` of an object of this form; `undefined` when the form does not say. */
export function propertySchema(form: SchemaObject, key: string): JsonSchema | undefined {
  if (form.properties && Object.hasOwn(form.properties, key)) return form.properties[key];
  for (const [pattern, schema] of Object.entries(form.patternProperties ?? {})) {
    try {
      if (new RegExp(pattern, 'u').test(key)) return schema;
    } catch {
      // A pattern this engine cannot read says nothing about the key.
    }
  }
  const extra = form.additionalProperties;
  return typeof extra === 'object' ? extra : undefined;
}

/** The schema of item `index` of an array of this form (draft-07 tuples and 2020-12 `prefixItems`). */
export function itemSchema(form: SchemaObject, index: number): JsonSchema | undefined {
  if (form.prefixItems) return form.prefixItems[index] ?? (form.items as JsonSchema | undefined);
  if (Array.isArray(form.items)) return form.items[index] ?? form.additionalItems;
  return form.items;
}

/**
 * The form an object takes, chosen by its constant members (a graphic's `type`): the
 * first object form whose every `const` member the value matches. A value that names no
 * known constant gets `undefined`, and is left for the validator to name what is wrong.
 */
export function objectForm(
  forms: readonly SchemaObject[],
  root: JsonSchema,
  valueOf: (key: string) => unknown
): SchemaObject | undefined {
  const objects = forms.filter((f) => kindsOf(f).has('object'));
  if (objects.length <= 1) return objects[0];
  // A form's fixed values: a `const`, or an `enum` of names (a graphic type and its older names).
  const constants = (form: SchemaObject) =>
    Object.entries(form.properties ?? {}).flatMap(([key, member]) => {
      const schema = resolveRef(member, root);
      if (typeof schema !== 'object') return [];
      const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) && key === 'type' ? schema.enum : schema.enum?.length === 1 ? schema.enum : undefined;
      return values === undefined ? [] : [{ key, values }];
    });
  const matches = (form: SchemaObject) =>
    constants(form).every(({ key, values }) => {
      const given = valueOf(key);
      return given !== undefined && values.some((value) => String(given).trim() === String(value));
    });
  // A form named by its constants first; a form with none (any other type) only after.
  return objects.find((f) => constants(f).length > 0 && matches(f)) ?? objects.find((f) => constants(f).length === 0);
}
